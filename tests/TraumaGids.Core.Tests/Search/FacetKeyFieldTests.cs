using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

/// <summary>A facet key field indexes exactly what Lucene's <see cref="StringField"/> indexes, on several threads at once too.</summary>
public sealed class FacetKeyFieldTests
{
    private static readonly string[][] Values =
    [
        ["emdr", "tf-cbt", "emdr"],
        ["özdemir", "a b", ""],
        [],
        ["ja"],
        ["hilversum", "gooise-meren", "huizen", "ja"],
    ];

    /// <summary>Every term of every field with its documents, frequencies and positions.</summary>
    private static string Postings(Func<string, string, Field> field, int threads)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            // Each thread writes all documents; the same stream per thread is reused across fields and documents.
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ =>
            {
                for (var round = 0; round < 50; round++)
                {
                    foreach (var values in Values)
                    {
                        var doc = new Document();
                        foreach (var value in values)
                        {
                            doc.Add(field("methode", value));
                            doc.Add(field("plaats", value + "!"));
                        }
                        writer.AddDocument(doc);
                    }
                }
            });
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        var lines = new List<string>();
        foreach (var name in new[] { "methode", "plaats" })
        {
            var terms = MultiFields.GetTerms(reader, name).GetEnumerator();
            while (terms.MoveNext())
            {
                var docs = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), name, terms.Term);
                var found = new List<string>();
                while (docs.NextDoc() != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS)
                {
                    found.Add($"{docs.DocID}x{docs.Freq}");
                }
                lines.Add($"{name}:{terms.Term.Utf8ToString()} df={terms.DocFreq} ttf={terms.TotalTermFreq} docs={string.Join(',', found)}");
            }
        }
        return string.Join('\n', lines);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_facet_key_is_indexed_as_a_string_field_is(int threads)
    {
        var expected = Postings((name, value) => new StringField(name, value, Field.Store.NO), 1);

        Assert.Equal(expected, Postings((name, value) => new FacetKeyField(name, value), 1));
        // Written on several threads at once (document numbers then depend on the threads): the same terms and counts.
        static string Counts(string postings) => string.Join('\n', postings.Split('\n').Select(line => line[..line.IndexOf(" docs=", StringComparison.Ordinal)]));
        Assert.Equal(
            Counts(Postings((name, value) => new StringField(name, value, Field.Store.NO), threads)),
            Counts(Postings((name, value) => new FacetKeyField(name, value), threads)));
    }
}
