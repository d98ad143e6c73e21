namespace TraumaGids.Core.Search;

/// <summary>
/// Did-you-mean: the words of all content (unstemmed, folded) with the number of items each occurs
/// in. A typed word that occurs nowhere is replaced by the closest word that does.
/// </summary>
internal sealed class Spelling
{
    private readonly Dictionary<string, int> _frequency;
    private readonly ILookup<int, string> _byLength;

    public Spelling(IEnumerable<string> texts)
    {
        _frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in DutchAnalysis.Terms(DutchAnalysis.Words, IndexFields.Body.Name, text).Select(t => t.Term).Distinct(StringComparer.Ordinal))
            {
                if (word.Length >= 3 && !word.Any(char.IsDigit))
                {
                    _frequency[word] = _frequency.GetValueOrDefault(word) + 1;
                }
            }
        }
        _byLength = _frequency.Keys.ToLookup(w => w.Length);
    }

    /// <summary>The query with unknown words corrected, or null when nothing could be corrected.</summary>
    public string? Suggest(QueryText query)
    {
        var changed = false;
        var words = new List<string>();
        foreach (var (word, isStopWord) in query.Words())
        {
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
