using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Sitemap;

/// <summary>
/// <c>/sitemap.xml</c> with the public pages (<see cref="SitemapEntry"/>) and <c>/robots.txt</c>. While the
/// site shows example data (<c>Site:ExampleDataNotice</c>) robots.txt keeps every search engine out, as the
/// pages' own <c>noindex</c> does; otherwise it lets them in and names the sitemap. Absolute addresses are
/// made on the host the request came in on, which AllowedHosts has checked (<see cref="SiteAddress"/>).
/// </summary>
public static class SitemapEndpoints
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string CacheControl = "public, max-age=3600";

    public static WebApplication MapSitemap(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        string[] getHead = [HttpMethods.Get, HttpMethods.Head];
        app.MapMethods("/sitemap.xml", getHead, (HttpContext context, ContentStore store) =>
        {
            context.Response.Headers.CacheControl = CacheControl;
            return Results.Text(Sitemap(SitemapEntry.For(store.Content), SiteAddress.Base(context.Request)), "application/xml; charset=utf-8", Encoding.UTF8);
        });
        app.MapMethods("/robots.txt", getHead, (HttpContext context, IOptions<SiteOptions> site) =>
        {
            context.Response.Headers.CacheControl = CacheControl;
            return Results.Text(Robots(site.Value.ExampleDataNotice, SiteAddress.Base(context.Request)), "text/plain; charset=utf-8", Encoding.UTF8);
        });
        return app;
    }

    public static string Robots(bool exampleData, Uri siteBase)
    {
        ArgumentNullException.ThrowIfNull(siteBase);
        if (exampleData)
        {
            return """
                # Deze site toont verzonnen voorbeeldgegevens (Site:ExampleDataNotice): niets indexeren.
                User-agent: *
                Disallow: /

                """.ReplaceLineEndings("\n");
        }
        return $"""
            User-agent: *
            Disallow: /screening
            Disallow: /inloggen
            Disallow: /uitloggen
            Disallow: /uitgelogd
            Disallow: /geen-toegang
            Disallow: /fout/
            Disallow: /zoeken?
            Disallow: /zoeken/suggesties
            Disallow: /api/
            Allow: /

            Sitemap: {new Uri(siteBase, "/sitemap.xml").AbsoluteUri}

            """.ReplaceLineEndings("\n");
    }

    public static string Sitemap(IEnumerable<SitemapEntry> entries, Uri siteBase)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(siteBase);
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNamespace);
            foreach (var entry in entries)
            {
                xml.WriteStartElement("url", SitemapNamespace);
                xml.WriteElementString("loc", SitemapNamespace, new Uri(siteBase, entry.Path).AbsoluteUri);
                if (entry.LastModified is { } date)
                {
                    xml.WriteElementString("lastmod", SitemapNamespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        // StringBuilder output says utf-16 in the declaration; the response is UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }
}
