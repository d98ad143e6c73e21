using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

/// <summary>
/// The side-by-side disjunction against Lucene's own <see cref="DisjunctionMaxQuery"/>: for random
/// clauses (words in several fields, nested conjunctions, words that occur nowhere) the same documents
/// with the same scores, alone, under a required word (so the scorer is advanced, not only stepped)
/// and as optional clauses of a query with a minimum to match. Seeded, so a failure can be replayed.
/// </summary>
public sealed class SideBySideMaxQueryTests : IDisposable
{
    private static readonly string[] Fields = ["title", "tags", "body"];
    private static readonly string[] Words = ["emdr", "kind", "angst", "geweld", "thuis", "slaap", "school", "ruzie", "rouw", "ptss", "nooit"];
    // "nooit" is never written: a clause without any match.
    private readonly RandomIndex _index = new(7, 600, random => Fields.Select(f =>
        (IIndexableField)new TextField(f, RandomIndex.Text(random, Words[..^1], f == "body" ? 29 : 3), Field.Store.NO)));

    private DirectoryReader Reader => _index.Reader;

    [Fact]
    public void Same_documents_and_scores_as_Lucenes_disjunction_max()
    {
        var searcher = new IndexSearcher(Reader);
        var random = new Random(20261130);
        for (var round = 0; round < 300; round++)
        {
            var tie = random.Next(3) * 0.1f;
            var clauses = Enumerable.Range(0, random.Next(1, 7)).Select(_ => Clause(random)).ToList();
            var lucene = new DisjunctionMaxQuery(clauses, tie) { Boost = 1.5f };
            var ours = new SideBySideMaxQuery(tie) { Boost = 1.5f };
            ours.Add(clauses);

            var required = new TermQuery(new Term("body", Words[random.Next(Words.Length)]));
            var minimum = random.Next(1, 3);
            Query[] Shapes(Query dismax) =>
            [
                dismax,
                new BooleanQuery { { required, Occur.MUST }, { dismax, Occur.MUST } },
                new BooleanQuery { { dismax, Occur.SHOULD }, { required, Occur.SHOULD }, { Clause(new Random(round)), Occur.SHOULD } }.WithMinimum(minimum),
            ];
            foreach (var (expected, actual) in Shapes(lucene).Zip(Shapes(ours)))
            {
                var want = searcher.Search(expected, Reader.MaxDoc).ScoreDocs;
                var got = searcher.Search(actual, Reader.MaxDoc).ScoreDocs;
                Assert.Equal(want.Select(d => d.Doc).Order(), got.Select(d => d.Doc).Order());
                var scores = got.ToDictionary(d => d.Doc, d => d.Score);
                Assert.All(want, d => Assert.True(Math.Abs(d.Score - scores[d.Doc]) <= 1e-5f * d.Score,
                    $"round {round}, {actual}: document {d.Doc} scores {scores[d.Doc]}, Lucene {d.Score}"));
            }
        }
    }

    [Fact]
    public void Matches_somewhere_at_all()
    {
        // The comparison above means nothing if the random clauses never match.
        var searcher = new IndexSearcher(Reader);
        var ours = new SideBySideMaxQuery(0.1f) { new TermQuery(new Term("title", "emdr")), new TermQuery(new Term("body", "emdr")) };

        Assert.InRange(searcher.Search(ours, Reader.MaxDoc).TotalHits, 100, Reader.MaxDoc);
    }

    private static Query Clause(Random random)
    {
        Query Word() => new TermQuery(new Term(Fields[random.Next(Fields.Length)], Words[random.Next(Words.Length)])) { Boost = 1 + random.Next(4) };
        return random.Next(5) == 0
            ? new BooleanQuery { { Word(), Occur.MUST }, { Word(), Occur.MUST } }
            : Word();
    }

    public void Dispose() => _index.Dispose();
}

internal static class BooleanQueryExtensions
{
    public static BooleanQuery WithMinimum(this BooleanQuery query, int minimum)
    {
        query.MinimumNumberShouldMatch = minimum;
        return query;
    }
}
