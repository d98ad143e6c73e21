namespace TraumaGids.Core.Content;

/// <summary>
/// How search understands people, kept as content (<c>zoekwoorden.yml</c>) so editors can change it:
/// synonym groups, place names that belong to a municipality, and word parts for compound splitting.
/// </summary>
public sealed record SearchWords(
    IReadOnlyList<IReadOnlyList<string>> Synonyms,
    IReadOnlyDictionary<string, string> Places,
    IReadOnlyList<string> CompoundParts)
{
    public const string FileName = "zoekwoorden.yml";

    public static SearchWords Empty { get; } = new([], new Dictionary<string, string>(), []);
}
