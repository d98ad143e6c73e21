using TraumaGids.Core.Content;

namespace TraumaGids.Core.Screening;

/// <summary>
/// A screening questionnaire as content (<c>content/instrumenten/&lt;id&gt;.yml</c>): items, answer
/// weights, subscales, composite scores, versions with their cut-offs, valid ages, sources and advice
/// texts. The scoring engine knows nothing about a particular instrument: CRIES-13, CATS or PCL-5 is
/// a file, not code.
/// </summary>
public sealed record Instrument
{
    public required string Id { get; init; }
    public required string SourceFile { get; init; }
    public required string Name { get; init; }
    public required string FullName { get; init; }
    /// <summary>The period the questions are about, e.g. "de afgelopen 7 dagen".</summary>
    public required string Period { get; init; }
    public required AgeRange ValidAges { get; init; }
    /// <summary>Where the instrument comes when several fit an age: lower first (<c>volgorde</c>, default 100).</summary>
    public int Order { get; init; } = 100;
    /// <summary>The answer scales: the first is the default (<c>antwoorden</c>), others come from <c>antwoordschalen</c>.</summary>
    public required IReadOnlyList<AnswerScale> AnswerScales { get; init; }
    public required IReadOnlyList<Scale> Scales { get; init; }
    public required IReadOnlyList<CompositeScore> Scores { get; init; }
    public required IReadOnlyList<InstrumentVersion> Versions { get; init; }
    public required IReadOnlyList<Item> Items { get; init; }
    /// <summary>Signs that call for referral whatever the score (e.g. the child can no longer function).</summary>
    public required IReadOnlyList<Signal> EarlyReferralSignals { get; init; }
    /// <summary>Methods a referral should offer (the guideline's first choice), keys of the <c>methoden</c> vocabulary.</summary>
    public required IReadOnlyList<string> FirstChoiceMethods { get; init; }
    /// <summary>Themes (vocabulary keys) that make a practitioner fit better, e.g. domestic violence.</summary>
    public required IReadOnlyList<string> RelevantThemes { get; init; }
    /// <summary>Pages to hand to parents.</summary>
    public required IReadOnlyList<PageLink> ParentInformation { get; init; }
    public required IReadOnlyList<string> Sources { get; init; }
    public required AdviceTexts Advice { get; init; }

    /// <summary>The default answer scale.</summary>
    public IReadOnlyList<AnswerOption> Answers => AnswerScales[0].Options;

    /// <summary>The answers an item can have: its own answer scale, or the default one.</summary>
    public IReadOnlyList<AnswerOption> OptionsFor(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return (AnswerScales.FirstOrDefault(s => s.Key == item.AnswerScale) ?? AnswerScales[0]).Options;
    }

    /// <summary>The highest points a scale or composite score can reach: each item's highest answer, summed.</summary>
    public int MaxScore(string scoreKey) => ItemsOf(scoreKey).Sum(i => OptionsFor(i).Max(a => a.Weight));

    public InstrumentVersion? FindVersion(string? key) => Versions.FirstOrDefault(v => v.Key == key);

    /// <summary>The items of a scale, or of every scale of a composite score.</summary>
    public IReadOnlyList<Item> ItemsOf(string scoreKey)
    {
        var scales = Scores.FirstOrDefault(s => s.Key == scoreKey)?.Scales ?? [scoreKey];
        return [.. Items.Where(i => scales.Contains(i.Scale))];
    }

    public string ScoreName(string scoreKey) =>
        Scales.FirstOrDefault(s => s.Key == scoreKey)?.Name ?? Scores.FirstOrDefault(s => s.Key == scoreKey)?.Name ?? scoreKey;
}

public sealed record AnswerOption(string Key, string Label, int Weight);

/// <summary>A set of answers with their points, e.g. 0-3 from "Nooit" to "Bijna altijd", or "Nee"/"Ja".</summary>
public sealed record AnswerScale(string Key, IReadOnlyList<AnswerOption> Options)
{
    /// <summary>The key of the default scale, the file's top-level <c>antwoorden</c>.</summary>
    public const string DefaultKey = "antwoorden";
}

public sealed record Scale(string Key, string Name);

/// <summary>A sum of whole scales, e.g. CRIES-8 = intrusion + avoidance.</summary>
public sealed record CompositeScore(string Key, string Name, IReadOnlyList<string> Scales);

/// <summary>
/// One question: its number on the form, a short paraphrase (never the official wording), the (sub)scale it
/// counts in and its answer scale (<see cref="AnswerScale.DefaultKey"/> unless the file names another).
/// </summary>
public sealed record Item(int Number, string Text, string Scale, string AnswerScale = Screening.AnswerScale.DefaultKey);

/// <summary>A version of the questionnaire (child self-report, parent) with its own cut-offs.</summary>
public sealed record InstrumentVersion(string Key, string Name, IReadOnlyList<Cutoff> Cutoffs)
{
    public Cutoff? Primary => Cutoffs.FirstOrDefault(c => c.Primary);
}

/// <summary>A score at or above <see cref="Minimum"/> screens positive, with the study that says so.</summary>
public sealed record Cutoff(string Score, int Minimum, string Source, bool Primary);

public sealed record Signal(string Key, string Text);

/// <summary>
/// The guideline's advice texts, kept in the instrument file so editors can word them.
/// <see cref="Borderline"/> is required when a version has a secondary cut-off; <see cref="YoungChild"/>
/// is shown with the referral of a child of 0 to 4 years.
/// </summary>
public sealed record AdviceTexts(
    string Always,
    string Rescreen,
    string Refer,
    string DoNotWait,
    string NoReferral,
    string Meldcode,
    string NotADiagnosis,
    string OutsideAges,
    string? Borderline = null,
    string? YoungChild = null);
