using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

public sealed class SuggestionsTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private readonly SearchIndex _index = fixture.Index;

    [Fact]
    public void Titles_that_start_with_the_typed_text_come_first_with_their_page()
    {
        var suggestions = _index.Suggest("emd");

        Assert.Equal(new Suggestion("EMDR", "Aanbod", "/aanbod/emdr"), suggestions[0]);
    }

    [Fact]
    public void Every_typed_word_must_start_a_word_of_the_suggestion_accents_and_case_ignored()
    {
        Assert.Equal(["Anna de Vries"], _index.Suggest("de ann").Select(s => s.Text));
        Assert.Contains(_index.Suggest("OEKRA"), s => s.Text == "Oekraïens" && s.Path is null && s.Kind == "Zoeken");
        Assert.Contains(_index.Suggest("hilv"), s => s.Text == "Hilversum" && s.Path is null);
        Assert.Empty(_index.Suggest("xyz"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("  ")]
    public void Fewer_than_two_characters_suggest_nothing(string? typed)
    {
        Assert.Empty(_index.Suggest(typed));
    }

    [Theory]
    [InlineData("\"*?~(")]
    [InlineData("\ud800\u0000ab")]
    [InlineData("😀😀")]
    public void Any_text_returns_normally_with_at_most_eight(string typed)
    {
        Assert.InRange(_index.Suggest(typed).Count, 0, 8);
        Assert.InRange(_index.Suggest(new string('a', 100_000)).Count, 0, 8);
    }
}
