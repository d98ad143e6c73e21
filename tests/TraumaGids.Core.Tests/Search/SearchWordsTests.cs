using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

/// <summary>Synonyms, compound splitting and query understanding, configured as content.</summary>
public sealed class SearchWordsTests
{
    private static readonly SearchWords Words = new(
        Synonyms: [["nachtmerries", "enge dromen"], ["online", "beeldbellen"], ["huiselijk geweld", "geweld thuis"]],
        Places: new Dictionary<string, string> { ["bussum"] = "laren" },
        CompoundParts: ["trauma", "behandeling", "therapie", "lotgenoten", "groep"])
    {
        GeneralWords = ["hulp"],
    };

    private static SearchIndex Index() => SearchIndex.Build(new ContentSet(
        TestContent.Vocabularies, TestContent.Practitioners, TestContent.Offers, TestContent.InfoPages, [], searchWords: Words));

    private static List<string> Slugs(SearchResults results) => [.. results.Hits.Select(h => h.Slug)];

    [Fact]
    public void A_synonym_finds_what_the_content_calls_otherwise()
    {
        using var index = Index();

        Assert.Equal(["bram"], Slugs(index.Search(new SearchQuery { Text = "enge dromen" })));
        Assert.Contains("anna", Slugs(index.Search(new SearchQuery { Text = "geweld thuis" })));
        Assert.Contains("<mark>nachtmerries</mark>", index.Search(new SearchQuery { Text = "enge dromen" }).Hits[0].SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_synonym_file_the_same_words_find_nothing()
    {
        using var plain = SearchIndex.Build(TestContent.Content());

        Assert.Empty(Slugs(plain.Search(new SearchQuery { Text = "enge dromen" })));
    }

    [Fact]
    public void A_part_of_a_compound_word_finds_the_compound()
    {
        using var index = Index();
        using var plain = SearchIndex.Build(TestContent.Content());

        // "Traumabehandeling voor jongeren" (chantal) has both words only with splitting; without it,
        // chantal is at most one of the looser results that have some of the words.
        var split = index.Search(new SearchQuery { Text = "trauma jongeren" });
        Assert.Contains("chantal", Slugs(split));
        var unsplit = plain.Search(new SearchQuery { Text = "trauma jongeren" });
        Assert.True(split.AllWordsTotal > unsplit.AllWordsTotal);
    }

    [Fact]
    public void A_general_word_need_not_be_in_a_result_but_puts_one_that_has_it_first()
    {
        using var index = Index();
        using var plain = SearchIndex.Build(TestContent.Content());

        // Both pages say "slecht"; only the page "Hoe krijg ik hulp?" says "hulp". Without general words
        // "hulp" is required: the other page is only one of the looser results.
        var general = index.Search(new SearchQuery { Text = "hulp slecht" });
        Assert.Equal(["hulp", "wat-is-trauma"], Slugs(general));
        Assert.Equal(2, general.AllWordsTotal);
        var required = plain.Search(new SearchQuery { Text = "hulp slecht" });
        Assert.Equal("hulp", Slugs(required)[0]);
        Assert.Equal(1, required.AllWordsTotal);
    }

    [Fact]
    public void A_search_of_only_general_words_still_looks_for_them()
    {
        using var index = Index();

        var results = index.Search(new SearchQuery { Text = "hulp" });

        Assert.Equal(["hulp"], Slugs(results));
        Assert.False(results.Relaxed);
    }

    [Fact]
    public void When_the_other_words_are_found_nowhere_a_general_word_alone_finds_nothing()
    {
        using var index = Index();

        // A question about something the content does not cover is answered honestly: nothing found.
        Assert.Equal(0, index.Search(new SearchQuery { Text = "hulp qqqqqq" }).Total);
        Assert.Equal(0, index.Search(new SearchQuery { Text = "hulp bij een parkeervergunning" }).Total);
    }

    [Fact]
    public void A_compound_that_occurs_nowhere_is_searched_as_its_parts()
    {
        using var index = Index();

        // "lotgenotengroep" is in eva's text; "groeplotgenoten" is nowhere, but both its parts are.
        Assert.Contains("eva", Slugs(index.Search(new SearchQuery { Text = "groeplotgenoten" })));
    }

    [Fact]
    public void A_compound_with_a_typo_in_one_part_is_searched_as_its_parts_and_offered_corrected()
    {
        using var index = Index();

        // "lotgenotengroep" is in eva's text; "groeplotgenoten" is nowhere, and here it has a typo in its
        // second part as well: it is searched as "groep" and "lotgenoten", and offered that way.
        var typo = index.Search(new SearchQuery { Text = "groeplotgenotne" });
        Assert.Contains("eva", Slugs(typo));
        Assert.Equal("groep lotgenoten", typo.DidYouMean);
        // A typo in the first part; did-you-mean offers the word itself, as it is in the content.
        var first = index.Search(new SearchQuery { Text = "lotgenoetngroep" });
        Assert.Contains("eva", Slugs(first));
        Assert.Equal("lotgenotengroep", first.DidYouMean);
    }

    [Theory]
    [InlineData("traumateraphie", "trauma therapie")]
    [InlineData("truamatherapie", "trauma therapie")]
    [InlineData("traumabehandelnig", "trauma behandeling")]
    [InlineData("traumatherapie", "")]
    [InlineData("traumaxyz", "")]
    [InlineData("kinderopvang", "")]
    [InlineData("trauma", "")]
    public void A_compound_is_corrected_only_with_one_part_as_spelt_and_the_other_close_to_a_known_part(string word, string expected)
    {
        var analysis = new DutchAnalysis(Words);

        Assert.Equal(expected, string.Join(' ', analysis.Compounds.Correct(word)));
    }

    [Theory]
    [InlineData("traumatherapie", "trauma therapie")]
    [InlineData("Traumalotgenotengroep", "trauma lotgenoten groep")]
    [InlineData("traumasgroep", "trauma groep")]
    [InlineData("traumaxgroep", "")]
    [InlineData("trauma", "")]
    public void A_typed_compound_splits_only_into_known_parts(string word, string expected)
    {
        var analysis = new DutchAnalysis(Words);

        Assert.Equal(expected, string.Join(' ', analysis.Compounds.Split(word)));
    }

    [Fact]
    public void A_word_no_page_has_is_known_as_the_sites_subject_when_it_is_in_a_synonym_group()
    {
        using var index = SearchIndex.Build(new ContentSet(
            TestContent.Vocabularies, TestContent.Practitioners, TestContent.Offers, TestContent.InfoPages, [],
            searchWords: Words with { Synonyms = [.. Words.Synonyms, ["sexting", "nudes"]] }));

        var known = index.Search(new SearchQuery { Text = "nudes" });
        Assert.Equal(["nudes"], known.NotFound);
        Assert.True(known.NotFoundKnown);
        var other = index.Search(new SearchQuery { Text = "zwemles" });
        Assert.Equal(["zwemles"], other.NotFound);
        Assert.False(other.NotFoundKnown);
    }

    [Fact]
    public void A_place_in_the_text_becomes_a_removable_filter_on_practitioners()
    {
        using var index = Index();

        var results = index.Search(new SearchQuery { Text = "emdr huizen" });

        // Bram does EMDR in Huizen; the EMDR page and practitioners elsewhere follow, lower.
        Assert.Equal("bram", Slugs(results)[0]);
        Assert.DoesNotContain(results.Hits.Skip(1), h => h.Kind == ContentKind.Practitioner && TestContent.Practitioners.Single(p => p.Slug == h.Slug).Municipalities.Contains("huizen"));
        var understood = Assert.Single(results.Understood);
        Assert.Equal((FacetNames.Municipality, "huizen", "Huizen", "emdr"), (understood.Facet, understood.Key, understood.Label, understood.TextWithout));
    }

    [Fact]
    public void A_place_name_maps_to_its_municipality()
    {
        using var index = Index();

        var results = index.Search(new SearchQuery { Text = "Bussum" });

        Assert.Equal(["chantal", "eva"], Slugs(results).Order());
        Assert.Equal("Laren", Assert.Single(results.Understood).Label);
    }

    [Theory]
    [InlineData("kind van 9", 9, "kind")]
    [InlineData("emdr 15 jaar", 15, "emdr")]
    [InlineData("mijn 7-jarige kind", 7, "mijn kind")]
    [InlineData("mijn zevenjarige kind", 7, "mijn kind")]
    [InlineData("emdr voor een vijftien-jarige", 15, "emdr voor een")]
    [InlineData("leeftijd 12 tf-cbt", 12, "tf-cbt")]
    public void An_age_in_the_text_ranks_practitioners_who_treat_it_first(string text, int age, string without)
    {
        using var index = Index();

        var results = index.Search(new SearchQuery { Text = text });

        var understood = Assert.Single(results.Understood, u => u.Facet == "leeftijd");
        Assert.Equal($"{age} jaar", understood.Label);
        Assert.Equal(without, understood.TextWithout);
        // Every practitioner who treats the age comes before every one who does not.
        var treats = results.Hits.Where(h => h.Kind == ContentKind.Practitioner)
            .Select(h => TestContent.Practitioners.Single(p => p.Slug == h.Slug).Ages.Contains(age)).ToList();
        Assert.Contains(true, treats);
        Assert.Equal(treats.OrderByDescending(t => t), treats);
    }

    [Theory]
    [InlineData("van 9 weken geleden")]
    [InlineData("3 kinderen")]
    [InlineData("400 jaar")]
    [InlineData("al zeven jaar nachtmerries")] // how long, not how old: only "-jarige" is an age in words
    [InlineData("ouder dan")]
    public void Numbers_that_are_no_age_are_left_alone(string text)
    {
        using var index = Index();

        Assert.DoesNotContain(index.Search(new SearchQuery { Text = text }).Understood, u => u.Facet == "leeftijd");
    }

    [Fact]
    public void A_language_name_with_or_without_accents_becomes_a_filter()
    {
        using var index = Index();

        Assert.Equal(["dirk"], Slugs(index.Search(new SearchQuery { Text = "Oekraïens" })));
        Assert.Equal(["dirk"], Slugs(index.Search(new SearchQuery { Text = "oekraiens" })));
        Assert.Equal(["chantal"], Slugs(index.Search(new SearchQuery { Text = "arabisch" })));
    }
}
