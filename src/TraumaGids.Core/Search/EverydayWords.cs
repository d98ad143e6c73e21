namespace TraumaGids.Core.Search;

/// <summary>
/// The words of everyday spoken Dutch and English: the most frequent words of film subtitles, as ranked by
/// zxcvbn-ts (MIT; see <c>Data/NOTICE.md</c>). It tells a word the site lacks because people say it in other
/// words ("meisje", "feestje", "speaking") from a word for a subject the site does not cover
/// ("kwijtschelding", "zwemles").
/// </summary>
internal sealed class EverydayWords
{
    private readonly HashSet<string> _dutch = new(StringComparer.Ordinal);
    private readonly HashSet<string> _english = new(StringComparer.Ordinal);

    private EverydayWords(IEnumerable<string> dutch, IEnumerable<string> english)
    {
        foreach (var word in dutch)
        {
            // A Dutch word also by its stem ("feestjes" is "feestje"); a stop word has none and is everyday anyway.
            _dutch.Add(TextFolding.Fold(word));
            foreach (var (term, _, _) in DutchAnalysis.Terms(DutchAnalysis.Default.Query, "text", word))
            {
                _dutch.Add(term);
            }
        }
        // English words only as written: the Dutch stemmer would make Dutch stems of them.
        _english.UnionWith(english.Select(TextFolding.Fold));
    }

    /// <summary>The lists shipped with the core, read once.</summary>
    public static EverydayWords Shipped => Lazy.Value;

    private static readonly Lazy<EverydayWords> Lazy = new(() => new EverydayWords(Read("everyday-dutch.txt"), Read("everyday-english.txt")));

    /// <summary>Whether a typed word is one of everyday Dutch (as written or by its stem) or English (as written).</summary>
    public bool Contains(QueryTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return _dutch.Contains(term.Stem) || _dutch.Contains(term.Word) || _english.Contains(term.Word);
    }

    private static List<string> Read(string name)
    {
        using var stream = typeof(EverydayWords).Assembly.GetManifestResourceStream($"TraumaGids.Core.Search.Data.{name}")
            ?? throw new InvalidOperationException($"The word list {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }
        return words;
    }
}
