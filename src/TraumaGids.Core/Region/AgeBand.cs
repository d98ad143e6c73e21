using TraumaGids.Core.Content;

namespace TraumaGids.Core.Region;

/// <summary>
/// An age group of the region overview. The keys are the <c>doelgroepen</c> keys of the vocabulary, so an
/// offer's target groups say which bands a method is meant for; the vocabulary gives the name, the ages
/// are fixed here because the vocabulary's labels are text ("Kinderen (4 tot 12 jaar)": 4 up to, not
/// including, 12). <see cref="AllAges"/> is the band of every age.
/// </summary>
public sealed record AgeBand(string Key, int From, int To)
{
    /// <summary>The key of <see cref="AllAges"/>; no target group has it.</summary>
    public const string AllAgesKey = "alle";

    public static AgeBand AllAges { get; } = new(AllAgesKey, 0, 120);

    /// <summary>The six age groups, young to old, without overlap, from 0 to 120 years.</summary>
    public static IReadOnlyList<AgeBand> Bands { get; } =
    [
        new("jonge-kinderen", 0, 3),
        new("kinderen", 4, 11),
        new("jongeren", 12, 17),
        new("jongvolwassenen", 18, 24),
        new("volwassenen", 25, 64),
        new("ouderen", 65, 120),
    ];

    /// <summary><see cref="AllAges"/> followed by <see cref="Bands"/>: every view of the overview.</summary>
    public static IReadOnlyList<AgeBand> Views { get; } = [AllAges, .. Bands];

    public bool IsAllAges => Key == AllAgesKey;

    /// <summary>A practitioner counts in a band when their age range overlaps it, even by one year.</summary>
    public bool Overlaps(AgeRange ages)
    {
        ArgumentNullException.ThrowIfNull(ages);
        return ages.From <= To && ages.To >= From;
    }

    /// <summary>Null for an unknown key (an address can hold anything).</summary>
    public static AgeBand? Find(string? key) => Views.FirstOrDefault(b => b.Key == key);

    /// <summary>"Kinderen": the target group's label without its ages in brackets.</summary>
    public string Name(Vocabularies vocabularies)
    {
        ArgumentNullException.ThrowIfNull(vocabularies);
        return IsAllAges ? "Alle leeftijden" : RegionLabels.WithoutExplanation(vocabularies.TargetGroups.Label(Key));
    }

    /// <summary>"4 tot en met 11 jaar", "vanaf 65 jaar", "alle leeftijden".</summary>
    public string Ages => IsAllAges ? "alle leeftijden" : To >= 99 ? $"vanaf {From} jaar" : $"{From} tot en met {To} jaar";

    /// <summary>"Kinderen (4 tot en met 11 jaar)".</summary>
    public string Label(Vocabularies vocabularies) => IsAllAges ? Name(vocabularies) : $"{Name(vocabularies)} ({Ages})";
}
