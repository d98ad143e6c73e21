namespace TraumaGids.Core.Tests.Search.Evaluation;

/// <summary>
/// Every judged set (<see cref="JudgedSet.Names"/>), each evaluated once with TraumaGids' search and with the plain
/// baseline (an xunit class fixture: the evaluations are shared by the tests that read them).
/// </summary>
public sealed class Evaluations
{
    private readonly Dictionary<string, (JudgedSet Set, SetEvaluation Search, SetEvaluation Baseline)> _sets = [];

    public Evaluations()
    {
        foreach (var name in JudgedSet.Names)
        {
            var set = JudgedSet.Named(name);
            using var search = new TraumaGidsSearch(set.Content);
            using var baseline = new PlainLuceneBaseline(set.Content);
            _sets[name] = (set, SetEvaluation.Run(search, set), SetEvaluation.Run(baseline, set));
        }
    }

    /// <summary>The set of that short name with its two evaluations.</summary>
    public (JudgedSet Set, SetEvaluation Search, SetEvaluation Baseline) this[string name] => _sets[name];
}
