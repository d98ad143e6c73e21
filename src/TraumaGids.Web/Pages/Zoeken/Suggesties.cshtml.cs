using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Zoeken;

/// <summary>Suggestions for the search box, as JSON. Not stored anywhere: no-store, and not logged (paths only).</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Hardening.SuggestionsPolicy)]
public sealed class SuggestiesModel(ContentStore store) : PageModel
{
    public JsonResult OnGet(string? q) => new(store.Index.Suggest(q));
}
