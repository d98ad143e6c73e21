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

    /// <summary>
    /// Unicode noncharacters and lone surrogates make string.Normalize throw: every path that folds typed
    /// text must take them (issue 15, item 1).
    /// </summary>
    [Theory]
    [InlineData("emdr\uFFFE")]
    [InlineData("emdr\uFFFF")]
    [InlineData("\uFDD0emdr")]
    [InlineData("em\uFDEFdr")]
    [InlineData("emdr\U0001FFFE")]
    [InlineData("emdr\U0010FFFF")]
    [InlineData("Oekra\u00EFens\uFFFE")]
    [InlineData("emdr\ud800")]
    [InlineData("\udc00emdr")]
    [InlineData("em\udc00\ud800dr")]
    public void Noncharacters_and_lone_surrogates_are_ignored_on_every_path_that_folds_typed_text(string typed)
    {
        Assert.InRange(_index.Suggest(typed).Count, 0, 8);
        var results = _index.Search(new SearchQuery { Text = typed + " 9 jaar oekraïens kind" });
        Assert.NotNull(results);
    }

    [Fact]
    public void A_noncharacter_after_a_word_is_left_out_and_the_word_still_suggests()
    {
        Assert.Equal("EMDR", _index.Suggest("emdr\uFFFE")[0].Text);
    }

    [Fact]
    public void In_a_large_directory_every_name_that_matches_is_found_as_in_a_plain_scan()
    {
        // 2,000 names of common first names and surnames: many share their beginnings.
        string[] first = ["anna", "bram", "daan", "esra", "fleur", "hanna", "jasper", "karim", "lotte", "noah"];
        string[] last = ["de vries", "jansen", "van dijk", "de boer", "bakker", "visser", "smit", "van der meer", "el amrani", "yilmaz"];
        var practitioners = Enumerable.Range(0, 2_000).Select(i => TestContent.Practitioner(
            $"p{i}", $"{first[i % first.Length]} {last[i / first.Length % last.Length]} {i}", ["volwassenen"], 18, 99, ["emdr"], ["hilversum"], ["nl"], ["zvw"], 2, "tekst")).ToList();
        using var index = SearchIndex.Build(TestContent.Content(practitioners));

        foreach (var typed in new[] { "an", "anna", "anna de", "de v", "van d", "meer", "el am", "yil", "jas smit", "1999", "bram 19", "anna yilmaz 9", "meer noah 7", "el 1", "zz" })
        {
            // The plain scan: every name of which each typed word starts a word.
            var typedWords = typed.Split(' ');
            var matching = practitioners.Select(p => p.Name)
                .Where(name => typedWords.All(t => name.Split(' ').Any(w => w.StartsWith(t, StringComparison.Ordinal))))
                .ToHashSet();
            var found = index.Suggest(typed).Where(s => s.Kind == "Behandelaar").Select(s => s.Text).ToList();

            Assert.All(found, name => Assert.Contains(name, matching));
            if (index.Suggest(typed).Count < 8)
            {
                Assert.Equal(matching.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
            }
        }
        // Cases with fewer than eight matches are compared in full; make sure there are some.
        Assert.Equal(["anna yilmaz 90", "anna yilmaz 990"], index.Suggest("anna yilmaz 9").Select(s => s.Text));
        Assert.Equal(["bram de vries 1", "bram de vries 101"], index.Suggest("bram de vries 1").Take(2).Select(s => s.Text));
    }
}
