using System.Globalization;
using TraumaGids.Core.Content;
using TraumaGids.Web.Pages.Screening;

namespace TraumaGids.Web.Pages.Bijwerken;

/// <summary>
/// The update form's fields as entered (text, so a wrong entry is shown again as typed), read from a
/// post or filled from a profile, and checked into a <see cref="PractitionerUpdate"/>.
/// </summary>
public sealed record ProfileForm
{
    public const int MaxWeeks = 104;
    public const int MaxText = 300;

    public string Weeks { get; init; } = "";
    public bool Stop { get; init; }
    public string Note { get; init; } = "";
    public string Until { get; init; } = "";
    public IReadOnlyList<string> Routes { get; init; } = [];
    public string Phone { get; init; } = "";
    public string Email { get; init; } = "";
    public string Reachable { get; init; } = "";
    public bool StillCorrect { get; init; }

    /// <summary>The version (hash) of the file the form was made from.</summary>
    public string Version { get; init; } = "";

    public static ProfileForm From(Practitioner p, string version)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new ProfileForm
        {
            Weeks = p.WaitingTime.Weeks.ToString(CultureInfo.InvariantCulture),
            Stop = p.ReferralStop,
            Note = p.ReferralStopNote ?? "",
            Until = p.ReferralStopUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            Routes = p.HowToRefer?.Routes ?? [],
            Phone = p.HowToRefer?.Phone ?? "",
            Email = p.HowToRefer?.Email ?? "",
            Reachable = p.HowToRefer?.Reachable ?? "",
            Version = version,
        };
    }

    public static ProfileForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        string Text(string name) => OneLine(form[name].ToString());
        return new ProfileForm
        {
            Weeks = Text("weken"),
            Stop = form["aanmeldstop"] == "ja",
            Note = Text("toelichting"),
            Until = Text("tot"),
            Routes = [.. form["routes"].Select(r => r?.Trim() ?? "").Where(r => r.Length > 0).Distinct(StringComparer.Ordinal)],
            Phone = Text("telefoon"),
            Email = Text("email"),
            Reachable = Text("bereikbaar"),
            StillCorrect = form["klopt"] == "ja",
            Version = form["versie"].ToString(),
        };
    }

    /// <summary>Line breaks and tabs become spaces: every field is one line in the file.</summary>
    private static string OneLine(string value) =>
        string.Join(' ', value.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Trim();

    /// <summary>The update, or the problems with the entries (field id and a Dutch message), all at once.</summary>
    public (PractitionerUpdate? Update, List<FormError> Errors) Check(Vocabulary routes, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var errors = new List<FormError>();
        if (!int.TryParse(Weeks, NumberStyles.None, CultureInfo.InvariantCulture, out var weeks) || weeks > MaxWeeks)
        {
            errors.Add(new FormError("weken", $"Vul de wachttijd in als een heel aantal weken, van 0 tot en met {MaxWeeks}."));
        }
        DateOnly? until = null;
        if (Stop && Until.Length > 0)
        {
            if (!DateOnly.TryParseExact(Until, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) &&
                !DateOnly.TryParseExact(Until, ["d-M-yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                errors.Add(new FormError("tot", "Vul de einddatum van de aanmeldstop in als dag-maand-jaar, bijvoorbeeld 1-3-2027."));
            }
            else if (date <= today)
            {
                errors.Add(new FormError("tot", "De einddatum van de aanmeldstop moet na vandaag liggen. Is de stop voorbij? Zet dan het vinkje bij aanmeldstop uit."));
            }
            else
            {
                until = date;
            }
        }
        foreach (var route in Routes.Where(r => !routes.Contains(r)))
        {
            errors.Add(new FormError("routes", $"'{route}' is geen manier van verwijzen die de site kent. Kies uit de lijst."));
        }
        var anyReferral = Phone.Length > 0 || Email.Length > 0 || Reachable.Length > 0;
        if (Routes.Count == 0 && anyReferral)
        {
            errors.Add(new FormError("routes", "Kies minstens één manier van verwijzen, of maak de velden voor aanmelden leeg."));
        }
        foreach (var (id, value, label) in new[] { ("toelichting", Note, "De toelichting"), ("telefoon", Phone, "Het telefoonnummer"), ("email", Email, "Het e-mailadres"), ("bereikbaar", Reachable, "Bereikbaar") })
        {
            if (value.Length > MaxText)
            {
                errors.Add(new FormError(id, $"{label} is te lang: maximaal {MaxText} tekens."));
            }
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        return (new PractitionerUpdate
        {
            WaitingWeeks = weeks,
            ReferralStop = Stop,
            ReferralStopNote = Stop && Note.Length > 0 ? Note : null,
            ReferralStopUntil = until,
            HowToRefer = Routes.Count == 0 ? null : new HowToRefer(Routes, Empty(Phone), Empty(Email), Empty(Reachable)),
            StillCorrect = StillCorrect,
        }, errors);
    }

    private static string? Empty(string value) => value.Length == 0 ? null : value;

    /// <summary>The form field a loader problem belongs to, so the message appears next to what was entered.</summary>
    public static string FieldOf(ContentIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return issue.Field switch
        {
            "wachttijd.weken" => "weken",
            "aanmeldstop-toelichting" => "toelichting",
            "aanmeldstop-tot" => "tot",
            "verwijzen.routes" or "verwijzen" => "routes",
            "verwijzen.telefoon" => "telefoon",
            "verwijzen.email" => "email",
            "verwijzen.bereikbaar" => "bereikbaar",
            _ => "weken",
        };
    }
}
