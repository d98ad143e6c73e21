using System.Globalization;
using System.Text;
using TraumaGids.Core.Search;
using TraumaGids.Core.Tests.Screening;
using Xunit.Abstractions;

namespace TraumaGids.Core.Tests.Search;

/// <summary>Search quality on the judged query set: nDCG@10 and MRR, with a floor that only goes up.</summary>
public static class Relevance
{
    public const int Depth = 10;

    public sealed record QueryScore(JudgedQuery Query, double Ndcg, double ReciprocalRank, IReadOnlyList<string> Top);

    public static QueryScore Score(SearchIndex index, JudgedQuery query)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(query);
        var top = index.Search(new SearchQuery { Text = query.Text, PageSize = Depth }).Hits.Select(h => h.Link.Path.TrimStart('/')).ToList();
        // Graded relevance: the first expected item 3, the second 2, the others 1.
        var expected = query.Expected.ToList();
        double Grade(string item) => expected.IndexOf(item) switch { 0 => 3, 1 => 2, -1 => 0, _ => 1 };
        static double Gain(double grade, int rank) => (Math.Pow(2, grade) - 1) / Math.Log2(rank + 2);
        var dcg = top.Select((item, rank) => Gain(Grade(item), rank)).Sum();
        var ideal = query.Expected.Select(Grade).OrderDescending().Take(Depth).Select((grade, rank) => Gain(grade, rank)).Sum();
        var firstRelevant = top.FindIndex(query.Expected.Contains);
        return new QueryScore(query, ideal == 0 ? 0 : dcg / ideal, firstRelevant < 0 ? 0 : 1.0 / (firstRelevant + 1), top);
    }

    public static (double Ndcg, double Mrr, IReadOnlyList<QueryScore> Scores) Evaluate(SearchIndex index)
    {
        var scores = JudgedQueries.All.Select(q => Score(index, q)).ToList();
        return (scores.Average(s => s.Ndcg), scores.Average(s => s.ReciprocalRank), scores);
    }

    public static string Report(IReadOnlyList<QueryScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var report = new StringBuilder();
        foreach (var s in scores.OrderBy(s => s.Ndcg))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"{s.Ndcg:0.000}  {s.ReciprocalRank:0.000}  {s.Query.Text}  -> {string.Join(", ", s.Top.Take(3))}");
        }
        return report.ToString();
    }
}

public sealed class RelevanceTests(ExampleContent example, ITestOutputHelper output) : IClassFixture<ExampleContent>
{
    /// <summary>Raise these whenever quality improves; record before/after in docs/search.md.</summary>
    private const double NdcgFloor = 0.872;
    private const double MrrFloor = 0.929;

    [Fact]
    public void The_judged_set_is_large_and_points_at_pages_that_exist()
    {
        Assert.True(JudgedQueries.All.Count >= 40);
        Assert.Equal(JudgedQueries.All.Count, JudgedQueries.All.Select(q => q.Text).Distinct().Count());
        foreach (var query in JudgedQueries.All)
        {
            Assert.NotEmpty(query.Expected);
            Assert.All(query.Expected, item =>
            {
                var link = TraumaGids.Core.Content.PageLink.TryParse(item);
                Assert.True(link is not null && example.Content.TitleOf(link) is not null, $"'{item}' in '{query.Text}' is not a page");
            });
        }
    }

    [Fact]
    public void Search_quality_stays_above_the_floor()
    {
        using var index = SearchIndex.Build(example.Content);

        var (ndcg, mrr, scores) = Relevance.Evaluate(index);
        output.WriteLine($"nDCG@10 {ndcg:0.000}  MRR {mrr:0.000}  ({scores.Count} queries)");
        output.WriteLine(Relevance.Report(scores));

        Assert.True(ndcg >= NdcgFloor, $"nDCG@10 {ndcg:0.000} fell below the floor {NdcgFloor}");
        Assert.True(mrr >= MrrFloor, $"MRR {mrr:0.000} fell below the floor {MrrFloor}");
    }
}
