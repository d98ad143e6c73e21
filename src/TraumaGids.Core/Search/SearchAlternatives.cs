using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>A way out of a search without results: leave one thing out, and how many results that gives.</summary>
/// <param name="Facet">The facet of the filter left out (<see cref="FacetNames"/>, or "leeftijd"); <see cref="Words"/> for the search words.</param>
/// <param name="Label">What is left out, as shown: "Huizen", "9 jaar", the words.</param>
/// <param name="Without">The query without it.</param>
/// <param name="Total">How many results <paramref name="Without"/> gives: exactly what its link shows.</param>
/// <param name="Recognised">True when it was recognised in the search words (it goes by leaving those words out).</param>
public sealed record FilterDrop(string Facet, string Label, SearchQuery Without, int Total, bool Recognised = false)
{
    public const string Words = "woorden";
}

/// <summary>Results to show next to a place search that found few: in neighbouring municipalities, and online.</summary>
/// <param name="Neighbours">The municipalities searched "in de buurt" (keys, in vocabulary order); empty when none are known.</param>
/// <param name="NearbyQuery">The same search in the neighbouring municipalities: the link to all of them.</param>
/// <param name="NearbyTotal">How many results <paramref name="NearbyQuery"/> gives.</param>
/// <param name="Nearby">The first of those not already among the results.</param>
/// <param name="OnlineQuery">The same search without a place, only practitioners who also work online.</param>
/// <param name="OnlineTotal">How many results <paramref name="OnlineQuery"/> gives.</param>
/// <param name="Online">The first of those not already shown above.</param>
public sealed record PlaceAlternatives(
    IReadOnlyList<string> Neighbours,
    SearchQuery NearbyQuery,
    int NearbyTotal,
    IReadOnlyList<SearchHit> Nearby,
    SearchQuery OnlineQuery,
    int OnlineTotal,
    IReadOnlyList<SearchHit> Online);

/// <summary>
/// So that a search is never a dead end: which single filter to leave out when nothing was found
/// ("zonder Gemeente: Huizen → 2"), and what neighbouring municipalities and online treatment offer
/// when a place leaves few results. Every count comes from running that search on the index as it
/// is, so it always equals what its link shows; the search itself is not changed.
/// </summary>
public sealed class SearchAlternatives(SearchIndex index, Vocabularies vocabularies)
{
    /// <summary>Below this many results for a place, nearby and online results follow.</summary>
    public const int FewForAPlace = 5;

    /// <summary>How many nearby or online results are shown; the link shows them all.</summary>
    public const int Shown = 3;

    /// <summary>
    /// For a search without results: each thing the visitor could leave out (a chosen filter, something
    /// recognised in the words, the words themselves) that gives results, most results first.
    /// </summary>
    /// <param name="understood">What was recognised in the text (<see cref="SearchResults.Understood"/>).</param>
    /// <param name="fixedKinds">True where the kind is part of the page (the practitioner list): it is not offered.</param>
    public IReadOnlyList<FilterDrop> WithoutOne(SearchQuery query, IReadOnlyList<UnderstoodFilter> understood, bool fixedKinds)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(understood);
        var drops = new List<FilterDrop>();
        foreach (var chosen in ChosenFilter.Of(query, vocabularies).Where(c => !(fixedKinds && c.Facet == FacetNames.Kind)))
        {
            drops.Add(new FilterDrop(chosen.Facet, chosen.Label, chosen.Without, Count(chosen.Without)));
        }
        foreach (var recognised in understood)
        {
            var without = query with { Text = recognised.TextWithout, Page = 1 };
            drops.Add(new FilterDrop(recognised.Facet, recognised.Label, without, Count(without), Recognised: true));
        }
        if (!string.IsNullOrWhiteSpace(query.Text) && query.HasFilters)
        {
            var without = query with { Text = null, Page = 1 };
            drops.Add(new FilterDrop(FilterDrop.Words, query.Text.Trim(), without, Count(without)));
        }
        // Stable: equal counts keep the order of the form.
        return [.. drops.Where(d => d.Total > 0).OrderByDescending(d => d.Total)];
    }

    /// <summary>
    /// Nearby and online results for a search with a municipality that found fewer than
    /// <see cref="FewForAPlace"/>; null for any other search.
    /// </summary>
    public PlaceAlternatives? ForPlace(SearchResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var query = results.Query;
        if (query.Municipalities.Count == 0 || results.Total >= FewForAPlace)
        {
            return null;
        }
        // Fewer results than a page: all of them are on the first page, so these are all that are shown.
        var shown = results.Hits.Select(h => h.Slug).ToHashSet(StringComparer.Ordinal);
        var neighbours = vocabularies.NeighboursOf(query.Municipalities);
        var nearbyQuery = query with { Municipalities = neighbours, Page = 1 };
        var (nearbyTotal, nearby) = neighbours.Count == 0 ? (0, []) : Others(nearbyQuery, shown);
        shown.UnionWith(nearby.Select(h => h.Slug));
        var onlineQuery = query with { Municipalities = [], OnlineOnly = true, Page = 1 };
        var (onlineTotal, online) = Others(onlineQuery, shown);
        return new PlaceAlternatives(neighbours, nearbyQuery, nearbyTotal, nearby, onlineQuery, onlineTotal, online);
    }

    private int Count(SearchQuery query) => index.Search(query with { Page = 1, PageSize = 1 }).Total;

    /// <summary>The total of the query and its first <see cref="Shown"/> results that are not in <paramref name="shown"/>.</summary>
    private (int Total, IReadOnlyList<SearchHit> Hits) Others(SearchQuery query, HashSet<string> shown)
    {
        var results = index.Search(query with { PageSize = Shown + shown.Count });
        return (results.Total, [.. results.Hits.Where(h => !shown.Contains(h.Slug)).Take(Shown)]);
    }
}
