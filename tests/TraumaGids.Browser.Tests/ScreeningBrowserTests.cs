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

        // From the start page on, keyboard only: the age opens the instrument that fits it.
        await page.Locator("#leeftijd").FocusAsync();
        await page.Keyboard.TypeAsync("11");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("form[data-screening]");
        Assert.Equal("Traumascreening: CRIES-13 (8 tot en met 18 jaar)", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("11", await page.Locator("#leeftijd").InputValueAsync());
        await page.Locator("#versie-kind").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
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
        Assert.EndsWith("/screening/cries-13", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The start page opens the instrument for the age entered, and the page scores it: the CATS for 3 to 6
    /// (caregiver, 16 symptom questions 0-3 and 5 no/yes questions outside the total) and the PCL-5 for adults,
    /// each exactly at its cut-off, with no instrument-specific code in the site.
    /// </summary>
    [Theory]
    [InlineData("5", "cats-3-6", "CATS (3 tot en met 6 jaar)", "CATS-totaalscore (3-6 jaar)", "16", "af-en-toe", 16, "bijna-altijd", 0)]
    [InlineData("7", "cats-7-17", "CATS (7 tot en met 17 jaar)", "CATS-totaalscore", "21", "af-en-toe", 20, "helft-van-de-tijd", 1)]
    [InlineData("30", "pcl-5", "PCL-5 (vanaf 18 jaar)", "PCL-5-totaalscore", "31", "een-beetje", 20, "matig", 11)]
    public async Task The_start_page_opens_the_instrument_for_the_age_and_the_page_scores_it(
        string age, string id, string heading, string totalName, string total, string answer, int items, string higher, int higherItems)
    {
        var page = await browser.NewPageAsync();
        await SignIn.AsAsync(page, "triage", "triage-demo");

        await page.Locator("#leeftijd").FillAsync(age);
        await page.GetByRole(AriaRole.Button, new() { Name = "Vragenlijst kiezen" }).ClickAsync();
        await page.WaitForSelectorAsync("form[data-screening]");
        Assert.Equal($"Traumascreening: {heading}", await page.Locator("h1").InnerTextAsync());
        Assert.EndsWith($"/screening/{id}", await page.Locator("form[data-screening]").GetAttributeAsync("action"), StringComparison.Ordinal);
        Assert.Equal(age, await page.Locator("#leeftijd").InputValueAsync());

        await page.Locator("input[name='versie']").First.CheckAsync();
        await page.Locator("#weken").FillAsync("8");
        for (var n = 1; n <= items; n++)
        {
            await page.Locator($"#v{n}-{(n <= higherItems ? higher : answer)}").CheckAsync();
        }
        // The functioning questions (no/yes) of the CATS: two "ja", not part of the total.
        for (var n = items + 1; await page.Locator($"#v{n}-nee").CountAsync() > 0; n++)
        {
            await page.Locator($"#v{n}-{(n <= items + 2 ? "ja" : "nee")}").CheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Scoren" }).ClickAsync();

        await page.WaitForSelectorAsync("table.scores");
        var totalCell = page.Locator("table.scores tr", new() { HasText = totalName }).Last.Locator("td").First;
        Assert.Equal(total, await totalCell.InnerTextAsync());
        Assert.Contains($"{totalName}: {total}, afkappunt {total}: afkappunt bereikt", await page.Locator(".cutoffs").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("verwijzen voor diagnostiek", await page.Locator("h3", new() { HasText = "Advies" }).InnerTextAsync(), StringComparison.Ordinal);
        if (id.StartsWith("cats", StringComparison.Ordinal))
        {
            Assert.Equal("2", await page.Locator("table.scores tr", new() { HasText = "Functioneren" }).Locator("td").First.InnerTextAsync());
        }
        Assert.EndsWith($"/screening/{id}", page.Url, StringComparison.Ordinal);
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
