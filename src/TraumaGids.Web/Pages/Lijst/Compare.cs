using TraumaGids.Core.Content;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Lijst;

/// <summary>Short texts the compare table, the print view and the plain text share, so each says it the same way.</summary>
public static class Compare
{
    /// <summary>"Hilversum en Wijdemeren; ook online", or "alleen online".</summary>
    public static string Places(Practitioner p, Vocabularies v)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(v);
        var places = Dutch.List(p.Municipalities.Select(v.Municipalities.Label));
        return p.Municipalities.Count == 0 ? "alleen online" : p.Online ? places + "; ook online" : places;
    }

    /// <summary>"Wachttijd: 6 weken (gecontroleerd op 1 oktober 2026)", or the referral stop with its end date.</summary>
    public static string Waiting(Practitioner p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var checkedOn = $"(gecontroleerd op {Dutch.Date(p.WaitingTime.CheckedOn)})";
        return p.ReferralStop
            ? $"Aanmeldstop{(p.ReferralStopUntil is { } until ? " tot " + Dutch.Date(until) : "")}: neemt nu geen nieuwe cliënten aan {checkedOn}"
            : $"Wachttijd: {Dutch.Weeks(p.WaitingTime.Weeks)} {checkedOn}";
    }
}
