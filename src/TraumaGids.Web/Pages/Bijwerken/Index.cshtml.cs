using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Core.Content;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Bijwerken;

/// <summary>The profiles the signed-in practitioner (or editor: all) may update. Access: the profiles policy (folder convention).</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Hardening.ProfilesPolicy)]
public sealed class IndexModel(ContentStore store, ProfileAccess access) : PageModel
{
    public IReadOnlyList<Practitioner> Profiles { get; private set; } = [];
    public bool IsEditor { get; private set; }
    public DateOnly Today => store.Today;

    public void OnGet()
    {
        IsEditor = access.IsEditor(User);
        Profiles = [.. store.Content.Practitioners.Where(p => access.MayUpdate(User, p)).OrderBy(p => p.Name, StringComparer.CurrentCulture)];
    }
}
