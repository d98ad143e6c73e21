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
}
