using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

/// <summary>The everyday words of Dutch and English (<see cref="EverydayWords"/>), which tell a question put in other words from one about another subject.</summary>
public sealed class EverydayWordsTests
{
    private static bool Everyday(string word)
    {
        var text = QueryText.Parse(word, DutchAnalysis.Default, DutchAnalysis.Default.Synonyms);
        return text.Terms.All(EverydayWords.Shipped.Contains);
    }

    [Theory]
    [InlineData("meisje")]
    [InlineData("feestje")]
    [InlineData("feestjes")]
    [InlineData("Meisjes")]
    [InlineData("speaking")]
    [InlineData("therapist")]
    public void Words_people_use_every_day_are_everyday(string word) => Assert.True(Everyday(word));

    [Theory]
    [InlineData("zwemles")]
    [InlineData("kwijtschelding")]
    [InlineData("griepprik")]
    [InlineData("hondenbelasting")]
    [InlineData("parkeervergunning")]
    public void Words_for_a_subject_of_their_own_are_not(string word) => Assert.False(Everyday(word));
}
