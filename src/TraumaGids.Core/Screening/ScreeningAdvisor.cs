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
    /// <summary>Below the cut-off, no early-referral signs: no referral on the basis of this screening.</summary>
    NoReferral,
    /// <summary>The instrument is not validated for this age and nothing else calls for referral.</summary>
    OtherInstrument,
}

/// <summary>The advice for one screening: the decision, why, and the texts to show in order.</summary>
public sealed record ScreeningAdvice(AdviceDecision Decision, IReadOnlyList<string> Reasons, IReadOnlyList<string> Texts);

/// <summary>
/// The Dutch youth guideline (Richtlijn Traumagerelateerde problemen voor jeugdhulp en jeugdbescherming,
/// 2023) applied to a scored screening: psycho-education always; refer when the cut-off is reached or
/// early-referral signs are present, without waiting for safety; otherwise re-screen after four weeks
/// when the event is recent. The wording comes from the instrument file.
/// </summary>
public static class ScreeningAdvisor
{
    public const int RescreenWeeks = 4;

    public static ScreeningAdvice Advise(ScreeningScore score, ScreeningContext context)
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
        if (score.AbovePrimaryCutoff == true)
        {
            reasons.Add($"De {primary!.ScoreName} ({primary.Value}) is gelijk aan of hoger dan het afkappunt ({primary.Minimum}).");
        }
        var signals = score.Instrument.EarlyReferralSignals.Where(s => context.Signals.Contains(s.Key)).ToList();
        reasons.AddRange(signals.Select(s => $"Signaal voor eerder verwijzen: {s.Text}"));
        var recent = !context.Ongoing && context.WeeksSinceEvent is < RescreenWeeks;

        AdviceDecision decision;
        if (reasons.Count > 0)
        {
            decision = AdviceDecision.Refer;
        }
        else if (recent)
        {
            decision = AdviceDecision.Rescreen;
            reasons.Add($"De gebeurtenis is minder dan {RescreenWeeks} weken geleden en er zijn geen signalen voor eerder verwijzen.");
        }
        else if (!score.AgeValidated)
        {
            decision = AdviceDecision.OtherInstrument;
            reasons.Add("De vragenlijst is niet gevalideerd voor deze leeftijd, dus het afkappunt geldt niet.");
        }
        else
        {
            decision = AdviceDecision.NoReferral;
            reasons.Add($"De {primary?.ScoreName ?? "score"} ligt onder het afkappunt en er zijn geen signalen voor eerder verwijzen.");
        }
        if (context.Ongoing)
        {
            reasons.Add("De situatie is nog gaande.");
        }

        var shown = new List<string> { texts.Always };
        switch (decision)
        {
            case AdviceDecision.Refer:
                shown.Add(texts.Refer);
                shown.Add(texts.DoNotWait);
                break;
            case AdviceDecision.Rescreen:
                shown.Add(texts.Rescreen);
                break;
            case AdviceDecision.OtherInstrument:
                shown.Add(texts.OutsideAges);
                break;
            default:
                shown.Add(texts.NoReferral);
                break;
        }
        if (!score.AgeValidated && decision != AdviceDecision.OtherInstrument)
        {
            shown.Add(texts.OutsideAges);
        }
        shown.Add(texts.Meldcode);
        shown.Add(texts.NotADiagnosis);
        return new ScreeningAdvice(decision, reasons, shown);
    }
}
