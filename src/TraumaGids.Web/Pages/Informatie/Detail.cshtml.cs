using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Core.Content;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Informatie;

public sealed class DetailModel(ContentStore store) : PageModel
{
    public InfoPage Info { get; private set; } = null!;
    public ContentSet Data => store.Content;

    public IActionResult OnGet(string? slug)
    {
        var page = store.Content.FindInfoPage(slug);
        if (page is null)
        {
            return NotFound();
        }
        Info = page;
        return Page();
    }
}
