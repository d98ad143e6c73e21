using TraumaGids.Core.Tests.Search.Evaluation;
using Xunit.Abstractions;

namespace TraumaGids.Core.Tests.Search;

/// <summary>
/// Forty questions the site cannot answer (<c>tests/judged/off-topic/questions.txt</c>): how many still get
/// results, on the example content and on the dev set's, beside the plain baseline. The judged sets hold only
/// five such questions each; this list shows how often a shared everyday word ("gemeente", "kinderen",
/// "betalen") still makes a result. A bound, not a target: it may only go down.
/// </summary>
public sealed class OffTopicTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<string> Questions = [.. File.ReadAllLines(Path.Combine(JudgedSet.RepoRoot, "tests/judged/off-topic/questions.txt"))
        .Select(line => line.Trim())
        .Where(line => line.Length > 0 && !line.StartsWith('#'))];

    [Theory]
    [InlineData("first", 15)]
    [InlineData("dev", 16)]
    public void Questions_about_other_services_seldom_find_something(string name, int mostWithHits)
    {
        var set = name == "first" ? JudgedSet.First() : JudgedSet.Dev();
        using var search = new TraumaGidsSearch(set.Content);
        using var baseline = new PlainLuceneBaseline(set.Content);

        var withHits = Questions.Count(q => search.Search(q).Total > 0);
        var baselineWithHits = Questions.Count(q => baseline.Search(q).Total > 0);
        output.WriteLine($"{name}: {withHits} of {Questions.Count} off-topic questions get results (plain baseline {baselineWithHits})");

        Assert.Equal(40, Questions.Count);
        Assert.True(withHits <= mostWithHits, $"{withHits} of {Questions.Count} off-topic questions got results");
        Assert.True(withHits < baselineWithHits, $"{withHits} is not fewer than the baseline's {baselineWithHits}");
    }
}
