namespace TraumaGids.Core.Content;

/// <summary>A controlled list: stable keys (used in content files and URLs) with Dutch labels, in editor order.</summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, string> _labels;

    public Vocabulary(string name, IEnumerable<KeyValuePair<string, string>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Name = name;
        Entries = entries.ToList();
        _labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, label) in Entries)
        {
            _labels.TryAdd(key, label);
        }
    }

    /// <summary>The key used in <c>vocabulaires.yml</c> and in error messages, e.g. <c>methoden</c>.</summary>
    public string Name { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Entries { get; }

    public bool Contains(string key) => _labels.ContainsKey(key);

    /// <summary>The Dutch label, or the key itself when unknown (never throws while rendering).</summary>
    public string Label(string key) => _labels.TryGetValue(key, out var label) ? label : key;
}

/// <summary>All controlled vocabularies, read from <c>vocabulaires.yml</c>.</summary>
public sealed record Vocabularies(
    Vocabulary TargetGroups,
    Vocabulary Methods,
    Vocabulary Themes,
    Vocabulary Municipalities,
    Vocabulary Funding,
    Vocabulary Languages,
    Vocabulary Disciplines)
{
    public const string FileName = "vocabulaires.yml";

    /// <summary>
    /// The municipalities that border each municipality (<c>buurgemeenten</c>, optional): where search
    /// looks "ook in de buurt" when a place leaves few results. Both directions are listed.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Neighbours { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>The neighbours of any of the municipalities that are not themselves among them, in the order of <c>gemeenten</c>.</summary>
    public IReadOnlyList<string> NeighboursOf(IEnumerable<string> municipalities)
    {
        ArgumentNullException.ThrowIfNull(municipalities);
        var chosen = municipalities.ToHashSet(StringComparer.Ordinal);
        var near = chosen.SelectMany(m => Neighbours.GetValueOrDefault(m) ?? []).ToHashSet(StringComparer.Ordinal);
        return [.. Municipalities.Entries.Select(e => e.Key).Where(k => near.Contains(k) && !chosen.Contains(k))];
    }

    /// <summary>
    /// How a client can be referred (<c>verwijsroutes</c>). Optional in the file, so a content set from
    /// before this list still loads; a profile that names a route then reports it as unknown.
    /// </summary>
    public Vocabulary ReferralRoutes { get; init; } = new("verwijsroutes", []);

    public static Vocabularies Empty { get; } = new(
        new Vocabulary("doelgroepen", []),
        new Vocabulary("methoden", []),
        new Vocabulary("themas", []),
        new Vocabulary("gemeenten", []),
        new Vocabulary("financiering", []),
        new Vocabulary("talen", []),
        new Vocabulary("disciplines", []));
}
