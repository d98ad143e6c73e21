using TraumaGids.Core.OpenData;
using TraumaGids.Core.Search;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.OpenData;

/// <summary>
/// The directory as open data: a read-only HSDA (HSDS 3.0 API) under <c>/api/hsds/</c>. Anonymous,
/// no cookies, readable from any site, rate-limited per client, with ETags. The mapping lives in
/// <see cref="HsdsDirectory"/>; what the endpoints accept and answer is in docs/opendata.md.
/// </summary>
public static class OpenDataEndpoints
{
    public const string Prefix = "/api/hsds";

    /// <summary>The official HSDA OpenAPI description of the version we follow (HSDS 3.0 branch).</summary>
    public const string OpenApiUrl = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

    /// <summary>No profile of our own: plain HSDS 3.0, with our vocabularies published as taxonomies.</summary>
    public const string ProfileUrl = "https://github.com/openreferral/specification/tree/3.0";

    private static readonly string[] GetHead = [HttpMethods.Get, HttpMethods.Head];

    public static WebApplication MapOpenData(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var cache = new HsdsDirectoryCache();
        var api = app.MapGroup(Prefix).RequireRateLimiting(Hardening.OpenDataPolicy);

        api.MapMethods("/", GetHead, (HttpContext context) =>
            OpenDataResponse.Json(context, new HsdsApiInfo(HsdsDirectory.HsdsVersion, ProfileUrl, OpenApiUrl)));

        api.MapMethods("/services", GetHead, (HttpContext context, ContentStore store) =>
            List(context, store, cache, (directory, index, query) => HsdsLists.Services(directory, index, query)));
        api.MapMethods("/services/{id}", GetHead, (HttpContext context, ContentStore store, string id) =>
            Single(context, store, cache, id, "service", (directory, guid) => directory.FindService(guid)));

        api.MapMethods("/organizations", GetHead, (HttpContext context, ContentStore store) =>
            List(context, store, cache, (directory, index, query) => HsdsLists.Organizations(directory, index, query)));
        api.MapMethods("/organizations/{id}", GetHead, (HttpContext context, ContentStore store, string id) =>
            Single(context, store, cache, id, "organisatie", (directory, guid) => directory.FindOrganization(guid)));

        api.MapMethods("/service_at_locations", GetHead, (HttpContext context, ContentStore store) =>
            List(context, store, cache, (directory, index, query) => HsdsLists.ServiceAtLocations(directory, index, query)));
        api.MapMethods("/service_at_locations/{id}", GetHead, (HttpContext context, ContentStore store, string id) =>
            Single(context, store, cache, id, "service_at_location", (directory, guid) => directory.FindServiceAtLocation(guid)));

        api.MapMethods("/taxonomies", GetHead, (HttpContext context, ContentStore store) =>
            List(context, store, cache, (directory, _, query) => HsdsLists.Taxonomies(directory, query)));
        api.MapMethods("/taxonomies/{id}", GetHead, (HttpContext context, ContentStore store, string id) =>
            Single(context, store, cache, id, "taxonomie", (directory, guid) => directory.FindTaxonomy(guid)));

        api.MapMethods("/taxonomy_terms", GetHead, (HttpContext context, ContentStore store) =>
            List(context, store, cache, (directory, _, query) => HsdsLists.TaxonomyTerms(directory, query)));
        api.MapMethods("/taxonomy_terms/{id}", GetHead, (HttpContext context, ContentStore store, string id) =>
            Single(context, store, cache, id, "taxonomieterm", (directory, guid) => directory.FindTaxonomyTerm(guid)));

        // Anything else under the prefix: a JSON 404 a client can read, not the HTML error page.
        api.MapMethods("/{**rest}", GetHead, (HttpContext context) =>
            OpenDataResponse.NotFound(context, $"Dit adres bestaat niet in de API. Begin bij {Prefix}/ en zie docs/opendata.md."));
        // CORS preflight, for a browser that sends If-None-Match itself: GET and HEAD from anywhere, cached for a day.
        api.MapMethods("/{**rest}", [HttpMethods.Options], (HttpContext context) =>
        {
            OpenDataResponse.AllowAnyOrigin(context.Response);
            context.Response.Headers.AccessControlAllowMethods = "GET, HEAD";
            context.Response.Headers.AccessControlAllowHeaders = "If-None-Match";
            context.Response.Headers.AccessControlMaxAge = "86400";
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
        return app;
    }

    private static Task List<T>(HttpContext context, ContentStore store, HsdsDirectoryCache cache,
        Func<HsdsDirectory, SearchIndex, HsdsQuery, IReadOnlyList<T>> list)
    {
        var (query, error) = HsdsQuery.Parse(name => context.Request.Query[name].ToArray());
        if (error is not null)
        {
            return OpenDataResponse.Problem(context, StatusCodes.Status400BadRequest, "Ongeldige parameter", error.Message, error.Parameter);
        }
        var all = list(cache.For(store.Content, SiteAddress.Base(context.Request)), store.Index, query!);
        return query!.Ndjson ? OpenDataResponse.Ndjson(context, all) : OpenDataResponse.Json(context, HsdsLists.Page(all, query));
    }

    private static Task Single<T>(HttpContext context, ContentStore store, HsdsDirectoryCache cache, string id, string what,
        Func<HsdsDirectory, Guid, T?> find) where T : class
    {
        var found = Guid.TryParseExact(id, "D", out var guid) ? find(cache.For(store.Content, SiteAddress.Base(context.Request)), guid) : null;
        return found is null
            ? OpenDataResponse.NotFound(context, $"Geen {what} met id '{(id.Length <= 40 ? id : id[..40] + "…")}'. Ids zijn UUID's uit de lijsten van deze API.")
            : OpenDataResponse.Json(context, found);
    }
}
