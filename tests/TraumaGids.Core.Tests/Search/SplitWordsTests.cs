using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

/// <summary>A name written apart that the content writes as one, and one written together that the content splits.</summary>
public sealed class SplitWordsTests
{
    private static readonly Dictionary<string, int> Known = new(StringComparer.Ordinal)
    {
        ["kidnet"] = 3, ["net"] = 5, ["tf"] = 4, ["cbt"] = 4, ["emdr"] = 9, ["kind"] = 20, ["ki"] = 1, ["aan"] = 30, ["vragen"] = 6, ["op"] = 40, ["vang"] = 1,
    };

    private static int Frequency(string word) => Known.GetValueOrDefault(word);

    [Theory]
    [InlineData("kid net", "kidnet")]
    [InlineData("KID-NET kind", "KIDNET kind")]
    [InlineData("emdr kind", "emdr kind")]
    [InlineData("tf cbt", "tf cbt")]
    [InlineData("kid, net", "kid, net")]
    public void Two_words_are_joined_only_when_one_is_unknown_and_together_they_are_known(string typed, string expected)
    {
        Assert.Equal(expected, SplitWords.Join(typed, word => Frequency(word) > 0));
    }

    [Theory]
    [InlineData("tfcbt", "tf cbt")]
    [InlineData("tfcbt kind", "tf cbt kind")]
    [InlineData("emdr", "emdr")]
    [InlineData("kindnet", "kind net")]
    [InlineData("qqqqqq", "qqqqqq")]
    [InlineData("aanvragen", "aanvragen")]
    [InlineData("opvang", "opvang")]
    public void An_unknown_word_made_of_two_known_ones_is_split_but_never_off_a_stop_word(string typed, string expected)
    {
        Assert.Equal(expected, SplitWords.Split(typed, Frequency));
    }

    [Fact]
    public void A_method_typed_without_its_hyphen_finds_it()
    {
        using var index = SearchIndex.Build(TestContent.Content());

        var together = index.Search(new SearchQuery { Text = "tfcbt" }).Hits.Select(h => h.Slug).ToList();

        Assert.Equal(index.Search(new SearchQuery { Text = "tf-cbt" }).Hits.Select(h => h.Slug), together);
        Assert.Contains("tf-cbt", together);
    }
}
