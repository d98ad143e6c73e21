namespace TraumaGids.Core.Screening;

/// <summary>What was filled in: the version, the child's age and an answer key per item number.</summary>
public sealed record ScreeningAnswers(string? Version, int? Age, IReadOnlyDictionary<int, string> Answers);

public sealed record ScoreLine(string Key, string Name, int Score, int Maximum);

/// <summary>A problem with the form as sent; <see cref="Field"/> is <c>versie</c> or <c>vraag-&lt;n&gt;</c>.</summary>
public sealed record ScreeningError(string Field, string Message);

public sealed record CutoffResult(string Score, string ScoreName, int Value, int Minimum, bool Reached, bool Primary, string Source);

/// <summary>
/// The outcome of scoring one form. A form with problems (an unknown version, answers that do not
/// exist, missing items) is not scored: <see cref="IsScored"/> is false and the problems say why.
/// </summary>
public sealed record ScreeningScore
{
    public required Instrument Instrument { get; init; }
    public InstrumentVersion? Version { get; init; }
    /// <summary>The age entered, when known.</summary>
    public int? Age { get; init; }
    /// <summary>Problems that make the form unusable as sent (no or an unknown version, tampered answers), in Dutch.</summary>
    public required IReadOnlyList<ScreeningError> Errors { get; init; }
    public required IReadOnlyList<int> MissingItems { get; init; }
    public IReadOnlyList<ScoreLine> Scales { get; init; } = [];
    public IReadOnlyList<ScoreLine> Composites { get; init; } = [];
    public IReadOnlyList<CutoffResult> Cutoffs { get; init; } = [];
    /// <summary>False when the age is known and outside the instrument's validated ages.</summary>
    public required bool AgeValidated { get; init; }

    public bool IsScored => Errors.Count == 0 && MissingItems.Count == 0;

    /// <summary>The primary cut-off is reached; null when not scored or not validated for this age.</summary>
    public bool? AbovePrimaryCutoff =>
        IsScored && AgeValidated ? Cutoffs.FirstOrDefault(c => c.Primary)?.Reached : null;

    /// <summary>A secondary cut-off is reached while the primary one is not (CRIES-8 ≥ 17 with a total under 30).</summary>
    public bool IsBorderline => AbovePrimaryCutoff == false && Cutoffs.Any(c => !c.Primary && c.Reached);
}

/// <summary>
/// Scores any <see cref="Instrument"/>: sums per scale, composite sums, cut-offs of the chosen version. Items may
/// have different answer scales (CATS: 0-3 for symptoms, no/yes for functioning); only the composites named
/// in a cut-off decide, so a scale outside the total (functioning) is shown but never judged.
/// </summary>
public static class ScreeningEngine
{
    public static ScreeningScore Score(Instrument instrument, ScreeningAnswers form)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<ScreeningError>();

        var version = instrument.FindVersion(form.Version);
        if (version is null)
        {
            errors.Add(new ScreeningError("versie", "Kies welke versie is ingevuld: " + string.Join(" of ", instrument.Versions.Select(v => v.Name.ToLowerInvariant())) + "."));
        }

        var weights = new Dictionary<int, int>();
        foreach (var (number, key) in form.Answers.OrderBy(a => a.Key))
        {
            if (instrument.Items.All(i => i.Number != number))
            {
                errors.Add(new ScreeningError("vraag-1", $"Vraag {number} bestaat niet in de {instrument.Name}. Deze vragenlijst heeft {instrument.Items.Count} vragen."));
                continue;
            }
            var options = instrument.OptionsFor(instrument.Items.First(i => i.Number == number));
            var option = options.FirstOrDefault(a => a.Key == key);
            if (option is null)
            {
                errors.Add(new ScreeningError($"vraag-{number}", $"Vraag {number}: dit antwoord bestaat niet. Kies uit: {string.Join(", ", options.Select(a => a.Label))}."));
                continue;
            }
            weights[number] = option.Weight;
        }
        var missing = instrument.Items.Select(i => i.Number).Where(n => !form.Answers.ContainsKey(n)).ToList();
        var ageValidated = form.Age is not { } age || instrument.ValidAges.Contains(age);

        if (errors.Count > 0 || missing.Count > 0)
        {
            return new ScreeningScore { Instrument = instrument, Version = version, Age = form.Age, Errors = errors, MissingItems = missing, AgeValidated = ageValidated };
        }

        int Sum(string scoreKey) => instrument.ItemsOf(scoreKey).Sum(i => weights[i.Number]);
        int Max(string scoreKey) => instrument.MaxScore(scoreKey);

        var scales = instrument.Scales.Select(s => new ScoreLine(s.Key, s.Name, Sum(s.Key), Max(s.Key))).ToList();
        var composites = instrument.Scores.Select(s => new ScoreLine(s.Key, s.Name, Sum(s.Key), Max(s.Key))).ToList();
        var cutoffs = version!.Cutoffs
            .Select(c => new CutoffResult(c.Score, instrument.ScoreName(c.Score), Sum(c.Score), c.Minimum, Sum(c.Score) >= c.Minimum, c.Primary, c.Source))
            .ToList();
        return new ScreeningScore
        {
            Instrument = instrument,
            Version = version,
            Age = form.Age,
            Errors = errors,
            MissingItems = missing,
            Scales = scales,
            Composites = composites,
            Cutoffs = cutoffs,
            AgeValidated = ageValidated,
        };
    }
}
