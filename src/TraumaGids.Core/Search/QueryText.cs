using System.Text;

namespace TraumaGids.Core.Search;

/// <summary>
/// What a visitor typed, made safe to analyse: control characters and broken surrogates out, length
/// capped, then split into the analyzer's terms, each with its synonyms and compound parts. Never
/// parsed as query syntax.
/// </summary>
internal sealed class QueryText
{
    public const int MaxLength = 500;
    public const int MaxTerms = 16;

    /// <summary>Shortest typed word that may match with one typo.</summary>
    public const int FuzzyMinLength = 5;

    /// <summary>Shortest last term that also matches as the start of a longer word.</summary>
    public const int PrefixMinLength = 4;

    private QueryText(string normalised, IReadOnlyList<QueryTerm> terms, IReadOnlyList<QueryUnit> units, string? prefix)
    {
        Normalised = normalised;
        Terms = terms;
        Units = units;
        Prefix = prefix;
        // Worked out once per search: snippets ask these for every word of every hit.
        static IEnumerable<string> OneWord(IEnumerable<IReadOnlyList<string>> synonyms) => synonyms.Where(s => s.Count == 1).Select(s => s[0]);
        _stems = new HashSet<string>(
            terms.SelectMany(t => OneWord(t.Synonyms).Concat(t.Forms).Prepend(t.Stem)).Concat(units.SelectMany(u => OneWord(u.Alternatives))),
            StringComparer.Ordinal);
        _typoWords = [.. terms.Where(t => t.AllowsTypo).Select(t => t.Word)];
        Anchors = [.. terms
            .SelectMany(t => OneWord(t.Synonyms).Prepend(t.Word).Prepend(t.Stem))
            .Where(a => a.Length >= 3)
            .Distinct(StringComparer.Ordinal)];
    }

    private readonly HashSet<string> _stems;
    private string[] _typoWords;

    /// <summary>
    /// Keeps typo matching only for typed words the index does not know as written. The search looks
    /// for typos of those words only (<see cref="LooksForTyposOf"/>), and snippets follow it, so a word
    /// typed correctly does not mark its near misses ("tellen" not "stellen"). Called once per search.
    /// </summary>
    public void KeepTyposOnlyFor(Func<string, bool> unknown) => _typoWords = [.. _typoWords.Where(unknown)];

    /// <summary>Whether the search also matches words one typo away from this typed word.</summary>
    public bool LooksForTyposOf(QueryTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return Array.IndexOf(_typoWords, term.Word) >= 0;
    }

    /// <summary>Typed words, their stems and one-word synonyms (3 letters or more): where a snippet may start.</summary>
    public IReadOnlyList<string> Anchors { get; }

    /// <summary>
    /// The terms grouped into what must match: one unit per word, except that words forming a phrase
    /// with synonyms ("geweld thuis") are one unit, matched by the words together or by a synonym.
    /// </summary>
    public IReadOnlyList<QueryUnit> Units { get; }

    public string Normalised { get; }

    /// <summary>The searchable words (stop words left out), distinct by stem, in the order typed.</summary>
    public IReadOnlyList<QueryTerm> Terms { get; }

    /// <summary>The stem of the last word, matched as a prefix too (the visitor may not have finished typing it).</summary>
    public string? Prefix { get; }

    public bool IsEmpty => Normalised.Length == 0;

    public static QueryText Parse(string? text, DutchAnalysis analysis, SynonymMap synonyms)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(synonyms);
        var normalised = Normalise(text).Trim();
        var stems = DutchAnalysis.Terms(analysis.Query, IndexFields.Body.Name, normalised).ToDictionary(t => t.Start, t => t.Term);
        var terms = DutchAnalysis.Terms(analysis.Words, IndexFields.Body.Name, normalised)
            .Where(w => stems.ContainsKey(w.Start))
            .Select(w => new QueryTerm(w.Term, stems[w.Start])
            {
                CompoundParts = [.. analysis.Compounds.Split(w.Term).SelectMany(part => DutchAnalysis.Terms(analysis.Query, IndexFields.Body.Name, part).Select(t => t.Term))],
                Forms = WordForms.Candidates(w.Term, stems[w.Start], word => DutchAnalysis.Terms(analysis.Query, IndexFields.Body.Name, word) is [var only] ? only.Term : null),
            })
            .DistinctBy(t => t.Stem, StringComparer.Ordinal)
            .Take(MaxTerms)
            .ToList();
        var phrases = synonyms.Expand(terms);
        var units = new List<QueryUnit>();
        for (var i = 0; i < terms.Count;)
        {
            var phrase = phrases.Where(p => p.Start == i).OrderByDescending(p => p.Length).FirstOrDefault();
            if (phrase.Length > 1)
            {
                var same = phrases.Where(p => p.Start == i && p.Length == phrase.Length).ToList();
                units.Add(new QueryUnit(
                    [.. terms.Skip(i).Take(phrase.Length)],
                    [.. same.SelectMany(p => p.Alternatives)],
                    [.. same.Select(p => p.Group).Distinct()]));
                i += phrase.Length;
            }
            else
            {
                units.Add(new QueryUnit([terms[i]], [], []));
                i++;
            }
        }
        var prefix = terms.Count > 0 && terms[^1].Stem.Length >= PrefixMinLength ? terms[^1].Stem : null;
        return new QueryText(normalised, terms, units, prefix);
    }

    /// <summary>The stem is a typed word's, a one-word synonym's, or starts with the prefix.</summary>
    public bool MatchesStem(string stem) =>
        _stems.Contains(stem) || (Prefix is not null && stem.StartsWith(Prefix, StringComparison.Ordinal));

    /// <summary>Whether a word of this length could be one typo away from a typed word at all.</summary>
    public bool MayBeTypo(int length)
    {
        if (length < FuzzyMinLength - 1)
        {
            return false;
        }
        foreach (var word in _typoWords)
        {
            if (Math.Abs(word.Length - length) <= 1)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The word (lower case, accents folded) is one typo away from a typed word.</summary>
    public bool MatchesTypo(string word)
    {
        foreach (var typed in _typoWords)
        {
            if (EditDistance.AtMost(typed, word, 1))
            {
                return true;
            }
        }
        return false;
    }

    internal static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        for (var i = 0; i < text.Length && builder.Length < MaxLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    if (TextFolding.IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                    {
                        builder.Append(' ');
                    }
                    else
                    {
                        builder.Append(c).Append(text[i + 1]);
                    }
                    i++;
                }
            }
            else if (char.IsLowSurrogate(c))
            {
                continue;
            }
            else
            {
                builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' || TextFolding.IsNoncharacter(c) ? ' ' : c);
            }
        }
        return builder.ToString();
    }
}

/// <summary>A typed word (lower case, accents folded) and its stem, the term it has in the index.</summary>
internal sealed record QueryTerm(string Word, string Stem)
{
    public bool AllowsTypo => Word.Length >= QueryText.FuzzyMinLength;

    /// <summary>Other ways to say it (from <c>zoekwoorden.yml</c>), each a sequence of stems.</summary>
    public List<IReadOnlyList<string>> Synonyms { get; } = [];

    /// <summary>The synonym groups the word is a member of (<see cref="SynonymMap.Concept"/>).</summary>
    public List<int> Groups { get; } = [];

    /// <summary>The stems of the word's other forms that Dutch stemming leaves apart ("misbruikt": misbruik), whether the index has them or not.</summary>
    public IReadOnlyList<string> Forms { get; init; } = [];

    /// <summary>The stems of the known parts of a compound word ("traumatherapie": trauma, therapie), or empty.</summary>
    public IReadOnlyList<string> CompoundParts { get; init; } = [];
}

/// <summary>
/// Terms that must match together (one word, or a phrase), or one of the phrase's synonyms instead:
/// <paramref name="Alternatives"/> are those synonyms, <paramref name="Groups"/> the groups they come from.
/// </summary>
internal sealed record QueryUnit(IReadOnlyList<QueryTerm> Terms, IReadOnlyList<IReadOnlyList<string>> Alternatives, IReadOnlyList<int> Groups)
{
    /// <summary>The unit's words as typed (lower case, folded), a space between them: how the page names it.</summary>
    public string Typed => string.Join(' ', Terms.Select(t => t.Word));

    /// <summary>Whether it is a word or phrase of the synonym groups of <c>zoekwoorden.yml</c>: part of this site's subject.</summary>
    public bool Known => Groups.Count > 0 || Terms.Any(t => t.Groups.Count > 0);
}

/// <summary>Edit distance with adjacent transpositions (optimal string alignment), with an early exit.</summary>
internal static class EditDistance
{
    public static bool AtMost(string a, string b, int max) => Distance(a, b, max) <= max;

    /// <summary>
    /// One cell of the table: the distance between the first <paramref name="i"/> letters of
    /// <paramref name="a"/> and the first <paramref name="j"/> of <paramref name="b"/>, from the rows
    /// for i - 2 and i - 1 and the cells of row i left of j. A letter added, dropped or changed is one
    /// edit, and so is a swap of two letters next to each other ("slapne"). Also used by did-you-mean's
    /// walk through its sorted words (<see cref="Spelling"/>), so both count edits the same way.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int Cell(string a, string b, int i, int j, ReadOnlySpan<int> twoUp, ReadOnlySpan<int> up, ReadOnlySpan<int> current)
    {
        var value = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        {
            value = Math.Min(value, twoUp[j - 2] + 1);
        }
        return value;
    }

    /// <summary>The distance, or <paramref name="max"/> + 1 as soon as it is certainly larger.</summary>
    public static int Distance(string a, string b, int max)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }
        // Three rows on the stack: this runs for every candidate word of did-you-mean and every snippet word.
        Span<int> rows = b.Length < 64 ? stackalloc int[3 * (b.Length + 1)] : new int[3 * (b.Length + 1)];
        var previous2 = rows[..(b.Length + 1)];
        var previous = rows.Slice(b.Length + 1, b.Length + 1);
        var current = rows.Slice(2 * (b.Length + 1), b.Length + 1);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Cell(a, b, i, j, previous2, previous, current);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > max)
            {
                return max + 1;
            }
            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }
        return Math.Min(previous[b.Length], max + 1);
    }
}
