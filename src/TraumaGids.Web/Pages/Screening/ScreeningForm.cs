using System.Globalization;
using System.Text.RegularExpressions;
using TraumaGids.Core.Content;
using TraumaGids.Core.Screening;

namespace TraumaGids.Web.Pages.Screening;

/// <summary>A problem with one field of the form, linked to the input it is about.</summary>
public sealed record FormError(string FieldId, string Message);

/// <summary>
/// What the triage worker entered, read from the posted form without trusting it: every value is
/// checked against the instrument and the vocabularies. Nothing here is stored or logged.
/// </summary>
public sealed partial class ScreeningForm
{
    public const int MaxAge = 25;
    public const int MaxWeeks = 520;

    /// <summary>The empty form shown before anything is entered.</summary>
    public static ScreeningForm Empty { get; } = new();

    public string? Version { get; private init; }
    public string? AgeText { get; private init; }
    public int? Age { get; private init; }
    public string? Municipality { get; private init; }
    public string? WeeksText { get; private init; }
    public int? Weeks { get; private init; }
    public bool Ongoing { get; private init; }
    public IReadOnlyList<string> Signals { get; private init; } = [];
    public IReadOnlyDictionary<int, string> Answers { get; private init; } = new Dictionary<int, string>();

    public static string ItemField(int number) => $"v{number}";

    public static string OptionId(int number, string answer) => $"v{number}-{answer}";

    public string? AnswerTo(int number) => Answers.GetValueOrDefault(number);

    /// <summary>Reads and checks the form. Errors about answers (unknown items, unknown answers) come from the engine.</summary>
    public static (ScreeningForm Form, List<FormError> Errors) Read(IFormCollection form, Instrument instrument, Vocabularies vocabularies)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(vocabularies);
        var errors = new List<FormError>();
        string? Single(string name) => form[name].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

        var version = Single("versie");
        if (instrument.FindVersion(version) is null)
        {
            errors.Add(new FormError($"versie-{instrument.Versions[0].Key}", "Kies welke versie is ingevuld: " +
                string.Join(" of ", instrument.Versions.Select(v => v.Name.ToLowerInvariant())) + "."));
        }

        var ageText = Single("leeftijd");
        int? age = int.TryParse(ageText, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && a <= MaxAge ? a : null;
        if (age is null)
        {
            errors.Add(new FormError("leeftijd", $"Vul de leeftijd van het kind in: een heel getal van 0 tot en met {MaxAge}."));
        }

        var municipality = Single("gemeente");
        if (municipality is not null && !vocabularies.Municipalities.Contains(municipality))
        {
            errors.Add(new FormError("gemeente", "Kies een gemeente uit de lijst, of 'Onbekend of buiten de regio'."));
            municipality = null;
        }

        var ongoing = Single("gaande") == "ja";
        var weeksText = Single("weken");
        int? weeks = int.TryParse(weeksText, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w <= MaxWeeks ? w : null;
        if (!ongoing && weeks is null)
        {
            errors.Add(new FormError("weken", $"Vul in hoeveel weken geleden de gebeurtenis was (0 tot en met {MaxWeeks}), of kies 'De situatie is nog gaande'."));
        }

        var signals = new List<string>();
        foreach (var signal in form["signalen"].Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).Distinct(StringComparer.Ordinal))
        {
            if (instrument.EarlyReferralSignals.Any(s => s.Key == signal))
            {
                signals.Add(signal);
            }
            else
            {
                errors.Add(new FormError($"signaal-{instrument.EarlyReferralSignals[0].Key}", "Een van de signalen bestaat niet. Kies uit de lijst."));
            }
        }

        var answers = new Dictionary<int, string>();
        foreach (var (name, values) in form)
        {
            var match = ItemPattern().Match(name);
            if (!match.Success)
            {
                continue;
            }
            var value = values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
            if (value is not null && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                answers[number] = value;
            }
        }

        return (new ScreeningForm
        {
            Version = version,
            AgeText = ageText,
            Age = age,
            Municipality = municipality,
            WeeksText = weeksText,
            Weeks = ongoing ? null : weeks,
            Ongoing = ongoing,
            Signals = signals,
            Answers = answers,
        }, errors);
    }

    [GeneratedRegex("^v([0-9]{1,4})$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemPattern();
}

/// <summary>Everything the result shows: scores, advice, suggested practitioners and pages for parents.</summary>
public sealed record ScreeningOutcome(
    ScreeningScore Score,
    ScreeningAdvice Advice,
    IReadOnlyList<ReferralSuggestion> Suggestions,
    IReadOnlyList<(PageLink Link, string Title)> ParentPages)
{
    /// <summary>The advice for a scored form, and practitioners to suggest when the advice is to refer.</summary>
    public static ScreeningOutcome For(ScreeningScore score, ScreeningForm form, ContentSet content, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(content);
        var advice = ScreeningAdvisor.Advise(score, new ScreeningContext(form.Weeks, form.Ongoing, form.Signals));
        var suggestions = advice.Decision == AdviceDecision.Refer && form.Age is { } age
            ? ReferralMatcher.Suggest(content, score.Instrument, age, form.Municipality, today)
            : [];
        var parentPages = score.Instrument.ParentInformation
            .Select(link => (Link: link, Title: content.TitleOf(link)))
            .Where(p => p.Title is not null)
            .Select(p => (p.Link, p.Title!))
            .ToList();
        return new ScreeningOutcome(score, advice, suggestions, parentPages);
    }
}
