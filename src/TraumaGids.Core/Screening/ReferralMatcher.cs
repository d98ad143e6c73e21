using TraumaGids.Core.Content;

namespace TraumaGids.Core.Screening;

/// <summary>A practitioner who fits the screened child, with the reasons in plain Dutch.</summary>
public sealed record ReferralSuggestion(Practitioner Practitioner, int Fit, IReadOnlyList<string> Reasons);

/// <summary>
/// Suggests practitioners for a child who should be referred: they treat this age, offer a first-choice
/// method, serve the municipality or work online, and have no referral stop. Ranked by fit (in the
/// municipality, all first-choice methods, expert-group member, experience with the instrument's
/// themes, profile up to date), then by the shortest waiting time.
/// </summary>
public static class ReferralMatcher
{
    public const int MaxSuggestions = 8;

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
                $"Behandelt kinderen en jongeren van {p.Ages.From} tot en met {p.Ages.To} jaar.",
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

    private static string JoinDutch(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " en " + list[^1];
    }
}
