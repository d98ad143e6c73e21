using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Zoeken;

[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Hardening.SearchPolicy)]
public sealed class IndexModel(ContentStore store) : PageModel
{
    public SearchView View { get; private set; } = null!;

    public void OnGet() => View = SearchView.Run(store, Request.Query, "/zoeken", practitionersOnly: false);
}
