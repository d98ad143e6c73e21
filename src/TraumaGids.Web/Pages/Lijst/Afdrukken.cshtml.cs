using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Core.Content;
using TraumaGids.Core.Shortlists;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Lijst;

/// <summary>
/// The shortlist as a sheet for the client: names, contact, how to refer and urgent help. It reads only
/// the list from the address; search words or anything else about the client are never shown.
/// </summary>
public sealed class AfdrukkenModel(ContentStore store) : PageModel
{
    public Shortlist List { get; private set; } = Shortlist.Empty;
    public IReadOnlyList<Practitioner> Practitioners { get; private set; } = [];
    public Vocabularies Vocabularies => store.Content.Vocabularies;
    public DateOnly Today => store.Today;

    public void OnGet()
    {
        (List, _) = ShortlistLinks.Read(Request.Query, store.Content);
        Practitioners = [.. List.Slugs.Select(slug => store.Content.FindPractitioner(slug)!)];
    }
}
