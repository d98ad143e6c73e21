namespace TraumaGids.Core.Content;

/// <summary>
/// How search understands people, kept as content (<c>zoekwoorden.yml</c>) so editors can change it:
/// synonym groups, place names that belong to a municipality, word parts for compound splitting, and
/// general words that almost every question for help has ("hulp").
/// </summary>
public sealed record SearchWords(
    IReadOnlyList<IReadOnlyList<string>> Synonyms,
    IReadOnlyDictionary<string, string> Places,
    IReadOnlyList<string> CompoundParts)
{
    public const string FileName = "zoekwoorden.yml";

    /// <summary>
    /// Words that count for the order of the results but that a result need not contain ("hulp" in
    /// "gratis hulp" or "hulp voor mijn peuter"): without them, pages that say what was asked in other
    /// words would be left out.
    /// </summary>
    public IReadOnlyList<string> GeneralWords { get; init; } = [];

    /// <summary>
    /// Words the Dutch stemmer would join with a word of another meaning, with the stem they get instead:
    /// "ouderen" (the elderly) and "ouders" (parents) both stem to "ouder".
    /// </summary>
    public IReadOnlyDictionary<string, string> StemExceptions { get; init; } = new Dictionary<string, string>();

    /// <summary>Other names people type for a language ("english", "turkish"), with its key in the vocabulary.</summary>
    public IReadOnlyDictionary<string, string> LanguageNames { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Phrases that say what someone wants rather than what they look for ("snel terecht", "gratis"),
    /// with what they become: an order or a filter (<see cref="SearchIntent"/>).
    /// </summary>
    public IReadOnlyDictionary<string, SearchIntent> Intents { get; init; } = new Dictionary<string, SearchIntent>();

    public static SearchWords Empty { get; } = new([], new Dictionary<string, string>(), []);
}
