using System.Net;
using AngleSharp.Html.Parser;

namespace TraumaGids.Web.Tests;

/// <summary>
/// Sign-out ends the session on the server: a copy of the session cookie taken before is refused
/// afterwards, by the page and by the screening POST (issue 15, item 4; ASVS 5.0 V7).
/// </summary>
public sealed class SignOutTests : IDisposable
{
    private readonly SiteFactory _site = new();

    public void Dispose() => _site.Dispose();

    private async Task<(HttpClient Client, string Cookies, string Token)> SignedInAsync()
    {
        var (client, landing, cookies) = await _site.SignedInStepByStepAsync(SignIn.WithRole, SignIn.WithRolePassword);
        var token = new HtmlParser().ParseDocument(await landing.Content.ReadAsStringAsync())
            .QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        return (client, SignIn.CookieHeader(cookies), token);
    }

    [Fact]
    public async Task A_copied_session_cookie_is_refused_after_sign_out()
    {
        var (client, copied, token) = await SignedInAsync();
        using var other = SignIn.Bare(_site);
        Assert.Equal(HttpStatusCode.OK, (await SignIn.SendWithCookiesAsync(other, HttpMethod.Get, "/screening", copied)).StatusCode);

        await SignIn.SignOutAsync(client);
        var page = await SignIn.SendWithCookiesAsync(other, HttpMethod.Get, "/screening", copied);
        var scored = await SignIn.SendWithCookiesAsync(other, HttpMethod.Post, "/screening/cries-13", copied, SignIn.ScreeningAnswers(token));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, scored.StatusCode);
        Assert.DoesNotContain("CRIES-13-totaalscore", await scored.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await _site.Log.WaitForAsync("Professional signed out");
    }

    [Fact]
    public async Task A_copied_session_cookie_is_refused_after_the_quick_exit()
    {
        var (client, copied, _) = await SignedInAsync();
        using var other = SignIn.Bare(_site);

        var exit = await client.GetAsync(new Uri("/snel-weg", UriKind.Relative));
        var page = await SignIn.SendWithCookiesAsync(other, HttpMethod.Get, "/screening", copied);

        Assert.Equal(HttpStatusCode.Redirect, exit.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task Signing_out_one_session_leaves_another_session_of_the_same_account_alone()
    {
        var (first, _, _) = await SignedInAsync();
        var (_, second, _) = await SignedInAsync();
        using var other = SignIn.Bare(_site);

        await SignIn.SignOutAsync(first);

        Assert.Equal(HttpStatusCode.OK, (await SignIn.SendWithCookiesAsync(other, HttpMethod.Get, "/screening", second)).StatusCode);
    }
}
