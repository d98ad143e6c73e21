using Microsoft.Playwright;

namespace TraumaGids.Browser.Tests;

/// <summary>The region overview at 320 px: wide charts and tables scroll inside their own region, by keyboard too, not the page.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class RegionBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task At_320_px_the_heat_map_scrolls_in_its_own_region_by_keyboard_and_the_page_does_not()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(320, 640);
        await page.GotoAsync("/aanbod-in-de-regio");

        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, "the page scrolls sideways");
        var region = page.GetByRole(AriaRole.Region, new() { Name = "Grafiek per methode en gemeente" });
        Assert.True(await region.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), "the heat map is wider than 320 px, so it should scroll");

        // Reached with Tab, scrolled with the arrow keys.
        await region.FocusAsync();
        Assert.True(await region.EvaluateAsync<bool>("e => e === document.activeElement"));
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync("() => document.activeElement.scrollLeft > 0");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_age_groups_are_plain_links_that_work_without_javascript()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/aanbod-in-de-regio");

        await page.GetByRole(AriaRole.Link, new() { Name = "Jonge kinderen (0 tot en met 3 jaar)" }).ClickAsync();

        await Arrival.AtEndAsync(page, "/aanbod-in-de-regio?leeftijdsgroep=jonge-kinderen");
        Assert.Equal("Per methode en gemeente, jonge kinderen", await page.Locator("#per-gemeente").InnerTextAsync());
        Assert.Equal("page", await page.GetByRole(AriaRole.Link, new() { Name = "Jonge kinderen (0 tot en met 3 jaar)" }).GetAttributeAsync("aria-current"));
        await page.Context.CloseAsync();
    }
}
