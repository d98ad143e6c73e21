using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

/// <summary>
/// A small in-memory index of seeded random documents in two segments (so per-segment state is
/// exercised), analysed by whitespace only: for tests that compare the search's own scoring pieces
/// with Lucene's.
/// </summary>
internal sealed class RandomIndex : IDisposable
{
    private readonly RAMDirectory _directory = new();

    /// <param name="seed">Seed of the random numbers <paramref name="document"/> draws from.</param>
    /// <param name="documents">How many documents; the first half is committed as a segment of its own.</param>
    /// <param name="document">Makes one document's fields.</param>
    public RandomIndex(int seed, int documents, Func<Random, IEnumerable<IIndexableField>> document)
    {
        var random = new Random(seed);
        var config = new IndexWriterConfig(DutchAnalysis.Version, new WhitespaceAnalyzer(DutchAnalysis.Version)) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var doc = 0; doc < documents; doc++)
            {
                writer.AddDocument(document(random));
                if (doc == documents / 2 - 1)
                {
                    writer.Commit();
                }
            }
            writer.Commit();
        }
        Reader = DirectoryReader.Open(_directory);
    }

    public DirectoryReader Reader { get; }

    /// <summary>Up to <paramref name="most"/> words drawn from <paramref name="words"/>, space separated.</summary>
    public static string Text(Random random, IReadOnlyList<string> words, int most) =>
        string.Join(' ', Enumerable.Range(0, random.Next(0, most + 1)).Select(_ => words[random.Next(words.Count)]));

    public void Dispose()
    {
        Reader.Dispose();
        _directory.Dispose();
    }
}
