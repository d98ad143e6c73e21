using TraumaGids.Core.Content;
using TraumaGids.Core.Search;
using TraumaGids.Core.Shortlists;
using TraumaGids.Web.Infrastructure;
using TraumaGids.Web.Pages.Lijst;

namespace TraumaGids.Web.Pages.Zoeken;

/// <summary>A filter the visitor has switched on, with the link that switches it off again.</summary>
public sealed record ActiveFilter(string Label, string RemoveUrl);

/// <summary>
/// Everything the search pages (<c>/zoeken</c> and <c>/behandelaars</c>) render: the results, the
/// notices about input that could not be used, and the links that change one thing of the query.
/// </summary>
public sealed class SearchView
{
    private static readonly Dictionary<string, string> FacetTitles = new(StringComparer.Ordinal)
    {
        [FacetNames.Kind] = "Soort",
        [FacetNames.TargetGroup] = "Doelgroep",
        [FacetNames.Method] = "Methode",
        [FacetNames.Municipality] = "Gemeente",
        [FacetNames.Language] = "Taal",
        [FacetNames.Funding] = "Betaling",
        [FacetNames.ReferralRoute] = "Aanmelden",
        [FacetNames.Online] = "Online",
        [FacetNames.NoReferralStop] = "Aanmeldstop",
        [FacetNames.ExpertGroup] = "Expertgroep",
        [SearchParameters.Age] = "Leeftijd",
    };

    private SearchView(SearchResults results, IReadOnlyList<string> notices, string path, bool practitionersOnly, ContentStore store, Shortlist list)
    {
        List = list;
        Results = results;
        Notices = notices;
        Path = path;
        PractitionersOnly = practitionersOnly;
        Data = store.Content;
        Today = store.Today;
        ActiveFilters = BuildActiveFilters();
        var alternatives = new SearchAlternatives(store.Index, store.Content.Vocabularies);
        Drops = results.Total == 0 ? alternatives.WithoutOne(results.Query, results.Understood, fixedKinds: practitionersOnly) : [];
        Places = alternatives.ForPlace(results);
    }

    public SearchResults Results { get; }
    public SearchQuery Query => Results.Query;
    public IReadOnlyList<string> Notices { get; }

    /// <summary>The page the form submits to and the links point at.</summary>
    public string Path { get; }

    /// <summary>True on <c>/behandelaars</c>: the kind is fixed and not shown as a filter.</summary>
    public bool PractitionersOnly { get; }

    public ContentSet Data { get; }
    public DateOnly Today { get; }
    public IReadOnlyList<ActiveFilter> ActiveFilters { get; }

    /// <summary>The visitor's shortlist, carried by every link and by the form (<c>b</c>).</summary>
    public Shortlist List { get; }

    /// <summary>The link that puts a practitioner on the list or takes it off, back to the same card.</summary>
    public string ToggleUrl(string slug) =>
        Url(Query, List.Contains(slug) ? List.Without(slug) : List.With(slug)) + "#" + ShortlistLinks.Anchor(slug);

    /// <summary>A result's page; a practitioner's profile carries the list.</summary>
    public string HitUrl(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return hit.Kind == ContentKind.Practitioner ? ShortlistLinks.Profile(hit.Slug, List) : hit.Link.Path;
    }

    /// <summary>Without results: what to leave out to find some, with how many that gives.</summary>
    public IReadOnlyList<FilterDrop> Drops { get; }

    /// <summary>A municipality with few results: results nearby and online; null otherwise.</summary>
    public PlaceAlternatives? Places { get; }

    /// <summary>"behandelaars" on the practitioner list, "resultaten" on the search page.</summary>
    public string CountOf(int count) => PractitionersOnly ? Dutch.Count(count, "behandelaar", "behandelaars") : Dutch.Count(count, "resultaat", "resultaten");

    /// <summary>How leaving something out reads: "zonder Gemeente: Huizen", "zonder je zoekwoorden ‘emdr’".</summary>
    public static string DropLabel(FilterDrop drop)
    {
        ArgumentNullException.ThrowIfNull(drop);
        return drop switch
        {
            { Facet: FilterDrop.Words } => $"zonder je zoekwoorden ‘{drop.Label}’",
            { Recognised: true } => $"zonder {UnderstoodTitle(drop.Facet)}: {drop.Label} (uit je zoekwoorden)",
            { Facet: FacetNames.Online or FacetNames.NoReferralStop or FacetNames.ExpertGroup } => $"zonder filter ‘{drop.Label}’",
            _ => $"zonder {FacetTitle(drop.Facet)}: {drop.Label}",
        };
    }
    public bool HasText => !string.IsNullOrWhiteSpace(Query.Text);

    /// <summary>The facets shown as filters, in the order of the form.</summary>
    public IEnumerable<Facet> FilterFacets => Results.Facets.Where(f =>
        !(PractitionersOnly && f.Name == FacetNames.Kind) && f.Name is not (FacetNames.Online or FacetNames.NoReferralStop or FacetNames.ExpertGroup));

    public FacetValue? SwitchFacet(string name) => Results.Facets.FirstOrDefault(f => f.Name == name)?.Values is [var first, ..] ? first : null;

    public static string FacetTitle(string name) => FacetTitles.GetValueOrDefault(name, name);

    /// <summary>The title of something recognised in the typed text ("Gemeente", "Taal", "Leeftijd").</summary>
    public static string UnderstoodTitle(string facet) => facet switch
    {
        "leeftijd" => "Leeftijd",
        SearchIntent.WaitingTimeOrder => "Volgorde",
        _ => FacetTitle(facet),
    };

    public static SearchView Run(ContentStore store, IQueryCollection parameters, string path, bool practitionersOnly)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(parameters);
        var (query, notices) = SearchParameters.Read(name => parameters[name], store.Content.Vocabularies);
        var (list, listNotices) = ShortlistLinks.Read(parameters, store.Content);
        if (practitionersOnly)
        {
            query = query with { Kinds = [ContentKind.Practitioner] };
        }
        return new SearchView(store.Index.Search(query), [.. notices, .. listNotices], path, practitionersOnly, store, list);
    }

    /// <summary>The link for another query on the same page, with the shortlist.</summary>
    public string Url(SearchQuery query) => Url(query, List);

    private string Url(SearchQuery query, Shortlist list)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (PractitionersOnly)
        {
            query = query with { Kinds = [] };
        }
        return ShortlistLinks.With(
            Path + QueryString.Create(SearchParameters.Write(query).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).ToUriComponent(), list);
    }

    public string PageUrl(int page) => Url(Query with { Page = page });

    public string SortUrl(SearchSort sort) => Url(Query with { Sort = sort, Page = 1 });

    /// <summary>The same filters without any text: where to go when words found nothing.</summary>
    public string WithoutTextUrl => Url(Query with { Text = null, Page = 1 });

    public string WithoutFiltersUrl => Url(new SearchQuery { Text = Query.Text, Sort = Query.Sort });

    public string WithTextUrl(string text) => Url(Query with { Text = text, Page = 1 });

    private List<ActiveFilter> BuildActiveFilters() =>
    [
        .. ChosenFilter.Of(Query, Data.Vocabularies)
            .Where(c => !(PractitionersOnly && c.Facet == FacetNames.Kind))
            .Select(c => new ActiveFilter(c.IsSwitch ? c.Label : $"{FacetTitle(c.Facet)}: {c.Label}", Url(c.Without))),
    ];
}
