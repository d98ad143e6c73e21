using TraumaGids.Core.Search;
using TraumaGids.Core.Tests.Screening;

namespace TraumaGids.Core.Tests.Search;

/// <summary>Did-you-mean and typo candidates, against a plain comparison with every word of the vocabulary.</summary>
public sealed class SpellingTests(ExampleContent example) : IClassFixture<ExampleContent>
{
    private static readonly string[] Typed =
    [
        "traumateraphie", "lotgenotencontakt", "nachtmeries", "slapne", "kinderenn", "emdr", "angts", "hilversun",
        "psycholoog", "zz", "qqqzzzxxx", "geweldd", "ptts", "jongerne", "a", "trau", "behandelingg",
    ];

    [Fact]
    public void Near_finds_exactly_the_words_a_comparison_with_every_word_finds()
    {
        var spelling = Build();
        var checkedWords = 0;
        foreach (var word in Typed)
        {
            foreach (var edits in new[] { 1, 2 })
            {
                var expected = spelling.Words.Where(w => EditDistance.AtMost(word, w, edits)).Order(StringComparer.Ordinal).ToList();
                var found = spelling.Near(word, edits, limit: int.MaxValue).Order(StringComparer.Ordinal).ToList();
                Assert.Equal(expected, found);
                checkedWords += expected.Count;
            }
        }
        // The comparison is only worth something if the typos do have neighbours.
        Assert.True(checkedWords > 20, $"only {checkedWords} neighbours in all");
    }

    [Fact]
    public void Near_keeps_to_the_limit_taking_the_first_of_its_order()
    {
        var spelling = Build();

        var all = spelling.Near("kind", 2, limit: int.MaxValue);
        var first = spelling.Near("kind", 2, limit: 3);

        Assert.True(all.Count > 3);
        Assert.Equal(all.Take(3), first);
    }

    [Theory]
    [InlineData("nachtmeries", "nachtmerries")]
    [InlineData("slecht slapne", "slecht slapen")]
    [InlineData("kinderne", "kinderen")]
    public void Suggest_replaces_an_unknown_word_by_the_closest_known_one(string typed, string expected)
    {
        Assert.Equal(expected, Build().Suggest(typed));
    }

    [Theory]
    [InlineData("zoon")]
    [InlineData("kort")]
    [InlineData("mijn zoon")]
    public void Suggest_leaves_short_words_alone_they_are_more_often_real_words(string typed)
    {
        Assert.Null(Build().Suggest(typed));
    }

    [Fact]
    public void Suggest_corrects_a_short_word_only_to_a_word_more_items_use()
    {
        var spelling = new Spelling(["Het wordt vager.", "Kinderen slapen.", "Ze slapen slecht."], new DutchAnalysis(example.Content.SearchWords));

        Assert.Null(spelling.Suggest("vader"));
        Assert.Equal("slapen", spelling.Suggest("slapne"));
        // A longer word may still be corrected to a word of one item (a name, a method).
        Assert.Equal("spelen", new Spelling(["spelen"], new DutchAnalysis(example.Content.SearchWords)).Suggest("spellen"));
    }

    [Fact]
    public void Suggest_corrects_a_short_word_only_for_a_slip_of_the_fingers()
    {
        var spelling = new Spelling(["Vaker staat het vader.", "Vaker staat de vader."], new DutchAnalysis(example.Content.SearchWords));

        // "vader" and "slaat" are real words the content does not use: d/k and l/t are far apart.
        Assert.Null(new Spelling(["Vaker staat het.", "Vaker staat het."], new DutchAnalysis(example.Content.SearchWords)).Suggest("mijn vader slaat me"));
        Assert.Equal("vader", spelling.Suggest("vsder")); // s is next to a
        Assert.Equal("vader", spelling.Suggest("vdaer")); // two letters swapped
        Assert.Equal("vader", spelling.Suggest("vadder")); // a letter too many
    }

    [Fact]
    public void Suggest_never_proposes_a_stop_word()
    {
        // "zo'n" and "komt" are one letter from "zoon" and "kort"; longer typos near stop words stay too.
        var spelling = Build();

        Assert.Null(spelling.Suggest("hebbben"));
        Assert.DoesNotContain("zo'n", spelling.Suggest("zoonn weg") ?? "", StringComparison.Ordinal);
    }

    private Spelling Build()
    {
        var analysis = new DutchAnalysis(example.Content.SearchWords);
        var texts = example.Content.Practitioners.Select(p => string.Join('\n', p.Name, p.Organisation, p.Summary, p.Body.PlainText))
            .Concat(example.Content.Offers.Select(o => string.Join('\n', o.Title, o.Summary, o.Body.PlainText)))
            .Concat(example.Content.InfoPages.Select(i => string.Join('\n', i.Title, i.Summary, i.Body.PlainText)));
        return new Spelling(texts, analysis);
    }
}
