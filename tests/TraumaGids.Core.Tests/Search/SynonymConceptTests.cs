using Lucene.Net.Analysis.TokenAttributes;
using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

/// <summary>
/// Index-time synonyms: the index chain adds one concept term per synonym group where a member occurs,
/// and one term per phrase member where its words stand close together.
/// </summary>
public sealed class SynonymConceptTests
{
    private static readonly SearchWords Words = new(
        Synonyms: [["nachtmerries", "enge dromen"], ["huiselijk geweld", "geweld thuis", "ruzie thuis"]],
        Places: new Dictionary<string, string>(),
        CompoundParts: []);

    private static readonly DutchAnalysis Analysis = new(Words);

    private static string Dreams => Analysis.Synonyms.Concept(0);

    private static string Violence => Analysis.Synonyms.Concept(1);

    private static List<(string Term, int Increment)> Index(string text)
    {
        var result = new List<(string, int)>();
        using var stream = Analysis.Index.GetTokenStream(IndexFields.Body.Name, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Add((term.ToString(), increment.PositionIncrement));
        }
        stream.End();
        return result;
    }

    private static int Count(string text, string term) => Index(text).Count(t => t.Term == term);

    [Fact]
    public void A_one_word_member_adds_its_groups_concept_term()
    {
        Assert.Equal(1, Count("Hij heeft nachtmerries.", Dreams));
        Assert.Equal(0, Count("Hij slaapt goed.", Dreams));
        Assert.Equal(0, Count("Hij heeft nachtmerries.", Violence));
    }

    [Fact]
    public void A_phrase_member_counts_where_its_words_stand_close_in_any_order()
    {
        Assert.Equal(1, Count("Er was geweld bij ons thuis.", Violence));   // two words between: within the slop
        Assert.Equal(1, Count("Thuis was er geweld.", Violence));            // other order
        Assert.Equal(1, Count("Kinderen die enge dromen hebben.", Dreams));
        Assert.Equal(1, Count("Er was geweld bij ons thuis.", SynonymMap.PhraseTerm(["geweld", "thuis"])));
    }

    [Fact]
    public void A_phrase_members_words_far_apart_do_not_count()
    {
        const string text = "Geweld komt in veel vormen voor. Wij praten erover met het hele gezin, ook bij u thuis.";

        Assert.Equal(0, Count(text, Violence));
        Assert.Equal(0, Count(text, SynonymMap.PhraseTerm(["geweld", "thuis"])));
    }

    [Fact]
    public void The_concept_occurs_as_often_as_the_most_frequent_member()
    {
        // Two times "nachtmerries", once "enge dromen": two, not three (the best member, as a query for it would score).
        Assert.Equal(2, Count("Nachtmerries, enge dromen en nog meer nachtmerries.", Dreams));
    }

    [Fact]
    public void Concept_terms_take_no_position_so_phrases_and_length_stay_the_same()
    {
        var terms = Index("Last van nachtmerries na ruzie thuis.");

        Assert.All(terms.Where(t => t.Term.StartsWith('#')), t => Assert.Equal(0, t.Increment));
        var words = terms.Where(t => !t.Term.StartsWith('#')).Select(t => t.Term).ToList();
        Assert.Equal(DutchAnalysis.Terms(Analysis.Query, IndexFields.Body.Name, "Last van nachtmerries na ruzie thuis.").Select(t => t.Term), words);
    }

    [Fact]
    public void Nothing_carries_over_from_one_text_to_the_next()
    {
        // The analyzer reuses its chain per thread: a word one field ended with must not complete a
        // phrase with the first word of the next.
        Assert.Equal(0, Count("Er was geweld", Violence));
        Assert.Equal(0, Count("thuis", Violence));
    }

    [Fact]
    public void Typed_text_never_becomes_a_concept_term()
    {
        Assert.DoesNotContain(DutchAnalysis.Terms(Analysis.Query, IndexFields.Body.Name, "#0 #1 nachtmerries"), t => t.Term.StartsWith('#'));
        Assert.DoesNotContain(Index("#0 #huiselijk geweld"), t => t.Term == "#0");
    }

    [Fact]
    public void A_search_for_a_phrase_synonym_does_not_find_its_words_far_apart()
    {
        var near = TestContent.Practitioner("near", "Nina Nabij", ["volwassenen"], 18, 99, ["net"], ["laren"], ["nl"], ["zvw"], 1,
            "Hulp na ruzie thuis.") with { Themes = [] };
        var far = TestContent.Practitioner("far", "Vera Verweg", ["volwassenen"], 18, 99, ["net"], ["laren"], ["nl"], ["zvw"], 1,
            "Ruzie maken hoort erbij, zeggen veel mensen. Maar praat erover, op school, op het werk of thuis.") with { Themes = [] };
        using var index = SearchIndex.Build(new ContentSet(TestContent.Vocabularies, [near, far], [], [], [], searchWords: Words));

        Assert.Equal(["near"], index.Search(new SearchQuery { Text = "huiselijk geweld" }).Hits.Select(h => h.Slug));
    }

    [Fact]
    public void In_a_large_directory_a_known_phrase_of_common_words_needs_its_words_close_together()
    {
        Practitioner Person(string slug, string text) => TestContent.Practitioner(
            slug, "Naam " + slug, ["volwassenen"], 18, 99, ["net"], ["laren"], ["nl"], ["zvw"], 1, text) with { Themes = [], Summary = text };
        var near = Person("near", "Hulp bij huiselijk geweld.");
        var far = Person("far", "Een huiselijk mens. Pas veel later, na jaren, kwam er geweld.");
        var common = Enumerable.Range(0, 1_100).Select(i => Person($"p{i:0000}", "Wij helpen na huiselijk geweld."));
        var search = new SearchQuery { Text = "huiselijk geweld", PageSize = 50 };

        // Small: both words anywhere in a field will do.
        using (var small = SearchIndex.Build(new ContentSet(TestContent.Vocabularies, [near, far], [], [], [], searchWords: Words)))
        {
            Assert.Equal(["far", "near"], small.Search(search).Hits.Select(h => h.Slug).Order());
        }
        // Large: each word has more than 2,000 postings, so the phrase is matched as one term.
        using var large = SearchIndex.Build(new ContentSet(TestContent.Vocabularies, [near, far, .. common], [], [], [], searchWords: Words));
        var results = large.Search(search);
        Assert.Equal(1_101, results.Total);
        Assert.DoesNotContain(results.Hits, h => h.Slug == "far");
    }
}
