using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TraumaGids.Web.Pages.Fout;

/// <summary>
/// The page for every error status: re-executed by the status-code and exception middleware with
/// the original status code kept. Shows help, never technical details.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class IndexModel : PageModel
{
    /// <summary>
    /// From the route, not from a handler parameter: a re-executed POST whose body was refused (too
    /// large) cannot be read for handler selection, and the page must still say the right thing.
    /// </summary>
    public int Code => int.TryParse(RouteData.Values["code"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 400 and <= 599 ? code : 404;

    public void OnGet() => KeepStatus();

    public void OnPost() => KeepStatus();

    private void KeepStatus()
    {
        // Direct visits to /fout/… get their own status; re-executed requests keep the original one.
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null ||
                         HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;
        if (!reExecuted)
        {
            Response.StatusCode = Code;
        }
    }
}
