using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

/// <summary>
/// Which items are results of a search of several words (<see cref="TellingWords"/>): not only those with
/// (most of) the words, but every item that holds a good share of what the words tell, measured against
/// the item that holds most.
/// </summary>
public sealed class TellingWordsTests
{
    private static Practitioner With(string slug, string body, string[]? languages = null) =>
        TestContent.Practitioner(slug, "Naam " + slug, ["volwassenen"], 18, 99, [], ["huizen"], languages ?? ["nl"], ["zvw"], 2, body);

    private static SearchIndex Index(params Practitioner[] practitioners) =>
        SearchIndex.Build(new ContentSet(TestContent.Vocabularies, practitioners, [], [], []));

    private static List<string> Slugs(SearchResults results) => [.. results.Hits.Select(h => h.Slug)];

    [Fact]
    public void An_item_without_every_word_is_a_result_below_those_with_all_even_when_many_have_all()
    {
        using var index = Index(
            With("a", "Emdr bij nachtmerries."), With("b", "Emdr bij nachtmerries."), With("c", "Emdr bij nachtmerries."),
            With("d", "Emdr bij nachtmerries."), With("e", "Nachtmerries na een overval."));

        var results = index.Search(new SearchQuery { Text = "emdr nachtmerries" });

        Assert.Equal("e", Slugs(results)[^1]);
        Assert.Equal(5, results.Total);
        Assert.Equal(4, results.AllWordsTotal);
        // Enough items have every word: no notice that some results lack one.
        Assert.False(results.Relaxed);
    }

    [Fact]
    public void Words_that_one_item_has_by_chance_do_not_push_out_the_items_with_the_telling_word()
    {
        // "for" and "zo" stand in one profile only; "teenager" nowhere. Measured against every word found,
        // the four EMDR profiles held too small a share; measured against the best item, they are results.
        Practitioner[] others = [.. Enumerable.Range(0, 5).Select(i => With($"p{i}", "Een praktijk."))];
        using var index = Index([
            With("a", "Emdr."), With("b", "Emdr."), With("c", "Emdr."), With("d", "Emdr."),
            With("f", "Open for iedereen, zo."), .. others]);

        var results = index.Search(new SearchQuery { Text = "emdr for zo teenager" });

        Assert.Subset(Slugs(results).ToHashSet(), new HashSet<string> { "a", "b", "c", "d" });
        Assert.DoesNotContain("p0", Slugs(results));
    }

    [Fact]
    public void A_recognised_language_counts_as_a_word_the_practitioners_who_speak_it_hold()
    {
        // "kinderen" is in every profile and tells little; "moeder" only in x's. Without the language
        // counting, y (who speaks Arabic) held as little as everyone else and was no result.
        Practitioner[] others = [.. Enumerable.Range(0, 8).Select(i => With($"p{i}", "Hulp voor kinderen."))];
        using var index = Index([With("x", "Een moeder met kinderen."), With("y", "Kinderen en ouders.", ["nl", "ar"]), .. others]);

        var results = index.Search(new SearchQuery { Text = "moeder kinderen arabisch" });

        Assert.Equal(["x", "y"], Slugs(results).Take(2).Order());
    }

    [Fact]
    public void A_short_list_is_filled_with_items_that_hold_less_after_the_others()
    {
        // x holds every word; f holds one of four, too small a share to be a result on its own merit, but the
        // list is short. f has its word in its name, which would score it above x: it follows x all the same.
        Practitioner[] others = [.. Enumerable.Range(0, 8).Select(i => With($"p{i}", "Een praktijk."))];
        using var index = Index([
            With("x", "Een moeder met nachtmerries, schaamte en woede."),
            TestContent.Practitioner("f", "Woede Woede", ["volwassenen"], 18, 99, [], ["huizen"], ["nl"], ["zvw"], 2, "Woede."),
            .. others]);

        var results = index.Search(new SearchQuery { Text = "moeder nachtmerries schaamte woede" });

        Assert.Equal(["x", "f"], Slugs(results));
    }

    [Fact]
    public void One_common_word_is_no_result_when_enough_items_hold_a_good_share()
    {
        // Ten items hold the telling words: the list is long enough, and "kinderen" alone does not make a result.
        Practitioner[] holding = [.. Enumerable.Range(0, 10).Select(i => With($"x{i}", "Een moeder met kinderen.", ["nl", "ar"]))];
        Practitioner[] others = [.. Enumerable.Range(0, 8).Select(i => With($"p{i}", "Hulp voor kinderen."))];
        using var index = Index([.. holding, .. others]);

        var results = index.Search(new SearchQuery { Text = "moeder kinderen arabisch", PageSize = 50 });

        Assert.Equal(10, results.Total);
        Assert.DoesNotContain(results.Hits, h => h.Slug.StartsWith('p'));
    }

    [Fact]
    public void Typed_words_that_no_item_has_are_named_beside_the_results()
    {
        using var index = Index(With("a", "Emdr bij nachtmerries na een overval."), With("b", "Praten na een overval."));

        var results = index.Search(new SearchQuery { Text = "nachtmerries kwijtschelding overval belastingen" });

        Assert.Equal(["kwijtschelding", "belastingen"], results.NotFound);
        Assert.NotEmpty(results.Hits);
        // A typo is found, so it is not named; when nothing was found, the words are what the site says nothing about.
        Assert.Empty(index.Search(new SearchQuery { Text = "nachtmerires overval" }).NotFound);
        var nothing = index.Search(new SearchQuery { Text = "kwijtschelding belastingen" });
        Assert.Equal(0, nothing.Total);
        Assert.Equal(["kwijtschelding", "belastingen"], nothing.NotFound);
    }

    [Fact]
    public void A_question_about_a_subject_no_item_has_is_not_answered_by_one_shared_word()
    {
        // "zwemles" is in no item and is not everyday Dutch: the question is about something the site does not
        // cover, and "kinderen", which most items have, does not make those items answers.
        Practitioner[] children = [.. Enumerable.Range(0, 6).Select(i => With($"k{i}", "Hulp voor kinderen na geweld."))];
        Practitioner[] others = [.. Enumerable.Range(0, 4).Select(i => With($"p{i}", "Een praktijk."))];
        using var index = Index([.. children, .. others]);

        Assert.Equal(0, index.Search(new SearchQuery { Text = "zwemles voor kinderen" }).Total);
        // The same shared word with a word the site lacks but people say every day: put in other words, answered.
        Assert.Equal(6, index.Search(new SearchQuery { Text = "feestje voor kinderen" }).Total);
    }

    [Fact]
    public void A_word_no_item_has_does_not_silence_a_question_whose_other_words_tell_much()
    {
        // "naaktfoto" is in no item; "sexting" is in one: that item holds a good share of what the words tell.
        Practitioner[] others = [.. Enumerable.Range(0, 8).Select(i => With($"p{i}", "Een praktijk voor kinderen."))];
        using var index = Index([With("a", "Hulp na sexting."), .. others]);

        Assert.Equal(["a"], Slugs(index.Search(new SearchQuery { Text = "naaktfoto sexting" })));
    }
}
