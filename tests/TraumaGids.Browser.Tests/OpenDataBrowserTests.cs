using System.Text.Json;
using Microsoft.Playwright;

namespace TraumaGids.Browser.Tests;

/// <summary>
/// A page on another site reads the open-data API in a real browser: CORS lets it, the site's own
/// security headers (CSP, Cross-Origin-Resource-Policy) do not get in the way, and it can use the ETag.
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class OpenDataBrowserTests(BrowserFixture browser)
{
    /// <summary>Another origin (another host name and port than the site's 127.0.0.1), answered by Playwright.</summary>
    private const string OtherSite = "http://localhost:1/";

    [Fact]
    public async Task A_page_on_another_site_fetches_services_and_revalidates_with_the_etag()
    {
        var page = await browser.NewPageAsync();
        await page.Context.RouteAsync(OtherSite + "**", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html",
            Body = "<!DOCTYPE html><html lang=\"nl\"><title>Sociale kaart</title><h1>Sociale kaart</h1></html>",
        }));
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);
        // The other site is answered by Playwright, so Chromium does not know it runs on this machine and
        // would ask the visitor before it reaches the loopback address (Local Network Access): granted here,
        // as a real site on the internet reaching a real public TraumaGids needs no such permission.
        await page.Context.GrantPermissionsAsync(["local-network-access"], new BrowserContextGrantPermissionsOptions { Origin = OtherSite.TrimEnd('/') });
        await page.GotoAsync(OtherSite);
        var api = new Uri(browser.BaseUrl, "/api/hsds/services?per_page=2").ToString();

        // Chromium's console says why a fetch failed (CORS, a header); the exception alone does not.
        JsonElement result;
        try
        {
            result = await page.EvaluateAsync<JsonElement>("""
                async url => {
                  const first = await fetch(url);
                  const body = await first.json();
                  const etag = first.headers.get('ETag');
                  const again = await fetch(url, { headers: { 'If-None-Match': etag }, cache: 'no-store' });
                  return { status: first.status, total: body.total_items, names: body.contents.map(s => s.name), etag, again: again.status };
                }
                """, api);
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException(e.Message + "\n" + string.Join("\n", console), e);
        }

        Assert.Equal(200, result.GetProperty("status").GetInt32());
        Assert.Equal(2, result.GetProperty("names").GetArrayLength());
        Assert.True(result.GetProperty("total").GetInt32() > 2);
        Assert.StartsWith("\"", result.GetProperty("etag").GetString(), StringComparison.Ordinal);
        Assert.Equal(304, result.GetProperty("again").GetInt32());
    }
}
