using System.Globalization;
using TraumaGids.Core.Search;
using TraumaGids.Core.Tests.Screening;

namespace TraumaGids.Core.Tests.Search;

/// <summary>
/// A large directory's index is written in parts at the same time and merged: it must find exactly what
/// the index written in one go finds, in the same order, with the same scores and counts.
/// </summary>
public sealed class IndexPartsTests(ExampleContent example) : IClassFixture<ExampleContent>
{
    private static readonly SearchQuery[] Queries =
    [
        new(),
        new() { Page = 2 },
        new() { Text = "emdr" },
        new() { Text = "mijn kind slaapt slecht na ruzie thuis" },
        new() { Text = "emdr kind hilversum arabisch" },
        new() { Text = "traumateraphie" },
        new() { Text = "huiselijk geweld", Sort = SearchSort.WaitingTime },
        new() { Text = "psycholoog turks" },
        new() { Text = "wat is trauma" },
        new() { Text = "angst", Languages = ["ar", "tr"] },
        new() { Text = "online therapie volwassenen", OnlineOnly = true },
        new() { Methods = ["emdr", "tf-cbt"], Municipalities = ["hilversum"], Age = 9, NoReferralStop = true },
        new() { Sort = SearchSort.WaitingTime, Page = 2 },
        new() { Text = "lindeboom" },
        new() { Text = "oogbewegingen" },
        new() { Text = "zora" },
    ];

    /// <summary>Totals, hits with their scores, every facet count and did-you-mean of a set of searches.</summary>
    internal static string Results(SearchIndex index) => string.Join('\n', Queries.Select(query =>
    {
        var r = index.Search(query);
        return $"{r.Total}|{r.Relaxed}|{r.DidYouMean}|" +
            string.Join(',', r.Hits.Select(h => h.Slug + ":" + h.Score.ToString("R", CultureInfo.InvariantCulture))) + "|" +
            string.Join(',', r.Facets.SelectMany(f => f.Values.Select(v => v.Count.ToString(CultureInfo.InvariantCulture))));
    }));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void An_index_written_in_parts_finds_exactly_what_one_written_in_one_go_finds(int parts)
    {
        using var whole = SearchIndex.Build(example.Content, parts: 1);
        using var inParts = SearchIndex.Build(example.Content, parts);

        Assert.Equal(Results(whole), Results(inParts));
        Assert.Equal(whole.ItemCount, inParts.ItemCount);
    }
}
