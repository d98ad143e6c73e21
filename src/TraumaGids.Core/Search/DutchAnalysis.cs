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

    public DutchAnalysis(SearchWords words)
    {
        ArgumentNullException.ThrowIfNull(words);
        Compounds = new CompoundWords(words.CompoundParts);
        var stems = BuildOverrides(words.StemExceptions);
        Query = new TextAnalyzer(TextChain(null, stems), null);
        // The synonym groups as stems need the query chain; the index chain then marks where they occur.
        Synonyms = new SynonymMap(words.Synonyms, Query);
        var indexChain = TextChain(Compounds.Dictionary, stems);
        _indexSteps = new WordSteps(indexChain);
        IndexStepByStep = new TextAnalyzer(indexChain, Synonyms.IsEmpty ? null : Synonyms);
        Index = new TextAnalyzer(_indexSteps, Synonyms.IsEmpty ? null : Synonyms);
        Words = new WordAnalyzer(WordChain);
        _wordSteps = new WordSteps(WordChain);
        PerField = new PerFieldAnalyzerWrapper(Index, new Dictionary<string, Analyzer> { [IndexFields.Words.Name] = new WordAnalyzer(_wordSteps) });
        PerFieldStepByStep = new PerFieldAnalyzerWrapper(IndexStepByStep, new Dictionary<string, Analyzer> { [IndexFields.Words.Name] = Words });
    }

    /// <summary>The word-by-word steps of the two index chains, worked out once per distinct word while an index is written.</summary>
    private readonly WordSteps _indexSteps;
    private readonly WordSteps _wordSteps;

    /// <summary>
    /// Forgets the words the index chains learnt while writing (<see cref="WordSteps"/>): called when an index
    /// is written, as this analysis lives on with it for searching. Not while a writer uses <see cref="PerField"/>.
    /// </summary>
    public void IndexWritten()
    {
        _indexSteps.Forget();
        _wordSteps.Forget();
    }

    /// <summary>The index chain without replaying its word steps: each word through every step as it comes (tests).</summary>
    internal Analyzer IndexStepByStep { get; }

    /// <summary>As <see cref="PerField"/>, without replaying word steps: each word through every step as it comes (tests and tools).</summary>
    internal Analyzer PerFieldStepByStep { get; }

    /// <summary>How many distinct words the index chains hold now (tests).</summary>
    internal int IndexWordsKept => _indexSteps.Count + _wordSteps.Count;

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
    /// group where one of its members occurs (<see cref="SynonymConceptFilter"/>). Each distinct word goes
    /// through the steps once per index written (<see cref="WordSteps"/>): the same tokens, less work.
    /// </summary>
    public Analyzer Index { get; }

    /// <summary>Words as typed, lower case and folded but not stemmed: for typos and did-you-mean.</summary>
    public Analyzer Words { get; }

    /// <summary>
    /// The index writer's analyzer: <see cref="Index"/> for every field but the unstemmed word field, which
    /// gets <see cref="Words"/>' chain; both replay their word steps per distinct word (<see cref="WordSteps"/>).
    /// </summary>
    public Analyzer PerField { get; }

    /// <summary>How compound words are taken apart by the parts of <c>zoekwoorden.yml</c>.</summary>
    public CompoundWords Compounds { get; }

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

    /// <summary>The steps of the text chain after the tokenizer, each on one word at a time; without compound parts for queries.</summary>
    private static Func<TokenStream, TokenStream> TextChain(CharArraySet? compoundParts, StemmerOverrideFilter.StemmerOverrideMap stems) => stream =>
    {
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        if (compoundParts is not null)
        {
            stream = new DictionaryCompoundWordTokenFilter(Version, stream, compoundParts, minWordSize: 6, minSubwordSize: 3, maxSubwordSize: 15, onlyLongestMatch: true);
        }
        stream = new StopFilter(Version, stream, StopWords);
        stream = new StemmerOverrideFilter(stream, stems);
        return new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
    };

    /// <summary>The steps of the word chain after the tokenizer: lower case and folded.</summary>
    private static Func<TokenStream, TokenStream> WordChain => stream => new ASCIIFoldingFilter(new LowerCaseFilter(Version, stream));

    /// <summary>
    /// Words, then the text steps: run on each word (queries, snippets), or replayed per distinct word from
    /// <see cref="Search.WordSteps"/> (writing the index); then the synonym concepts, if any.
    /// </summary>
    private sealed class TextAnalyzer : Analyzer
    {
        private readonly Func<TokenStream, TokenStream>? _steps;
        private readonly WordSteps? _replayed;
        private readonly SynonymMap? _synonyms;

        public TextAnalyzer(Func<TokenStream, TokenStream> steps, SynonymMap? synonyms)
        {
            _steps = steps;
            _synonyms = synonyms;
        }

        public TextAnalyzer(WordSteps replayed, SynonymMap? synonyms)
        {
            _replayed = replayed;
            _synonyms = synonyms;
        }

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            var stream = _replayed is not null ? new WordStepsFilter(tokenizer, _replayed) : _steps!(tokenizer);
            if (_synonyms is not null)
            {
                stream = new SynonymConceptFilter(stream, _synonyms);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }
    }

    /// <summary>Words, lower case and folded: each word as it comes (queries), or replayed per distinct word (writing the index).</summary>
    private sealed class WordAnalyzer : Analyzer
    {
        private readonly Func<TokenStream, TokenStream>? _steps;
        private readonly WordSteps? _replayed;

        public WordAnalyzer(Func<TokenStream, TokenStream> steps) => _steps = steps;

        public WordAnalyzer(WordSteps replayed) => _replayed = replayed;

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            return new TokenStreamComponents(tokenizer, _replayed is not null ? new WordStepsFilter(tokenizer, _replayed) : _steps!(tokenizer));
        }
    }
}
