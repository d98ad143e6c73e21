using TraumaGids.Core.Content;

namespace TraumaGids.Web.Sitemap;

/// <summary>One public page for search engines: its path and, where the content says, when it last changed.</summary>
public sealed record SitemapEntry(string Path, DateOnly? LastModified)
{
    /// <summary>
    /// The public pages, as an allow-list: home, the three sections with every page of their content,
    /// the search landing page, privacy and accessibility. Never screening, sign-in, error pages, FHIR or
    /// the API. A new public page is added here.
    /// </summary>
    public static IReadOnlyList<SitemapEntry> For(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var info = content.InfoPages.Select(p => new SitemapEntry(new PageLink(ContentKind.InfoPage, p.Slug).Path, p.LastReviewed)).ToList();
        var offers = content.Offers.Select(o => new SitemapEntry(new PageLink(ContentKind.Offer, o.Slug).Path, o.LastReviewed)).ToList();
        // A profile shows the waiting time too: checking it changes the page.
        var practitioners = content.Practitioners
            .Select(p => new SitemapEntry(new PageLink(ContentKind.Practitioner, p.Slug).Path,
                p.LastReviewed > p.WaitingTime.CheckedOn ? p.LastReviewed : p.WaitingTime.CheckedOn))
            .ToList();
        return
        [
            new("/", Latest(info, offers, practitioners)),
            new("/informatie", Latest(info)),
            .. info,
            new("/aanbod", Latest(offers)),
            .. offers,
            new("/behandelaars", Latest(practitioners)),
            .. practitioners,
            // Made from the practitioners: it changes when they do.
            new("/aanbod-in-de-regio", Latest(practitioners)),
            new("/zoeken", null),
            new("/privacy", null),
            new("/toegankelijkheid", null),
        ];
    }

    private static DateOnly? Latest(params List<SitemapEntry>[] lists) =>
        lists.SelectMany(l => l).Max(e => e.LastModified);
}
