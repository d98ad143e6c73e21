using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

/// <summary>Ways out of few or no results, on the small known content of <see cref="TestContent"/>.</summary>
public sealed class SearchAlternativesTests : IDisposable
{
    private static readonly Vocabularies WithNeighbours = TestContent.Vocabularies with
    {
        Neighbours = new Dictionary<string, IReadOnlyList<string>>
        {
            ["hilversum"] = ["laren"],
            ["laren"] = ["hilversum", "huizen"],
            ["huizen"] = ["laren"],
        },
    };

    private readonly SearchIndex _index = SearchIndex.Build(new ContentSet(WithNeighbours, TestContent.Practitioners, TestContent.Offers, TestContent.InfoPages, []));
    private readonly SearchAlternatives _alternatives;

    public SearchAlternativesTests() => _alternatives = new SearchAlternatives(_index, WithNeighbours);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Without_results_each_filter_that_gives_results_is_offered_with_its_count_most_first()
    {
        // EMDR in Laren for an adult who speaks Arabic: nobody.
        var query = new SearchQuery { Kinds = [ContentKind.Practitioner], Methods = ["emdr"], Municipalities = ["laren"], Languages = ["ar"] };
        Assert.Equal(0, _index.Search(query).Total);

        var drops = _alternatives.WithoutOne(query, [], fixedKinds: true);

        // Without EMDR: chantal (tf-cbt, laren, ar). Without Laren: nobody speaks Arabic and does EMDR. Without Arabic: nobody does EMDR in Laren.
        var drop = Assert.Single(drops);
        Assert.Equal((FacetNames.Method, "EMDR", 1), (drop.Facet, drop.Label, drop.Total));
        Assert.Empty(drop.Without.Methods);
        Assert.Equal(["laren"], drop.Without.Municipalities);
        Assert.Equal(["ar"], drop.Without.Languages);
        Assert.Equal(drop.Total, _index.Search(drop.Without).Total);
    }

    [Fact]
    public void Counts_equal_the_search_the_link_runs()
    {
        // EMDR paid by the health insurance for a 10-year-old: nobody. Without the insurance: anna and
        // dirk; without the age: bram; without EMDR: nobody.
        var query = new SearchQuery { Kinds = [ContentKind.Practitioner], Methods = ["emdr"], Funding = ["zvw"], Age = 10 };

        var drops = _alternatives.WithoutOne(query, [], fixedKinds: true);

        Assert.Equal([(FacetNames.Funding, 2), (SearchParameters.Age, 1)], drops.Select(d => (d.Facet, d.Total)));
        Assert.All(drops, d => Assert.Equal(_index.Search(d.Without).Total, d.Total));
        Assert.All(drops, d => Assert.True(d.Total > 0));
        Assert.Equal(drops.Select(d => d.Total).OrderDescending(), drops.Select(d => d.Total));
    }

    [Fact]
    public void The_kind_is_offered_only_where_the_page_does_not_fix_it()
    {
        // An offer for NET: there is none; practitioners do NET, and there are other offers.
        var query = new SearchQuery { Kinds = [ContentKind.Offer], Methods = ["net"] };

        var free = _alternatives.WithoutOne(query, [], fixedKinds: false);
        var fixedKind = _alternatives.WithoutOne(query, [], fixedKinds: true);

        Assert.Equal([(FacetNames.Kind, 2), (FacetNames.Method, 2)], free.Select(d => (d.Facet, d.Total)));
        Assert.Equal([(FacetNames.Method, 2)], fixedKind.Select(d => (d.Facet, d.Total)));
    }

    [Fact]
    public void The_words_can_be_left_out_when_filters_remain()
    {
        var query = new SearchQuery { Text = "qqqzzz", Municipalities = ["huizen"] };

        var drop = Assert.Single(_alternatives.WithoutOne(query, [], fixedKinds: false), d => d.Facet == FilterDrop.Words);

        Assert.Equal("qqqzzz", drop.Label);
        Assert.Null(drop.Without.Text);
        Assert.Equal(2, drop.Total); // bram and frank work in Huizen
    }

    [Fact]
    public void A_place_with_few_results_gets_others_nearby_and_online_never_repeating_one()
    {
        var results = _index.Search(new SearchQuery { Kinds = [ContentKind.Practitioner], Municipalities = ["hilversum"] });
        Assert.Equal(["anna", "chantal"], results.Hits.Select(h => h.Slug).Order());

        var places = _alternatives.ForPlace(results)!;

        Assert.Equal(["laren"], places.Neighbours);
        // Laren: chantal (already shown) and eva.
        Assert.Equal(["eva"], places.Nearby.Select(h => h.Slug));
        Assert.Equal(2, places.NearbyTotal);
        Assert.Equal(["laren"], places.NearbyQuery.Municipalities);
        Assert.Equal(["dirk"], places.Online.Select(h => h.Slug));
        Assert.Equal(1, places.OnlineTotal);
        Assert.True(places.OnlineQuery.OnlineOnly);
        Assert.Empty(places.OnlineQuery.Municipalities);
    }

    [Fact]
    public void Other_filters_stay_in_the_nearby_and_online_searches()
    {
        var results = _index.Search(new SearchQuery { Municipalities = ["huizen"], Languages = ["ar"] });
        Assert.Equal(0, results.Total);

        var places = _alternatives.ForPlace(results)!;

        Assert.Equal(["chantal"], places.Nearby.Select(h => h.Slug));
        Assert.Empty(places.Online);
        Assert.Equal(["ar"], places.OnlineQuery.Languages);
    }

    [Fact]
    public void No_place_or_enough_results_means_no_place_alternatives()
    {
        Assert.Null(_alternatives.ForPlace(_index.Search(new SearchQuery { Methods = ["emdr"] })));
        var without = _index.Search(new SearchQuery { Municipalities = ["laren"] });
        Assert.NotNull(_alternatives.ForPlace(without));
        Assert.True(SearchAlternatives.FewForAPlace <= 5);
    }
}
