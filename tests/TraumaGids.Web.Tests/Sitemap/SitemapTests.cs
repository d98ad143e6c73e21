using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TraumaGids.Web.Tests.Sitemap;

/// <summary>/sitemap.xml and /robots.txt through the real pipeline.</summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class SitemapTests(SiteFixture site)
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static async Task<List<(string Loc, string? LastMod)>> Entries(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/sitemap.xml", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Ns + "urlset", xml.Root!.Name);
        return xml.Root.Elements(Ns + "url")
            .Select(u => (u.Element(Ns + "loc")!.Value, u.Element(Ns + "lastmod")?.Value))
            .ToList();
    }

    [Fact]
    public async Task Sitemap_lists_every_public_page_with_absolute_addresses_and_content_dates()
    {
        var entries = await Entries(site.Client);
        var locs = entries.Select(e => e.Loc).ToList();

        Assert.Equal(locs.Count, locs.Distinct(StringComparer.Ordinal).Count());
        Assert.All(locs, loc => Assert.StartsWith("https://localhost/", loc, StringComparison.Ordinal));
        foreach (var path in new[] { "/", "/informatie", "/aanbod", "/behandelaars", "/aanbod-in-de-regio", "/zoeken", "/privacy", "/toegankelijkheid" })
        {
            Assert.Contains("https://localhost" + path, locs);
        }
        foreach (var p in site.Content.Practitioners)
        {
            var expected = p.LastReviewed > p.WaitingTime.CheckedOn ? p.LastReviewed : p.WaitingTime.CheckedOn;
            Assert.Contains(($"https://localhost/behandelaars/{p.Slug}", $"{expected:yyyy-MM-dd}"), entries);
        }
        foreach (var o in site.Content.Offers)
        {
            Assert.Contains(($"https://localhost/aanbod/{o.Slug}", $"{o.LastReviewed:yyyy-MM-dd}"), entries);
        }
        foreach (var i in site.Content.InfoPages)
        {
            Assert.Contains(($"https://localhost/informatie/{i.Slug}", $"{i.LastReviewed:yyyy-MM-dd}"), entries);
        }
        Assert.Equal($"{site.Content.InfoPages.Max(i => i.LastReviewed):yyyy-MM-dd}", entries.Single(e => e.Loc == "https://localhost/informatie").LastMod);
        Assert.Equal(8 + site.Content.Practitioners.Count + site.Content.Offers.Count + site.Content.InfoPages.Count, entries.Count);
    }

    [Fact]
    public async Task Every_sitemap_address_is_a_public_page_that_answers_200()
    {
        foreach (var (loc, _) in await Entries(site.Client))
        {
            Assert.DoesNotMatch("/(screening|inloggen|uitloggen|uitgelogd|geen-toegang|fout|fhir|api)(/|$)", loc);
            var response = await site.Client.GetAsync(new Uri(loc));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{loc}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Sitemap_uses_the_host_the_request_came_in_on()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/sitemap.xml");
        request.Headers.Host = "127.0.0.1:8443";

        var text = await (await site.Client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("<loc>https://127.0.0.1:8443/behandelaars</loc>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_example_data_robots_txt_keeps_every_search_engine_out()
    {
        var response = await site.Client.GetAsync(new Uri("/robots.txt", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("User-agent: *\nDisallow: /\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Allow: /\n", text.Replace("Disallow", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Sitemap:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_real_data_robots_txt_allows_the_public_pages_and_names_the_sitemap()
    {
        using var real = new SiteFactory(settings: new Dictionary<string, string?> { ["Site:ExampleDataNotice"] = "false" });
        using var client = real.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = SiteFactory.TestServerAddress });

        var text = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));
        var lines = text.Split('\n');

        Assert.Contains("Allow: /", lines);
        Assert.DoesNotContain("Disallow: /", lines);
        Assert.Contains("Disallow: /screening", lines);
        Assert.Contains("Disallow: /api/", lines);
        Assert.Contains("Sitemap: https://localhost/sitemap.xml", lines);
        // The pages themselves agree: indexable.
        Assert.Contains("content=\"index, follow\"", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forged_host_never_ends_up_in_the_sitemap_robots_or_open_data()
    {
        using var production = new SiteFactory(environment: "Production", kestrel: true,
            settings: new Dictionary<string, string?> { ["ProfessionalSignIn:Authority"] = "", ["Site:ExampleDataNotice"] = "false" });
        using var client = new HttpClient { BaseAddress = production.ServerAddress };

        foreach (var path in new[] { "/sitemap.xml", "/robots.txt", "/api/hsds/services" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = "evil.example";
            var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Contains($"Sitemap: http://127.0.0.1:{production.ServerAddress.Port}/sitemap.xml", await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative)), StringComparison.Ordinal);
    }
}
