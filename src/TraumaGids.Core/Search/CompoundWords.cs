using Lucene.Net.Analysis.Util;

namespace TraumaGids.Core.Search;

/// <summary>
/// How compound words are taken apart: by the parts of <c>zoekwoorden.yml</c> (list <c>samenstellingen</c>),
/// in indexed text (Lucene's dictionary compound filter, <see cref="Dictionary"/>) and in typed words
/// ("traumatherapie" → trauma, therapie), also with a typo in one part ("traumateraphie").
/// </summary>
internal sealed class CompoundWords
{
    private readonly string[] _parts;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _known;

    public CompoundWords(IEnumerable<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        _parts = [.. parts.Select(p => p.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
        _known = new HashSet<string>(_parts, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Dictionary = _parts.Length == 0 ? null : new CharArraySet(DutchAnalysis.Version, _parts, ignoreCase: true);
    }

    /// <summary>The known parts for Lucene's dictionary compound filter, or null when there are none.</summary>
    public CharArraySet? Dictionary { get; }

    /// <summary>
    /// The known parts a word consists of, front to back, or empty when it is not entirely made of
    /// them: "traumatherapie" gives [trauma, therapie]. A Dutch linking 's' or 'e' between parts is allowed.
    /// </summary>
    public IReadOnlyList<string> Split(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Dictionary is null || word.Length < 6)
        {
            return [];
        }
        var parts = new List<string>();
        return Split(word.ToLowerInvariant(), 0, parts) && parts.Count > 1 ? parts : [];
    }

    /// <summary>
    /// A compound of two known parts with a typo in one of them ("traumateraphie"): the parts as they
    /// are spelt ([trauma, therapie]), or empty. One part must stand in the word as it is spelt; the
    /// rest may be one edit away from a known part, two when it has seven letters or more. Meant for
    /// a word that occurs nowhere and does not split as typed.
    /// </summary>
    public IReadOnlyList<string> Correct(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        (int Edits, string First, string Second)? best = null;
        foreach (var known in _parts)
        {
            // The known part at the front, the misspelt one behind it, and the other way round.
            Consider(known, lower.StartsWith(known, StringComparison.Ordinal) ? lower[known.Length..] : null, knownFirst: true);
            Consider(known, lower.EndsWith(known, StringComparison.Ordinal) ? lower[..^known.Length] : null, knownFirst: false);
        }
        return best is { } b ? [b.First, b.Second] : [];

        void Consider(string known, string? rest, bool knownFirst)
        {
            if (rest is null || rest.Length < 5 || _known.Contains(rest))
            {
                return;
            }
            var max = rest.Length >= 7 ? 2 : 1;
            foreach (var part in _parts)
            {
                var edits = EditDistance.Distance(rest, part, max);
                if (edits <= max && (best is null || edits < best.Value.Edits))
                {
                    best = knownFirst ? (edits, known, part) : (edits, part, known);
                }
            }
        }
    }

    /// <summary>Splits from <paramref name="start"/> on, longest part first ("kinder(s)hulp").</summary>
    private bool Split(string word, int start, List<string> parts)
    {
        if (start == word.Length)
        {
            return true;
        }
        for (var end = word.Length; end - start >= 3; end--)
        {
            var piece = word.AsSpan(start, end - start);
            if (!_known.Contains(piece))
            {
                continue;
            }
            parts.Add(piece.ToString());
            if (Split(word, end, parts) || (end < word.Length - 3 && word[end] is 's' or 'e' && Split(word, end + 1, parts)))
            {
                return true;
            }
            parts.RemoveAt(parts.Count - 1);
        }
        return false;
    }
}
