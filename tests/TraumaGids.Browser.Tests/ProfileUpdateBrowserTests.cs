using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TraumaGids.Browser.Tests;

/// <summary>
/// The demo practitioner signs in and updates a waiting time, on a site of its own that serves a copy
/// of the example content (the shared site reads the repository's content, which a test must not change).
/// </summary>
[Collection(BrowserCollectionDefinition.Name)]
#pragma warning disable CA1001 // The site is disposed in DisposeAsync (xunit IAsyncLifetime).
public sealed class ProfileUpdateBrowserTests(BrowserFixture browser) : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "traumagids-browser-update-" + Guid.NewGuid().ToString("N"));
    private SiteFactory _site = null!;

    public Task InitializeAsync()
    {
        RepoPaths.CopyDirectory(RepoPaths.Content, Path.Combine(_root, "content"));
        _site = new SiteFactory(Path.Combine(_root, "content"),
            new Dictionary<string, string?> { ["ProfileUpdates:AuditPath"] = Path.Combine(_root, "audit.jsonl") }, kestrel: true);
        _ = _site.ServerAddress;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task The_demo_practitioner_signs_in_and_updates_a_waiting_time()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _site.ServerAddress.ToString().TrimEnd('/'), Locale = "nl-NL" });
        var page = await context.NewPageAsync();
        var file = Path.Combine(_root, "content", "behandelaars", "anna-de-vries.md");

        await page.GotoAsync("/bijwerken");
        await Arrival.AtAsync(page, new Regex("/dev-idp/inloggen"));
        await page.GetByLabel("Gebruikersnaam").FillAsync("behandelaar");
        await page.GetByLabel("Wachtwoord").FillAsync("behandelaar-demo");
        await page.Keyboard.PressAsync("Enter");
        await Arrival.AtAsync(page, new Regex("/bijwerken$"));
        await AxeAssert.NoViolationsAsync(page, "list of own profiles");

        await page.GetByRole(AriaRole.Link, new() { Name = "Drs. Anna de Vries" }).ClickAsync();
        await Arrival.AtAsync(page, new Regex("/bijwerken/anna-de-vries$"));
        Assert.Equal("6", await page.GetByLabel("Wachttijd in weken").InputValueAsync());
        await AxeAssert.NoViolationsAsync(page, "update form");

        // A wrong entry first: the message links to the field, nothing is written.
        var before = await File.ReadAllTextAsync(file);
        await page.GetByLabel("Wachttijd in weken").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.WaitForSelectorAsync(".error-summary");
        Assert.Equal("#weken", await page.Locator(".error-summary a").First.GetAttributeAsync("href"));
        await AxeAssert.NoViolationsAsync(page, "update form with an error");
        Assert.Equal(before, await File.ReadAllTextAsync(file));

        await page.GetByLabel("Wachttijd in weken").FillAsync("9");
        await page.GetByLabel("De rest van mijn gegevens klopt nog").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Arrival.AtAsync(page, new Regex("/bijwerken/anna-de-vries\\?opgeslagen=ja$"));

        Assert.Contains("Opgeslagen.", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("9", await page.GetByLabel("Wachttijd in weken").InputValueAsync());
        Assert.Contains("\n  weken: 9\n", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        await AxeAssert.NoViolationsAsync(page, "update form after saving");
        await page.SetViewportSizeAsync(320, 800);
        await AxeAssert.NoViolationsAsync(page, "update form at 320 px");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 320"), "the form fits 320 px without sideways scrolling");
        await context.CloseAsync();
    }
}
