using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace TraumaGids.Web.Tests;

/// <summary>A fetched page: the response and its parsed HTML.</summary>
internal sealed record Page(HttpResponseMessage Response, IHtmlDocument Document, string Html)
{
    public HttpStatusCode Status => Response.StatusCode;

    public string Text => Document.Body?.TextContent ?? "";

    public string H1 => Document.QuerySelector("h1")?.TextContent.Trim() ?? "";
}

internal static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<Page> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response, Parser.ParseDocument(html), html);
    }

    /// <summary>Collapses runs of whitespace, so assertions need not care about Razor's line breaks.</summary>
    public static string Squash(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
