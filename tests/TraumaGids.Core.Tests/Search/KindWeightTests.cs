using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

/// <summary>How the kinds of item are weighed against each other in the order of the results (QueryCompiler.Score).</summary>
public sealed class KindWeightTests
{
    private static Practitioner With(string slug, string name, bool member) =>
        TestContent.Practitioner(slug, name, ["volwassenen"], 18, 99, [], ["huizen"], ["nl"], ["zvw"], 2, "Emdr bij nachtmerries.")
            with { ExpertGroupMember = member };

    [Fact]
    public void An_expert_group_member_comes_before_another_practitioner_who_fits_as_well()
    {
        // Same profile text; the non-member's name comes first in the alphabet, which breaks ties.
        using var index = SearchIndex.Build(new ContentSet(TestContent.Vocabularies,
            [With("a", "Anna Aalders", member: false), With("z", "Zoë Zwart", member: true)], [], [], []));

        var results = index.Search(new SearchQuery { Text = "emdr nachtmerries" });

        Assert.Equal(["z", "a"], results.Hits.Select(h => h.Slug));
        Assert.True(results.Hits[1].Score < results.Hits[0].Score);
    }
}
