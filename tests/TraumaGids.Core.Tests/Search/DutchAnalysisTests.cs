using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

/// <summary>What the analysis chain makes of text.</summary>
public sealed class DutchAnalysisTests
{
    private static IEnumerable<string> Terms(string text) =>
        DutchAnalysis.Terms(DutchAnalysis.Default.Query, IndexFields.Body.Name, text).Select(t => t.Term);

    [Theory]
    [InlineData("sinds de inbraak", "inbraak")]
    [InlineData("angstig tijdens de nacht", "angstig nacht")]
    [InlineData("nadat hij wegging", "wegging")]
    public void Conjunctions_and_adverbs_of_time_are_no_search_words(string text, string words)
    {
        Assert.Equal(Terms(words), Terms(text));
    }

    [Fact]
    public void A_text_without_the_conjunction_has_all_the_words()
    {
        var anna = TestContent.Practitioners[0] with { Body = TestContent.Body("Nachtmerries na een inbraak.") };
        using var index = SearchIndex.Build(TestContent.Content([anna]));

        var results = index.Search(new SearchQuery { Text = "nachtmerries sinds" });

        Assert.Equal(["anna"], results.Hits.Select(h => h.Slug));
        Assert.False(results.Relaxed);
        Assert.Equal(1, results.AllWordsTotal);
    }
}
