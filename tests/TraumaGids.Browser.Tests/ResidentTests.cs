using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TraumaGids.Browser.Tests;

/// <summary>What a resident does on the public site, in a real browser.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed partial class ResidentTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Resident_searches_filters_and_opens_a_profile(bool javaScript)
    {
        var page = await browser.NewPageAsync(javaScript);

        await page.GotoAsync("/");
        await page.GetByLabel("Waar zoek je hulp bij?").FillAsync("emdr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken", Exact = true }).ClickAsync();
        await Arrival.AtEndAsync(page, "/zoeken?q=emdr");
        var before = await ResultCountAsync(page);

        await page.Locator("summary", new() { HasText = "Gemeente" }).ClickAsync();
        await page.GetByLabel("Hilversum").CheckAsync();
        await page.Locator("summary", new() { HasText = "Soort" }).ClickAsync();
        await page.GetByLabel("Behandelaars").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Filters toepassen" }).ClickAsync();
        await Arrival.AtAsync(page, new Regex("gemeente=hilversum"));
        var after = await ResultCountAsync(page);
        Assert.InRange(after, 1, before - 1);
        var chips = await page.Locator(".active-filters .chip").AllInnerTextsAsync();
        Assert.Contains(chips, c => c.StartsWith("Gemeente: Hilversum", StringComparison.Ordinal));
        Assert.Contains(chips, c => c.StartsWith("Soort: Behandelaars", StringComparison.Ordinal));

        var first = page.Locator(".hits .hit__title a").First;
        var name = await first.InnerTextAsync();
        await first.ClickAsync();
        await Arrival.AtAsync(page, new Regex("/behandelaars/[a-z0-9-]+$"));
        Assert.Equal(name, await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Contact" }).IsVisibleAsync());
        Assert.Contains("Hilversum", await page.Locator("dl.details").InnerTextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Quick_exit_button_leaves_at_once_and_back_does_not_return()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/informatie");

        await page.GetByRole(AriaRole.Link, new() { Name = "Snel weg van deze website" }).ClickAsync();
        await Arrival.AtAsync(page, new Regex("^" + Regex.Escape(BrowserFixture.NeutralSite) + "$"));
        Assert.Equal("Het weer", await page.Locator("h1").InnerTextAsync());

        await page.GoBackAsync();
        Assert.DoesNotContain(browser.BaseUrl.Authority, page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_quick_exit_blanks_the_page_before_the_neutral_site_has_answered()
    {
        var page = await browser.NewPageAsync();
        // Hold the neutral site's answer (a route left pending): what shows in the meantime is what
        // someone walking in would see.
        var held = new TaskCompletionSource<IRoute>();
        await page.RouteAsync(BrowserFixture.NeutralSite + "**", route =>
        {
            held.TrySetResult(route);
            return Task.CompletedTask;
        });
        await page.GotoAsync("/behandelaars/leila-rahimi");

        // Click from script and read the page in the same breath: once the navigation is under way the
        // page can no longer be asked anything. What counts is what the page shows right after the click.
        var after = await page.EvaluateAsync<string[]>("""
            (() => {
              document.querySelector('[data-snel-weg]').click();
              const h1 = document.querySelector('h1');
              return [String(document.body.hidden), document.title, String(h1.getClientRects().length)];
            })()
            """);
        var route = await held.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("true", after[0]);
        Assert.Equal("Nieuw tabblad", after[1]);
        Assert.Equal("0", after[2]); // the title of the page is no longer laid out: nothing to see
        await route.FulfillAsync(BrowserFixture.NeutralPage);
        await Assertions.Expect(page).ToHaveURLAsync(BrowserFixture.NeutralSite);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Printing_leaves_out_the_quick_exit_menu_and_filters_but_keeps_the_content()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/zoeken?q=emdr");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Locator("[data-snel-weg]").IsVisibleAsync());
        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
        Assert.False(await page.Locator(".filters").First.IsVisibleAsync());
        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.True(await page.Locator(".hit").First.IsVisibleAsync());
        // A printout of example data must still say it is an example.
        Assert.True(await page.Locator(".example-notice").IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task After_a_quick_exit_back_into_an_earlier_page_of_the_site_leaves_again()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GotoAsync("/informatie/wat-is-huiselijk-geweld");

        await page.GetByRole(AriaRole.Link, new() { Name = "Snel weg van deze website" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(BrowserFixture.NeutralSite);
        // location.replace took the page itself out of the history; Back reaches the home page, which
        // sees that this tab left and leaves again at once.
        await page.GoBackAsync();

        await Assertions.Expect(page).ToHaveURLAsync(BrowserFixture.NeutralSite);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Opening_the_site_anew_after_an_exit_shows_it_as_usual()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/aanbod");
        await page.GetByRole(AriaRole.Link, new() { Name = "Snel weg van deze website" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(BrowserFixture.NeutralSite);

        await page.GotoAsync("/aanbod");

        Assert.Equal("Aanbod", await page.Locator("h1").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Pressing_shift_three_times_leaves_too()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/aanbod");

        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        Assert.Contains("Shift nog 1 keer", await page.Locator("[data-snel-weg-hint]").InnerTextAsync(), StringComparison.Ordinal);
        await page.Keyboard.PressAsync("Shift");
        await Assertions.Expect(page).ToHaveURLAsync(BrowserFixture.NeutralSite);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Het weer");

        await page.GoBackAsync();
        Assert.DoesNotContain(browser.BaseUrl.Authority, page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Another_key_between_the_shifts_does_not_leave()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/aanbod");

        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("a");
        await page.Keyboard.PressAsync("Shift");
        await page.WaitForTimeoutAsync(300);

        Assert.EndsWith("/aanbod", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Suggestions_appear_while_typing_and_open_by_keyboard()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Waar zoek je hulp bij?" });
        await box.PressSequentiallyAsync("lotgen");
        var option = page.GetByRole(AriaRole.Option, new() { Name = "Lotgenotencontact Aanbod" });
        await Assertions.Expect(option).ToBeVisibleAsync();
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));

        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(await option.GetAttributeAsync("id"), await box.GetAttributeAsync("aria-activedescendant"));
        await page.Keyboard.PressAsync("Enter");

        await Arrival.AtEndAsync(page, "/aanbod/lotgenotencontact");
        Assert.Equal("Lotgenotencontact", await page.Locator("h1").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    private static async Task<int> ResultCountAsync(IPage page)
    {
        var title = await page.Locator("#resultaten").InnerTextAsync();
        var match = CountPattern().Match(title);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex(@"^(\d+) ")]
    private static partial Regex CountPattern();
}
