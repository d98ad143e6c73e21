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

    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
