using System.Net;

namespace TraumaGids.Web.Tests;

/// <summary>
/// A method a page has no handler for gets 405 with an <c>Allow</c> header, never a page rendered
/// without its model (issue 15, item 2); the error pages answer 404 unless the error handler sent the
/// visitor there (item 13).
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class MethodTests(SiteFixture site)
{
    public static TheoryData<string> Pages =>
    [
        "/", "/zoeken", "/zoeken?q=emdr", "/behandelaars", "/behandelaars/anna-de-vries", "/behandelaars/bestaat-niet", "/aanbod", "/aanbod/emdr",
        "/informatie", "/informatie/wat-is-trauma", "/informatie/bestaat-niet", "/privacy", "/toegankelijkheid", "/zoeken/suggesties?q=emd",
        "/screening", "/geen-toegang", "/inloggen", "/uitgelogd", "/uitloggen", "/snel-weg", "/health", "/bestaat-niet",
        "/bijwerken", "/bijwerken/anna-de-vries", "/beheer",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Trace_gets_405_with_the_allowed_methods(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Trace, url);

        var response = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", string.Join(',', response.Content.Headers.Allow), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUT", "/zoeken")]
    [InlineData("DELETE", "/behandelaars/anna-de-vries")]
    [InlineData("PATCH", "/aanbod/emdr")]
    [InlineData("OPTIONS", "/informatie/wat-is-trauma")]
    [InlineData("PROPFIND", "/")]
    [InlineData("POST", "/zoeken")]
    [InlineData("POST", "/behandelaars")]
    public async Task Methods_without_a_handler_get_405_with_a_dutch_page(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);

        var response = await site.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("Dit lukt niet", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_handler_name_the_page_does_not_have_gets_404()
    {
        var response = await site.Client.GetAsync(new Uri("/zoeken?q=emdr&handler=bestaat-niet", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/fout/500")]
    [InlineData("/fout/599")]
    [InlineData("/fout/429")]
    [InlineData("/fout/400")]
    [InlineData("/fout/404")]
    public async Task An_error_page_visited_directly_is_not_found(string url)
    {
        var page = await site.Client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Deze pagina bestaat niet", page.H1);
    }
}
