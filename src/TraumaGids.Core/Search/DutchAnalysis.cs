using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace TraumaGids.Core.Search;

/// <summary>
/// The analyzers of the index. One chain serves indexing, querying and snippet highlighting alike,
/// so a word is always turned into the same term.
/// </summary>
internal static class DutchAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Full text: words, lower case, accents folded ("oekraïens" = "oekraiens"), Dutch stop words out,
    /// Dutch stemming. The stem overrides are DutchAnalyzer's own, so "kind" and "kinderen" meet.
    /// </summary>
    public static Analyzer Text { get; } = new TextAnalyzer();

    /// <summary>Words as typed, lower case and folded but not stemmed: the vocabulary for did-you-mean.</summary>
    public static Analyzer Words { get; } = new WordAnalyzer();

    /// <summary>The index's analyzer: <see cref="Text"/> for every field but the unstemmed word field.</summary>
    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(Text, new Dictionary<string, Analyzer> { [IndexFields.Words.Name] = Words });

    private static readonly StemmerOverrideFilter.StemmerOverrideMap StemOverrides = BuildOverrides();

    private static StemmerOverrideFilter.StemmerOverrideMap BuildOverrides()
    {
        // DutchAnalyzer's default dictionary: without it the stemmer leaves "kind" and "kinderen" apart.
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        builder.Add("fiets", "fiets");
        builder.Add("bromfiets", "bromfiets");
        builder.Add("ei", "eier");
        builder.Add("kind", "kinder");
        return builder.Build();
    }

    /// <summary>The terms of a text, in order, with their character offsets in it.</summary>
    public static List<(string Term, int Start, int End)> Terms(Analyzer analyzer, string field, string text)
    {
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

    private sealed class TextAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(Version, reader);
            TokenStream stream = new LowerCaseFilter(Version, tokenizer);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(Version, stream, DutchAnalyzer.DefaultStopSet);
            stream = new StemmerOverrideFilter(stream, StemOverrides);
            stream = new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
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
