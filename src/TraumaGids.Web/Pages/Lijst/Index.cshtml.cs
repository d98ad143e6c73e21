using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Core.Content;
using TraumaGids.Core.Shortlists;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Lijst;

/// <summary>The shortlist from the address, side by side, with a plain text to copy. Nothing is stored.</summary>
public sealed class IndexModel(ContentStore store) : PageModel
{
    public Shortlist List { get; private set; } = Shortlist.Empty;
    public IReadOnlyList<string> Notices { get; private set; } = [];
    public IReadOnlyList<Practitioner> Practitioners { get; private set; } = [];
    public Vocabularies Vocabularies => store.Content.Vocabularies;
    public DateOnly Today => store.Today;

    /// <summary>The list as plain text for a referral letter or e-mail.</summary>
    public string Text { get; private set; } = "";

    /// <summary>The full address of this list, to share.</summary>
    public string ShareUrl { get; private set; } = "";

    public void OnGet()
    {
        (List, Notices) = ShortlistLinks.Read(Request.Query, store.Content);
        Practitioners = [.. List.Slugs.Select(slug => store.Content.FindPractitioner(slug)!)];
        var site = new Uri($"{Request.Scheme}://{Request.Host}{Request.PathBase}/");
        Text = ShortlistText.For(Practitioners, Vocabularies, Today, site);
        ShareUrl = new Uri(site, ShortlistLinks.List(List).TrimStart('/')).ToString();
    }
}
