using TraumaGids.Core.Content;
using TraumaGids.Core.Search;
using TraumaGids.Core.Tests.Screening;

namespace TraumaGids.Core.Tests.Search;

/// <summary>
/// Facet counts against an oracle, on the example content: the count shown next to a value must be
/// exactly the number of results after choosing that value instead of the facet's current choice,
/// with the text and every other filter kept. Seeded random queries, so a failure can be replayed.
/// </summary>
public sealed class FacetCountTests(ExampleContent example) : IClassFixture<ExampleContent>
{
    private static readonly string[] Texts = ["", "emdr", "kind", "huiselijk geweld", "angst", "jongeren seksueel geweld", "therapie", "kind van 9 hilversum", "arabisch"];

    [Fact]
    public void Every_count_equals_the_results_of_choosing_that_value_instead()
    {
        using var index = SearchIndex.Build(example.Content);
        var v = example.Content.Vocabularies;
        var random = new Random(20261123);
        List<string> Some(IEnumerable<KeyValuePair<string, string>> entries) =>
            [.. entries.Select(e => e.Key).Where(_ => random.Next(6) == 0)];

        for (var round = 0; round < 80; round++)
        {
            var query = new SearchQuery
            {
                Text = Texts[random.Next(Texts.Length)],
                Kinds = [.. ContentKinds.All.Where(_ => random.Next(5) == 0)],
                TargetGroups = Some(v.TargetGroups.Entries),
                Methods = Some(v.Methods.Entries),
                Municipalities = Some(v.Municipalities.Entries),
                Languages = Some(v.Languages.Entries),
                Funding = Some(v.Funding.Entries),
                ReferralRoutes = Some(v.ReferralRoutes.Entries),
                OnlineOnly = random.Next(5) == 0,
                NoReferralStop = random.Next(3) == 0,
                ExpertGroupOnly = random.Next(5) == 0,
                Age = random.Next(4) == 0 ? random.Next(0, 70) : null,
            };
            var results = index.Search(query);

            foreach (var facet in results.Facets)
            {
                foreach (var value in facet.Values)
                {
                    // Which items are results does not depend on the filters (TellingWords weighs the words
                    // over all items), so a count is exactly what choosing the value gives.
                    var expected = index.Search(Choose(query, facet.Name, value.Key)).Total;
                    Assert.True(expected == value.Count,
                        $"round {round}: {facet.Name}={value.Key} shows {value.Count}, choosing it gives {expected} for {Describe(query)}");
                }
            }
        }
    }

    private static string Describe(SearchQuery q) =>
        $"'{q.Text}' kinds [{string.Join(',', q.Kinds)}] groups [{string.Join(',', q.TargetGroups)}] methods [{string.Join(',', q.Methods)}] " +
        $"places [{string.Join(',', q.Municipalities)}] languages [{string.Join(',', q.Languages)}] funding [{string.Join(',', q.Funding)}] routes [{string.Join(',', q.ReferralRoutes)}] " +
        $"online {q.OnlineOnly} no-stop {q.NoReferralStop} expert group {q.ExpertGroupOnly} age {q.Age}";

    private static SearchQuery Choose(SearchQuery query, string facet, string value) => facet switch
    {
        FacetNames.Kind => query with { Kinds = [ContentKinds.All.Single(k => k.Key() == value)] },
        FacetNames.TargetGroup => query with { TargetGroups = [value] },
        FacetNames.Method => query with { Methods = [value] },
        FacetNames.Municipality => query with { Municipalities = [value] },
        FacetNames.Language => query with { Languages = [value] },
        FacetNames.Funding => query with { Funding = [value] },
        FacetNames.ReferralRoute => query with { ReferralRoutes = [value] },
        FacetNames.Online => query with { OnlineOnly = true },
        FacetNames.NoReferralStop => query with { NoReferralStop = true },
        FacetNames.ExpertGroup => query with { ExpertGroupOnly = true },
        _ => throw new ArgumentOutOfRangeException(nameof(facet), facet, "unknown facet"),
    };
}
