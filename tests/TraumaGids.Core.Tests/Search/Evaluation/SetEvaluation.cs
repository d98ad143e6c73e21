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

    /// <summary>Every answerable query, worst first: its ten results with their grades, then the judged pages it missed.</summary>
    public string Details()
    {
        var report = new StringBuilder();
        foreach (var r in Results.Where(r => !r.Query.NoAnswer).OrderBy(r => r.Ndcg))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"== {r.Ndcg:0.000}  {r.Query.Text}  ({r.Ranking.Total} results)");
            foreach (var (page, rank) in r.Ranking.Top.Select((p, i) => (p, i + 1)))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"   {rank,2}. [{r.Query.Grades.GetValueOrDefault(page)}] {page}");
            }
            foreach (var (page, grade) in r.Query.Grades.Where(g => !r.Ranking.Top.Contains(g.Key)).OrderByDescending(g => g.Value))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"   missed [{grade}] {page}");
            }
        }
        return report.ToString();
    }
}
