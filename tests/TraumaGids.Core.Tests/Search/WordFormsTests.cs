using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

/// <summary>Verb forms that Dutch stemming leaves apart are matched as one word.</summary>
public sealed class WordFormsTests
{
    private static string? Stem(string word) =>
        DutchAnalysis.Terms(DutchAnalysis.Default.Query, IndexFields.Body.Name, word) is [var only] ? only.Term : null;

    private static IReadOnlyList<string> Forms(string word) => WordForms.Candidates(word, Stem(word)!, Stem);

    [Theory]
    [InlineData("misbruikt", "misbruik")]
    [InlineData("schrikt", "schrik")]
    [InlineData("bedreigd", "bedreig")]
    [InlineData("gepest", "pest")]
    [InlineData("schaamte", "scham")]
    public void A_verb_form_also_matches_its_stem(string typed, string expected)
    {
        Assert.Contains(expected, Forms(typed));
    }

    [Theory]
    [InlineData("misbruik", "misbruikt")]
    [InlineData("schrikken", "schrikt")]
    [InlineData("pesten", "gepest")]
    [InlineData("schaam", "schaamt")]
    public void A_word_also_matches_its_forms_with_t_d_and_ge(string typed, string expected)
    {
        Assert.Contains(expected, Forms(typed));
    }

    [Theory]
    [InlineData("zoontje", "zoon")]
    [InlineData("dochtertje", "dochter")]
    [InlineData("kindjes", "kind")]
    [InlineData("boompje", "boom")]
    [InlineData("balletje", "bal")]
    [InlineData("huisje", "huis")]
    public void A_diminutive_also_matches_its_word(string typed, string word)
    {
        Assert.Contains(Stem(word)!, Forms(typed));
    }

    [Fact]
    public void A_diminutive_finds_the_text_that_has_the_word()
    {
        var anna = TestContent.Practitioners[0] with { Body = TestContent.Body("Voor ouders van wie de zoon iets ergs heeft meegemaakt.") };
        var bram = TestContent.Practitioners[1] with { Body = TestContent.Body("Voor volwassenen.") };
        using var index = SearchIndex.Build(TestContent.Content([anna, bram]));

        Assert.Equal(["anna"], index.Search(new SearchQuery { Text = "zoontje" }).Hits.Select(h => h.Slug));
    }

    [Theory]
    [InlineData("rust")]
    [InlineData("hand")]
    [InlineData("wet")]
    public void Short_words_keep_their_own_form(string typed)
    {
        Assert.DoesNotContain(Forms(typed), f => f.Length < typed.Length);
    }

    [Fact]
    public void A_form_of_a_typed_word_finds_the_text_that_has_another_form()
    {
        var anna = TestContent.Practitioners[0] with { Body = TestContent.Body("Voor kinderen die zijn misbruikt.") };
        var bram = TestContent.Practitioners[1] with { Body = TestContent.Body("Na misbruik in de jeugd.") };
        using var index = SearchIndex.Build(TestContent.Content([anna, bram]));

        foreach (var typed in new[] { "misbruikt", "misbruik" })
        {
            var hits = index.Search(new SearchQuery { Text = typed }).Hits;
            Assert.Equal(["anna", "bram"], hits.Select(h => h.Slug).Order(StringComparer.Ordinal));
            // The snippet marks the form the text has.
            Assert.Contains("<mark>misbruikt</mark>", hits.Single(h => h.Slug == "anna").SnippetHtml, StringComparison.Ordinal);
            Assert.Contains("<mark>misbruik</mark>", hits.Single(h => h.Slug == "bram").SnippetHtml, StringComparison.Ordinal);
        }
    }
}
