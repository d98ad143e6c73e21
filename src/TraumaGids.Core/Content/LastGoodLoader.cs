namespace TraumaGids.Core.Content;

/// <summary>
/// Loads content again and again from the same directory, keeping the last good version of every file
/// that an edit broke: nothing disappears from the site because of a typo. A file that loaded before
/// and now has problems of its own is loaded from the text it had when it last loaded, and reported as
/// a <see cref="StaleFile"/> until it loads again. <c>vocabulaires.yml</c> and <c>zoekwoorden.yml</c>
/// are tried first, as the other files depend on them. A file that is removed is gone, and a file that
/// has never loaded has no last good version: it is skipped and reported as on start-up. Not
/// thread-safe: one load at a time.
/// </summary>
public sealed class LastGoodLoader
{
    /// <summary>The text of each file as it was when it last loaded.</summary>
    private readonly Dictionary<string, string> _lastGood = new(StringComparer.Ordinal);

    /// <summary>Since when each stale file has been served from its last good version.</summary>
    private readonly Dictionary<string, DateTimeOffset> _since = new(StringComparer.Ordinal);

    /// <summary>What each file gave last time: a reload parses only the files whose text changed.</summary>
    private readonly ContentLoadCache _cache = new();

    public (ContentSet Content, IReadOnlyList<StaleFile> Stale) Load(ContentFiles files, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(files);
        var texts = files;
        // Each substituted file with the problems its current text had.
        var substituted = new Dictionary<string, IReadOnlyList<ContentIssue>>(StringComparer.Ordinal);
        var content = ContentLoader.Load(texts, today, _cache);
        while (true)
        {
            var current = content;
            var candidates = files.Files.Values
                .Where(f => !current.ServedFiles.Contains(f.RelativePath) && !substituted.ContainsKey(f.RelativePath) &&
                    _lastGood.TryGetValue(f.RelativePath, out var good) && !string.Equals(good, f.Text, StringComparison.Ordinal))
                .Select(f => f.RelativePath)
                .ToList();
            if (candidates.Count == 0)
            {
                break;
            }
            // A broken vocabulary makes every practitioner fail: put the top files back first, and only
            // then see which of the other files are broken by their own edit.
            var top = candidates.Where(ContentFiles.TopFiles.Contains).ToList();
            foreach (var path in top.Count > 0 ? top : candidates)
            {
                var problems = content.Issues.Where(i => i.File == path).ToList();
                substituted[path] = problems.Count > 0 ? problems : [new ContentIssue(path, 1, "bestand", "wordt niet getoond")];
                texts = texts.With(path, _lastGood[path]);
            }
            content = ContentLoader.Load(texts, today, _cache);
        }

        // A last good version that does not load either (a list it uses has changed since) is no help:
        // that file is reported with the problems of its current text, as any other broken file.
        var unhelpful = substituted.Keys.Where(path => !content.ServedFiles.Contains(path)).ToList();
        if (unhelpful.Count > 0)
        {
            texts = files;
            foreach (var path in unhelpful)
            {
                substituted.Remove(path);
            }
            foreach (var path in substituted.Keys)
            {
                texts = texts.With(path, _lastGood[path]);
            }
            content = ContentLoader.Load(texts, today, _cache);
        }

        foreach (var path in content.ServedFiles)
        {
            _lastGood[path] = texts.Files[path].Text!;
        }
        foreach (var path in _lastGood.Keys.Where(path => !files.Files.ContainsKey(path)).ToList())
        {
            _lastGood.Remove(path);
        }
        foreach (var path in _since.Keys.Where(path => !substituted.ContainsKey(path)).ToList())
        {
            _since.Remove(path);
        }
        var stale = substituted
            .Where(s => content.ServedFiles.Contains(s.Key))
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s =>
            {
                // The file may have been edited again, still broken: it stays stale since the first time.
                _since.TryAdd(s.Key, now);
                return new StaleFile(s.Key, s.Value, _since[s.Key]);
            })
            .ToList();
        return (content, stale);
    }
}
