using Microsoft.Playwright;

namespace TraumaGids.Browser.Tests;

/// <summary>
/// The real site on a real port (Kestrel) and one Debian Chromium driven by Playwright, shared by all
/// browser tests. Chromium is never downloaded: the test command installs Debian's package.
/// </summary>
#pragma warning disable CA1001 // The site and browser are disposed in DisposeAsync (xunit IAsyncLifetime).
public sealed class BrowserFixture : IAsyncLifetime
#pragma warning restore CA1001
{
    /// <summary>Where the quick-exit button goes; intercepted, because the test machine has no internet.</summary>
    public const string NeutralSite = "https://www.buienradar.nl/";

    /// <summary>What the neutral site answers in the tests (no request leaves the machine).</summary>
    public static readonly RouteFulfillOptions NeutralPage = new()
    {
        ContentType = "text/html",
        Body = "<!DOCTYPE html><html lang=\"nl\"><title>Weer</title><h1>Het weer</h1></html>",
    };

    private readonly SiteFactory _site = new(kestrel: true);
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseUrl { get; private set; } = null!;

    internal LogCapture Log => _site.Log;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("TRAUMAGIDS_CHROMIUM") ?? "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        BaseUrl = _site.ServerAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (no cookies, no history) with the neutral site stubbed.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl.ToString().TrimEnd('/'),
            JavaScriptEnabled = javaScript,
            Locale = "nl-NL",
        });
        await context.RouteAsync(NeutralSite + "**", route => route.FulfillAsync(NeutralPage));
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await _site.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollectionDefinition : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
