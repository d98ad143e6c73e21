namespace TraumaGids.Core.Search;

/// <summary>
/// Other forms of a typed word that Dutch stemming leaves apart. The Snowball stemmer does not take the
/// <c>-t</c>/<c>-d</c> of a verb form or the <c>ge-</c> of a past participle off, so "misbruikt" and
/// "misbruik", "schrikt" and "schrik", "schaamte" and "schamen", "gepest" and "pesten" are different
/// terms. A typed word is matched in its other forms too (the caller keeps only those the index has):
/// without its final t or d ("misbruikt" → misbruik), without ge- and that letter ("gepest" → pest), and
/// with them ("schrik" → schrikt, "pesten" → gepest). A diminutive is also its word: "zoontje" →
/// zoon, "dochtertje" → dochter, "kindjes" → kind, "balletje" → bal, "boompje" → boom. Pure: the
/// stemming is passed in.
/// </summary>
internal static class WordForms
{
    /// <summary>Shorter words keep their form: "wet", "hand" and "rust" are words of their own, not verb forms.</summary>
    private const int MinLength = 5;

    /// <param name="word">The word as typed (lower case, accents folded).</param>
    /// <param name="stem">Its stem, the term it has in the index.</param>
    /// <param name="stemOf">The stem of another word, or null when the word has none (a stop word).</param>
    public static IReadOnlyList<string> Candidates(string word, string stem, Func<string, string?> stemOf)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(stem);
        ArgumentNullException.ThrowIfNull(stemOf);
        var forms = new List<string>();
        void Add(string? form, int minLength = MinLength - 1)
        {
            if (form is not null && form.Length >= minLength && form != stem && !forms.Contains(form))
            {
                forms.Add(form);
            }
        }
        if (word.Length < MinLength - 1)
        {
            return forms;
        }
        foreach (var form in Undiminished(word))
        {
            // A short word is still a word here: "zoontje" is zoon (stem "zon"), "balletje" bal.
            Add(stemOf(form), minLength: 3);
        }
        if (word[^1] is 't' or 'd')
        {
            if (word.Length >= MinLength)
            {
                Add(stemOf(word[..^1]));
                if (word.StartsWith("ge", StringComparison.Ordinal) && word.Length >= MinLength + 1)
                {
                    // "gestalkt" is stalk + t, "gepest" is pest: the participle of a stem ending in t.
                    Add(stemOf(word[2..^1]));
                    Add(stemOf(word[2..]));
                }
            }
            return forms;
        }
        // A noun made from the verb keeps its t in the stem: "schaamte" is "schaamt", as "schaamt" is.
        if (stem.Length >= MinLength && stem[^1] is 't' or 'd')
        {
            Add(stemOf(stem[..^1]));
        }
        foreach (var ending in (ReadOnlySpan<string>)["t", "d"])
        {
            // Stems as the index has them: "misbruikt" stays "misbruikt", so "misbruik" + t is that term.
            Add(word + ending);
            Add(stem + ending);
            Add("ge" + stem + ending);
        }
        Add("ge" + stem);
        return forms;
    }

    /// <summary>
    /// The word a diminutive is made from, in each way Dutch makes one (-je, -tje, -pje, -kje, -etje after a
    /// doubled consonant; plural -jes): the caller keeps the forms the index has ("meisje" → meis is no word there).
    /// </summary>
    private static IEnumerable<string> Undiminished(string word)
    {
        var singular = word.EndsWith("jes", StringComparison.Ordinal) ? word[..^1] : word;
        if (!singular.EndsWith("je", StringComparison.Ordinal))
        {
            yield break;
        }
        var bare = singular[..^2];
        // The base must still be a word of some length: "beetje" is not a small "bee".
        if (bare.Length < 3)
        {
            yield break;
        }
        yield return bare;
        if (bare[^1] is 't' or 'p' or 'k' && bare.Length >= 4)
        {
            yield return bare[..^1];
        }
        if (singular.EndsWith("etje", StringComparison.Ordinal) && singular.Length >= 7 && singular[^5] == singular[^6])
        {
            // "balletje": bal + l + etje.
            yield return singular[..^5];
        }
    }
}
