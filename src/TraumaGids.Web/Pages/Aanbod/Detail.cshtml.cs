using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Core.Content;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Aanbod;

public sealed class DetailModel(ContentStore store) : PageModel
{
    public Offer Offer { get; private set; } = null!;
    public ContentSet Data => store.Content;
    public DateOnly Today => store.Today;

    /// <summary>Who offers it: open for referrals first, shortest wait first.</summary>
    public IReadOnlyList<Practitioner> Practitioners { get; private set; } = [];

    public IActionResult OnGet(string? slug)
    {
        var offer = store.Content.FindOffer(slug);
        if (offer is null)
        {
            return NotFound();
        }
        Offer = offer;
        Practitioners = store.Content.PractitionersOffering(offer.Slug)
            .OrderBy(p => p.ReferralStop)
            .ThenBy(p => p.WaitingTime.Weeks)
            .ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .ToList();
        return Page();
    }
}
