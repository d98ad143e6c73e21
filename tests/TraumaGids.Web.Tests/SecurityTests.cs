using System.Net;
using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;

namespace TraumaGids.Web.Tests;

/// <summary>Security headers on every page type, HSTS over (forwarded) HTTPS, rate limits and size limits.</summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed partial class SecurityTests(SiteFixture site)
{
    public static TheoryData<string> PageTypes =>
    [
        "/", "/zoeken?q=emdr&gemeente=hilversum", "/behandelaars?leeftijd=9", "/behandelaars/anna-de-vries", "/aanbod", "/aanbod/emdr",
        "/informatie", "/informatie/wat-is-trauma", "/privacy", "/toegankelijkheid", "/bestaat-niet", "/health", "/zoeken/suggesties?q=emd",
        "/screening", "/geen-toegang", "/dev-idp/inloggen", "/.well-known/openid-configuration", "/bijwerken", "/bijwerken/anna-de-vries", "/beheer",
    ];

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var response = await site.Client.GetAsync(new Uri(url, UriKind.Relative));

        var csp = Header(response, "Content-Security-Policy");
        foreach (var directive in new[] { "default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'", "style-src 'self'" })
        {
            Assert.Contains(directive, csp, StringComparison.Ordinal);
        }
        Assert.Matches(NoncePattern(), csp);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        // No other host may serve anything; only sign-out may continue at the identity provider (form-action).
        Assert.All(csp.Split(';').Where(d => !d.Trim().StartsWith("form-action", StringComparison.Ordinal)),
            d => Assert.DoesNotContain("http", d, StringComparison.Ordinal));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("geolocation=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Resource-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        // The site's own test address is https: the HSTS header belongs to every response there.
        Assert.Equal("max-age=31536000; includeSubDomains", Header(response, "Strict-Transport-Security"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task The_script_carries_the_nonce_of_its_own_response_and_nonces_differ()
    {
        var first = await site.Client.GetPageAsync("/");
        var second = await site.Client.GetPageAsync("/");

        var nonce = NoncePattern().Match(Header(first.Response, "Content-Security-Policy")).Groups[1].Value;
        Assert.Equal(nonce, first.Document.QuerySelector("script[src]")!.GetAttribute("nonce"));
        Assert.NotEqual(nonce, NoncePattern().Match(Header(second.Response, "Content-Security-Policy")).Groups[1].Value);
        Assert.Empty(first.Document.QuerySelectorAll("script:not([src]), [style]"));
    }

    [Fact]
    public async Task Plain_http_gets_no_hsts_but_a_request_forwarded_as_https_by_a_trusted_proxy_does()
    {
        using var kestrel = new SiteFactory(kestrel: true);
        using var client = new HttpClient { BaseAddress = kestrel.ServerAddress };

        var plain = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var forwarded = new HttpRequestMessage(HttpMethod.Get, "/");
        forwarded.Headers.Add("X-Forwarded-Proto", "https");
        var viaProxy = await client.SendAsync(forwarded);

        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal("max-age=31536000; includeSubDomains", Header(viaProxy, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Too_many_searches_from_one_client_get_a_dutch_429_page_while_other_pages_work()
    {
        using var limited = new SiteFactory(settings: new Dictionary<string, string?>
        {
            ["RateLimits:Enabled"] = "true",
            ["RateLimits:SearchPerMinute"] = "3",
        });
        using var client = limited.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/zoeken?q=emdr{i}", UriKind.Relative))).StatusCode);
        }
        var refused = await client.GetPageAsync("/behandelaars");
        var other = await client.GetAsync(new Uri("/informatie", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("Even rustig aan", refused.H1);
        AssertRetryAfter(refused.Response);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Too_many_suggestions_get_429_with_retry_after()
    {
        using var limited = new SiteFactory(settings: new Dictionary<string, string?>
        {
            ["RateLimits:Enabled"] = "true",
            ["RateLimits:SuggestionsPerMinute"] = "2",
        });
        using var client = limited.CreateClient();

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/zoeken/suggesties?q=emd{i}", UriKind.Relative))).StatusCode);
        }
        var refused = await client.GetAsync(new Uri("/zoeken/suggesties?q=emdr", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        AssertRetryAfter(refused);
    }

    /// <summary>429 says when to try again: whole seconds, at most the one-minute window.</summary>
    private static void AssertRetryAfter(HttpResponseMessage response)
    {
        var seconds = response.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.NotNull(seconds);
        Assert.InRange(seconds.Value, 1, 60);
    }

    [Fact]
    public async Task Too_many_screenings_from_one_account_get_the_dutch_429_page_and_nothing_of_the_answers()
    {
        using var limited = new SiteFactory(settings: new Dictionary<string, string?>
        {
            ["RateLimits:Enabled"] = "true",
            ["RateLimits:ScreeningPerMinute"] = "3",
        });
        var (client, form) = await limited.SignedInAsync(SignIn.WithRole, SignIn.WithRolePassword);
        var answers = new Dictionary<string, string> { ["versie"] = "kind", ["leeftijd"] = "11", ["weken"] = "5" };
        for (var n = 1; n <= 13; n++)
        {
            answers[$"v{n}"] = "soms";
        }

        // Opening the start page and the form took two of the three; one scoring fits, the next is refused.
        form = await client.GetPageAsync("/screening/cries-13");
        Assert.Equal(HttpStatusCode.OK, (await SignIn.SubmitAsync(client, form, answers, "form[data-screening]")).Status);
        var refused = await SignIn.SubmitAsync(client, form, answers, "form[data-screening]");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("Even rustig aan", refused.H1);
        AssertRetryAfter(refused.Response);
        Assert.DoesNotContain("soms", refused.Html, StringComparison.OrdinalIgnoreCase);
        // Other pages still work for this professional.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/informatie", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_request_body_over_the_limit_is_refused_with_a_dutch_page_not_an_error()
    {
        using var kestrel = new SiteFactory(kestrel: true);
        using var client = new HttpClient { BaseAddress = kestrel.ServerAddress };
        using var body = new StringContent("x=" + new string('a', 100_000), System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await client.PostAsync(new Uri("/uitloggen", UriKind.Relative), body);
        var limits = kestrel.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>>().Value.Limits;

        Assert.Equal(64 * 1024, limits.MaxRequestBodySize);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Dit verzoek is te groot", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(250, 1)]
    [InlineData(1, 100_000)]
    [InlineData(1, 5_000)]
    public async Task A_form_with_too_many_or_too_long_fields_gets_the_dutch_413_page(int fields, int length)
    {
        var values = Enumerable.Range(0, fields).Select(i => new KeyValuePair<string, string>($"v{i}", new string('a', length)));
        using var body = new FormUrlEncodedContent(values);

        var response = await site.Client.PostAsync(new Uri("/uitloggen", UriKind.Relative), body);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Dit verzoek is te groot", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_screening_with_too_many_fields_gets_413_and_shows_the_answers_again_unscored()
    {
        using var own = new SiteFactory();
        var (client, _) = await own.SignedInAsync(SignIn.WithRole, SignIn.WithRolePassword);
        var form = await client.GetPageAsync("/screening/cries-13");
        var answers = new Dictionary<string, string> { ["versie"] = "kind", ["leeftijd"] = "10", ["weken"] = "6" };
        for (var n = 1; n <= 13; n++)
        {
            answers[$"v{n}"] = n % 2 == 0 ? "vaak" : "soms";
        }
        var values = answers.Concat(Enumerable.Range(0, 250).Select(i => new KeyValuePair<string, string>($"x{i}", "rommel")));

        var kept = await SignIn.SubmitAsync(client, form, values, "form[data-screening]");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, kept.Status);
        Assert.Contains("Dit formulier was te groot om te versturen", kept.Html, StringComparison.Ordinal);
        // What the worker entered is there again, checked; nothing is scored and the extra fields are gone.
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)kept.Document.QuerySelector("#v2-vaak")!).IsChecked);
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)kept.Document.QuerySelector("#v13-soms")!).IsChecked);
        Assert.Equal("10", ((AngleSharp.Html.Dom.IHtmlInputElement)kept.Document.QuerySelector("#leeftijd")!).Value);
        Assert.DoesNotContain("CRIES-13-totaalscore", kept.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("rommel", kept.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_screening_over_the_byte_limit_gets_the_413_page_and_none_of_the_answers()
    {
        using var own = new SiteFactory();
        var (client, _) = await own.SignedInAsync(SignIn.WithRole, SignIn.WithRolePassword);
        var form = await client.GetPageAsync("/screening/cries-13");
        var values = new Dictionary<string, string> { ["v1"] = "soms", ["x"] = new string('a', 100_000) };

        var refused = await SignIn.SubmitAsync(client, form, values, "form[data-screening]");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.Status);
        Assert.Equal("Dit verzoek is te groot", refused.H1);
        Assert.DoesNotContain("soms", refused.Html, StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content)
        : throw new Xunit.Sdk.XunitException($"{name} missing on {response.RequestMessage?.RequestUri}");

    [GeneratedRegex("script-src 'self' 'nonce-([A-Za-z0-9+/=]{20,})'")]
    private static partial Regex NoncePattern();
}
