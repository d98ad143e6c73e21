using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TraumaGids.Browser.Tests;

/// <summary>A referrer's shortlist in a real browser: made with links, shared by address, compared at 320 px, printed for the client.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed partial class ShortlistBrowserTests(BrowserFixture browser)
{
    private static Task<IReadOnlyList<string>> NamesAsync(IPage page) =>
        page.Locator("table.compare__table thead th").AllInnerTextsAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_list_made_with_links_and_shared_by_address_shows_the_same_in_a_fresh_browser(bool javaScript)
    {
        var page = await browser.NewPageAsync(javaScript);
        await page.GotoAsync("/behandelaars?methode=emdr");
        var hits = page.Locator("ol.hits > li.hit");
        var first = await hits.Nth(0).Locator(".hit__title a").InnerTextAsync();
        var second = await hits.Nth(1).Locator(".hit__title a").InnerTextAsync();

        // Each step waits for what the next page shows and for its address, not for the page's load event: under
        // a heavy load Playwright sometimes missed that event after these links (the test then timed out in CI).
        await hits.Nth(0).GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^Zet op mijn lijst\\W+{Regex.Escape(first)}$") }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"[?&]b="));
        await Assertions.Expect(hits.Nth(0).GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^Haal van mijn lijst\\W+{Regex.Escape(first)}$") })).ToBeVisibleAsync();
        await hits.Nth(1).GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^Zet op mijn lijst\\W+{Regex.Escape(second)}$") }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"[?&]b=[a-z0-9-]+,[a-z0-9-]+"));
        await Assertions.Expect(hits.Nth(1).GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^Haal van mijn lijst\\W+{Regex.Escape(second)}$") })).ToBeVisibleAsync();
        await page.Locator(".shortlist-bar a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/lijst\?b="));
        await Assertions.Expect(page.Locator("#deel-link")).ToBeVisibleAsync();
        Assert.Equal([first, second], await NamesAsync(page));
        var shared = await page.Locator("#deel-link").InputValueAsync();
        Assert.Equal(page.Url, shared);
        Assert.Empty(await page.Context.CookiesAsync());

        // Someone else opens the address: a new context has no cookies, no storage, no history.
        var other = await browser.NewPageAsync(javaScript);
        await other.GotoAsync(shared);
        Assert.Equal([first, second], await NamesAsync(other));
        Assert.Empty(await other.Context.CookiesAsync());
        Assert.Equal(0, await other.EvaluateAsync<int>("localStorage.length + sessionStorage.length"));
        await page.Context.CloseAsync();
        await other.Context.CloseAsync();
    }

    [Fact]
    public async Task The_compare_view_at_320_px_stacks_keeps_its_table_and_passes_axe()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(320, 640);
        await page.GotoAsync("/lijst?b=anna-de-vries,wim-brouwer,leila-rahimi");

        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, "wider than 320 px");
        // Stacked: the cells of one row are below each other, each with the practitioner's name shown.
        var cells = page.Locator("table.compare__table tbody tr").First.Locator("td");
        var a = (await cells.Nth(0).BoundingBoxAsync())!;
        var b = (await cells.Nth(1).BoundingBoxAsync())!;
        Assert.True(b.Y >= a.Y + a.Height - 1, "the second practitioner's cell is not below the first");
        Assert.Equal("\"Drs. Anna de Vries\"", await cells.Nth(0).EvaluateAsync<string>("e => getComputedStyle(e, '::before').content"));
        // Still a table for a screen reader, with its headers.
        Assert.Equal(1, await page.GetByRole(AriaRole.Table).CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Rowheader, new() { Name = "Wachttijd" }).CountAsync());
        Assert.Equal(3, await page.GetByRole(AriaRole.Columnheader).CountAsync());
        await AxeAssert.NoViolationsAsync(page, "compare view at 320 px");

        await page.SetViewportSizeAsync(1280, 800);
        var wide = page.Locator("table.compare__table tbody tr").First.Locator("td");
        Assert.Equal((await wide.Nth(0).BoundingBoxAsync())!.Y, (await wide.Nth(1).BoundingBoxAsync())!.Y, 1);
        await AxeAssert.NoViolationsAsync(page, "compare view at 1280 px");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_print_view_prints_contacts_how_to_refer_and_urgent_help_and_nothing_about_the_client()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/lijst/afdrukken?b=anna-de-vries,wim-brouwer&q=mijn+zoon+van+negen");
        await AxeAssert.NoViolationsAsync(page, "print view");
        Assert.True(await page.Locator("button[data-print]").IsVisibleAsync());

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Locator("[data-snel-weg]").IsVisibleAsync());
        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
        Assert.False(await page.Locator("button[data-print]").IsVisibleAsync());
        var urgent = page.Locator(".handout__urgent");
        Assert.True(await urgent.IsVisibleAsync());
        var urgentText = await urgent.InnerTextAsync();
        Assert.Contains("112", urgentText, StringComparison.Ordinal);
        Assert.Contains("0800-2000", urgentText, StringComparison.Ordinal);
        var sheet = await page.Locator("article.handout").InnerTextAsync();
        Assert.Contains("Drs. Anna de Vries", sheet, StringComparison.Ordinal);
        Assert.Contains("035 012 3456", sheet, StringComparison.Ordinal); // contact
        Assert.Contains("035 012 3450", sheet, StringComparison.Ordinal); // intake
        Assert.Contains("Verwijsbrief van de huisarts", sheet, StringComparison.Ordinal);
        var all = await page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain("zoon", all, StringComparison.Ordinal);
        Assert.DoesNotContain("negen", all, StringComparison.Ordinal);
        Assert.Empty(await page.Context.CookiesAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Copy_as_text_puts_the_list_on_the_clipboard()
    {
        var page = await browser.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = browser.BaseUrl.GetLeftPart(UriPartial.Authority) });
        await page.GotoAsync("/lijst?b=anna-de-vries");

        await page.GetByRole(AriaRole.Button, new() { Name = "Kopieer tekst" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-copy-status]")).ToHaveTextAsync("Gekopieerd.");
        var copied = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.Equal(await page.Locator("#lijst-tekst").InputValueAsync(), copied);
        Assert.Contains("0800-2000", copied, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
