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
    /// <summary>The highest age the form takes: adults are screened too (PCL-5).</summary>
    public const int MaxAge = 120;
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
    /// <summary>Items whose answer field was sent more than once: refused, so not also "missing".</summary>
    public IReadOnlyList<int> RefusedItems { get; private init; } = [];

    public ScreeningAnswers ToAnswers() => new(Version, Age, Answers);

    public ScreeningContext ToContext() => new(Weeks, Ongoing, Signals);

    public static string ItemField(int number) => $"v{number}";

    public static string OptionId(int number, string answer) => $"v{number}-{answer}";

    public string? AnswerTo(int number) => Answers.GetValueOrDefault(number);

    /// <summary>
    /// Reads and checks the form. A field sent twice (<c>v1</c> twice, <c>leeftijd</c> twice) or an answer field
    /// with a name the form never makes (<c>v01</c>) is refused, never resolved by order. The version and the
    /// answers themselves (unknown items, unknown answers) are checked by the engine.
    /// </summary>
    public static (ScreeningForm Form, List<FormError> Errors) Read(IFormCollection form, Instrument instrument, Vocabularies vocabularies)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(vocabularies);
        var errors = new List<FormError>();
        string? Single(string name, string fieldId, string label)
        {
            var values = form[name];
            if (values.Count > 1)
            {
                errors.Add(new FormError(fieldId, $"Het veld '{label}' is meer dan één keer verstuurd. Vul het één keer in."));
                return null;
            }
            return values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        }

        var version = Single("versie", $"versie-{instrument.Versions[0].Key}", "versie");

        var ageCount = errors.Count;
        var ageText = Single("leeftijd", "leeftijd", "leeftijd");
        int? age = int.TryParse(ageText, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && a <= MaxAge ? a : null;
        if (age is null && errors.Count == ageCount)
        {
            errors.Add(new FormError("leeftijd", $"Vul de leeftijd in: een heel getal van 0 tot en met {MaxAge}."));
        }

        var municipality = Single("gemeente", "gemeente", "gemeente");
        if (municipality is not null && !vocabularies.Municipalities.Contains(municipality))
        {
            errors.Add(new FormError("gemeente", "Kies een gemeente uit de lijst, of 'Onbekend of buiten de regio'."));
            municipality = null;
        }

        var ongoing = Single("gaande", "gaande", "nog gaande") == "ja";
        var weeksCount = errors.Count;
        var weeksText = Single("weken", "weken", "weken");
        int? weeks = int.TryParse(weeksText, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w <= MaxWeeks ? w : null;
        if (!ongoing && weeks is null && errors.Count == weeksCount)
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
        var refused = new List<int>();
        foreach (var (name, values) in form)
        {
            if (!AnswerFieldPattern().IsMatch(name))
            {
                continue;
            }
            var match = ItemPattern().Match(name);
            if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || name != ItemField(number))
            {
                var shown = name.Length > 12 ? name[..12] + "…" : name;
                errors.Add(new FormError($"vraag-{instrument.Items[0].Number}", $"Onbekend antwoordveld '{shown}': de vragen heten v1, v2, v3 en zo verder. Het formulier is niet gescoord."));
                continue;
            }
            if (values.Count > 1)
            {
                errors.Add(new FormError($"vraag-{number}", $"Vraag {number} is meer dan één keer verstuurd. Geef één antwoord per vraag."));
                refused.Add(number);
                continue;
            }
            var value = values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
            if (value is not null)
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
            RefusedItems = refused,
        }, errors);
    }

    /// <summary>
    /// Reads the start page: the age (required) and, when the worker picked one of the fitting instruments,
    /// its id. Returns a form with only the age filled in.
    /// </summary>
    public static (ScreeningForm Form, List<FormError> Errors, Instrument? Picked) ReadChoice(IFormCollection form, ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(content);
        var errors = new List<FormError>();
        var ageValues = form["leeftijd"];
        var ageText = ageValues.Count == 1 ? ageValues[0]?.Trim() : null;
        int? age = int.TryParse(ageText, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && a <= MaxAge ? a : null;
        if (age is null)
        {
            errors.Add(new FormError("leeftijd", $"Vul de leeftijd in: een heel getal van 0 tot en met {MaxAge}."));
        }
        Instrument? picked = null;
        var id = form["instrument"];
        if (id.Count > 0)
        {
            picked = id.Count == 1 && id[0] is { } key ? content.FindInstrument(key) : null;
            if (picked is null)
            {
                errors.Add(new FormError("leeftijd", "Deze vragenlijst bestaat niet. Kies een vragenlijst uit de lijst."));
            }
        }
        return (new ScreeningForm { AgeText = ageText, Age = age }, errors, picked);
    }

    /// <summary>The field id of an engine error: the first version's radio button or the item's fieldset.</summary>
    public static string FieldId(ScreeningError error, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(instrument);
        return error.Field == "versie" ? $"versie-{instrument.Versions[0].Key}" : error.Field;
    }

    /// <summary>What an answer field looks like, case-insensitively: a "v" and a digit.</summary>
    [GeneratedRegex("^[vV][0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex AnswerFieldPattern();

    [GeneratedRegex("^v([1-9][0-9]{0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemPattern();
}
