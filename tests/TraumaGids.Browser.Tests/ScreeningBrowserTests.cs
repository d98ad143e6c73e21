using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TraumaGids.Browser.Tests;

/// <summary>A triage worker signs in through the development provider and enters a screening by keyboard alone.</summary>
[Collection(BrowserCollectionDefinition.Name)]
public sealed class ScreeningBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_triage_worker_signs_in_and_enters_a_whole_screening_by_keyboard()
    {
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, "triage", "triage-demo");
        Assert.Contains("Sam Triage", await page.Locator(".signed-in").InnerTextAsync(), StringComparison.Ordinal);

        // From the first field on, keyboard only.
        await page.Locator("#versie-kind").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("11");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Huizen");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("6");
        // Past "nog gaande" and the three signals, to question 1.
        for (var i = 0; i < 5; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Equal("v1-helemaal-niet", await page.EvaluateAsync<string>("document.activeElement.id"));

        // The paper form, as points per question: 5 3 1 0 5 5 3 1 5 3 0 1 3 = 35.
        foreach (var points in "5310553153013")
        {
            await page.Keyboard.PressAsync(points.ToString());
        }
        Assert.Equal("Scoren", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForSelectorAsync("table.scores");
        var total = page.Locator("table.scores tr", new() { HasText = "CRIES-13-totaalscore" }).Locator("td").First;
        Assert.Equal("35", await total.InnerTextAsync());
        Assert.Contains("afkappunt bereikt", await page.Locator(".cutoffs").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("verwijzen", await page.Locator("h3", new() { HasText = "Advies" }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator(".suggestion").CountAsync() > 0);
        Assert.Equal("uitslag", await page.EvaluateAsync<string>("document.activeElement.id"));
        // The answers are in the page, never in the address.
        Assert.EndsWith("/screening", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Quick_exit_on_the_screening_ends_the_session_before_leaving()
    {
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, "triage", "triage-demo");
        Assert.Equal("/snel-weg", await page.Locator("[data-snel-weg]").GetAttributeAsync("href"));

        await page.Locator("[data-snel-weg]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(BrowserFixture.NeutralSite);

        // The session is over: the screening asks to sign in again (the provider still knows the
        // worker, so the new session starts from its login, not silently from the old cookie).
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "__Host-TraumaGids");
        await page.Context.CloseAsync();
    }
}
