using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Web.Infrastructure;
using TraumaGids.Web.Pages.Zoeken;

namespace TraumaGids.Web.Pages.Behandelaars;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Hardening.SearchPolicy)]
public sealed class IndexModel(ContentStore store) : PageModel
{
    public SearchView View { get; private set; } = null!;

    public void OnGet() => View = SearchView.Run(store, Request.Query, "/behandelaars", practitionersOnly: true);
}
