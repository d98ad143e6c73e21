using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Web.Infrastructure;

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
    /// large) cannot be read for handler selection, and the page must still say the right thing. Only
    /// for requests the error handling sent here: a direct visit to /fout/500 is a page that does not exist.
    /// </summary>
    public int Code => ReExecuted &&
        int.TryParse(RouteData.Values["code"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var code) && code is >= 400 and <= 599 ? code : 404;

    /// <summary>Why the request was refused, where the status code alone says too little (see <see cref="ErrorReason"/>).</summary>
    public ErrorReason? Reason => ReExecuted ? ErrorReason.Of(HttpContext) : null;

    private bool ReExecuted =>
        HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null ||
        HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not null;

    public void OnGet() => KeepStatus();

    public void OnPost() => KeepStatus();

    /// <summary>Without it Razor Pages answers a re-executed OPTIONS request with an empty 200 instead of this page.</summary>
    public void OnOptions() => KeepStatus();

    private void KeepStatus()
    {
        // Re-executed requests keep the original status; direct visits are not found.
        if (!ReExecuted)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
