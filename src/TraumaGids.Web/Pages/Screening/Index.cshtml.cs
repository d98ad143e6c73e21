using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Core.Content;
using TraumaGids.Core.Screening;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Screening;

/// <summary>
/// The screening helper. <c>/screening</c> asks the age and opens the instrument that fits it;
/// <c>/screening/{id}</c> is one instrument's form and its result. POST only for answers (the age
/// too), never stored, never cached, nothing in the URL.
/// Access: signed in with the screening role (convention on the /Screening folder).
/// </summary>
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Hardening.ScreeningPolicy)]
[RequestSizeLimit(Hardening.MaxRequestBodyBytes)]
[KeepsCutForm]
public sealed class IndexModel(ContentStore store) : PageModel
{
    /// <summary>Every instrument, in the order they are offered.</summary>
    public IReadOnlyList<Instrument> Instruments { get; } =
        [.. store.Content.Instruments.OrderBy(i => i.Order).ThenBy(i => i.Id, StringComparer.Ordinal)];

    /// <summary>The instrument whose form is shown; null on the start page.</summary>
    public Instrument? Instrument { get; private set; }

    /// <summary>After choosing by age: every instrument that fits it, the shown one among them.</summary>
    public IReadOnlyList<Instrument> Fitting { get; private set; } = [];

    public Vocabularies Vocabularies => store.Content.Vocabularies;
    public ScreeningForm Form { get; private set; } = ScreeningForm.Empty;
    public IReadOnlyList<FormError> Errors { get; private set; } = [];
    public ScreeningOutcome? Outcome { get; private set; }

    /// <summary>Items left empty in a posted form: the form is then not scored.</summary>
    public IReadOnlyList<int> MissingItems { get; private set; } = [];
    public DateOnly Today => store.Today;

    public IActionResult OnGet(string? id)
    {
        if (Instruments.Count == 0)
        {
            return NotAvailable();
        }
        if (id is null)
        {
            return Page();
        }
        Instrument = store.Content.FindInstrument(id);
        return Instrument is null ? NotFound() : Page();
    }

    public IActionResult OnPost(string? id)
    {
        if (Instruments.Count == 0)
        {
            return NotAvailable();
        }
        if (id is null)
        {
            return Choose();
        }
        Instrument = store.Content.FindInstrument(id);
        if (Instrument is null)
        {
            return NotFound();
        }
        var (form, errors) = ScreeningForm.Read(Request.Form, Instrument, store.Content.Vocabularies);
        Form = form;
        if (CutForm.On(HttpContext))
        {
            // Over the form limits: the entries are shown again, nothing is scored.
            Errors = [new FormError("vraag-1", "Dit formulier was te groot om te versturen. Je antwoorden staan hieronder nog: controleer ze en verstuur het formulier opnieuw.")];
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }
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

    /// <summary>The start page's answer: the form of the instrument that fits the age (or the one picked), age filled in.</summary>
    private PageResult Choose()
    {
        var (form, errors, picked) = ScreeningForm.ReadChoice(Request.Form, store.Content);
        Form = form;
        if (CutForm.On(HttpContext))
        {
            Errors = [new FormError("leeftijd", "Dit formulier was te groot om te versturen. Controleer de leeftijd en verstuur het opnieuw.")];
            Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Page();
        }
        Errors = errors;
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Fitting = InstrumentChooser.Fitting(Instruments, form.Age!.Value);
        Instrument = picked ?? (Fitting.Count > 0 ? Fitting[0] : null);
        return Page();
    }

    /// <summary>
    /// The scored screening as a FHIR QuestionnaireResponse download, made from the posted form and sent at
    /// once (no-store, nothing kept). A form that cannot be scored gets the page with its problems instead.
    /// </summary>
    public IActionResult OnPostFhir(string? id)
    {
        var page = OnPost(id);
        if (Outcome is null)
        {
            return page;
        }
        var response = ScreeningFhir.Response(Outcome.Score, Form.ToContext(), Outcome.Advice, Form.Answers, SiteAddress.Base(Request), store.Time.GetLocalNow());
        return File(System.Text.Encoding.UTF8.GetBytes(ScreeningFhir.Serialize(response)), ScreeningFhir.JsonMediaType, $"{Outcome.Score.Instrument.Id}-uitslag.fhir.json");
    }

    private static ContentResult NotAvailable() => new()
    {
        StatusCode = StatusCodes.Status503ServiceUnavailable,
        ContentType = "text/plain; charset=utf-8",
        Content = "De screening is niet beschikbaar: er staan geen vragenlijsten in de content.",
    };
}
