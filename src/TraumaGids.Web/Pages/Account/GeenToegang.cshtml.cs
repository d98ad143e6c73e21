using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Account;

/// <summary>Signed in, but without the screening role: a clear Dutch 403 that says whom to ask.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class GeenToegangModel(IOptions<ProfessionalSignInOptions> options) : PageModel
{
    public string AccessContact => options.Value.AccessContact;

    /// <summary>The page that refused: profile updates and the editor overview are not the screening.</summary>
    public bool ForProfiles { get; private set; }

    public void OnGet(string? returnUrl)
    {
        ForProfiles = returnUrl is not null &&
            (returnUrl.StartsWith("/bijwerken", StringComparison.OrdinalIgnoreCase) || returnUrl.StartsWith("/beheer", StringComparison.OrdinalIgnoreCase));
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
