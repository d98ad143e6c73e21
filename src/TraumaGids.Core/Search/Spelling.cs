namespace TraumaGids.Core.Search;

/// <summary>
/// Did-you-mean: the words of all content (unstemmed, folded) with the number of items each occurs
/// in. A typed word that occurs nowhere is replaced by the closest word that does.
/// </summary>
internal sealed class Spelling
{
    private readonly Dictionary<string, int> _frequency;
    private readonly ILookup<int, string> _byLength;
    private readonly DutchAnalysis _analysis;

    public Spelling(IEnumerable<string> texts, DutchAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(texts);
        _analysis = analysis ?? throw new ArgumentNullException(nameof(analysis));
        _frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in DutchAnalysis.Terms(analysis.Words, IndexFields.Body.Name, text).Select(t => t.Term).Distinct(StringComparer.Ordinal))
            {
                if (word.Length >= 3 && !word.Any(char.IsDigit))
                {
                    _frequency[word] = _frequency.GetValueOrDefault(word) + 1;
                }
            }
        }
        _byLength = _frequency.Keys.ToLookup(w => w.Length);
    }

    /// <summary>Words of the content at most <paramref name="maxEdits"/> away, most frequent first: the typo matches of a word.</summary>
    public IReadOnlyList<string> Near(string word, int maxEdits, int limit)
    {
        ArgumentNullException.ThrowIfNull(word);
        var found = new List<string>();
        for (var length = word.Length - maxEdits; length <= word.Length + maxEdits; length++)
        {
            found.AddRange(_byLength[length].Where(candidate => EditDistance.AtMost(word, candidate, maxEdits)));
        }
        return [.. found.OrderByDescending(w => _frequency[w]).ThenBy(w => w, StringComparer.Ordinal).Take(limit)];
    }

    /// <summary>The text with unknown words corrected, or null when nothing could be corrected.</summary>
    public string? Suggest(string text)
    {
        var changed = false;
        var words = new List<string>();
        foreach (var (word, _, _) in DutchAnalysis.Terms(_analysis.Words, IndexFields.Body.Name, QueryText.Normalise(text)).Take(QueryText.MaxTerms))
        {
            var isStopWord = Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet.Contains(word);
            var correction = isStopWord || word.Length < 3 || _frequency.ContainsKey(word) ? null : Closest(word);
            changed |= correction is not null;
            words.Add(correction ?? word);
        }
        return changed ? string.Join(' ', words) : null;
    }

    private string? Closest(string word)
    {
        var max = word.Length >= 7 ? 2 : 1;
        string? best = null;
        var bestDistance = max + 1;
        var bestFrequency = 0;
        for (var length = word.Length - max; length <= word.Length + max; length++)
        {
            foreach (var candidate in _byLength[length])
            {
                var distance = EditDistance.Distance(word, candidate, max);
                var frequency = _frequency[candidate];
                if (distance < bestDistance || (distance == bestDistance && distance <= max && frequency > bestFrequency))
                {
                    (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
                }
            }
        }
        return bestDistance <= max ? best : null;
    }
}
