using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using TraumaGids.Core.Content;
using TraumaGids.Core.OpenData;
using TraumaGids.Core.Search;

namespace TraumaGids.Web.Tests.OpenData;

/// <summary>
/// The HSDA API through the real pipeline: every endpoint's answers, list and single, on every page,
/// validated against the official HSDS 3.0 schemas (<see cref="HsdsSchemas"/>), and compared with the content.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class OpenDataApiTests(SiteFixture site)
{
    private readonly HttpClient _client = site.Client;

    /// <summary>Each list endpoint, the schema of its items and of its single answers, and how many items the content gives.</summary>
    public static TheoryData<string, string> Lists => new()
    {
        { "services", "service" },
        { "organizations", "organization" },
        { "service_at_locations", "service_at_location" },
        { "taxonomies", "taxonomy" },
        { "taxonomy_terms", "taxonomy_term" },
    };

    private int ExpectedCount(string list)
    {
        var content = site.Content;
        var v = content.Vocabularies;
        return list switch
        {
            "services" => content.Practitioners.Count,
            "organizations" => content.Practitioners
                .Select(p => string.IsNullOrWhiteSpace(p.Organisation) ? "praktijk:" + p.Slug : "organisatie:" + p.Organisation.Trim().ToLowerInvariant())
                .Distinct(StringComparer.Ordinal).Count(),
            "service_at_locations" => content.Practitioners.Sum(p => p.Locations.Count + (p.Online ? 1 : 0)),
            // One per vocabulary that describes practitioners (the referral routes are in the example content), and "kenmerken".
            "taxonomies" => 7,
            "taxonomy_terms" => v.TargetGroups.Entries.Count + v.Methods.Entries.Count + v.Themes.Entries.Count + v.Funding.Entries.Count +
                v.Disciplines.Entries.Count + v.ReferralRoutes.Entries.Count + 4,
            _ => throw new ArgumentOutOfRangeException(nameof(list)),
        };
    }

    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetJson(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static void AssertValid(IReadOnlyList<string> problems, string url) =>
        Assert.True(problems.Count == 0, $"{url}:\n" + string.Join('\n', problems.Take(20)));

    private static void AssertOpenJson(HttpResponseMessage response, string mediaType = "application/json")
    {
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("*", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(response.Headers.Contains("Set-Cookie"), "the API sets no cookie");
    }

    [Fact]
    public async Task Root_names_the_hsds_version_profile_and_openapi_description()
    {
        var (response, json) = await GetJson("/api/hsds/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertOpenJson(response);
        AssertValid(HsdsSchemas.Instance.CheckRoot(json), "/api/hsds/");
        Assert.Equal("3.0", json.GetProperty("version").GetString());
        Assert.Equal("https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json", json.GetProperty("openapi_url").GetString());
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Every_page_of_every_list_validates_and_pages_add_up(string list, string schema)
    {
        const int perPage = 7;
        var expected = ExpectedCount(list);
        var pages = (expected + perPage - 1) / perPage;
        var ids = new List<string>();
        for (var page = 1; page <= pages + 1; page++)
        {
            var url = $"/api/hsds/{list}?per_page={perPage}&page={page}";
            var (response, json) = await GetJson(url);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertOpenJson(response);
            AssertValid(HsdsSchemas.Instance.CheckPage(schema, json), url);
            var size = Math.Clamp(expected - ((page - 1) * perPage), 0, perPage);
            Assert.Equal(expected, json.GetProperty("total_items").GetInt32());
            Assert.Equal(pages, json.GetProperty("total_pages").GetInt32());
            Assert.Equal(page, json.GetProperty("page_number").GetInt32());
            Assert.Equal(size, json.GetProperty("size").GetInt32());
            Assert.Equal(size, json.GetProperty("contents").GetArrayLength());
            Assert.Equal(page == 1, json.GetProperty("first_page").GetBoolean());
            Assert.Equal(page >= pages, json.GetProperty("last_page").GetBoolean());
            Assert.Equal(size == 0, json.GetProperty("empty").GetBoolean());
            ids.AddRange(json.GetProperty("contents").EnumerateArray().Select(item => item.GetProperty("id").GetString()!));
        }
        Assert.Equal(expected, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Every_item_has_a_single_answer_that_validates(string list, string schema)
    {
        var (_, all) = await GetJson($"/api/hsds/{list}?per_page={HsdsQuery.MaxPerPage}");
        Assert.True(all.GetProperty("last_page").GetBoolean(), "the example content fits in one page of the largest size");
        foreach (var item in all.GetProperty("contents").EnumerateArray())
        {
            var id = item.GetProperty("id").GetString();
            var url = $"/api/hsds/{list}/{id}";
            var (response, json) = await GetJson(url);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertOpenJson(response);
            AssertValid(HsdsSchemas.Instance.Check(schema, json), url);
            Assert.Equal(id, json.GetProperty("id").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Ndjson_gives_every_item_one_a_line_without_paging(string list, string schema)
    {
        var response = await _client.GetAsync(new Uri($"/api/hsds/{list}?format=ndjson&per_page=1&page=2", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertOpenJson(response, "application/x-ndjson");
        Assert.Equal(ExpectedCount(list), lines.Length);
        foreach (var line in lines)
        {
            AssertValid(HsdsSchemas.Instance.Check(schema, JsonDocument.Parse(line).RootElement), list + " (ndjson)");
        }
    }

    [Theory]
    [InlineData("per_page=0", "per_page")]
    [InlineData("per_page=201", "per_page")]
    [InlineData("per_page=-5", "per_page")]
    [InlineData("per_page=abc", "per_page")]
    [InlineData("per_page=1.5", "per_page")]
    [InlineData("per_page=99999999999999999999", "per_page")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=twee", "page")]
    [InlineData("page=99999999999999999999", "page")]
    [InlineData("page=1&page=2", "page")]
    [InlineData("modified_after=gisteren", "modified_after")]
    [InlineData("modified_after=2026-13-01", "modified_after")]
    [InlineData("modified_after=2026-10-01T12:00:00", "modified_after")]
    [InlineData("format=xml", "format")]
    [InlineData("organization_id=123", "organization_id")]
    public async Task Bad_parameters_get_400_with_a_problem_naming_the_parameter(string parameters, string parameter)
    {
        foreach (var list in new[] { "services", "organizations", "service_at_locations", "taxonomies", "taxonomy_terms" })
        {
            var (response, json) = await GetJson($"/api/hsds/{list}?{parameters}");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            AssertOpenJson(response, "application/problem+json");
            Assert.Equal(400, json.GetProperty("status").GetInt32());
            Assert.Equal(parameter, json.GetProperty("parameter").GetString());
            Assert.Contains(parameter, json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Largest_page_size_is_accepted()
    {
        var (response, json) = await GetJson($"/api/hsds/services?per_page={HsdsQuery.MaxPerPage}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(site.Content.Practitioners.Count, json.GetProperty("size").GetInt32());
    }

    [Theory]
    [InlineData("/api/hsds/services/00000000-0000-0000-0000-000000000000")]
    [InlineData("/api/hsds/services/anna-de-vries")]
    [InlineData("/api/hsds/organizations/3c1d25e1")]
    [InlineData("/api/hsds/taxonomy_terms/%27%3B--")]
    [InlineData("/api/hsds/locations")]
    [InlineData("/api/hsds/services/x/y")]
    public async Task Unknown_ids_and_addresses_get_a_json_404(string url)
    {
        var (response, json) = await GetJson(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        AssertOpenJson(response, "application/problem+json");
        Assert.Equal(404, json.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Search_finds_the_practitioners_the_site_search_finds_in_the_same_order()
    {
        foreach (var text in new[] { "emdr", "arabisch jongeren", "huiselijk geweld hilversum" })
        {
            var expected = site.Index.Search(new SearchQuery { Text = text, Kinds = [ContentKind.Practitioner], PageSize = 50 });
            var (_, json) = await GetJson($"/api/hsds/services?search={Uri.EscapeDataString(text)}&per_page=200");
            var names = json.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();

            Assert.True(expected.Total > 0 && expected.Total < site.Content.Practitioners.Count, $"'{text}' should narrow the list");
            Assert.Equal(expected.Total, json.GetProperty("total_items").GetInt32());
            Assert.Equal(expected.Hits.Select(h => h.Title), names);
        }
    }

    [Fact]
    public async Task Search_on_taxonomy_terms_matches_their_names()
    {
        var (_, json) = await GetJson("/api/hsds/taxonomy_terms?search=emdr");

        var term = Assert.Single(json.GetProperty("contents").EnumerateArray());
        Assert.Equal("emdr", term.GetProperty("code").GetString());
        Assert.Equal("methoden", term.GetProperty("taxonomy").GetString());
    }

    [Fact]
    public async Task Modified_after_keeps_services_changed_on_or_after_the_date()
    {
        var dates = site.Content.Practitioners
            .Select(p => p.LastReviewed > p.WaitingTime.CheckedOn ? p.LastReviewed : p.WaitingTime.CheckedOn)
            .OrderBy(d => d)
            .ToList();
        var cut = dates[dates.Count / 2];
        var expected = dates.Count(d => d >= cut);
        Assert.True(expected > 0 && expected < dates.Count, "the cut splits the example content");

        var (_, services) = await GetJson($"/api/hsds/services?modified_after={cut:yyyy-MM-dd}&per_page=200");
        var (_, withTime) = await GetJson($"/api/hsds/services?modified_after={cut:yyyy-MM-dd}T00:00:00Z&per_page=200");
        var (_, later) = await GetJson($"/api/hsds/services?modified_after={cut:yyyy-MM-dd}T00:00:01%2B00:00&per_page=200");

        Assert.Equal(expected, services.GetProperty("total_items").GetInt32());
        Assert.Equal(expected, withTime.GetProperty("total_items").GetInt32());
        Assert.Equal(dates.Count(d => d > cut), later.GetProperty("total_items").GetInt32());
        Assert.All(services.GetProperty("contents").EnumerateArray(),
            s => Assert.True(string.CompareOrdinal(s.GetProperty("last_modified").GetString(), $"{cut:yyyy-MM-dd}") >= 0));
    }

    [Fact]
    public async Task Organization_and_taxonomy_filters_narrow_services()
    {
        // The organisation most services belong to.
        var (_, services) = await GetJson("/api/hsds/services?per_page=200");
        var shared = services.GetProperty("contents").EnumerateArray()
            .GroupBy(s => s.GetProperty("organization_id").GetString())
            .OrderByDescending(g => g.Count())
            .First();
        var (_, emdr) = await GetJson("/api/hsds/taxonomy_terms?search=emdr");
        var emdrId = emdr.GetProperty("contents")[0].GetProperty("id").GetString();

        var (_, byOrganization) = await GetJson($"/api/hsds/services?organization_id={shared.Key}&per_page=200");
        var (_, byTerm) = await GetJson($"/api/hsds/services?taxonomy_term_id={emdrId}&per_page=200");

        Assert.Equal(shared.Select(s => s.GetProperty("id").GetString()), byOrganization.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(site.Content.PractitionersOffering("emdr").Count, byTerm.GetProperty("total_items").GetInt32());
    }

    [Fact]
    public async Task A_service_carries_the_practitioners_facts()
    {
        var v = site.Content.Vocabularies;
        foreach (var p in site.Content.Practitioners)
        {
            var (_, json) = await GetJson($"/api/hsds/services/{StableId.For("behandelaar:" + p.Slug)}");

            Assert.Equal(p.Name, json.GetProperty("name").GetString());
            Assert.Equal(p.Ages.From, json.GetProperty("minimum_age").GetInt32());
            Assert.Equal(p.Ages.To, json.GetProperty("maximum_age").GetInt32());
            Assert.Equal($"{p.WaitingTime.CheckedOn:yyyy-MM-dd}", json.GetProperty("assured_date").GetString());
            Assert.Equal("active", json.GetProperty("status").GetString());
            Assert.Equal(p.Languages, json.GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("code").GetString()));
            Assert.Equal(p.Municipalities.Select(v.Municipalities.Label), json.GetProperty("service_areas").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
            var terms = json.GetProperty("attributes").EnumerateArray()
                .Select(a => (Taxonomy: a.GetProperty("taxonomy_term").GetProperty("taxonomy").GetString(), Code: a.GetProperty("taxonomy_term").GetProperty("code").GetString()))
                .ToList();
            Assert.Equal(p.Methods, terms.Where(t => t.Taxonomy == "methoden").Select(t => t.Code));
            Assert.Equal(p.Themes, terms.Where(t => t.Taxonomy == "themas").Select(t => t.Code));
            Assert.Equal(p.TargetGroups, terms.Where(t => t.Taxonomy == "doelgroepen").Select(t => t.Code));
            Assert.Equal(p.Funding, terms.Where(t => t.Taxonomy == "financiering").Select(t => t.Code));
            Assert.Equal(p.ReferralStop, terms.Contains(("kenmerken", "aanmeldstop")));
            Assert.Equal(p.ReferralStop, json.TryGetProperty("alert", out _));
            Assert.Equal(p.Contact.Phone, json.TryGetProperty("phones", out var phones) && phones.GetArrayLength() > 0 ? phones[0].GetProperty("number").GetString() : null);
            Assert.Equal(p.Locations.Count + (p.Online ? 1 : 0), json.GetProperty("service_at_locations").GetArrayLength());
        }
    }

    [Fact]
    public async Task Links_are_absolute_on_the_host_the_request_used()
    {
        var (_, json) = await GetJson("/api/hsds/services?per_page=200");

        var practitioner = site.Content.Practitioners.First(p => p.Contact.Website is null);
        var service = json.GetProperty("contents").EnumerateArray().Single(s => s.GetProperty("name").GetString() == practitioner.Name);
        Assert.Equal($"https://localhost/behandelaars/{practitioner.Slug}", service.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Same_etag_gives_304_without_a_body_and_other_queries_have_other_etags()
    {
        var first = await _client.GetAsync(new Uri("/api/hsds/services?per_page=5", UriKind.Relative));
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains("public", first.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);

        foreach (var sent in new[] { etag.Tag, "W/" + etag.Tag, "\"other\", " + etag.Tag, "*" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/hsds/services?per_page=5");
            request.Headers.TryAddWithoutValidation("If-None-Match", sent);
            var again = await _client.SendAsync(request);

            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
            Assert.Empty(await again.Content.ReadAsByteArrayAsync());
            Assert.Equal(etag, again.Headers.ETag);
            Assert.Equal("*", string.Join(",", again.Headers.GetValues("Access-Control-Allow-Origin")));
        }

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/hsds/services?per_page=5");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));
        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsync(stale)).StatusCode);
        var other = await _client.GetAsync(new Uri("/api/hsds/services?per_page=6", UriKind.Relative));
        Assert.NotEqual(etag, other.Headers.ETag);
    }

    [Fact]
    public async Task Cors_preflight_allows_get_from_any_origin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/hsds/services");
        request.Headers.Add("Origin", "https://gemeente.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "if-none-match");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("GET", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.Contains("If-None-Match", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writing_is_refused()
    {
        var response = await _client.PostAsync(new Uri("/api/hsds/services", UriKind.Relative), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Too_many_requests_get_a_json_429_a_script_elsewhere_can_read()
    {
        using var limited = new SiteFactory(settings: new Dictionary<string, string?>
        {
            ["RateLimits:Enabled"] = "true",
            ["RateLimits:OpenDataPerMinute"] = "2",
        });
        using var client = limited.CreateClient();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/hsds/taxonomies", UriKind.Relative))).StatusCode);
        }

        var refused = await client.GetAsync(new Uri("/api/hsds/services", UriKind.Relative));
        var page = await client.GetAsync(new Uri("/informatie", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        AssertOpenJson(refused, "application/problem+json");
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(429, JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
