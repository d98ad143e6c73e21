using System.Net;
using AngleSharp.Html.Parser;

namespace TraumaGids.Web.Tests;

/// <summary>Two replicas sharing a data-protection key directory accept each other's sign-in cookie and antiforgery token.</summary>
public sealed class ScaleOutTests : IDisposable
{
    private readonly string _keys = Path.Combine(Path.GetTempPath(), "traumagids-keys-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_keys))
        {
            Directory.Delete(_keys, recursive: true);
        }
    }

    private static SiteFactory Replica(string keys) => new(settings: new Dictionary<string, string?> { ["DataProtection:KeysPath"] = keys });

    private static string CookieHeader(IEnumerable<string> setCookies) => SignIn.CookieHeader(setCookies);

    private static HttpClient Bare(SiteFactory replica) => SignIn.Bare(replica);

    [Fact]
    public async Task A_session_and_a_form_token_from_one_replica_work_on_the_other()
    {
        using var first = Replica(_keys);
        using var second = Replica(_keys);
        var (_, landing, cookies) = await first.SignedInStepByStepAsync(SignIn.WithRole, SignIn.WithRolePassword);
        var form = new HtmlParser().ParseDocument(await landing.Content.ReadAsStringAsync());
        var token = form.QuerySelector("form[data-choose] input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var header = CookieHeader(cookies);
        using var client = Bare(second);

        using var page = new HttpRequestMessage(HttpMethod.Get, "/screening");
        page.Headers.Add("Cookie", header);
        var shown = await client.SendAsync(page);

        var values = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["versie"] = "kind", ["leeftijd"] = "10", ["gemeente"] = "huizen", ["weken"] = "6" };
        for (var n = 1; n <= 13; n++)
        {
            values[$"v{n}"] = "soms";
        }
        using var post = new HttpRequestMessage(HttpMethod.Post, "/screening/cries-13") { Content = new FormUrlEncodedContent(values) };
        post.Headers.Add("Cookie", header);
        var scored = await client.SendAsync(post);
        var html = await scored.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, scored.StatusCode);
        Assert.Contains("CRIES-13-totaalscore", html, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(_keys, "key-*.xml"));
    }

    [Fact]
    public async Task A_session_signed_out_on_one_replica_is_refused_on_the_other()
    {
        using var first = Replica(_keys);
        using var second = Replica(_keys);
        var (client, landing, cookies) = await first.SignedInStepByStepAsync(SignIn.WithRole, SignIn.WithRolePassword);
        var token = new HtmlParser().ParseDocument(await landing.Content.ReadAsStringAsync())
            .QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var copied = CookieHeader(cookies);
        using var other = Bare(second);
        Assert.Equal(HttpStatusCode.OK, (await SignIn.SendWithCookiesAsync(other, HttpMethod.Get, "/screening", copied)).StatusCode);

        var signedOut = await SignIn.SignOutAsync(client);
        var page = await SignIn.SendWithCookiesAsync(other, HttpMethod.Get, "/screening", copied);
        var scored = await SignIn.SendWithCookiesAsync(other, HttpMethod.Post, "/screening/cries-13", copied, SignIn.ScreeningAnswers(token));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/dev-idp/connect/authorize", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, scored.StatusCode);
        Assert.DoesNotContain("CRIES-13-totaalscore", await scored.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replica_with_other_keys_does_not_accept_the_session()
    {
        using var first = Replica(_keys);
        using var stranger = Replica(_keys + "-other");
        var (_, _, cookies) = await first.SignedInStepByStepAsync(SignIn.WithRole, SignIn.WithRolePassword);
        using var client = Bare(stranger);

        using var page = new HttpRequestMessage(HttpMethod.Get, "/screening");
        page.Headers.Add("Cookie", CookieHeader(cookies));
        var response = await client.SendAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/dev-idp/connect/authorize", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Directory.Delete(_keys + "-other", recursive: true);
    }
}
