using System.Globalization;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>
/// One filter value the visitor chose, with its Dutch label and the same query without it: what the
/// "×" on a chosen filter and "zonder …" on a page without results link to.
/// </summary>
/// <param name="Facet">The facet name (<see cref="FacetNames"/>), or <see cref="SearchParameters.Age"/> for the age.</param>
/// <param name="Label">The value as shown: "Huizen", "9 jaar", "Ook online".</param>
/// <param name="Without">The query without this value, on its first page.</param>
public sealed record ChosenFilter(string Facet, string Key, string Label, SearchQuery Without)
{
    /// <summary>True for the on/off filters (online, no referral stop, expert group): their label says it all.</summary>
    public bool IsSwitch => Facet is FacetNames.Online or FacetNames.NoReferralStop or FacetNames.ExpertGroup;

    /// <summary>Every chosen filter value of the query, in the order of the search form.</summary>
    public static IReadOnlyList<ChosenFilter> Of(SearchQuery query, Vocabularies vocabularies)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(vocabularies);
        var q = query with { Page = 1 };
        var v = vocabularies;
        var result = new List<ChosenFilter>();
        foreach (var kind in q.Kinds)
        {
            result.Add(new(FacetNames.Kind, kind.Key(), kind.PluralLabel(), q with { Kinds = [.. q.Kinds.Where(k => k != kind)] }));
        }
        foreach (var key in q.TargetGroups)
        {
            result.Add(new(FacetNames.TargetGroup, key, v.TargetGroups.Label(key), q with { TargetGroups = [.. q.TargetGroups.Where(k => k != key)] }));
        }
        if (q.Age is { } age)
        {
            result.Add(new(SearchParameters.Age, age.ToString(CultureInfo.InvariantCulture), $"{age} jaar", q with { Age = null }));
        }
        foreach (var key in q.Methods)
        {
            result.Add(new(FacetNames.Method, key, v.Methods.Label(key), q with { Methods = [.. q.Methods.Where(k => k != key)] }));
        }
        foreach (var key in q.Municipalities)
        {
            result.Add(new(FacetNames.Municipality, key, v.Municipalities.Label(key), q with { Municipalities = [.. q.Municipalities.Where(k => k != key)] }));
        }
        if (q.OnlineOnly)
        {
            result.Add(new(FacetNames.Online, SearchParameters.Yes, "Ook online", q with { OnlineOnly = false }));
        }
        foreach (var key in q.Languages)
        {
            result.Add(new(FacetNames.Language, key, v.Languages.Label(key), q with { Languages = [.. q.Languages.Where(k => k != key)] }));
        }
        foreach (var key in q.Funding)
        {
            result.Add(new(FacetNames.Funding, key, v.Funding.Label(key), q with { Funding = [.. q.Funding.Where(k => k != key)] }));
        }
        foreach (var key in q.ReferralRoutes)
        {
            result.Add(new(FacetNames.ReferralRoute, key, v.ReferralRoutes.Label(key), q with { ReferralRoutes = [.. q.ReferralRoutes.Where(k => k != key)] }));
        }
        if (q.NoReferralStop)
        {
            result.Add(new(FacetNames.NoReferralStop, SearchParameters.Yes, "Zonder aanmeldstop", q with { NoReferralStop = false }));
        }
        if (q.ExpertGroupOnly)
        {
            result.Add(new(FacetNames.ExpertGroup, SearchParameters.Yes, "Alleen leden van de Expertgroep Trauma", q with { ExpertGroupOnly = false }));
        }
        return result;
    }
}
