using System.Globalization;
using System.Text;

namespace TraumaGids.Core.Tests.Search.Evaluation;

/// <summary>
/// One system on one judged set: nDCG@10 and MRR over the answerable queries, how many of those found
/// nothing, and how many questions the site cannot answer still got results.
/// </summary>
public sealed record SetEvaluation(
    string System, string Set, double Ndcg, double Mrr, int Answerable, int ZeroResults, int NoAnswer, int NoAnswerWithHits,
    IReadOnlyList<SetEvaluation.QueryResult> Results)
{
    public sealed record QueryResult(GradedQuery Query, double Ndcg, double ReciprocalRank, Ranking Ranking);

    public double ZeroResultRate => Answerable == 0 ? 0 : (double)ZeroResults / Answerable;

    public static SetEvaluation Run(ISearchSystem system, JudgedSet set)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(set);
        var results = set.Queries.Select(q =>
        {
            var ranking = system.Search(q.Text);
            return new QueryResult(q, RankingMetrics.Ndcg(ranking.Top, q.Grades), RankingMetrics.ReciprocalRank(ranking.Top, q.Grades), ranking);
        }).ToList();
        var answerable = results.Where(r => !r.Query.NoAnswer).ToList();
        var noAnswer = results.Where(r => r.Query.NoAnswer).ToList();
        return new SetEvaluation(system.Name, set.Name,
            answerable.Average(r => r.Ndcg), answerable.Average(r => r.ReciprocalRank), answerable.Count,
            answerable.Count(r => r.Ranking.Total == 0), noAnswer.Count, noAnswer.Count(r => r.Ranking.Total > 0), results);
    }

    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"{Set,-24} {System,-40} nDCG@10 {Ndcg:0.000}  MRR {Mrr:0.000}  zero results {ZeroResults}/{Answerable} ({ZeroResultRate:P1})  no-answer with hits {NoAnswerWithHits}/{NoAnswer}");

    /// <summary>Every query, worst first, with its first three results.</summary>
    public string Report()
    {
        var report = new StringBuilder();
        foreach (var r in Results.OrderBy(r => r.Query.NoAnswer).ThenBy(r => r.Ndcg))
        {
            var figures = r.Query.NoAnswer ? $"no answer, {r.Ranking.Total} hits" : $"{r.Ndcg:0.000}  {r.ReciprocalRank:0.000}";
            report.AppendLine(CultureInfo.InvariantCulture, $"{figures}  {r.Query.Text}  ({r.Ranking.Total}) -> {string.Join(", ", r.Ranking.Top.Take(3))}");
        }
        return report.ToString();
    }
}
