using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Account;

/// <summary>Where sign-in goes when no provider is configured, and where a failed sign-in ends.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class InloggenModel(IOptions<ProfessionalSignInOptions> options) : PageModel
{
    public bool Configured => options.Value.IsConfigured;

    public bool Failed { get; private set; }

    public void OnGet(bool mislukt = false)
    {
        Failed = mislukt;
        if (!Configured)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
    }
}
