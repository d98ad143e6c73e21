using TraumaGids.Core.Search;
using TraumaGids.Core.Tests.Search.Evaluation;

namespace TraumaGids.Core.Tests.Search;

/// <summary>
/// Every judged question of every set, on every page of its results: search never fails and every hit
/// has a short snippet. The judged sets are several regions' worth of texts written by different people,
/// and the relevance tests only read the first page.
/// </summary>
public sealed class EveryResultPageTests
{
    public static TheoryData<string> Sets => [.. JudgedSet.Names];

    [Theory]
    [MemberData(nameof(Sets))]
    public void Every_page_of_every_judged_question_has_hits_with_short_snippets(string name)
    {
        var set = JudgedSet.Named(name);
        using var index = SearchIndex.Build(set.Content);
        foreach (var question in set.Queries)
        {
            var total = index.Search(new SearchQuery { Text = question.Text }).Total;
            for (var page = 1; (page - 1) * 20 < total; page++)
            {
                var results = index.Search(new SearchQuery { Text = question.Text, PageSize = 20, Page = page });
                // At most 240 characters of text, the ellipses and a short tail (a full stop) at the text's end.
                Assert.All(results.Hits, hit => Assert.InRange(Text(hit.SnippetHtml).Length, 0, 270));
            }
        }
    }

    private static string Text(string snippetHtml) =>
        System.Net.WebUtility.HtmlDecode(snippetHtml.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal));
}
