using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Core.Content;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Behandelaars;

public sealed class ProfielModel(ContentStore store) : PageModel
{
    public Practitioner Practitioner { get; private set; } = null!;
    public ContentSet Data => store.Content;
    public DateOnly Today => store.Today;

    public IActionResult OnGet(string? slug)
    {
        var practitioner = store.Content.FindPractitioner(slug);
        if (practitioner is null)
        {
            return NotFound();
        }
        Practitioner = practitioner;
        return Page();
    }
}
