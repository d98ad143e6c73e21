using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TraumaGids.Browser.Tests;

internal static class SignIn
{
    /// <summary>Signs in for real: the site's OpenID Connect handler and the in-process OpenIddict provider.</summary>
    public static async Task AsAsync(IPage page, string user, string password, bool expectScreening = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/screening");
        await Arrival.AtAsync(page, new Regex("/dev-idp/inloggen"));
        await page.GetByLabel("Gebruikersnaam").FillAsync(user);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.Keyboard.PressAsync("Enter");
        await Arrival.AtAsync(page, new Regex(expectScreening ? "/screening$" : "/geen-toegang"));
    }
}
