using TraumaGids.Core.Content;
using TraumaGids.Core.Search;
using TraumaGids.Web.Infrastructure;

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
        [FacetNames.Online] = "Online",
        [FacetNames.NoReferralStop] = "Aanmeldstop",
    };

    private SearchView(SearchResults results, IReadOnlyList<string> notices, string path, bool practitionersOnly, ContentStore store)
    {
        Results = results;
        Notices = notices;
        Path = path;
        PractitionersOnly = practitionersOnly;
        Data = store.Content;
        Today = store.Today;
        ActiveFilters = BuildActiveFilters();
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

    public bool HasText => !string.IsNullOrWhiteSpace(Query.Text);

    /// <summary>The facets shown as filters, in the order of the form.</summary>
    public IEnumerable<Facet> FilterFacets => Results.Facets.Where(f =>
        !(PractitionersOnly && f.Name == FacetNames.Kind) && f.Name is not (FacetNames.Online or FacetNames.NoReferralStop));

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
        if (practitionersOnly)
        {
            query = query with { Kinds = [ContentKind.Practitioner] };
        }
        return new SearchView(store.Index.Search(query), notices, path, practitionersOnly, store);
    }

    /// <summary>The link for another query on the same page.</summary>
    public string Url(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (PractitionersOnly)
        {
            query = query with { Kinds = [] };
        }
        return Path + QueryString.Create(SearchParameters.Write(query).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).ToUriComponent();
    }

    public string PageUrl(int page) => Url(Query with { Page = page });

    public string SortUrl(SearchSort sort) => Url(Query with { Sort = sort, Page = 1 });

    /// <summary>The same filters without any text: where to go when words found nothing.</summary>
    public string WithoutTextUrl => Url(Query with { Text = null, Page = 1 });

    public string WithoutFiltersUrl => Url(new SearchQuery { Text = Query.Text, Sort = Query.Sort });

    public string WithTextUrl(string text) => Url(Query with { Text = text, Page = 1 });

    private List<ActiveFilter> BuildActiveFilters()
    {
        var q = Query with { Page = 1 };
        var v = Data.Vocabularies;
        var result = new List<ActiveFilter>();
        void Add(string facet, string label, SearchQuery without) =>
            result.Add(new ActiveFilter($"{FacetTitle(facet)}: {label}", Url(without)));

        if (!PractitionersOnly)
        {
            foreach (var kind in q.Kinds)
            {
                Add(FacetNames.Kind, kind.PluralLabel(), q with { Kinds = [.. q.Kinds.Where(k => k != kind)] });
            }
        }
        foreach (var key in q.TargetGroups)
        {
            Add(FacetNames.TargetGroup, v.TargetGroups.Label(key), q with { TargetGroups = [.. q.TargetGroups.Where(k => k != key)] });
        }
        if (q.Age is { } age)
        {
            result.Add(new ActiveFilter($"Leeftijd: {age} jaar", Url(q with { Age = null })));
        }
        foreach (var key in q.Methods)
        {
            Add(FacetNames.Method, v.Methods.Label(key), q with { Methods = [.. q.Methods.Where(k => k != key)] });
        }
        foreach (var key in q.Municipalities)
        {
            Add(FacetNames.Municipality, v.Municipalities.Label(key), q with { Municipalities = [.. q.Municipalities.Where(k => k != key)] });
        }
        if (q.OnlineOnly)
        {
            result.Add(new ActiveFilter("Ook online", Url(q with { OnlineOnly = false })));
        }
        foreach (var key in q.Languages)
        {
            Add(FacetNames.Language, v.Languages.Label(key), q with { Languages = [.. q.Languages.Where(k => k != key)] });
        }
        foreach (var key in q.Funding)
        {
            Add(FacetNames.Funding, v.Funding.Label(key), q with { Funding = [.. q.Funding.Where(k => k != key)] });
        }
        if (q.NoReferralStop)
        {
            result.Add(new ActiveFilter("Zonder aanmeldstop", Url(q with { NoReferralStop = false })));
        }
        return result;
    }
}
