namespace TraumaGids.Core.Screening;

/// <summary>The circumstances a triage worker adds to the form: when it happened and signs for early referral.</summary>
public sealed record ScreeningContext(int? WeeksSinceEvent, bool Ongoing, IReadOnlyList<string> Signals);

public enum AdviceDecision
{
    /// <summary>The form is incomplete or invalid: no advice beyond completing it.</summary>
    NotScored,
    /// <summary>Refer for diagnosis and trauma treatment now.</summary>
    Refer,
    /// <summary>The event is recent and nothing calls for early referral: screen again after four weeks.</summary>
    Rescreen,
    /// <summary>A secondary cut-off is reached but the primary one is not: screen again after four weeks and discuss it in the team.</summary>
    Borderline,
    /// <summary>Below the cut-off, no early-referral signs: no referral on the basis of this screening.</summary>
    NoReferral,
    /// <summary>The instrument is not validated for this age and nothing else calls for referral.</summary>
    OtherInstrument,
}

/// <summary>The advice for one screening: the decision, its heading, why, and the texts to show in order.</summary>
public sealed record ScreeningAdvice(AdviceDecision Decision, IReadOnlyList<string> Reasons, IReadOnlyList<string> Texts)
{
    /// <summary>The decision in a few words, for the heading "Advies: …".</summary>
    public string Title => Decision switch
    {
        AdviceDecision.Refer => "verwijzen voor diagnostiek en traumabehandeling",
        AdviceDecision.Rescreen => $"over {ScreeningAdvisor.RescreenWeeks} weken opnieuw screenen",
        AdviceDecision.Borderline => $"grensgeval: over {ScreeningAdvisor.RescreenWeeks} weken opnieuw screenen en bespreken in het team",
        AdviceDecision.OtherInstrument => "een andere vragenlijst gebruiken",
        AdviceDecision.NoReferral => "nu niet verwijzen",
        _ => "niet gescoord",
    };
}

/// <summary>
/// The Dutch youth guideline (Richtlijn Traumagerelateerde problemen voor jeugdhulp en jeugdbescherming,
/// 2023) applied to a scored screening, in this order:
/// <list type="number">
/// <item>an early-referral sign, or an age of 0 to 4, refers now, whatever the score or the weeks;</item>
/// <item>an event less than 4 weeks ago (and not ongoing) is screened again after 4 weeks, whatever the score;</item>
/// <item>outside the instrument's validated ages the cut-off does not apply: use a fitting instrument;</item>
/// <item>the primary cut-off reached refers, without waiting for safety;</item>
/// <item>only a secondary cut-off reached (CRIES-8 ≥ 17, total &lt; 30) is borderline: screen again and discuss;</item>
/// <item>otherwise no referral now.</item>
/// </list>
/// Psycho-education always. The wording comes from the instrument file.
/// </summary>
public static class ScreeningAdvisor
{
    public const int RescreenWeeks = 4;

    /// <summary>Children up to and including this age are referred early for their age alone.</summary>
    public const int YoungChildMaxAge = 4;

    /// <param name="score">The scored form.</param>
    /// <param name="context">Weeks since the event, ongoing, early-referral signs.</param>
    /// <param name="instruments">All instruments of the site, to name those that fit the age; none when null.</param>
    public static ScreeningAdvice Advise(ScreeningScore score, ScreeningContext context, IReadOnlyList<Instrument>? instruments = null)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(context);
        var texts = score.Instrument.Advice;
        if (!score.IsScored)
        {
            return new ScreeningAdvice(AdviceDecision.NotScored, [], [texts.NotADiagnosis]);
        }

        var reasons = new List<string>();
        var primary = score.Cutoffs.FirstOrDefault(c => c.Primary);
        var above = score.AbovePrimaryCutoff == true;
        var youngChild = score.Age is <= YoungChildMaxAge;
        var signals = score.Instrument.EarlyReferralSignals.Where(s => context.Signals.Contains(s.Key)).ToList();
        var recent = !context.Ongoing && context.WeeksSinceEvent is < RescreenWeeks;
        var fitting = score.Age is { } age && instruments is not null
            ? InstrumentChooser.Fitting(instruments, age).Where(i => i.Id != score.Instrument.Id).ToList()
            : [];

        AdviceDecision decision;
        if (youngChild || signals.Count > 0)
        {
            decision = AdviceDecision.Refer;
            if (above)
            {
                reasons.Add(Reached(primary!));
            }
            if (youngChild)
            {
                reasons.Add($"Het kind is {score.Age} jaar. Bij kinderen van 0 tot en met {YoungChildMaxAge} jaar is de leeftijd zelf een reden om eerder te verwijzen, naar een behandelaar die jonge kinderen behandelt.");
            }
            reasons.AddRange(signals.Select(s => $"Signaal voor eerder verwijzen: {s.Text}"));
        }
        else if (recent)
        {
            decision = AdviceDecision.Rescreen;
            reasons.Add(above
                ? $"{Reached(primary!)} Maar de gebeurtenis is minder dan {RescreenWeeks} weken geleden en er is geen signaal om eerder te verwijzen: de meeste reacties nemen in de eerste maand af."
                : $"De gebeurtenis is minder dan {RescreenWeeks} weken geleden en er is geen signaal om eerder te verwijzen.");
        }
        else if (!score.AgeValidated)
        {
            decision = AdviceDecision.OtherInstrument;
            reasons.Add("De vragenlijst is niet gevalideerd voor deze leeftijd, dus het afkappunt geldt niet.");
        }
        else if (above)
        {
            decision = AdviceDecision.Refer;
            reasons.Add(Reached(primary!));
        }
        else if (score.IsBorderline)
        {
            decision = AdviceDecision.Borderline;
            var secondary = score.Cutoffs.Where(c => !c.Primary && c.Reached).Select(Reached);
            reasons.Add($"{string.Join(" ", secondary)} Maar de {primary!.ScoreName} ({primary.Value}) ligt onder het afkappunt ({primary.Minimum}): een grensgeval.");
        }
        else
        {
            decision = AdviceDecision.NoReferral;
            reasons.Add($"De {primary?.ScoreName ?? "score"} ligt onder het afkappunt en er zijn geen signalen om eerder te verwijzen.");
        }
        if (context.Ongoing)
        {
            reasons.Add("De situatie is nog gaande.");
        }

        var shown = new List<string> { texts.Always };
        switch (decision)
        {
            case AdviceDecision.Refer:
                if (youngChild && texts.YoungChild is not null)
                {
                    shown.Add(texts.YoungChild);
                }
                shown.Add(texts.Refer);
                shown.Add(texts.DoNotWait);
                break;
            case AdviceDecision.Rescreen:
                shown.Add(texts.Rescreen);
                break;
            case AdviceDecision.Borderline:
                shown.Add(texts.Borderline!);
                break;
            case AdviceDecision.OtherInstrument:
                break;
            default:
                shown.Add(texts.NoReferral);
                break;
        }
        if (!score.AgeValidated)
        {
            shown.Add(texts.OutsideAges);
            if (fitting.Count > 0)
            {
                shown.Add($"Gebruik voor {score.Age} jaar: {Describe(fitting)}.");
            }
        }
        else if (fitting.Count > 0)
        {
            shown.Add($"Voor {score.Age} jaar past ook: {Describe(fitting)}.");
        }
        shown.Add(texts.Meldcode);
        shown.Add(texts.NotADiagnosis);
        return new ScreeningAdvice(decision, reasons, shown);
    }

    private static string Reached(CutoffResult c) => $"De {c.ScoreName} ({c.Value}) is gelijk aan of hoger dan het afkappunt ({c.Minimum}).";

    private static string Describe(IEnumerable<Instrument> instruments) =>
        DutchText.List(instruments.Select(i => $"{i.Name} ({DutchText.Ages(i.ValidAges)})"));
}
