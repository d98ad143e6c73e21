namespace TraumaGids.Core.Search;

/// <summary>
/// Did-you-mean: the words of all content (unstemmed, folded) with the number of items each occurs
/// in. A typed word that occurs nowhere is replaced by the closest word that does. At start-up the
/// table is made after the first answer (<see cref="Later"/>): until then <see cref="Suggest"/> offers
/// nothing, and <see cref="Near"/> (typo matches, part of the results) waits for it, so results never
/// depend on when it was made.
/// </summary>
internal sealed class Spelling
{
    private readonly DutchAnalysis _analysis;

    /// <summary>The table, made once: at once, or later (<see cref="Later"/>) by whoever needs it first.</summary>
    private readonly Lazy<Table> _table;

    /// <param name="Frequency">How many items each word occurs in.</param>
    /// <param name="Sorted">The words in ordinal order: words that share a beginning stand together (see <see cref="Within"/>).</param>
    /// <param name="Shared">For each word of <paramref name="Sorted"/>, how many letters it shares with the word before it.</param>
    private sealed record Table(Dictionary<string, int> Frequency, string[] Sorted, int[] Shared);

    public Spelling(IEnumerable<string> texts, DutchAnalysis analysis)
        : this(texts.Select(text => WordsOf(text, analysis)), analysis)
    {
    }

    /// <param name="wordsPerItem">The words of each item's text (<see cref="WordsOf"/>), each item's words once.</param>
    /// <param name="analysis">The analysis the words were found with.</param>
    public Spelling(IEnumerable<string[]> wordsPerItem, DutchAnalysis analysis)
        : this(analysis, new Lazy<Table>(MakeTable(wordsPerItem ?? throw new ArgumentNullException(nameof(wordsPerItem)))))
    {
    }

    private Spelling(DutchAnalysis analysis, Lazy<Table> table)
    {
        _analysis = analysis ?? throw new ArgumentNullException(nameof(analysis));
        _table = table;
    }

    /// <summary>
    /// Did-you-mean whose table is made from <paramref name="wordsPerItem"/> when <see cref="Complete"/> is
    /// called or a typo match first needs it, whichever comes first (once, the others wait for it).
    /// </summary>
    public static Spelling Later(Func<IEnumerable<string[]>> wordsPerItem, DutchAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(wordsPerItem);
        return new Spelling(analysis, new Lazy<Table>(() => MakeTable(wordsPerItem()), LazyThreadSafetyMode.ExecutionAndPublication));
    }

    /// <summary>Whether the table is made: until then <see cref="Suggest"/> offers nothing.</summary>
    public bool IsComplete => _table.IsValueCreated;

    /// <summary>Makes the table now if it is not made yet (or waits while another thread makes it).</summary>
    public void Complete() => _ = _table.Value;

    private static Table MakeTable(IEnumerable<string[]> wordsPerItem)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var words in wordsPerItem)
        {
            foreach (var word in words)
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }
        string[] sorted = [.. frequency.Keys.Order(StringComparer.Ordinal)];
        return new Table(frequency, sorted, SharedBeginnings(sorted));
    }

    /// <summary>The words of one item's text that did-you-mean knows (each once): three letters or more, no digits.</summary>
    public static string[] WordsOf(string text, DutchAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return [.. DutchAnalysis.Terms(analysis.Words, IndexFields.Body.Name, text).Select(t => t.Term).Distinct(StringComparer.Ordinal)
            .Where(word => word.Length >= 3 && !word.Any(char.IsDigit))];
    }

    /// <summary>Every word of the vocabulary (for tests).</summary>
    internal IReadOnlyCollection<string> Words => _table.Value.Frequency.Keys;

    /// <summary>Words of the content at most <paramref name="maxEdits"/> away, most frequent first: the typo matches of a word.</summary>
    public IReadOnlyList<string> Near(string word, int maxEdits, int limit)
    {
        ArgumentNullException.ThrowIfNull(word);
        var table = _table.Value;
        var found = new List<string>();
        Within(table, word, maxEdits, (candidate, _) => found.Add(candidate));
        return [.. found.OrderByDescending(w => table.Frequency[w]).ThenBy(w => w, StringComparer.Ordinal).Take(limit)];
    }

    /// <summary>The text with unknown words corrected, or null when nothing could be corrected (or the table is not made yet).</summary>
    public string? Suggest(string text)
    {
        if (!_table.IsValueCreated)
        {
            return null;
        }
        var table = _table.Value;
        var changed = false;
        var words = new List<string>();
        foreach (var (word, _, _) in DutchAnalysis.Terms(_analysis.Words, IndexFields.Body.Name, QueryText.Normalise(text)).Take(QueryText.MaxTerms))
        {
            // A short word that occurs nowhere is more often a real word than a typo ("zoon", "kort"):
            // correcting it to a frequent neighbour ("zo'n", "komt") would change what was asked.
            var correction = IsStopWord(word) || word.Length < MinLength || table.Frequency.ContainsKey(word) ? null : Closest(table, word) ?? CompoundParts(word);
            changed |= correction is not null;
            words.Add(correction ?? word);
        }
        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>"traumateraphie": a compound with a typo in one part, written as its two parts ("trauma therapie").</summary>
    private string? CompoundParts(string word) =>
        _analysis.Compounds.Correct(word) is { Count: > 1 } parts ? string.Join(' ', parts) : null;

    /// <summary>A word this short is only corrected to a word that occurs in two items or more.</summary>
    private const int ShortWord = 6;

    /// <summary>Did-you-mean corrects words of this many letters or more.</summary>
    public const int MinLength = 5;

    private static bool IsStopWord(string word) =>
        DutchAnalysis.StopWords.Contains(word) || word.Contains('\'') || word.Contains('’');

    /// <summary>
    /// Whether a short word is a slip of the fingers for the candidate: a letter added, dropped or swapped
    /// with its neighbour, or changed for a letter next to it on the keyboard. Changed for a letter far
    /// away, it is more often another real word ("vader" and "vaker", "slaat" and "staat").
    /// </summary>
    private static bool LooksMistyped(string word, string candidate)
    {
        if (word.Length != candidate.Length)
        {
            return true;
        }
        var differ = Enumerable.Range(0, word.Length).Where(i => word[i] != candidate[i]).ToList();
        return differ switch
        {
            [var i] => Keyboard.AreNear(word[i], candidate[i]),
            [var i, var j] => j == i + 1 && word[i] == candidate[j] && word[j] == candidate[i],
            _ => false,
        };
    }

    private static string? Closest(Table table, string word)
    {
        var max = word.Length >= 7 ? 2 : 1;
        string? best = null;
        var bestDistance = max + 1;
        var bestFrequency = 0;
        // Closest first, then the most frequent; among equals the first in ordinal order. Never a stop word.
        Within(table, word, max, (candidate, distance) =>
        {
            var frequency = table.Frequency[candidate];
            // A short word one letter from a word of one item is as often a real word the content does not
            // use ("vader" next to "vager"): only a word that more items use is proposed for it.
            if (IsStopWord(candidate) || (word.Length <= ShortWord && (frequency < 2 || !LooksMistyped(word, candidate))))
            {
                return;
            }
            if (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency))
            {
                (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
            }
        });
        return best;
    }

    /// <summary>
    /// Every word of the content at most <paramref name="max"/> edits (as <see cref="EditDistance"/>
    /// counts them) from <paramref name="word"/>, in ordinal order, with its distance. The words are
    /// walked in sorted order, so the distance table of a shared beginning is worked out once; once a
    /// beginning is more than <paramref name="max"/> edits away, every word that starts with it is
    /// skipped. That keeps a large vocabulary cheap: most beginnings are far away after a few letters.
    /// </summary>
    private static void Within(Table table, string word, int max, Action<string, int> found)
    {
        var (_, sorted, shared) = table;
        var columns = word.Length + 1;
        // rows[i]: the edit distances between the candidate's first i letters and every prefix of word.
        var rows = new List<int[]> { Enumerable.Range(0, columns).ToArray() };
        // How many letters of the current candidate the rows are worked out for.
        var valid = 0;
        var index = 0;
        while (index < sorted.Length)
        {
            var candidate = sorted[index];
            // Rows for the beginning this candidate shares with the words before it are already there.
            var depth = Math.Min(valid, shared[index]);
            var pruned = false;
            for (var i = depth + 1; i <= candidate.Length; i++)
            {
                if (rows.Count <= i)
                {
                    // Cells more than max off the diagonal are never worked out: they stay "too far".
                    var row = new int[columns];
                    Array.Fill(row, max + 1);
                    rows.Add(row);
                }
                var current = rows[i];
                current[0] = Math.Min(i, max + 1);
                var rowMin = current[0];
                // Only the band around the diagonal can stay within max edits (Ukkonen).
                for (int j = Math.Max(1, i - max), last = Math.Min(columns - 1, i + max); j <= last; j++)
                {
                    current[j] = EditDistance.Cell(candidate, word, i, j, rows[Math.Max(0, i - 2)], rows[i - 1], current);
                    rowMin = Math.Min(rowMin, current[j]);
                }
                valid = i;
                if (rowMin > max)
                {
                    // No word that starts with these i letters can come within max: skip them all
                    // (they follow this one, each sharing at least i letters with the word before it).
                    index++;
                    while (index < sorted.Length && shared[index] >= i)
                    {
                        index++;
                    }
                    pruned = true;
                    break;
                }
            }
            if (pruned)
            {
                continue;
            }
            var distance = rows[candidate.Length][word.Length];
            if (distance <= max)
            {
                found(candidate, distance);
            }
            index++;
        }
    }

    /// <summary>How many letters each word shares with the word before it in <paramref name="sorted"/>.</summary>
    private static int[] SharedBeginnings(string[] sorted)
    {
        var shared = new int[sorted.Length];
        for (var k = 1; k < sorted.Length; k++)
        {
            shared[k] = sorted[k].AsSpan().CommonPrefixLength(sorted[k - 1]);
        }
        return shared;
    }
}
