using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Core.Content;
using TraumaGids.Core.Screening;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Screening;

/// <summary>
/// The CRIES-13 screening helper. POST only for answers, never stored, never cached, nothing in the URL.
/// Access: signed in with the screening role (convention on the /Screening folder).
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Hardening.ScreeningPolicy)]
[RequestSizeLimit(Hardening.MaxRequestBodyBytes)]
public sealed class IndexModel(ContentStore store) : PageModel
{
    public const string InstrumentId = "cries-13";

    public Instrument? Instrument { get; private set; }
    public Vocabularies Vocabularies => store.Content.Vocabularies;
    public ScreeningForm Form { get; private set; } = ScreeningForm.Empty;
    public IReadOnlyList<FormError> Errors { get; private set; } = [];
    public ScreeningOutcome? Outcome { get; private set; }

    /// <summary>Items left empty in a posted form: the form is then not scored.</summary>
    public IReadOnlyList<int> MissingItems { get; private set; } = [];
    public DateOnly Today => store.Today;

    public IActionResult OnGet()
    {
        Instrument = store.Content.FindInstrument(InstrumentId);
        return Instrument is null ? NotAvailable() : Page();
    }

    public IActionResult OnPost()
    {
        Instrument = store.Content.FindInstrument(InstrumentId);
        if (Instrument is null)
        {
            return NotAvailable();
        }
        var (form, errors) = ScreeningForm.Read(Request.Form, Instrument, store.Content.Vocabularies);
        Form = form;
        var score = ScreeningEngine.Score(Instrument, form.ToAnswers());
        // All problems at once: the form's own, the engine's (version, tampered answers) and the missing items.
        errors.AddRange(score.Errors.Select(e => new FormError(ScreeningForm.FieldId(e, Instrument), e.Message)));
        Errors = errors;
        MissingItems = [.. score.MissingItems.Except(form.RefusedItems)];
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (score.IsScored)
        {
            Outcome = ScreeningOutcome.For(score, form.ToContext(), form.Municipality, store.Content, store.Today);
        }
        return Page();
    }

    private static ContentResult NotAvailable() => new()
    {
        StatusCode = StatusCodes.Status503ServiceUnavailable,
        ContentType = "text/plain; charset=utf-8",
        Content = "De screening is niet beschikbaar: de vragenlijst ontbreekt in de content.",
    };
}
