using TraumaGids.Core.Search;

namespace TraumaGids.Core.Content;

/// <summary>
/// Where a name goes in an A–Z list, as Dutch lists do it: under the surname, without titles, with
/// the tussenvoegsels after it. "Drs. Anna de Vries" is listed as "Vries, Anna de" (under V), "Dr.
/// Wim Brouwer" under B, "Carmen Martínez López" under M.
/// </summary>
/// <remarks>
/// Rules, in order: titles before the name ("Dr.", "drs", "Prof. dr.", "mr.") and after it ("MSc",
/// "PhD", or anything after a comma) are left out. Lower-case Dutch tussenvoegsels after a given name
/// ("van der", "de", "in 't") mark where the surname starts and are put after it. Without them, the
/// first word is the given name and the rest the surname, so "Samira El Idrissi" goes under E. A
/// capital "De" or "Van" belongs to the surname (Belgian style, "Jan De Smet" under D), as in Dutch
/// lists. A single word is its own key. Names that follow none of this (an organisation such as
/// "Lotgenotengroep Gooi") set their own sort name in the content (<c>sorteernaam</c>).
/// </remarks>
public static class SortName
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "drs", "prof", "mr", "ir", "ing", "ds", "bc", "mevr", "mw", "dhr", "mevrouw", "meneer",
    };

    private static readonly HashSet<string> AfterTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "msc", "ma", "mba", "phd", "bsc", "ba", "llm", "mphil", "md",
    };

    /// <summary>Dutch (and German) tussenvoegsels, written in lower case after a given name.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "de", "der", "den", "het", "'t", "te", "ter", "ten", "in", "op", "uit", "aan", "bij", "onder", "over", "voor",
        "von", "vom", "zu", "zum", "zur", "d'", "l'", "la", "le", "du", "des",
    };

    /// <summary>The parts of a name as a Dutch list orders them.</summary>
    public sealed record Parts(string Surname, string GivenNames, string Particles)
    {
        /// <summary>"Vries, Anna de"; the surname alone when there is nothing else.</summary>
        public override string ToString() =>
            string.Join(" ", new[] { Surname + (GivenNames.Length + Particles.Length > 0 ? "," : ""), GivenNames, Particles }.Where(p => p.Length > 0));
    }

    /// <summary>Splits a name as written ("Drs. Anna de Vries") into surname, given names and tussenvoegsels.</summary>
    public static Parts Split(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        var words = (comma >= 0 ? name[..comma] : name).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && IsTitle(words[0]))
        {
            words.RemoveAt(0);
        }
        while (words.Count > 1 && AfterTitles.Contains(words[^1].TrimEnd('.')))
        {
            words.RemoveAt(words.Count - 1);
        }
        if (words.Count == 0)
        {
            return new Parts("", "", "");
        }
        if (words.Count == 1)
        {
            return new Parts(words[0], "", "");
        }
        // The first run of lower-case tussenvoegsels after the given name(s), followed by a surname.
        for (var i = 1; i < words.Count - 1; i++)
        {
            if (Particles.Contains(words[i]))
            {
                var end = i;
                while (end < words.Count - 1 && Particles.Contains(words[end]))
                {
                    end++;
                }
                return new Parts(Join(words, end, words.Count), Join(words, 0, i), Join(words, i, end));
            }
        }
        return new Parts(Join(words, 1, words.Count), words[0], "");
    }

    /// <summary>
    /// The key to sort on (compare ordinally): surname, then given names, then tussenvoegsels, in lower
    /// case without accents, so "Özdemir" sorts with "O" and "Vries" before "Vriesland".
    /// </summary>
    public static string Key(string name)
    {
        var parts = Split(name);
        return TextFolding.Fold(string.Join('\u0001', parts.Surname, parts.GivenNames, parts.Particles));
    }

    /// <summary>The key of a name the content gave as it should sort ("Lotgenotengroep Gooi"): the name itself, folded.</summary>
    public static string KeyAsWritten(string sortName)
    {
        ArgumentNullException.ThrowIfNull(sortName);
        return TextFolding.Fold(string.Join(' ', sortName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    /// <summary>The sort key of a practitioner: its own <c>sorteernaam</c> as written, else the surname of its name.</summary>
    public static string Key(Practitioner practitioner)
    {
        ArgumentNullException.ThrowIfNull(practitioner);
        return practitioner.SortAs is { } sortAs ? KeyAsWritten(sortAs) : Key(practitioner.Name);
    }

    /// <summary>"Dr.", "drs", "Prof.dr.", "mr.": a word made only of titles, each with or without its dot.</summary>
    private static bool IsTitle(string word)
    {
        var parts = word.Split('.', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && parts.All(Titles.Contains);
    }

    private static string Join(List<string> words, int from, int to) => string.Join(' ', words.Skip(from).Take(to - from));
}
