using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

/// <summary>
/// The weight on the documents of a bit set against Lucene's <see cref="BoostingQuery"/> with a constant
/// context, which it replaces: for random queries and bit sets over an index of two segments, the same
/// documents with the same scores, alone and under a required word (so its scorer is advanced).
/// </summary>
public sealed class WeighedDocumentsQueryTests : IDisposable
{
    private static readonly string[] Words = ["emdr", "kind", "angst", "geweld", "thuis", "slaap"];
    private readonly RandomIndex _index = new(11, 500, random => [new TextField("body", RandomIndex.Text(random, Words, 12), Field.Store.NO)]);

    [Fact]
    public void Same_documents_and_scores_as_Lucenes_boosting_query()
    {
        var reader = _index.Reader;
        var searcher = new IndexSearcher(reader);
        var random = new Random(20261130);
        for (var round = 0; round < 100; round++)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (random.Next(3) == 0)
                {
                    bits.Set(doc);
                }
            }
            var weight = (float)random.NextDouble();
            Query Word() => new TermQuery(new Term("body", Words[random.Next(Words.Length)]));
            var text = new BooleanQuery { { Word(), Occur.SHOULD }, { Word(), Occur.SHOULD } };
            var required = Word();
            Query[] Shapes(Query weighed) => [weighed, new BooleanQuery { { required, Occur.MUST }, { weighed, Occur.MUST } }];

            var lucene = Shapes(new BoostingQuery(text, new ConstantScoreQuery(new BitSetFilter(bits)), weight));
            var ours = Shapes(new WeighedDocumentsQuery(text, bits, weight));
            foreach (var (expected, actual) in lucene.Zip(ours))
            {
                var want = searcher.Search(expected, reader.MaxDoc).ScoreDocs;
                var got = searcher.Search(actual, reader.MaxDoc).ScoreDocs;
                Assert.NotEmpty(want);
                Assert.Equal(want.Select(d => d.Doc).Order(), got.Select(d => d.Doc).Order());
                var scores = got.ToDictionary(d => d.Doc, d => d.Score);
                Assert.All(want, d => Assert.True(Math.Abs(d.Score - scores[d.Doc]) <= 1e-6f * d.Score,
                    $"round {round}, {actual}: document {d.Doc} scores {scores[d.Doc]}, Lucene {d.Score}"));
            }
        }
    }

    public void Dispose() => _index.Dispose();
}
