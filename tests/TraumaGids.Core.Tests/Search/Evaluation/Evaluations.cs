namespace TraumaGids.Core.Tests.Search.Evaluation;

/// <summary>
/// The three judged sets, each evaluated once with TraumaGids' search and with the plain baseline (an xunit
/// class fixture: the six evaluations are shared by the tests that read them).
/// </summary>
public sealed class Evaluations
{
    public Evaluations()
    {
        First = JudgedSet.First();
        Blind = JudgedSet.Blind();
        Dev = JudgedSet.Dev();
        (FirstSearch, FirstBaseline) = Evaluate(First);
        (BlindSearch, BlindBaseline) = Evaluate(Blind);
        (DevSearch, DevBaseline) = Evaluate(Dev);
    }

    public JudgedSet Dev { get; }

    public SetEvaluation DevSearch { get; }

    public SetEvaluation DevBaseline { get; }

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
