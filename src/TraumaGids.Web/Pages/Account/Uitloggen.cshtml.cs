using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Account;

/// <summary>Ends the local session and, where the provider supports it, the session at the provider too.</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class UitloggenModel(IOptions<ProfessionalSignInOptions> options) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(ProfessionalSignIn.CookieScheme);
        if (!options.Value.IsConfigured || User.Identity?.IsAuthenticated != true)
        {
            return LocalRedirect("/uitgelogd");
        }
        return SignOut(new AuthenticationProperties { RedirectUri = "/uitgelogd" }, ProfessionalSignIn.OidcScheme);
    }
}
