using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

/// <summary><c>zoekwoorden.yml</c>: what editors write is what search gets, and a mistake names its line.</summary>
public sealed class SearchWordsFileTests
{
    [Fact]
    public void Every_list_is_read_with_words_in_lower_case()
    {
        using var tree = ContentTree.Valid().With(SearchWords.FileName, """
            synoniemen:
              - [ptss, posttraumatische stress]
            samenstellingen: [trauma, Therapie]
            algemene-woorden: [Hulp, zoeken]
            """);

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        Assert.Equal(["ptss", "posttraumatische stress"], content.SearchWords.Synonyms.Single());
        Assert.Equal(["trauma", "therapie"], content.SearchWords.CompoundParts);
        Assert.Equal(["hulp", "zoeken"], content.SearchWords.GeneralWords);
    }

    [Fact]
    public void A_general_word_that_is_not_a_word_names_its_line_and_search_keeps_working()
    {
        using var tree = ContentTree.Valid().With(SearchWords.FileName, """
            samenstellingen: [trauma]
            algemene-woorden:
              - hulp
              - [zoeken, vinden]
            """);

        var content = tree.Load();

        ContentAssert.SingleIssue(content, SearchWords.FileName, 4, "algemene-woorden", "korte tekst");
        // The file is set aside whole: search works without its words, and the rest of the site loads.
        Assert.Same(SearchWords.Empty, content.SearchWords);
        Assert.NotEmpty(content.Practitioners);
    }

    [Fact]
    public void Stemming_exceptions_language_names_and_intents_are_read()
    {
        using var tree = ContentTree.Valid().With(SearchWords.FileName, """
            stamuitzonderingen:
              Ouderen: ouderen
            taalnamen:
              English: en
            bedoelingen:
              snel terecht: wachttijd
              gratis: "financiering: jeugdwet"
              beeldbellen: online
              plek vrij: zonder-aanmeldstop
              zonder verwijzing: "verwijsroute: zelf-aanmelden"
            """);

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        Assert.Equal("ouderen", content.SearchWords.StemExceptions["ouderen"]);
        Assert.Equal("en", content.SearchWords.LanguageNames["english"]);
        Assert.True(content.SearchWords.Intents["snel terecht"].IsOrder);
        Assert.Equal(new SearchIntent("financiering", "jeugdwet"), content.SearchWords.Intents["gratis"]);
        Assert.Equal(new SearchIntent("online", "ja"), content.SearchWords.Intents["beeldbellen"]);
        Assert.Equal(new SearchIntent("zonder-aanmeldstop", "ja"), content.SearchWords.Intents["plek vrij"]);
        Assert.Equal(new SearchIntent("verwijsroute", "zelf-aanmelden"), content.SearchWords.Intents["zonder verwijzing"]);
    }

    [Fact]
    public void A_route_intent_waits_without_problem_for_a_vocabulary_without_referral_routes()
    {
        var withoutRoutes = SampleContent.Vocabularies[..SampleContent.Vocabularies.IndexOf("verwijsroutes:", StringComparison.Ordinal)];
        using var tree = ContentTree.Valid()
            .With(Vocabularies.FileName, withoutRoutes)
            .With(SearchWords.FileName, "bedoelingen:\n  zonder verwijzing: \"verwijsroute: zelf-aanmelden\"\n  gratis: \"financiering: jeugdwet\"\n");

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        Assert.False(content.SearchWords.Intents.ContainsKey("zonder verwijzing"));
        Assert.True(content.SearchWords.Intents.ContainsKey("gratis"));
    }

    [Theory]
    [InlineData("plaatsen:\n  bussum: gooi\n", 2, "plaatsen.bussum", "onbekende gemeente 'gooi'")]
    [InlineData("stamuitzonderingen:\n  ouderen: \"\"\n", 2, "stamuitzonderingen.ouderen", "woord: stam")]
    [InlineData("taalnamen:\n  english: engels\n", 2, "taalnamen.english", "onbekende taal 'engels'")]
    [InlineData("bedoelingen:\n  snel: snelste\n", 2, "bedoelingen.snel", "onbekende bedoeling 'snelste'")]
    [InlineData("bedoelingen:\n  gratis: \"financiering: niets\"\n", 2, "bedoelingen.gratis", "onbekende bedoeling")]
    [InlineData("bedoelingen:\n  zelf: \"verwijsroute: niets\"\n", 2, "bedoelingen.zelf", "onbekende bedoeling")]
    public void A_wrong_place_language_intent_or_stem_names_its_line(string yaml, int line, string field, string message)
    {
        using var tree = ContentTree.Valid().With(SearchWords.FileName, yaml);

        var content = tree.Load();

        ContentAssert.SingleIssue(content, SearchWords.FileName, line, field, message);
    }
}
