namespace TraumaGids.Core.Tests.Search.Evaluation;

/// <summary>
/// The six judged sets, each evaluated once with TraumaGids' search and with the plain baseline (an xunit
/// class fixture: the twelve evaluations are shared by the tests that read them).
/// </summary>
public sealed class Evaluations
{
    public Evaluations()
    {
        First = JudgedSet.First();
        Blind = JudgedSet.Blind();
        Dev = JudgedSet.Dev();
        Fresh = JudgedSet.Fresh();
        Fifth = JudgedSet.Fifth();
        Sixth = JudgedSet.Sixth();
        (FirstSearch, FirstBaseline) = Evaluate(First);
        (BlindSearch, BlindBaseline) = Evaluate(Blind);
        (DevSearch, DevBaseline) = Evaluate(Dev);
        (FreshSearch, FreshBaseline) = Evaluate(Fresh);
        (FifthSearch, FifthBaseline) = Evaluate(Fifth);
        (SixthSearch, SixthBaseline) = Evaluate(Sixth);
    }

    public JudgedSet Dev { get; }

    public SetEvaluation DevSearch { get; }

    public SetEvaluation DevBaseline { get; }

    public JudgedSet Fresh { get; }

    public SetEvaluation FreshSearch { get; }

    public SetEvaluation FreshBaseline { get; }

    public JudgedSet Fifth { get; }

    public SetEvaluation FifthSearch { get; }

    public SetEvaluation FifthBaseline { get; }

    public JudgedSet Sixth { get; }

    public SetEvaluation SixthSearch { get; }

    public SetEvaluation SixthBaseline { get; }

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
