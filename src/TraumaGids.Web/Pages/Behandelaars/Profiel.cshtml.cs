using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Core.Content;
using TraumaGids.Core.Shortlists;
using TraumaGids.Web.Infrastructure;
using TraumaGids.Web.Pages.Lijst;

namespace TraumaGids.Web.Pages.Behandelaars;

public sealed class ProfielModel(ContentStore store) : PageModel
{
    public Practitioner Practitioner { get; private set; } = null!;
    public ContentSet Data => store.Content;
    public DateOnly Today => store.Today;

    /// <summary>The visitor's shortlist from the address, carried by the links of the profile.</summary>
    public Shortlist List { get; private set; } = Shortlist.Empty;

    public IReadOnlyList<string> Notices { get; private set; } = [];

    public IActionResult OnGet(string? slug)
    {
        var practitioner = store.Content.FindPractitioner(slug);
        if (practitioner is null)
        {
            return NotFound();
        }
        Practitioner = practitioner;
        (List, Notices) = ShortlistLinks.Read(Request.Query, store.Content);
        return Page();
    }
}
