using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

/// <summary>
/// The search's similarity against Lucene's <see cref="DefaultSimilarity"/>: for random queries of every
/// kind the search builds (words, phrases near and exact, conjunctions, a minimum to match,
/// disjunctions, boosts) the very same scores, float for float. Seeded, so a failure can be replayed.
/// </summary>
public sealed class DecodedNormsSimilarityTests : IDisposable
{
    private static readonly string[] Fields = ["title", "body"];
    private static readonly string[] Words = ["emdr", "kind", "angst", "geweld", "thuis", "slaap", "school", "ruzie"];
    // Lengths from 0 to 40 words, so the length norms differ; "no-norms" is indexed without them.
    private readonly RandomIndex _index = new(11, 400, random =>
    [
        .. Fields.Select(f => (IIndexableField)new TextField(f, RandomIndex.Text(random, Words, f == "body" ? 40 : 5), Field.Store.NO)),
        new Field("no-norms", RandomIndex.Text(random, Words, 10), new FieldType(TextField.TYPE_NOT_STORED) { OmitNorms = true }),
    ]);

    private DirectoryReader Reader => _index.Reader;

    [Fact]
    public void Every_score_is_the_default_similaritys_own()
    {
        var lucene = new IndexSearcher(Reader) { Similarity = new DefaultSimilarity() };
        var ours = new IndexSearcher(Reader) { Similarity = new DecodedNormsSimilarity() };
        var random = new Random(20261130);
        var compared = 0;
        for (var round = 0; round < 300; round++)
        {
            var query = Query(random, depth: 0);
            var want = lucene.Search(query, Reader.MaxDoc).ScoreDocs;
            var got = ours.Search(query, Reader.MaxDoc).ScoreDocs;

            Assert.Equal(want.Select(d => (d.Doc, d.Score)), got.Select(d => (d.Doc, d.Score)));
            compared += want.Length;
        }
        Assert.True(compared > 10_000, $"only {compared} scores compared");
    }

    private static Query Query(Random random, int depth)
    {
        string Field() => random.Next(5) == 0 ? "no-norms" : Fields[random.Next(Fields.Length)];
        string Word() => Words[random.Next(Words.Length)];
        var boost = 0.5f + random.Next(8) * 0.5f;
        switch (depth > 1 ? random.Next(2) : random.Next(6))
        {
            case 0:
                return new TermQuery(new Term(Field(), Word())) { Boost = boost };
            case 1:
                var field = Field();
                var phrase = new PhraseQuery { Slop = random.Next(3), Boost = boost };
                phrase.Add(new Term(field, Word()));
                phrase.Add(new Term(field, Word()));
                return phrase;
            case 2:
            case 3:
                var any = new BooleanQuery { Boost = boost };
                var clauses = random.Next(1, 5);
                for (var i = 0; i < clauses; i++)
                {
                    any.Add(Query(random, depth + 1), random.Next(4) == 0 ? Occur.MUST : Occur.SHOULD);
                }
                any.MinimumNumberShouldMatch = random.Next(2);
                return any;
            default:
                var best = new DisjunctionMaxQuery(0.1f) { Boost = boost };
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    best.Add(Query(random, depth + 1));
                }
                return best;
        }
    }

    public void Dispose() => _index.Dispose();
}
