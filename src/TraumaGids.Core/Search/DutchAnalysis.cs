using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>
/// The analyzers of one index. The same chain turns indexed text, typed queries and snippet text into
/// terms, so a word always becomes the same term: words, lower case, accents folded ("oekraïens" =
/// "oekraiens"), Dutch stop words out, DutchAnalyzer's stem overrides (so "kind" and "kinderen" meet),
/// Dutch Snowball stemming. At index time compound words are also split into their known parts
/// (<c>zoekwoorden.yml</c>), so "traumabehandeling" is found with "behandeling".
/// </summary>
internal sealed class DutchAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly CharArraySet? _compoundParts;
    private readonly string[] _compoundPartList;

    public DutchAnalysis(SearchWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _compoundParts = words.CompoundParts.Count == 0 ? null : new CharArraySet(Version, words.CompoundParts.ToList(), ignoreCase: true);
        _compoundPartList = [.. words.CompoundParts.Select(p => p.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
        var stems = BuildOverrides(words.StemExceptions);
        Query = new TextAnalyzer(null, null, stems);
        // The synonym groups as stems need the query chain; the index chain then marks where they occur.
        Synonyms = new SynonymMap(words.Synonyms, Query);
        Index = new TextAnalyzer(_compoundParts, Synonyms.IsEmpty ? null : Synonyms, stems);
        Words = new WordAnalyzer();
        PerField = new PerFieldAnalyzerWrapper(Index, new Dictionary<string, Analyzer> { [IndexFields.Words.Name] = Words });
    }

    /// <summary>
    /// Words that say nothing about what is asked: Lucene's Dutch stop words (Snowball's list) and the
    /// conjunctions and adverbs of time that list lacks ("sinds", "tijdens", "nadat", "daarom"). In "mijn
    /// zoontje heeft nachtmerries sinds mijn ex mij sloeg" a text without "sinds" misses nothing; as a
    /// search word it weighed as much as the telling ones. (Also pronouns, intensifiers and modal verbs —
    /// "jullie", "heel", "weer", "mogen" — were tried: the blind set fell, docs/search.md round 11.)
    /// </summary>
    public static CharArraySet StopWords { get; } = new CharArraySet(Version,
        [
            .. DutchAnalyzer.DefaultStopSet.Select(word => word.ToString()!),
            "sinds", "sindsdien", "tijdens", "terwijl", "nadat", "zodat", "daarna", "daardoor", "daarom",
        ], ignoreCase: false).AsReadOnly();

    /// <summary>Analysis without any search words: for tests and tools.</summary>
    public static DutchAnalysis Default { get; } = new(SearchWords.Empty);

    /// <summary>The synonym groups of <c>zoekwoorden.yml</c> as stems, with the concept term each group gets in the index.</summary>
    public SynonymMap Synonyms { get; }

    /// <summary>Typed text and snippet text: the full chain without compound splitting.</summary>
    public Analyzer Query { get; }

    /// <summary>
    /// Indexed text: the full chain with compound splitting, and a concept term for each synonym
    /// group where one of its members occurs (<see cref="SynonymConceptFilter"/>).
    /// </summary>
    public Analyzer Index { get; }

    /// <summary>Words as typed, lower case and folded but not stemmed: for typos and did-you-mean.</summary>
    public Analyzer Words { get; }

    /// <summary>The index writer's analyzer: <see cref="Index"/> for every field but the unstemmed word field.</summary>
    public Analyzer PerField { get; }

    /// <summary>
    /// The known parts a word consists of, front to back, or empty when it is not entirely made of
    /// them: "traumatherapie" gives [trauma, therapie].
    /// </summary>
    public IReadOnlyList<string> SplitCompound(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (_compoundParts is null || word.Length < 6)
        {
            return [];
        }
        var parts = new List<string>();
        return Split(word, 0, parts) && parts.Count > 1 ? parts : [];
    }

    /// <summary>
    /// A compound of two known parts with a typo in one of them ("traumateraphie"): the parts as they
    /// are spelt ([trauma, therapie]), or empty. One part must stand in the word as it is spelt; the
    /// rest may be one edit away from a known part, two when it has seven letters or more. Meant for
    /// a word that occurs nowhere and does not split as typed.
    /// </summary>
    public IReadOnlyList<string> CorrectCompound(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var lower = word.ToLowerInvariant();
        (int Edits, string First, string Second)? best = null;
        foreach (var known in _compoundPartList)
        {
            // The known part at the front, the misspelt one behind it, and the other way round.
            Consider(known, lower.StartsWith(known, StringComparison.Ordinal) ? lower[known.Length..] : null, knownFirst: true);
            Consider(known, lower.EndsWith(known, StringComparison.Ordinal) ? lower[..^known.Length] : null, knownFirst: false);
        }
        return best is { } b ? [b.First, b.Second] : [];

        void Consider(string known, string? rest, bool knownFirst)
        {
            if (rest is null || rest.Length < 5 || _compoundParts!.Contains(rest))
            {
                return;
            }
            var max = rest.Length >= 7 ? 2 : 1;
            foreach (var part in _compoundPartList)
            {
                var edits = EditDistance.Distance(rest, part, max);
                if (edits <= max && (best is null || edits < best.Value.Edits))
                {
                    best = knownFirst ? (edits, known, part) : (edits, part, known);
                }
            }
        }
    }

    private bool Split(string word, int start, List<string> parts)
    {
        if (start == word.Length)
        {
            return true;
        }
        // Longest part first; a Dutch linking 's' or 'e' between parts is allowed ("kinder(s)hulp").
        for (var end = word.Length; end - start >= 3; end--)
        {
            if (!_compoundParts!.Contains(word[start..end]))
            {
                continue;
            }
            parts.Add(word[start..end]);
            if (Split(word, end, parts) || (end < word.Length - 3 && word[end] is 's' or 'e' && Split(word, end + 1, parts)))
            {
                return true;
            }
            parts.RemoveAt(parts.Count - 1);
        }
        return false;
    }

    /// <summary>
    /// DutchAnalyzer's default dictionary (without it the stemmer leaves "kind" and "kinderen" apart),
    /// then the stemming exceptions of <c>zoekwoorden.yml</c> ("ouderen" is not "ouders").
    /// </summary>
    private static StemmerOverrideFilter.StemmerOverrideMap BuildOverrides(IReadOnlyDictionary<string, string> exceptions)
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        builder.Add("fiets", "fiets");
        builder.Add("bromfiets", "bromfiets");
        builder.Add("ei", "eier");
        builder.Add("kind", "kinder");
        foreach (var (word, stem) in exceptions)
        {
            builder.Add(TextFolding.Fold(word), TextFolding.Fold(stem));
        }
        return builder.Build();
    }

    /// <summary>The terms of a text, in order, with their character offsets in it.</summary>
    public static List<(string Term, int Start, int End)> Terms(Analyzer analyzer, string field, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var result = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return result;
    }

    private sealed class TextAnalyzer(CharArraySet? compoundParts, SynonymMap? synonyms, StemmerOverrideFilter.StemmerOverrideMap stems) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, tokenizer);
            stream = new ASCIIFoldingFilter(stream);
            if (compoundParts is not null)
            {
                stream = new DictionaryCompoundWordTokenFilter(Version, stream, compoundParts, minWordSize: 6, minSubwordSize: 3, maxSubwordSize: 15, onlyLongestMatch: true);
            }
            stream = new StopFilter(Version, stream, StopWords);
            stream = new StemmerOverrideFilter(stream, stems);
            stream = new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
            if (synonyms is not null)
            {
                stream = new SynonymConceptFilter(stream, synonyms);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    private sealed class WordAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, tokenizer);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
