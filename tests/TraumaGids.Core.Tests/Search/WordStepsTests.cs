using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using TraumaGids.Core.Content;
using TraumaGids.Core.Search;
using TraumaGids.Core.Tests.Screening;

namespace TraumaGids.Core.Tests.Search;

/// <summary>
/// Writing the index replays the word steps of its chains per distinct word (<see cref="WordSteps"/>): the
/// tokens must be exactly those of the chain run on every word as it comes (terms, position increments,
/// offsets, and what the stream says at its end), as the index is made of them.
/// </summary>
public sealed class WordStepsTests(ExampleContent example) : IClassFixture<ExampleContent>
{
    /// <summary>Texts where the steps do more than one word in, one word out.</summary>
    private static readonly string[] Tricky =
    [
        "",
        "de het een",
        "de",
        "Traumabehandeling voor kinderen en hun ouders",
        "kinderhulp, kinderschulp; gezinstherapie en de traumatherapeut",
        "Özdemir spreekt Oekraïens en Turks; ᴀngst (small capital) en Straße",
        "nachtmerries sinds de inbraak, tijdens de nacht, nadat hij wegging",
        "geweld thuis, ruzie bij ons thuis, geweld in huis, huiselijk geweld",
        "emdr EMDR Emdr e.m.d.r. 2024 12-jarige 0612345678 info@praktijk.nl",
        "voorover overdoor doorvoor deover heelvoor voorde",
        "😀 emoji 𝒜 and ĳsland IJsland",
        new string('a', 300) + " de " + new string('b', 256) + " kind",
        "de " + new string('x', 260),
        new string('y', 270) + " de",
        "kind kinderen kinder kinds",
    ];

    /// <summary>Every token with its increment and offsets, and the increment and offset at the end.</summary>
    private static string Tokens(Analyzer analyzer, string field, string text)
    {
        var line = new StringBuilder();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            line.Append(CultureInfo.InvariantCulture, $"{term}+{position.PositionIncrement}@{offset.StartOffset}-{offset.EndOffset} ");
        }
        stream.End();
        line.Append(CultureInfo.InvariantCulture, $"end+{position.PositionIncrement}@{offset.EndOffset}");
        return line.ToString();
    }

    private IEnumerable<string> Texts() => Tricky
        .Concat(example.Content.Practitioners.SelectMany(p => new[] { p.Name, p.Summary ?? "", p.Body.PlainText }))
        .Concat(example.Content.Offers.SelectMany(o => new[] { o.Title, o.Summary ?? "", o.Body.PlainText }))
        .Concat(example.Content.InfoPages.SelectMany(i => new[] { i.Title, i.Summary ?? "", i.Body.PlainText }));

    public static TheoryData<string> Fields => [IndexFields.Title.Name, IndexFields.Body.Name, IndexFields.Words.Name];

    [Theory]
    [MemberData(nameof(Fields))]
    public void Replayed_steps_give_the_tokens_of_the_chain_run_on_every_word(string field)
    {
        var analysis = new DutchAnalysis(example.Content.SearchWords);
        var stepByStep = field == IndexFields.Words.Name ? analysis.Words : analysis.IndexStepByStep;
        var texts = Texts().ToList();

        var expected = texts.Select(text => Tokens(stepByStep, field, text)).ToList();
        // Twice: first the words are worked out, then replayed from the table.
        Assert.Equal(expected, texts.Select(text => Tokens(analysis.PerField, field, text)));
        Assert.True(analysis.IndexWordsKept > 100);
        Assert.Equal(expected, texts.Select(text => Tokens(analysis.PerField, field, text)));
    }

    [Fact]
    public void Replayed_steps_with_stop_words_as_compound_parts_and_synonyms_give_the_same_tokens()
    {
        // Compound parts that are stop words, and a part of a stop word ("tijd" in "tijdens"): a word's parts can then
        // be dropped while the word is kept, and the other way round (the kept part takes the word's position).
        var words = new SearchWords(
            [["geweld thuis", "huiselijk geweld"], ["kind", "jeugd"]],
            new Dictionary<string, string>(),
            ["voor", "over", "door", "heel", "de", "tijd", "trauma", "therapie", "kind"]);
        var analysis = new DutchAnalysis(words);
        var texts = Tricky.Concat(Tricky.Select(t => t.ToUpperInvariant())).ToList();

        var expected = texts.Select(text => Tokens(analysis.IndexStepByStep, IndexFields.Body.Name, text)).ToList();

        Assert.Contains(expected, line => line.StartsWith("nachtmerries+1@0-12 inbrak+3@22-29 tijd+1@", StringComparison.Ordinal));
        Assert.Equal(expected, texts.Select(text => Tokens(analysis.PerField, IndexFields.Body.Name, text)));
        Assert.Equal(expected, texts.Select(text => Tokens(analysis.PerField, IndexFields.Body.Name, text)));
    }

    [Fact]
    public void Replayed_steps_on_several_threads_give_the_same_tokens()
    {
        var analysis = new DutchAnalysis(example.Content.SearchWords);
        var texts = Texts().ToList();
        var expected = texts.Select(text => Tokens(analysis.IndexStepByStep, IndexFields.Body.Name, text)).ToList();

        var found = new List<string>[4];
        Parallel.For(0, found.Length, new ParallelOptions { MaxDegreeOfParallelism = found.Length }, n =>
            found[n] = [.. texts.Select(text => Tokens(analysis.PerField, IndexFields.Body.Name, text))]);

        Assert.All(found, tokens => Assert.Equal(expected, tokens));
    }

    [Fact]
    public void The_words_learnt_are_forgotten_once_the_index_is_written()
    {
        var analysis = new DutchAnalysis(example.Content.SearchWords);
        Tokens(analysis.PerField, IndexFields.Body.Name, "Traumabehandeling voor kinderen");
        Assert.Equal(3, analysis.IndexWordsKept);

        analysis.IndexWritten();

        Assert.Equal(0, analysis.IndexWordsKept);
        using var snapshot = IndexBuilder.Build(example.Content);
        Assert.Equal(0, snapshot.Analysis.IndexWordsKept);
        using var inParts = IndexBuilder.Build(example.Content, parts: 3);
        Assert.Equal(0, inParts.Analysis.IndexWordsKept);
    }

    [Fact]
    public void The_index_written_with_replayed_steps_is_byte_for_byte_the_one_written_step_by_step()
    {
        var (analysis, documents) = IndexBuilder.Sources(example.Content);

        var replayed = Files(IndexBuilder.Config(analysis), documents);
        var stepByStep = Files(IndexBuilder.Config(analysis.PerFieldStepByStep), documents);

        Assert.Equal(stepByStep.Keys.Order(), replayed.Keys.Order());
        Assert.Contains(stepByStep.Keys, name => name.EndsWith(".pos", StringComparison.Ordinal));
        Assert.All(stepByStep, file => Assert.True(file.Value.SequenceEqual(replayed[file.Key]), file.Key));
    }

    /// <summary>
    /// The files of the index of these documents, by name, but the segment's info: it holds the time it was
    /// written (Lucene's diagnostics).
    /// </summary>
    internal static Dictionary<string, byte[]> Files(Lucene.Net.Index.IndexWriterConfig config, IEnumerable<IndexBuilder.Source> documents)
    {
        using var directory = new Lucene.Net.Store.RAMDirectory();
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, config))
        {
            foreach (var document in documents)
            {
                writer.AddDocument(document.Make());
            }
            writer.Commit();
        }
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in directory.ListAll().Where(name => !name.EndsWith(".si", StringComparison.Ordinal)))
        {
            using var input = directory.OpenInput(name, Lucene.Net.Store.IOContext.READ_ONCE);
            var bytes = new byte[input.Length];
            input.ReadBytes(bytes, 0, bytes.Length);
            files[name] = bytes;
        }
        return files;
    }
}
