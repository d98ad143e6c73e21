using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TraumaGids.Web.Tests;

/// <summary>Signs in for real: through the site's OpenID Connect handler and the development identity provider.</summary>
internal static class SignIn
{
    public const string WithRole = "triage";
    public const string WithRolePassword = "triage-demo";
    public const string WithoutRole = "collega";
    public const string WithoutRolePassword = "collega-demo";

    public static HttpClient Browser(this SiteFactory factory, bool followRedirects = true) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = factory.BaseAddress,
            AllowAutoRedirect = followRedirects,
            HandleCookies = true,
        });

    public const string Practitioner = "behandelaar";
    public const string PractitionerPassword = "behandelaar-demo";
    public const string Editor = "redacteur";
    public const string EditorPassword = "redacteur-demo";

    /// <summary>Opens a protected page (/screening), is sent to the provider's login page, logs in and follows the flow back.</summary>
    public static async Task<(HttpClient Client, Page Landing)> SignedInAsync(this SiteFactory factory, string user, string password, string start = "/screening")
    {
        var client = factory.Browser();
        var login = await client.GetPageAsync(start);
        Assert.Equal("/dev-idp/inloggen", login.Response.RequestMessage!.RequestUri!.AbsolutePath);
        var landing = await SubmitAsync(client, login, new Dictionary<string, string> { ["gebruikersnaam"] = user, ["wachtwoord"] = password });
        return (client, landing);
    }

    /// <summary>
    /// Signs in with a client that does not follow redirects, following them by hand, so the caller can
    /// later see a 302 (session over) where a signed-in client gets a 200. Returns every Set-Cookie seen.
    /// </summary>
    public static async Task<(HttpClient Client, HttpResponseMessage Landing, List<string> Cookies)> SignedInStepByStepAsync(
        this SiteFactory factory, string user, string password)
    {
        var client = factory.Browser(followRedirects: false);
        var cookies = new List<string>();
        var next = new Uri("/screening", UriKind.Relative);
        for (var step = 0; ; step++)
        {
            Assert.True(step < 12, "sign-in flow did not end");
            var response = await client.GetAsync(next);
            cookies.AddRange(response.Headers.TryGetValues("Set-Cookie", out var set) ? set : []);
            if (response.StatusCode == System.Net.HttpStatusCode.Redirect)
            {
                next = response.Headers.Location!;
                continue;
            }
            if (response.RequestMessage!.RequestUri!.AbsolutePath != "/dev-idp/inloggen")
            {
                return (client, response, cookies);
            }
            var html = await response.Content.ReadAsStringAsync();
            var page = new Page(response, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
            var posted = await SubmitAsync(client, page, new Dictionary<string, string> { ["gebruikersnaam"] = user, ["wachtwoord"] = password });
            cookies.AddRange(posted.Response.Headers.TryGetValues("Set-Cookie", out var s) ? s : []);
            next = posted.Response.Headers.Location!;
        }
    }

    /// <summary>The latest value of each cookie set during the flow, as a Cookie header.</summary>
    public static string CookieHeader(IEnumerable<string> setCookies) => string.Join("; ", setCookies
        .Select(c => c.Split(';')[0])
        .GroupBy(c => c[..c.IndexOf('=', StringComparison.Ordinal)])
        .Select(g => g.Last())
        .Where(c => !c.EndsWith('=')));

    /// <summary>A client without a cookie jar: it sends only the cookies a test gives it (a copied session).</summary>
    public static HttpClient Bare(SiteFactory site) => site.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = SiteFactory.TestServerAddress,
        AllowAutoRedirect = false,
        HandleCookies = false,
    });

    public static async Task<HttpResponseMessage> SendWithCookiesAsync(
        HttpClient client, HttpMethod method, string url, string cookies, IReadOnlyDictionary<string, string>? form = null)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Add("Cookie", cookies);
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }
        return await client.SendAsync(request);
    }

    /// <summary>A complete CRIES-13 screening form with the given antiforgery token.</summary>
    public static Dictionary<string, string> ScreeningAnswers(string token)
    {
        var values = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["versie"] = "kind", ["leeftijd"] = "10", ["gemeente"] = "huizen", ["weken"] = "6" };
        for (var n = 1; n <= 13; n++)
        {
            values[$"v{n}"] = "soms";
        }
        return values;
    }

    /// <summary>Presses "Uitloggen" on /uitloggen (antiforgery included) and returns the response, not followed.</summary>
    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/uitloggen", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var page = new Page(response, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
        var form = (IHtmlFormElement)page.Document.QuerySelector("main form[action='/uitloggen']")!;
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri("/uitloggen", UriKind.Relative), content);
    }

    /// <summary>Submits the page's form with its hidden fields (antiforgery token included) and the given values.</summary>
    public static async Task<Page> SubmitAsync(HttpClient client, Page page, IEnumerable<KeyValuePair<string, string>> values, string formSelector = "form")
    {
        var form = (IHtmlFormElement)page.Document.QuerySelector(formSelector)!;
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(values)
            .ToList();
        var action = new Uri(page.Response.RequestMessage!.RequestUri!, form.GetAttribute("action") ?? "");
        using var content = new FormUrlEncodedContent(fields);
        var response = await client.PostAsync(action, content);
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
    }
}
