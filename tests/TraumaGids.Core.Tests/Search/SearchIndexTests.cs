using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

public sealed class SearchIndexTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    private readonly SearchIndex _index = fixture.Index;

    private SearchResults Search(SearchQuery query) => _index.Search(query);

    private SearchResults Search(string text) => _index.Search(new SearchQuery { Text = text, PageSize = 50 });

    private static List<string> Slugs(SearchResults results) => [.. results.Hits.Select(h => h.Slug)];

    private static int Count(SearchResults results, string facet, string value) =>
        results.Facets.Single(f => f.Name == facet).Values.Single(v => v.Key == value).Count;

    // ---- analysis ----

    [Theory]
    [InlineData("Kinderen", "kind")]
    [InlineData("kinderen", "KIND")]
    [InlineData("Oekraïens", "oekraiens")]
    [InlineData("behandelingen", "behandeling")]
    public void Words_that_belong_together_get_the_same_term(string a, string b)
    {
        var termA = DutchAnalysis.Terms(DutchAnalysis.Default.Query, "body", a).Single().Term;
        var termB = DutchAnalysis.Terms(DutchAnalysis.Default.Query, "body", b).Single().Term;

        Assert.Equal(termA, termB);
    }

    [Fact]
    public void Dutch_stop_words_are_not_terms()
    {
        var terms = DutchAnalysis.Terms(DutchAnalysis.Default.Query, "body", "mijn kind en de school").Select(t => t.Term);

        Assert.Equal(["kinder", "schol"], terms); // "mijn", "en", "de" are stop words; "school" stems to "schol"
    }

    [Fact]
    public void Kinderen_finds_a_page_that_only_says_kind()
    {
        Assert.Contains("hulp", Slugs(Search("kinderen")));
    }

    [Fact]
    public void Search_is_case_insensitive()
    {
        Assert.Equal(Slugs(Search("emdr")), Slugs(Search("EMDR")));
        Assert.NotEmpty(Slugs(Search("EmDr")));
    }

    [Fact]
    public void Free_text_finds_practitioners_by_their_vocabulary_labels()
    {
        Assert.Equal(["chantal"], Slugs(Search("arabisch")));
        Assert.Equal(["bram", "frank"], Slugs(Search("huizen")).Order());
    }

    // ---- filters ----

    [Fact]
    public void Values_within_one_filter_are_alternatives()
    {
        var one = Search(new SearchQuery { Methods = ["net"] });
        var two = Search(new SearchQuery { Methods = ["net", "tf-cbt"] });

        Assert.Equal(["bram", "frank"], Slugs(one).Order());
        Assert.Equal(["anna", "bram", "chantal", "frank", "tf-cbt"], Slugs(two).Order());
    }

    [Fact]
    public void Different_filters_must_all_match()
    {
        var results = Search(new SearchQuery { Methods = ["net", "tf-cbt"], Municipalities = ["hilversum"] });

        Assert.Equal(["anna", "chantal"], Slugs(results).Order());
    }

    [Theory]
    [InlineData(3, new string[0])]
    [InlineData(4, new[] { "anna", "dirk" })]
    [InlineData(12, new[] { "anna", "chantal", "dirk" })]
    [InlineData(13, new[] { "anna", "chantal" })]
    [InlineData(18, new[] { "anna", "bram", "chantal", "eva", "frank" })]
    [InlineData(66, new[] { "bram", "frank" })]
    public void Age_filter_keeps_practitioners_whose_range_contains_the_age(int age, string[] expected)
    {
        var results = Search(new SearchQuery { Age = age });

        Assert.Equal(expected, Slugs(results).Order());
    }

    [Fact]
    public void Online_and_referral_stop_filters()
    {
        Assert.Equal(["dirk"], Slugs(Search(new SearchQuery { OnlineOnly = true })));
        var open = Search(new SearchQuery { NoReferralStop = true });
        Assert.Equal(["anna", "bram", "dirk", "eva", "frank"], Slugs(open).Order());
    }

    [Fact]
    public void Kind_target_group_language_and_funding_filters_narrow()
    {
        Assert.Equal(["emdr", "tf-cbt"], Slugs(Search(new SearchQuery { Kinds = [ContentKind.Offer] })).Order());
        Assert.Equal(["anna", "chantal", "tf-cbt"], Slugs(Search(new SearchQuery { TargetGroups = ["jongeren"] })).Order());
        Assert.Equal(["dirk"], Slugs(Search(new SearchQuery { Languages = ["uk"] })));
        Assert.Equal(["eva"], Slugs(Search(new SearchQuery { Funding = ["gratis"] })));
    }

    [Fact]
    public void Unknown_filter_values_match_nothing_and_do_not_throw()
    {
        var results = Search(new SearchQuery { Methods = ["bestaat-niet"] });

        Assert.Equal(0, results.Total);
    }

    // ---- facets ----

    [Fact]
    public void Facet_counts_apply_the_other_filters_but_not_their_own()
    {
        var results = Search(new SearchQuery { Methods = ["emdr"] });

        // Municipality counts are restricted by the method filter ...
        Assert.Equal(1, Count(results, FacetNames.Municipality, "hilversum"));
        Assert.Equal(1, Count(results, FacetNames.Municipality, "huizen"));
        Assert.Equal(0, Count(results, FacetNames.Municipality, "laren"));
        // ... the method counts are not: they say what choosing another method would add.
        Assert.Equal(4, Count(results, FacetNames.Method, "emdr"));
        Assert.Equal(3, Count(results, FacetNames.Method, "tf-cbt"));
        Assert.Equal(2, Count(results, FacetNames.Method, "net"));
        Assert.True(results.Facets.Single(f => f.Name == FacetNames.Method).Values.Single(v => v.Key == "emdr").Selected);
    }

    [Fact]
    public void Facets_list_every_vocabulary_value_in_order_and_count_the_whole_match_set()
    {
        var results = Search(new SearchQuery { PageSize = 1 });

        Assert.Equal(["hilversum", "huizen", "laren"], results.Facets.Single(f => f.Name == FacetNames.Municipality).Values.Select(v => v.Key));
        Assert.Equal(6, Count(results, FacetNames.Kind, "behandelaar"));
        Assert.Equal(2, Count(results, FacetNames.Kind, "aanbod"));
        Assert.Equal(2, Count(results, FacetNames.Kind, "informatie"));
        Assert.Equal(1, Count(results, FacetNames.Online, "ja"));
        Assert.Equal(5, Count(results, FacetNames.NoReferralStop, "ja"));
        Assert.Single(results.Hits);
    }

    // ---- sorting and paging ----

    [Fact]
    public void Waiting_time_sort_puts_the_shortest_wait_first_and_referral_stops_last()
    {
        var results = Search(new SearchQuery { Kinds = [ContentKind.Practitioner], Sort = SearchSort.WaitingTime });

        Assert.Equal(["dirk", "eva", "bram", "frank", "anna", "chantal"], Slugs(results));
    }

    [Fact]
    public void Without_text_practitioners_come_first_by_surname_then_offers_then_information_each_by_title()
    {
        var results = Search(new SearchQuery { PageSize = 50 });

        // Frank Baker, Bram Bakker, Chantal Chaouch, Dirk Dekker, Eva Evers, Anna de Vries.
        Assert.Equal(["frank", "bram", "chantal", "dirk", "eva", "anna", "emdr", "tf-cbt", "hulp", "wat-is-trauma"], Slugs(results));
    }

    [Fact]
    public void Equal_scores_are_ordered_by_title_whatever_the_order_of_the_content()
    {
        // The index stores documents in title order and lets the document number break ties. Information
        // pages come in the editors' order, here the other way round; "Één" sorts as "Een".
        InfoPage Page(string slug, string title, int order) => new()
        {
            Slug = slug, SourceFile = $"informatie/{slug}.md", Title = title, Summary = "Over angst.", Order = order,
            Related = [], LastReviewed = TestContent.Today, Body = TestContent.Body("Angst na iets ergs is normaal."),
        };
        using var index = SearchIndex.Build(new ContentSet(
            TestContent.Vocabularies, [], [], [Page("z", "Zorgen", 1), Page("e", "Één keer", 2), Page("a", "Alleen", 3)], []));

        var byScore = index.Search(new SearchQuery { Text = "angst" });
        Assert.Single(byScore.Hits.Select(h => h.Score).Distinct());
        Assert.Equal(["a", "e", "z"], byScore.Hits.Select(h => h.Slug));
        Assert.Equal(["a", "e", "z"], index.Search(new SearchQuery()).Hits.Select(h => h.Slug));
        Assert.Equal(["a", "e", "z"], index.Search(new SearchQuery { Text = "angst", Sort = SearchSort.WaitingTime }).Hits.Select(h => h.Slug));
    }

    [Fact]
    public void A_search_gives_the_same_results_whatever_was_searched_before_and_alongside()
    {
        // Searches share the index's term table and its term states (TermLookup): nothing of one search may leak into another.
        string[] texts = ["emdr kind", "traumateraphie", "huiselijk geweld hilversum", "angst", "trau", "kinderen arabisch", "ptss"];
        static string Fingerprint(SearchResults r) => string.Join("|",
            r.Hits.Select(h => $"{h.Slug}:{h.Score}:{h.SnippetHtml}").Concat(r.Facets.SelectMany(f => f.Values.Select(v => $"{f.Name}.{v.Key}={v.Count}"))));
        var alone = texts.ToDictionary(t => t, t =>
        {
            using var fresh = SearchIndex.Build(TestContent.Content());
            return Fingerprint(fresh.Search(new SearchQuery { Text = t }));
        });

        using var shared = SearchIndex.Build(TestContent.Content());
        var results = new System.Collections.Concurrent.ConcurrentBag<(string Text, string Fingerprint)>();
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var text = texts[(i * 5) % texts.Length];
            results.Add((text, Fingerprint(shared.Search(new SearchQuery { Text = text }))));
        });

        Assert.Equal(200, results.Count);
        Assert.All(results, r => Assert.Equal(alone[r.Text], r.Fingerprint));
    }

    [Fact]
    public void Paging_returns_the_requested_slice_and_clamps_bad_values()
    {
        var all = Slugs(Search(new SearchQuery { PageSize = 50 }));

        Assert.Equal(all.Skip(2).Take(2), Slugs(Search(new SearchQuery { Page = 2, PageSize = 2 })));
        Assert.Equal(all.Take(10), Slugs(Search(new SearchQuery { Page = -3 })));
        var beyond = Search(new SearchQuery { Page = int.MaxValue, PageSize = 10 });
        Assert.Empty(beyond.Hits);
        Assert.Equal(all.Count, beyond.Total);
        Assert.Equal(50, Search(new SearchQuery { PageSize = 100_000 }).Query.PageSize);
        Assert.Equal(1, Search(new SearchQuery { PageSize = 0 }).Query.PageSize);
    }

    // ---- snippets ----

    [Fact]
    public void Snippets_mark_the_matching_words()
    {
        var hit = Search("nachtmerries").Hits.Single(h => h.Slug == "bram");

        Assert.Contains("<mark>nachtmerries</mark>", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stelen", "<mark>stellen</mark>")] // a typo: marked as it is written in the text
    [InlineData("tellen", "<mark>tellen</mark>")] // known as typed: only itself
    public void Snippets_mark_typos_of_unknown_words_only(string typed, string marked)
    {
        var page = new InfoPage
        {
            Slug = "vragen", SourceFile = "informatie/vragen.md", Title = "Vragen", Summary = "Over vragen.", Order = 1,
            Related = [], LastReviewed = TestContent.Today, Body = TestContent.Body("Kinderen stellen vragen. Ze tellen de dagen tot de zitting."),
        };
        using var index = SearchIndex.Build(new ContentSet(TestContent.Vocabularies, [], [], [page], []));

        var snippet = index.Search(new SearchQuery { Text = typed }).Hits.Single().SnippetHtml;

        Assert.Equal(1, snippet.Split("<mark>").Length - 1);
        Assert.Contains(marked, snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20)] // more words follow within the stretch analysed: the snippet began at the text's start and failed
    [InlineData(60)] // none follow within it: the snippet ran to the text's end
    public void A_snippet_deep_in_a_text_after_a_long_run_of_small_words_is_short_and_never_fails(int smallWordsAfter)
    {
        // The words found stand after more than 240 characters without a searchable word, and a long text
        // follows them: the snippet once started at the text's start (an exception: a server error on
        // the site) or ran to the text's end.
        var filler = string.Join(' ', Enumerable.Repeat("en de het", 60));
        var after = string.Join(' ', Enumerable.Repeat("en de het", smallWordsAfter));
        var tail = string.Join(' ', Enumerable.Repeat("Slapen gaat weer beter.", 80));
        var page = new InfoPage
        {
            Slug = "slapen", SourceFile = "informatie/slapen.md", Title = "Slapen", Summary = "Over slapen.", Order = 1,
            Related = [], LastReviewed = TestContent.Today, Body = TestContent.Body($"Begin {filler} nachtmerries {after} {tail}"),
        };
        using var index = SearchIndex.Build(new ContentSet(TestContent.Vocabularies, [], [], [page], []));

        var snippet = index.Search(new SearchQuery { Text = "nachtmerries" }).Hits.Single().SnippetHtml;

        Assert.Contains("<mark>nachtmerries</mark>", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Length, 1, 300);
    }

    [Fact]
    public void Snippets_are_html_encoded()
    {
        var hit = Search("lotgenotengroep").Hits.Single(h => h.Slug == "eva");

        Assert.Contains("<mark>Lotgenotengroep</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&amp; meer", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_text_the_snippet_is_the_start_of_the_text_without_marks()
    {
        var hit = Search(new SearchQuery { Kinds = [ContentKind.InfoPage] }).Hits.Single(h => h.Slug == "hulp");

        Assert.Equal("Waar je terecht kunt.\nBel je huisarts als je kind slecht slaapt.", hit.SnippetHtml);
    }

    // ---- typos, relaxed matching, did-you-mean ----

    [Fact]
    public void A_one_letter_typo_in_a_longer_word_still_finds_it()
    {
        Assert.Contains("bram", Slugs(Search("nachtmeries")));
        Assert.Contains("bram", Slugs(Search("nachtmerreis")));
        Assert.Contains("eva", Slugs(Search("lotgenotengroap")));
    }

    [Fact]
    public void Typo_tolerance_does_not_drown_exact_matches()
    {
        // "bakker" is a word of the content: it is not widened to "baker" (Frank Baker), one letter off.
        Assert.Equal(["bram"], Slugs(Search("bakker")));
        // "bakkerr" is not: then one typo away finds Bram Bakker.
        Assert.Equal(["bram"], Slugs(Search("bakkerr")));
        Assert.Equal(["frank"], Slugs(Search("bakerr")));
    }

    [Fact]
    public void Short_words_do_not_match_with_a_typo()
    {
        Assert.Empty(Slugs(Search("emdt")));
    }

    [Fact]
    public void When_no_item_has_all_words_the_results_are_relaxed_and_say_so()
    {
        var strict = Search("emdr kinderen");
        var relaxed = Search("emdr qqqzzz");

        Assert.False(strict.Relaxed);
        Assert.True(relaxed.Relaxed);
        Assert.Equal(Slugs(Search("emdr")).Order(), Slugs(relaxed).Order());
    }

    [Fact]
    public void Did_you_mean_corrects_a_word_that_occurs_nowhere()
    {
        Assert.Equal("nachtmerries", Search("nachtmeries").DidYouMean);
        Assert.Equal("kinderen slecht", Search("kinderne slecht").DidYouMean);
        // "slapen" is in one item only: a short word is not corrected to it (SpellingTests).
        Assert.Null(Search("slecht slapne").DidYouMean);
        Assert.Null(Search("nachtmerries").DidYouMean);
        Assert.Null(Search("qqqzzzxxx").DidYouMean);
    }

    [Fact]
    public void Text_with_only_stop_words_finds_nothing()
    {
        var results = Search("de het een");

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
        Assert.NotEmpty(results.Facets);
    }

    public static TheoryData<string?> HostileTexts =>
    [
        null, "", "   ", "\"", "\"unbalanced", "emdr AND (kind OR", "*", "?", "~2", "title:emdr^10", "[a TO z]", "{x TO y}",
        "\\", "/", "/regex/", "!", "-emdr", "+emdr", "&&", "||", "AND OR NOT", "NOT", ":",
        new string('x', 10_000), string.Join(' ', Enumerable.Repeat("emdr", 5_000)),
        string.Join(' ', Enumerable.Range(0, 3_000).Select(i => "woord" + i)),
        "😀🧒🏽 kind", "\ud800", "\udc00emdr", "a\u0000b\u0001c\u001f", "\u202e\u202d", "k\u0301ind", "ﷺ", "%00", "<script>alert(1)</script>",
    ];

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Any_text_returns_normally(string? text)
    {
        var results = _index.Search(new SearchQuery { Text = text, Methods = ["emdr"], Page = 3, Sort = SearchSort.WaitingTime });

        Assert.NotNull(results);
        Assert.True(results.Total >= 0);
        Assert.All(results.Hits, h => Assert.DoesNotContain("<script", h.SnippetHtml, StringComparison.Ordinal));
    }

    [Fact]
    public void An_index_of_two_thousand_practitioners_searches_filters_and_counts_correctly()
    {
        var municipalities = new[] { "hilversum", "huizen", "laren" };
        var many = Enumerable.Range(0, 2_000).Select(i => TestContent.Practitioner(
            $"p{i}", $"Behandelaar {i:D4}", ["volwassenen"], 18, 99, [i % 2 == 0 ? "emdr" : "net"], [municipalities[i % 3]],
            ["nl"], ["zvw"], i % 20, i % 5 == 0 ? "Behandelt nachtmerries." : "Behandelt angst.")).ToList();
        using var index = SearchIndex.Build(TestContent.Content(many));

        var results = index.Search(new SearchQuery { Text = "nachtmerries", Methods = ["emdr"], Sort = SearchSort.WaitingTime, PageSize = 50 });

        // i % 5 == 0 and i % 2 == 0: every tenth practitioner; plus the test content's own pages mentioning it (none with emdr).
        Assert.Equal(200, results.Total);
        Assert.Equal(50, results.Hits.Count);
        Assert.Equal(0, results.Hits[0].Slug is var s ? int.Parse(s[1..], System.Globalization.CultureInfo.InvariantCulture) % 20 : -1);
        Assert.Equal(200, results.Facets.Single(f => f.Name == FacetNames.Municipality).Values.Sum(v => v.Count));
        Assert.Equal(200, Count(results, FacetNames.Method, "emdr"));
        Assert.Equal(200, Count(results, FacetNames.Method, "net"));
    }
}
