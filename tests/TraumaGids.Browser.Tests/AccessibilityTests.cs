using Microsoft.Playwright;

namespace TraumaGids.Browser.Tests;

/// <summary>WCAG 2.1 AA with axe-core on every page type, at full width and at 320 px; no traces on public pages.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    /// <summary>Every public page type, in the states that matter (filters on, nothing found, did-you-mean, a referral stop).</summary>
    public static TheoryData<string> PublicPages =>
    [
        "/",
        "/zoeken?q=emdr&soort=behandelaar&gemeente=hilversum",
        "/zoeken?q=qqqzzz&methode=kidnet",
        "/zoeken?q=nachtmeries",
        "/zoeken?q=emdr+15+jaar+bussum",
        "/behandelaars?leeftijd=9&methode=emdr&sorteer=wachttijd&pagina=1",
        "/behandelaars?methode=emdr&gemeente=huizen&taal=ar&leeftijd=15&financiering=jeugdwet",
        "/behandelaars?gemeente=blaricum&methode=emdr&b=anna-de-vries",
        "/lijst?b=anna-de-vries,wim-brouwer,leila-rahimi",
        "/lijst/afdrukken?b=anna-de-vries,wim-brouwer",
        "/behandelaars/leila-rahimi",
        "/behandelaars/hans-vermeulen",
        "/aanbod",
        "/aanbod/emdr",
        "/aanbod-in-de-regio",
        "/aanbod-in-de-regio?leeftijdsgroep=kinderen",
        "/informatie",
        "/informatie/veilig-internetten",
        "/privacy",
        "/toegankelijkheid",
        "/bestaat-niet",
    ];

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_pages_have_no_axe_violations_at_full_width_and_at_320_px(string url)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(url);
        await AxeAssert.NoViolationsAsync(page, url);

        // 640 px is a 1280 px screen at 200 % zoom; 320 px is WCAG's reflow width (400 % zoom).
        foreach (var width in new[] { 640, 320 })
        {
            await page.SetViewportSizeAsync(width, 640);
            await AxeAssert.NoViolationsAsync(page, $"{url} at {width} px");
            // Nothing wider than the screen: no scrolling sideways.
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{url} is {overflow}px wider than {width} px");
            // The quick exit stays on screen and does not hide the page title.
            var exit = (await page.Locator("[data-snel-weg]").BoundingBoxAsync())!;
            var title = (await page.Locator("h1").BoundingBoxAsync())!;
            Assert.True(exit.X >= 0 && exit.X + exit.Width <= width, $"{url}: the exit is off screen at {width} px");
            Assert.True(exit.Y + exit.Height <= title.Y || exit.X + exit.Width <= title.X || title.X + title.Width <= exit.X,
                $"{url}: the exit covers the title at {width} px");
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_first_tab_reaches_the_quick_exit_the_second_the_skip_link_and_focus_is_always_visible()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/behandelaars/leila-rahimi");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Snel weg van deze website", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await AssertFocusVisibleAsync(page);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Naar de inhoud", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        var skip = await page.Locator(".skip-link").BoundingBoxAsync();
        Assert.True(skip is { Width: > 1, Height: > 1 }, "the skip link shows when it has focus");
        await AssertFocusVisibleAsync(page);

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("inhoud", await page.EvaluateAsync<string>("document.activeElement.id"));
        // The next Tab goes on inside the content, past header and menu.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("document.getElementById('inhoud').contains(document.activeElement)"));
        await AssertFocusVisibleAsync(page);
        await page.Context.CloseAsync();
    }

    /// <summary>The focused element looks different from the same element without focus (outline, ring or colours).</summary>
    private static async Task AssertFocusVisibleAsync(IPage page)
    {
        const string Look = "(e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth, s.boxShadow, s.backgroundColor, s.color].join('|'); })";
        var focused = await page.EvaluateAsync<string>($"{Look}(document.activeElement)");
        var tag = await page.EvaluateAsync<string>("document.activeElement.outerHTML.slice(0, 60)");
        var blurred = await page.EvaluateAsync<string>($"(() => {{ const e = document.activeElement; e.blur(); const look = {Look}(e); e.focus({{ focusVisible: true }}); return look; }})()");
        Assert.True(focused != blurred, $"no visible focus on {tag}");
    }

    [Fact]
    public async Task The_screening_form_its_errors_and_its_result_have_no_axe_violations()
    {
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, "triage", "triage-demo");
        await AxeAssert.NoViolationsAsync(page, "screening start page");
        await page.GotoAsync("/screening/cries-13");
        await AxeAssert.NoViolationsAsync(page, "screening form");

        // Errors: nothing filled in.
        await page.GetByRole(AriaRole.Button, new() { Name = "Scoren" }).ClickAsync();
        await page.WaitForSelectorAsync(".error-summary");
        await AxeAssert.NoViolationsAsync(page, "screening form with errors");
        // Each error links to its field.
        var href = await page.Locator(".error-summary a").First.GetAttributeAsync("href");
        Assert.Equal(1, await page.Locator(href!).CountAsync());

        // A complete form: the result.
        await page.Locator("#versie-kind").CheckAsync();
        await page.Locator("#leeftijd").FillAsync("12");
        await page.Locator("#weken").FillAsync("6");
        for (var n = 1; n <= 13; n++)
        {
            await page.Locator($"#v{n}-soms").CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Scoren" }).ClickAsync();
        await page.WaitForSelectorAsync("table.scores");
        await AxeAssert.NoViolationsAsync(page, "screening result");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_forbidden_page_has_no_axe_violations()
    {
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, "collega", "collega-demo", expectScreening: false);

        Assert.Equal("Geen toegang tot de traumascreening", await page.Locator("h1").InnerTextAsync());
        await AxeAssert.NoViolationsAsync(page, "403 page");
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_pages_set_no_cookie_load_nothing_from_other_hosts_weigh_under_64_kb_and_do_not_shift(string url)
    {
        var page = await browser.NewPageAsync();
        // Events arrive on Playwright's own thread, also while the loop below awaits: thread-safe queues, read as snapshots.
        var requests = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var responses = new System.Collections.Concurrent.ConcurrentQueue<IResponse>();
        page.Request += (_, request) => requests.Enqueue(request.Url);
        page.Response += (_, response) => responses.Enqueue(response);

        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.NetworkIdle });
        var bytes = 0L;
        foreach (var response in responses.ToArray().Where(r => r.Request.ResourceType is "document" or "stylesheet" or "script" or "font"))
        {
            bytes += (await response.BodyAsync()).Length;
        }
        var shift = await page.EvaluateAsync<double>("""
            new Promise(resolve => {
              let total = 0;
              new PerformanceObserver(list => { for (const entry of list.getEntries()) { if (!entry.hadRecentInput) total += entry.value; } })
                .observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve(total), 300);
            })
            """);

        Assert.Empty(await page.Context.CookiesAsync());
        Assert.All(requests.ToArray(), r => Assert.StartsWith(browser.BaseUrl.GetLeftPart(UriPartial.Authority), r, StringComparison.Ordinal));
        // 64 kB: a page of ten practitioners with how-to-refer and add-to-list links is some 62 kB (was 60; the
        // lead decides whether to trim the markup instead, see the shortlist branch's report).
        Assert.True(bytes < 64 * 1024, $"{url} weighs {bytes / 1024.0:0.0} kB of HTML, CSS and JS");
        Assert.Equal(0, shift, 3);
        await page.Context.CloseAsync();
    }
}
