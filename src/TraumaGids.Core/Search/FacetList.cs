using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>
/// The facets a result shows, in display order: each value of each facet with its label from the
/// vocabularies, its count for the search and whether the visitor selected it.
/// </summary>
internal static class FacetList
{
    /// <summary>Every value, counted zero (no pass ran).</summary>
    public static IReadOnlyList<Facet> Empty(Vocabularies vocabularies, SearchQuery query) =>
        From(vocabularies, query, _ => new Dictionary<string, int>());

    /// <summary>Every facet with every value, its count (zero when absent) and whether the query selected it.</summary>
    public static IReadOnlyList<Facet> From(Vocabularies vocabularies, SearchQuery query, Func<string, IReadOnlyDictionary<string, int>> counts)
    {
        var v = vocabularies;
        Facet Make(string name, IEnumerable<KeyValuePair<string, string>> entries, IReadOnlyCollection<string> selected)
        {
            var own = counts(name);
            return new(name, [.. entries.Select(e => new FacetValue(e.Key, e.Value, own.GetValueOrDefault(e.Key), selected.Contains(e.Key)))]);
        }

        return
        [
            Make(FacetNames.Kind, ContentKinds.All.Select(k => new KeyValuePair<string, string>(k.Key(), k.PluralLabel())), [.. query.Kinds.Select(k => k.Key())]),
            Make(FacetNames.TargetGroup, v.TargetGroups.Entries, query.TargetGroups),
            Make(FacetNames.Method, v.Methods.Entries, query.Methods),
            Make(FacetNames.Municipality, v.Municipalities.Entries, query.Municipalities),
            Make(FacetNames.Language, v.Languages.Entries, query.Languages),
            Make(FacetNames.Funding, v.Funding.Entries, query.Funding),
            Make(FacetNames.ReferralRoute, v.ReferralRoutes.Entries, query.ReferralRoutes),
            Make(FacetNames.Online, [new(SearchParameters.Yes, "Ook online")], query.OnlineOnly ? [SearchParameters.Yes] : []),
            Make(FacetNames.NoReferralStop, [new(SearchParameters.Yes, "Zonder aanmeldstop")], query.NoReferralStop ? [SearchParameters.Yes] : []),
            Make(FacetNames.ExpertGroup, [new(SearchParameters.Yes, "Alleen leden van de Expertgroep Trauma")], query.ExpertGroupOnly ? [SearchParameters.Yes] : []),
        ];
    }
}
