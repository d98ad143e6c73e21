using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TraumaGids.Web.Tests;

/// <summary>
/// How the site behaves outside Development when it is deployed wrongly: plain HTTP without a TLS proxy
/// (issue 15, item 3), a forged Host header (item 6), the development identity provider switched on
/// (item 7). Always a clear answer or a refused start, never a 500.
/// </summary>
public sealed class DeploymentTests
{
    private static SiteFactory Production(IDictionary<string, string?>? settings = null, bool kestrel = false)
    {
        var all = new Dictionary<string, string?> { ["ProfessionalSignIn:Authority"] = "" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        return new SiteFactory(environment: "Production", settings: all, kestrel: kestrel);
    }

    private static HttpClient PlainHttp(SiteFactory site) => site.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("http://localhost/"),
        AllowAutoRedirect = false,
    });

    [Fact]
    public async Task In_production_over_plain_http_forms_get_a_dutch_400_page_that_asks_for_https()
    {
        using var site = Production();
        using var client = PlainHttp(site);

        var signOut = await client.GetPageAsync("/uitloggen");
        using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["q"] = "emdr" });
        var post = await client.PostAsync(new Uri("/", UriKind.Relative), body);
        var postHtml = await post.Content.ReadAsStringAsync();
        using var signOutBody = new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" });
        var signOutPost = await client.PostAsync(new Uri("/uitloggen", UriKind.Relative), signOutBody);

        Assert.Equal(HttpStatusCode.BadRequest, signOut.Status);
        Assert.Equal("Alleen via een beveiligde verbinding", signOut.H1);
        Assert.Contains("https://", signOut.Text, StringComparison.Ordinal);
        // The home page takes no posts at all: that is said first.
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.DoesNotContain("Er ging iets mis", postHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, signOutPost.StatusCode);
        Assert.Contains("Alleen via een beveiligde verbinding", await signOutPost.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await site.Log.WaitForAsync("served over HTTPS");
    }

    [Fact]
    public async Task In_production_over_plain_http_reading_pages_and_the_quick_exit_still_work()
    {
        using var site = Production();
        using var client = PlainHttp(site);

        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        var search = await client.GetAsync(new Uri("/zoeken?q=emdr", UriKind.Relative));
        var exit = await client.GetAsync(new Uri("/snel-weg", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, exit.StatusCode);
        Assert.Equal("https://www.buienradar.nl/", exit.Headers.Location!.ToString());
    }

    [Fact]
    public async Task In_production_behind_a_trusted_tls_proxy_forms_work()
    {
        using var site = Production();
        using var client = PlainHttp(site);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/uitloggen");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task A_foreign_host_header_is_refused_and_never_reflected_in_a_redirect(string environment)
    {
        using var site = new SiteFactory(environment: environment, kestrel: true, settings: new Dictionary<string, string?> { ["ProfessionalSignIn:Authority"] = "" });
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site.ServerAddress };

        foreach (var path in new[] { "/screening", "/uitloggen", "/", "/snel-weg" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = "evil.example";
            var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.DoesNotContain("evil.example", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("")]
    public void Outside_development_any_host_is_refused_at_start_up(string allowedHosts)
    {
        using var site = Production(new Dictionary<string, string?> { ["AllowedHosts"] = allowedHosts });

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("AllowedHosts", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Test")]
    [InlineData("Production")]
    public void The_development_identity_provider_refuses_to_start_outside_development(string environment)
    {
        using var site = new SiteFactory(environment: environment, settings: new Dictionary<string, string?>
        {
            ["DevelopmentIdentityProvider:Enabled"] = "true",
            ["ProfessionalSignIn:ClientId"] = "traumagids",
            ["ProfessionalSignIn:ClientSecret"] = "secret",
        });

        var error = Assert.Throws<InvalidOperationException>(() => site.CreateClient());

        Assert.Contains("only in Development", error.Message, StringComparison.Ordinal);
    }
}
