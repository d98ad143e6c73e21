using TraumaGids.Core.Content;

namespace TraumaGids.Core.Screening;

/// <summary>A practitioner who fits the screened child, with the reasons in plain Dutch.</summary>
public sealed record ReferralSuggestion(Practitioner Practitioner, int Fit, IReadOnlyList<string> Reasons)
{
    public int WaitingWeeks => Practitioner.WaitingTime.Weeks;

    /// <summary>The waiting time is longer than the Treeknorm (<see cref="ReferralMatcher.TreeknormWeeks"/> weeks).</summary>
    public bool ExceedsTreeknorm => WaitingWeeks > ReferralMatcher.TreeknormWeeks;
}

/// <summary>
/// Suggests practitioners for a child who should be referred: they treat this age, offer a first-choice
/// method, serve the municipality or work online, and have no referral stop. Ranked by fit (in the
/// municipality, all first-choice methods, expert-group member, experience with the instrument's
/// themes, profile up to date), then by the shortest waiting time.
/// </summary>
public static class ReferralMatcher
{
    public const int MaxSuggestions = 8;

    /// <summary>The Treeknorm for mental health care: at most 4 weeks to the intake and 10 more to treatment.</summary>
    public const int TreeknormWeeks = 14;

    /// <summary>How the suggestions are ordered, for the page.</summary>
    public const string OrderExplanation =
        "Volgorde: eerst wie het best past, daarna de kortste wachttijd. Beter passend is: werkt in de gemeente, " +
        "biedt alle behandelingen die eerste keus zijn, is lid van de Expertgroep Trauma, heeft ervaring met het thema, " +
        "en heeft een gecontroleerd profiel.";

    public static IReadOnlyList<ReferralSuggestion> Suggest(ContentSet content, Instrument instrument, int age, string? municipality, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(instrument);
        var v = content.Vocabularies;
        var suggestions = new List<ReferralSuggestion>();
        foreach (var p in content.Practitioners)
        {
            var methods = instrument.FirstChoiceMethods.Where(p.Methods.Contains).ToList();
            var inMunicipality = municipality is null || p.Municipalities.Contains(municipality);
            if (!p.Ages.Contains(age) || methods.Count == 0 || !(inMunicipality || p.Online) || p.ReferralStop)
            {
                continue;
            }

            var fit = 0;
            var reasons = new List<string>
            {
                $"Behandelt {DutchText.AgeGroups(p.Ages)}.",
                $"Biedt {JoinDutch(methods.Select(v.Methods.Label))}: eerste keus in de richtlijn.",
            };
            if (methods.Count == instrument.FirstChoiceMethods.Count && methods.Count > 1)
            {
                fit += 2;
            }
            if (municipality is not null && p.Municipalities.Contains(municipality))
            {
                fit += 3;
                reasons.Add($"Werkt in {v.Municipalities.Label(municipality)}{(p.Online ? ", ook online" : "")}.");
            }
            else if (municipality is null)
            {
                fit += 1;
                reasons.Add(p.Municipalities.Count > 0 ? $"Werkt in {JoinDutch(p.Municipalities.Select(v.Municipalities.Label))}." : "Werkt online.");
            }
            else
            {
                reasons.Add("Werkt online, niet in deze gemeente.");
            }
            if (p.ExpertGroupMember)
            {
                fit += 1;
                reasons.Add("Lid van de Expertgroep Trauma.");
            }
            var themes = p.Themes.Where(instrument.RelevantThemes.Contains).ToList();
            if (themes.Count > 0)
            {
                fit += 1;
                reasons.Add($"Ervaring met {JoinDutch(themes.Select(t => v.Themes.Label(t).ToLowerInvariant()))}.");
            }
            reasons.Add("Geen aanmeldstop.");
            if (p.IsStale(today))
            {
                fit -= 2;
                reasons.Add("Let op: profiel langer dan een jaar niet gecontroleerd.");
            }
            suggestions.Add(new ReferralSuggestion(p, fit, reasons));
        }
        return [.. suggestions
            .OrderByDescending(s => s.Fit)
            .ThenBy(s => s.Practitioner.WaitingTime.Weeks)
            .ThenBy(s => s.Practitioner.Name, StringComparer.Ordinal)
            .Take(MaxSuggestions)];
    }

    private static string JoinDutch(IEnumerable<string> items) => DutchText.List(items);
}
