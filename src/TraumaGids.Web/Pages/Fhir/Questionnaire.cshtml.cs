using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Core.Screening;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Fhir;

/// <summary>
/// Each screening instrument as a FHIR R4 Questionnaire at a stable public address, for case systems
/// that take a screening over as a QuestionnaireResponse. Public: it holds the instrument, never an answer.
/// </summary>
public sealed class QuestionnaireModel(ContentStore store) : PageModel
{
    public IActionResult OnGet(string id)
    {
        var instrument = store.Content.FindInstrument(id);
        if (instrument is null)
        {
            return NotFound();
        }
        return Content(ScreeningFhir.Serialize(ScreeningFhir.Questionnaire(instrument, SiteAddress.Base(Request))), $"{ScreeningFhir.JsonMediaType}; charset=utf-8");
    }
}
