using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

/// <summary>The index's term table: statistics read once, then every search's term queries are made from it.</summary>
public sealed class TermLookupTests
{
    /// <param name="maxPairs">Room in the table: the title has five terms over the two segments, the body one.</param>
    /// <param name="tabled">The fields that fit; the others are looked up per search.</param>
    [Theory]
    [InlineData(10_000, new[] { "body", "title" })]
    [InlineData(3, new[] { "body" })]
    [InlineData(0, new string[0])]
    public void Table_or_lookup_per_search_the_counts_and_hits_are_those_of_the_index(int maxPairs, string[] tabled)
    {
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(DutchAnalysis.Version, new WhitespaceAnalyzer(DutchAnalysis.Version)) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
        {
            // Two commits without merging: two segments, so a term's counts come from both.
            writer.AddDocument([new TextField("title", "emdr kind", Field.Store.NO), new TextField("body", "angst", Field.Store.NO)]);
            writer.Commit();
            writer.AddDocument([new TextField("title", "emdr volwassenen", Field.Store.NO)]);
            writer.AddDocument([new TextField("title", "traumatherapie", Field.Store.NO)]);
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(2, reader.Leaves.Count);

        var table = new TermLookup(reader, ["title", "body"], maxPairs);
        var searcher = new IndexSearcher(reader);

        Assert.Equal(tabled, table.TableFields.Order());
        Assert.Equal(2, table.DocFreq("title", "emdr"));
        Assert.Equal(1, table.DocFreq("title", "volwassenen"));
        Assert.Equal(1, table.DocFreq("body", "angst"));
        Assert.Equal(0, table.DocFreq("body", "emdr"));
        Assert.Equal(0, table.DocFreq("title", "onbekend"));
        Assert.Equal(2, searcher.Search(table.Query("title", "emdr"), 10).TotalHits);
        Assert.Equal(1, searcher.Search(table.Query("title", "traumatherapie"), 10).TotalHits);
        Assert.Equal(1, searcher.Search(table.Query("body", "angst"), 10).TotalHits);
        Assert.Equal(0, searcher.Search(table.Query("title", "onbekend"), 10).TotalHits);
        Assert.Equal(2.5f, table.Query("title", "emdr", boost: 2.5f).Boost);
        // A field the table was not made for is a mistake in the code, not a term that happens to be absent.
        Assert.Throws<ArgumentException>(() => table.DocFreq("summary", "emdr"));
    }
}
