using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

/// <summary>
/// What is recognised in the typed text ranks rather than removes; intents become an order or a wish;
/// other names of languages; the looser pass when few items have the words; honest "nothing found".
/// </summary>
public sealed class QueryUnderstandingTests
{
    private static readonly SearchWords Words = new(
        Synonyms: [["nachtmerries", "enge dromen"]],
        Places: new Dictionary<string, string> { ["bussum"] = "laren" },
        CompoundParts: ["trauma", "behandeling"])
    {
        GeneralWords = ["hulp", "aanvragen"],
        LanguageNames = new Dictionary<string, string> { ["arabic"] = "ar" },
        Intents = new Dictionary<string, SearchIntent>
        {
            ["snel terecht"] = new(SearchIntent.WaitingTimeOrder, ""),
            ["gratis"] = new(FacetNames.Funding, "gratis"),
        },
        StemExceptions = new Dictionary<string, string> { ["ouderen"] = "ouderen" },
    };

    private static SearchIndex Index(IEnumerable<Practitioner>? practitioners = null) => SearchIndex.Build(new ContentSet(
        TestContent.Vocabularies, practitioners ?? TestContent.Practitioners, TestContent.Offers, TestContent.InfoPages, [], searchWords: Words));

    private static List<string> Slugs(SearchResults results) => [.. results.Hits.Select(h => h.Slug)];

    [Fact]
    public void An_age_in_the_text_does_not_hide_information_pages()
    {
        using var index = Index();

        // "slecht slapen" is on both information pages; no practitioner says it.
        var results = index.Search(new SearchQuery { Text = "kind van 7 slaapt slecht" });

        Assert.Contains(results.Understood, u => u.Facet == QueryUnderstanding.AgeFacet);
        Assert.Contains("hulp", Slugs(results));
    }

    [Fact]
    public void A_place_ranks_practitioners_there_first_and_keeps_the_others()
    {
        using var index = Index();

        var results = index.Search(new SearchQuery { Text = "emdr laren" });

        // Nobody does EMDR in Laren: the EMDR practitioners elsewhere are still shown.
        Assert.Contains("anna", Slugs(results));
        Assert.Contains("bram", Slugs(results));
    }

    [Fact]
    public void A_language_and_only_general_words_finds_the_practitioners_who_speak_it()
    {
        using var index = Index();

        // Chantal speaks Arabic; her profile does not say "hulp".
        Assert.Equal(["chantal"], Slugs(index.Search(new SearchQuery { Text = "hulp in het arabisch" })));
        Assert.Equal(["chantal"], Slugs(index.Search(new SearchQuery { Text = "arabic" })));
        Assert.Equal(["chantal"], Slugs(index.Search(new SearchQuery { Text = "arabischtalig" })));
    }

    [Fact]
    public void An_intent_for_speed_orders_by_waiting_time_and_can_be_removed()
    {
        using var index = Index();

        var results = index.Search(new SearchQuery { Text = "emdr snel terecht" });

        // EMDR: dirk waits 0 weeks, bram 2, anna 6.
        Assert.Equal(["dirk", "bram", "anna"], Slugs(results).Where(s => s is "anna" or "bram" or "dirk"));
        var order = Assert.Single(results.Understood);
        Assert.Equal((SearchIntent.WaitingTimeOrder, "emdr"), (order.Facet, order.TextWithout));
        // The visitor's own order is not changed.
        Assert.Equal(SearchSort.Relevance, results.Query.Sort);
    }

    [Fact]
    public void A_typed_order_sorts_those_who_meet_the_search_first_and_a_chosen_order_sorts_all()
    {
        using var index = Index();

        // EMDR in Hilversum: only anna (6 weeks); dirk (online, 0 weeks) and bram (Huizen, 2 weeks) follow.
        var typed = index.Search(new SearchQuery { Text = "emdr hilversum snel terecht" });
        Assert.Equal(["anna", "dirk", "bram"], Slugs(typed).Where(s => s is "anna" or "bram" or "dirk"));

        // Chosen by the visitor: strictly by waiting time.
        var chosen = index.Search(new SearchQuery { Text = "emdr hilversum", Sort = SearchSort.WaitingTime });
        Assert.Equal(["dirk", "bram", "anna"], Slugs(chosen).Where(s => s is "anna" or "bram" or "dirk"));
    }

    [Theory]
    [InlineData("basis ggz wachttijd korter dan 4 weken", "basis ggz")]
    [InlineData("emdr binnen 2 weken", "emdr")]
    [InlineData("traumatherapie max. 6 weken wachten", "traumatherapie")]
    [InlineData("kind van 9, minder dan een maand wachttijd", "kind")]
    public void A_waiting_time_limit_is_understood_as_the_shortest_waiting_time_first(string typed, string remaining)
    {
        var understood = new QueryUnderstanding(TestContent.Vocabularies, Words).Parse(typed);

        Assert.True(understood.OrderByWaitingTime);
        Assert.Equal(remaining, understood.Remaining.Trim(',', ' '));
    }

    [Theory]
    [InlineData("emdr hilversm", "gemeente", "hilversum", "emdr")] // a letter dropped
    [InlineData("emdr hilvresum", "gemeente", "hilversum", "emdr")] // two letters swapped
    [InlineData("therapeut arabich", "taal", "ar", "therapeut")]
    public void A_misspelt_place_or_language_that_occurs_nowhere_is_understood(string typed, string facet, string key, string remaining)
    {
        var understood = new QueryUnderstanding(TestContent.Vocabularies, Words).Parse(typed, occurs: _ => false);

        var filter = Assert.Single(understood.Filters);
        Assert.Equal((facet, key), (filter.Facet, filter.Key));
        Assert.Equal(remaining, understood.Remaining);
    }

    [Theory]
    [InlineData("arabische psycholoog", "ar")]
    [InlineData("oekraiense kinderen", "uk")]
    public void A_language_adjective_is_the_language(string typed, string key)
    {
        var understood = new QueryUnderstanding(TestContent.Vocabularies, Words).Parse(typed);

        Assert.Equal(key, Assert.Single(understood.Filters).Key);
    }

    [Fact]
    public void A_place_name_of_several_words_typed_as_one_is_understood()
    {
        var vocabularies = TestContent.Vocabularies with
        {
            Municipalities = new Vocabulary("gemeenten", [.. TestContent.Vocabularies.Municipalities.Entries, new("gooise-meren", "Gooise Meren")]),
        };

        var understood = new QueryUnderstanding(vocabularies, Words).Parse("emdr gooisemeren");

        var filter = Assert.Single(understood.Filters);
        Assert.Equal("gooise-meren", filter.Key);
        Assert.Equal("emdr", understood.Remaining);
    }

    [Theory]
    [InlineData("emdr hilversm", true)] // the content uses the word as written: it is no typo
    [InlineData("emdr laren", false)] // understood as written, not as a typo
    [InlineData("emdr larne", false)] // too short to guess
    public void A_word_the_content_uses_or_a_short_one_is_not_taken_for_a_misspelt_place(string typed, bool occurs)
    {
        var understood = new QueryUnderstanding(TestContent.Vocabularies, Words).Parse(typed, occurs: _ => occurs);

        Assert.DoesNotContain(understood.Filters, f => f.Key == "hilversum" || (f.Key == "laren" && typed.Contains("larne", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_misspelt_place_ranks_the_practitioners_there_first_like_the_place()
    {
        using var index = Index();

        Assert.Equal(Slugs(index.Search(new SearchQuery { Text = "emdr hilversum" })), Slugs(index.Search(new SearchQuery { Text = "emdr hilversm" })));
    }

    [Fact]
    public void A_baby_of_four_weeks_is_no_waiting_time()
    {
        Assert.False(new QueryUnderstanding(TestContent.Vocabularies, Words).Parse("baby van 4 weken huilt veel").OrderByWaitingTime);
    }

    [Fact]
    public void A_route_wish_ranks_practitioners_one_can_refer_to_that_way_first_and_is_shown()
    {
        var words = Words with { Intents = new Dictionary<string, SearchIntent> { ["zonder verwijzing"] = new(FacetNames.ReferralRoute, "zelf-aanmelden") } };
        var vocabularies = TestContent.Vocabularies with
        {
            ReferralRoutes = new Vocabulary("verwijsroutes", [new("zelf-aanmelden", "Zelf aanmelden"), new("wijkteam", "Via het wijkteam")]),
        };
        // anna and bram both do EMDR; only bram takes clients who register themselves.
        var practitioners = TestContent.Practitioners.Select(p => p.Slug switch
        {
            "bram" => p with { HowToRefer = new HowToRefer(["zelf-aanmelden"], null, null, null) },
            "anna" => p with { HowToRefer = new HowToRefer(["wijkteam"], null, null, null) },
            _ => p,
        });
        using var index = SearchIndex.Build(new ContentSet(vocabularies, practitioners, TestContent.Offers, TestContent.InfoPages, [], searchWords: words));

        var results = index.Search(new SearchQuery { Text = "emdr zonder verwijzing" });

        Assert.Equal("bram", Slugs(results).First(s => s is "anna" or "bram"));
        var route = Assert.Single(results.Understood);
        Assert.Equal((FacetNames.ReferralRoute, "zelf-aanmelden", "Zelf aanmelden", "emdr"), (route.Facet, route.Key, route.Label, route.TextWithout));
        var facet = results.Facets.Single(f => f.Name == FacetNames.ReferralRoute);
        Assert.Equal(1, facet.Values.Single(v => v.Key == "zelf-aanmelden").Count);
    }

    [Fact]
    public void A_funding_wish_ranks_practitioners_who_meet_it_first_and_stays_a_search_word()
    {
        using var index = Index();

        var results = index.Search(new SearchQuery { Text = "gratis volwassenen" });

        Assert.Equal("eva", Slugs(results)[0]);
        Assert.Contains(results.Understood, u => u.Facet == FacetNames.Funding && u.Key == "gratis");
        Assert.Contains("bram", Slugs(results));
    }

    [Fact]
    public void A_stemming_exception_keeps_two_words_apart()
    {
        var analysis = new DutchAnalysis(Words);

        Assert.NotEqual(Stem(analysis, "ouderen"), Stem(analysis, "ouders"));
        Assert.Equal(Stem(analysis, "ouder"), Stem(analysis, "ouders"));
    }

    private static string Stem(DutchAnalysis analysis, string word) =>
        Assert.Single(DutchAnalysis.Terms(analysis.Query, IndexFields.Body.Name, word)).Term;

    [Fact]
    public void Without_the_exception_the_stemmer_joins_them()
    {
        Assert.Equal(Stem(DutchAnalysis.Default, "ouderen"), Stem(DutchAnalysis.Default, "ouders"));
    }

    [Fact]
    public void Few_results_with_all_words_are_followed_by_results_with_some_of_them()
    {
        using var index = Index();

        // Only frank says "praktijk" and "volwassenen" together with nothing else; "nachtmerries" is bram's.
        var results = index.Search(new SearchQuery { Text = "nachtmerries volwassenen" });

        Assert.True(results.Relaxed);
        Assert.Equal(1, results.AllWordsTotal);
        Assert.Equal("bram", Slugs(results)[0]);
        Assert.True(results.Total > 1);
    }

    [Fact]
    public void A_general_word_alone_never_answers_a_question_about_something_else()
    {
        using var index = Index();

        Assert.Equal(0, index.Search(new SearchQuery { Text = "parkeervergunning aanvragen" }).Total);
        Assert.Equal(0, index.Search(new SearchQuery { Text = "hondenbelasting laren" }).Total);
    }

    [Fact]
    public void A_long_word_may_have_two_typos()
    {
        using var index = Index();

        // "nachtmerries" with two letters swapped and one left out.
        Assert.Equal(["bram"], Slugs(index.Search(new SearchQuery { Text = "nahctmeries" })));
        // A shorter word gets one.
        Assert.Empty(Slugs(index.Search(new SearchQuery { Text = "anstg" })));
    }

    [Theory]
    [InlineData("wat is ptss", true)]
    [InlineData("Heb ik een verwijzing nodig?", true)]
    [InlineData("how do I get help", true)]
    [InlineData("welke psycholoog in huizen", false)]
    [InlineData("ptss wat is dat", false)]
    public void A_text_that_opens_with_a_question_word_is_a_question(string typed, bool question)
    {
        var understanding = new QueryUnderstanding(TestContent.Vocabularies, Words);

        Assert.Equal(question, understanding.Parse(typed).Question);
    }

    [Fact]
    public void A_question_ranks_the_page_that_explains_above_a_practitioner_with_the_word()
    {
        var bram = TestContent.Practitioners[1] with { Body = TestContent.Body("PTSS. Behandeling van PTSS bij volwassenen met PTSS.") };
        var explains = TestContent.InfoPages[0] with
        {
            Body = TestContent.Body("PTSS kan ontstaan na een schokkende gebeurtenis. Je denkt er steeds aan, je slaapt slecht en je schrikt snel. Veel mensen herstellen vanzelf, anderen hebben hulp nodig."),
        };
        using var index = SearchIndex.Build(new ContentSet(TestContent.Vocabularies, [bram], [], [explains], [], searchWords: Words));

        Assert.Equal(["bram", "wat-is-trauma"], Slugs(index.Search(new SearchQuery { Text = "ptss" })));
        Assert.Equal(["wat-is-trauma", "bram"], Slugs(index.Search(new SearchQuery { Text = "wat is ptss" })));
    }
}
