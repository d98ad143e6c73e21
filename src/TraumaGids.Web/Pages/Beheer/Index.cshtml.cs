using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Core.Content;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Beheer;

/// <summary>The editor overview: what needs attention. Access: editors only (folder convention).</summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Hardening.ProfilesPolicy)]
public sealed class IndexModel(ContentStore store, IContentProblems problems) : PageModel
{
    public EditorOverview Overview { get; private set; } = null!;
    public DateOnly Today => store.Today;
    public Vocabularies Vocabularies => store.Content.Vocabularies;
    public string MailTo { get; private set; } = "";

    public void OnGet()
    {
        Overview = EditorOverview.Build(store.Content, store.Today, problems.Current);
        MailTo = Overview.MailTo(new Uri(new Uri($"{Request.Scheme}://{Request.Host}"), "/bijwerken"));
    }
}
