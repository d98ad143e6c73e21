using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TraumaGids.Core.Region;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.AanbodInDeRegio;

/// <summary>
/// The region's offer at a glance, for one age group at a time, and all figures as CSV. Taken from the
/// content the store holds now, on every request, so it is never older than search; computed once per
/// content set (about 10 ms of CPU at 10,000 practitioners, see docs/performance.md).
/// </summary>
public sealed class IndexModel(ContentStore store) : PageModel
{
    public const string BandParameter = "leeftijdsgroep";

    public RegionOverview Overview { get; private set; } = null!;

    public AgeBand Band { get; private set; } = AgeBand.AllAges;

    /// <summary>The address asked for an age group that does not exist; the page shows all ages and says so.</summary>
    public bool UnknownBand { get; private set; }

    public void OnGet([FromQuery(Name = BandParameter)] string? band)
    {
        Overview = RegionOverview.For(store.Content);
        Band = string.IsNullOrEmpty(band) ? AgeBand.AllAges : AgeBand.Find(band) ?? AgeBand.AllAges;
        UnknownBand = !string.IsNullOrEmpty(band) && AgeBand.Find(band) is null;
    }

    public FileContentResult OnGetCsv() =>
        File(RegionCsv.ToBytes(RegionOverview.For(store.Content)), RegionCsv.ContentType, RegionCsv.FileName);

    /// <summary>The page for an age group: all ages without a parameter.</summary>
    public static string PathFor(AgeBand band)
    {
        ArgumentNullException.ThrowIfNull(band);
        return band.IsAllAges ? "/aanbod-in-de-regio" : $"/aanbod-in-de-regio?{BandParameter}={band.Key}";
    }

    /// <summary>"4,5 weken", "1 week", "geen wachttijd".</summary>
    public static string Weeks(double weeks) =>
        weeks == Math.Floor(weeks) ? Dutch.Weeks((int)weeks) : $"{weeks.ToString("0.#", Dutch.Culture)} weken";
}
