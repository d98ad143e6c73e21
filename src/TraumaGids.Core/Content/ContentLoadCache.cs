namespace TraumaGids.Core.Content;

/// <summary>
/// What earlier loads of one directory made of each file, so that a reload parses only the files whose
/// text changed (<see cref="ContentLoader.Load(ContentFiles, DateOnly, ContentLoadCache?)"/>). An item
/// is reused only when its file's text is the same and so is everything it was checked against: the
/// lists of <c>vocabulaires.yml</c> (the same text, so the same <see cref="Vocabularies"/> instance),
/// today's date, and for each page the file links to whether it is on disk; otherwise it is parsed again. The top files are
/// reused by their text (<c>zoekwoorden.yml</c> also by the lists it was checked against). The result
/// of a load is the same with or without a cache, and an unchanged file keeps the same item instance,
/// which lets the search index reuse what it wrote for it. Not thread-safe: one load at a time.
/// </summary>
public sealed class ContentLoadCache
{
    private readonly Dictionary<string, Outcome> _files = new(StringComparer.Ordinal);
    private Vocabularies? _vocabularies;
    private DateOnly _today;
    private object _key = new();

    /// <summary>What a file's text gave in one context (<see cref="Key"/>): its item (or null) and its own problems.</summary>
    internal sealed record Outcome(string? Text, string SlugOnDisk, object Key, object? Item, IReadOnlyList<ContentIssue> Issues, int SlugLine,
        IReadOnlyList<ContentLoader.PageLinkAt> Links, IReadOnlyList<(PageLink Page, bool Exists)> PagesLookedUp);

    /// <summary>The top files (<c>vocabulaires.yml</c>, <c>zoekwoorden.yml</c>) as last loaded.</summary>
    internal Dictionary<string, (string Text, object? DependsOn, object Result, IReadOnlyList<ContentIssue> Issues)> TopFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>The earlier result for this file if its text is the same; null when it changed or was never loaded.</summary>
    internal Outcome? Find(string relativePath, string? text) =>
        text is not null && _files.TryGetValue(relativePath, out var known) && known.Text is not null &&
        (ReferenceEquals(known.Text, text) || string.Equals(known.Text, text, StringComparison.Ordinal))
            ? known
            : null;

    internal void Add(string relativePath, Outcome outcome)
    {
        if (outcome.Text is not null)
        {
            _files[relativePath] = outcome;
        }
        else
        {
            _files.Remove(relativePath);
        }
    }

    /// <summary>
    /// The context an item is made in: the same object as last time when the lists and the date are the
    /// same, else a new one (and every item is made again).
    /// </summary>
    internal object KeyFor(Vocabularies vocabularies, DateOnly today)
    {
        if (!ReferenceEquals(vocabularies, _vocabularies) || today != _today)
        {
            _vocabularies = vocabularies;
            _today = today;
            _key = new object();
        }
        return _key;
    }

    /// <summary>Forgets the files that are no longer in the directory.</summary>
    internal void Keep(ContentFiles files)
    {
        foreach (var path in _files.Keys.Where(path => !files.Files.ContainsKey(path)).ToList())
        {
            _files.Remove(path);
        }
    }
}
