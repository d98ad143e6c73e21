namespace TraumaGids.Core.Tests.Search.Evaluation;

/// <summary>
/// Both judged sets, each evaluated once with TraumaGids' search and with the plain baseline (an xunit
/// class fixture: the four evaluations are shared by the tests that read them).
/// </summary>
public sealed class Evaluations
{
    public Evaluations()
    {
        First = JudgedSet.First();
        Blind = JudgedSet.Blind();
        (FirstSearch, FirstBaseline) = Evaluate(First);
        (BlindSearch, BlindBaseline) = Evaluate(Blind);
    }

    public JudgedSet First { get; }

    public JudgedSet Blind { get; }

    public SetEvaluation FirstSearch { get; }

    public SetEvaluation FirstBaseline { get; }

    public SetEvaluation BlindSearch { get; }

    public SetEvaluation BlindBaseline { get; }

    private static (SetEvaluation Search, SetEvaluation Baseline) Evaluate(JudgedSet set)
    {
        using var search = new TraumaGidsSearch(set.Content);
        using var baseline = new PlainLuceneBaseline(set.Content);
        return (SetEvaluation.Run(search, set), SetEvaluation.Run(baseline, set));
    }
}
