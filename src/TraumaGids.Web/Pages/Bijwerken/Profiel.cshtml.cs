using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Core.Content;
using TraumaGids.Web.Infrastructure;
using TraumaGids.Web.Pages.Screening;

namespace TraumaGids.Web.Pages.Bijwerken;

/// <summary>
/// One short form to keep a profile current: waiting time, referral stop, how to refer, "still correct".
/// The form is filled from the file on disk (so a saved change shows at once) and carries that file's
/// version; saving writes only these fields (<see cref="ProfileFiles"/>).
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Hardening.ProfilesPolicy)]
[RequestSizeLimit(Hardening.MaxRequestBodyBytes)]
public sealed class ProfielModel(ContentStore store, ProfileFiles files, ProfileAccess access, IContentReloader reloader) : PageModel
{
    public Practitioner Practitioner { get; private set; } = null!;
    public Vocabularies Vocabularies => store.Content.Vocabularies;
    public ProfileForm Form { get; private set; } = new();
    public IReadOnlyList<FormError> Errors { get; private set; } = [];

    /// <summary>Problems in the file itself (not in what was entered): only the editors can fix them.</summary>
    public IReadOnlyList<ContentIssue> FileIssues { get; private set; } = [];
    public bool Saved { get; private set; }
    public bool NotAllowed { get; private set; }

    /// <summary>Set when the file changed after the form was opened: the values as they are now.</summary>
    public Practitioner? ChangedMeanwhile { get; private set; }

    public IActionResult OnGet(string? slug, string? opgeslagen)
    {
        if (Open(slug) is not { } file)
        {
            return NotAllowed ? Page() : NotFound();
        }
        Saved = opgeslagen == "ja";
        FileIssues = file.Issues;
        Form = ProfileForm.From(file.Current ?? Practitioner, file.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? slug)
    {
        if (Open(slug) is not { } file)
        {
            return NotAllowed ? Page() : NotFound();
        }
        Form = ProfileForm.Read(Request.Form);
        var (update, errors) = Form.Check(Vocabularies.ReferralRoutes, store.Today);
        if (update is null)
        {
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var result = files.Save(Practitioner, Form.Version, update, ProfileAccess.Subject(User));
        switch (result.Outcome)
        {
            case SaveOutcome.Saved:
                // Live at once on this replica (the others follow through their own watcher).
                await reloader.RequestReloadAsync(HttpContext.RequestAborted);
                return RedirectToPage("/Bijwerken/Profiel", new { slug = Practitioner.Slug, opgeslagen = "ja" });
            case SaveOutcome.Conflict:
                // The entries stay; the form now carries the new version, so saving again is a deliberate choice.
                ChangedMeanwhile = file.Current;
                Form = Form with { Version = file.Version };
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            default:
                Errors = [.. result.Issues.Select(i => new FormError(ProfileForm.FieldOf(i), Explain(i)))];
                FileIssues = file.Issues;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
        }
    }

    /// <summary>The served profile and its file, or null: not found (404) or not this user's profile (403).</summary>
    private ProfileFile? Open(string? slug)
    {
        var served = store.Content.FindPractitioner(slug);
        if (served is null)
        {
            return null;
        }
        Practitioner = served;
        var file = files.Read(served);
        // The managers as they are in the file now: an editor's change counts before the site reloads it.
        if (!access.MayUpdate(User, file.Current ?? served))
        {
            NotAllowed = true;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return null;
        }
        return file;
    }

    private static string Explain(ContentIssue issue) => issue.Field switch
    {
        "verwijzen.telefoon" => $"Het telefoonnummer klopt niet ({issue.Message}).",
        "verwijzen.email" => $"Het e-mailadres klopt niet ({issue.Message}).",
        _ when issue.Field.StartsWith("verwijzen", StringComparison.Ordinal) || issue.Field.StartsWith("aanmeldstop", StringComparison.Ordinal) || issue.Field.StartsWith("wachttijd", StringComparison.Ordinal)
            => $"Dit klopt nog niet: {issue.Message}.",
        _ => $"Het profiel heeft een fout die de redactie eerst moet herstellen ({issue.Field}: {issue.Message}). Er is niets opgeslagen.",
    };
}
