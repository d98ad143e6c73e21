using TraumaGids.Core.Content;

namespace TraumaGids.Core.Screening;

/// <summary>Everything the result shows: scores, advice, suggested practitioners and pages for parents.</summary>
public sealed record ScreeningOutcome(
    ScreeningScore Score,
    ScreeningAdvice Advice,
    IReadOnlyList<ReferralSuggestion> Suggestions,
    IReadOnlyList<(PageLink Link, string Title)> ParentPages)
{
    /// <summary>The advice for a scored form, and practitioners to suggest when the advice is to refer.</summary>
    public static ScreeningOutcome For(ScreeningScore score, ScreeningContext context, string? municipality, ContentSet content, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(content);
        var advice = ScreeningAdvisor.Advise(score, context, content.Instruments);
        var suggestions = advice.Decision == AdviceDecision.Refer && score.Age is { } age
            ? ReferralMatcher.Suggest(content, score.Instrument, age, municipality, today)
            : [];
        var parentPages = score.Instrument.ParentInformation
            .Select(link => (Link: link, Title: content.TitleOf(link)))
            .Where(p => p.Title is not null)
            .Select(p => (p.Link, p.Title!))
            .ToList();
        return new ScreeningOutcome(score, advice, suggestions, parentPages);
    }
}
