using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.OpenData;

/// <summary>
/// What each HSDA list endpoint returns for a query, before paging: filtered, in a stable order, with
/// the one-to-one fields HSDA lists carry. Text is searched with the site's own search
/// (<see cref="SearchIndex"/>), so <c>search=emdr huizen</c> finds what <c>/zoeken</c> finds, in the same order.
/// </summary>
public static class HsdsLists
{
    /// <summary>The search index hands out at most this many hits a page; a search reads as many pages as it has.</summary>
    private const int SearchPageSize = 50;

    public static IReadOnlyList<HsdsService> Services(HsdsDirectory directory, SearchIndex index, HsdsQuery query) =>
        MatchingServices(directory, index, query).Select(s => s.Flat()).ToList();

    public static IReadOnlyList<HsdsServiceAtLocation> ServiceAtLocations(HsdsDirectory directory, SearchIndex index, HsdsQuery query)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var services = MatchingServices(directory, index, query);
        return services
            .SelectMany(s => s.ServiceAtLocations ?? [], (s, sal) => sal with { Location = sal.Location?.Flat(), Service = s.Flat() })
            .ToList();
    }

    /// <summary>Organisations with a service that matches the search, best match first; all of them, by name, without one.</summary>
    public static IReadOnlyList<HsdsOrganization> Organizations(HsdsDirectory directory, SearchIndex index, HsdsQuery query)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(query);
        if (query.Search is null)
        {
            return directory.Organizations.Select(o => o.Flat()).ToList();
        }
        return SearchServices(directory, index, query.Search)
            .Select(s => s.OrganizationId!.Value)
            .Distinct()
            .Select(id => directory.FindOrganization(id)!.Flat())
            .ToList();
    }

    public static IReadOnlyList<HsdsTaxonomy> Taxonomies(HsdsDirectory directory, HsdsQuery query)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(query);
        return directory.Taxonomies.Where(t => Contains(query.Search, t.Name, t.Description)).ToList();
    }

    public static IReadOnlyList<HsdsTaxonomyTerm> TaxonomyTerms(HsdsDirectory directory, HsdsQuery query)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(query);
        return directory.TaxonomyTerms
            .Where(t => query.TaxonomyId is not { } taxonomy || t.TaxonomyId == taxonomy)
            .Where(t => Contains(query.Search, t.Code, t.Name, t.Description))
            .ToList();
    }

    /// <summary>Cuts one page out of a list, with the HSDA envelope. A page past the last is empty, not an error.</summary>
    public static HsdsPage<T> Page<T>(IReadOnlyList<T> all, HsdsQuery query)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(query);
        var totalPages = (all.Count + query.PerPage - 1) / query.PerPage;
        var skip = (long)(query.Page - 1) * query.PerPage;
        var contents = skip >= all.Count ? [] : all.Skip((int)skip).Take(query.PerPage).ToList();
        return new HsdsPage<T>(
            TotalItems: all.Count,
            TotalPages: totalPages,
            PageNumber: query.Page,
            Size: contents.Count,
            FirstPage: query.Page == 1,
            LastPage: query.Page >= totalPages,
            Empty: contents.Count == 0,
            Contents: contents);
    }

    private static IEnumerable<HsdsService> MatchingServices(HsdsDirectory directory, SearchIndex index, HsdsQuery query)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(query);
        var services = query.Search is null ? directory.Services : SearchServices(directory, index, query.Search);
        return services.Where(s =>
            (query.ModifiedAfter is not { } after || DateTimeOffset.Parse(s.LastModified, System.Globalization.CultureInfo.InvariantCulture) >= after) &&
            (query.OrganizationId is not { } organization || s.OrganizationId == organization) &&
            (query.TaxonomyTermId is not { } term || (s.Attributes ?? []).Any(a => a.TaxonomyTermId == term)) &&
            (query.TaxonomyId is not { } taxonomy || (s.Attributes ?? []).Any(a => a.TaxonomyTerm?.TaxonomyId == taxonomy)));
    }

    /// <summary>Every practitioner the site's search finds for the text, best match first.</summary>
    private static List<HsdsService> SearchServices(HsdsDirectory directory, SearchIndex index, string text)
    {
        ArgumentNullException.ThrowIfNull(index);
        var found = new List<HsdsService>();
        for (var page = 1; ; page++)
        {
            var results = index.Search(new SearchQuery { Text = text, Kinds = [ContentKind.Practitioner], Page = page, PageSize = SearchPageSize });
            found.AddRange(results.Hits.Select(h => directory.ServiceOf(h.Slug)).OfType<HsdsService>());
            if (results.Hits.Count == 0 || page >= results.PageCount)
            {
                return found;
            }
        }
    }

    /// <summary>Plain text match for the small lists (taxonomies, terms): every word in one of the texts, ignoring case and accents.</summary>
    private static bool Contains(string? search, params string[] texts)
    {
        if (search is null)
        {
            return true;
        }
        var haystack = TextFolding.Fold(string.Join(' ', texts));
        return TextFolding.Fold(search).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => haystack.Contains(word, StringComparison.Ordinal));
    }
}
