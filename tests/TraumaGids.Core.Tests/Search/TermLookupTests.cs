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
    [Fact]
    public void The_table_knows_every_term_of_its_fields_over_all_segments_and_its_queries_find_them()
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

        var table = new TermLookup(reader, ["title", "body"]);
        var searcher = new IndexSearcher(reader);

        Assert.Equal(["body", "title"], table.TableFields.Order());
        Assert.Equal(2, table.DocFreq("title", "emdr"));
        Assert.Equal(1, table.DocFreq("title", "volwassenen"));
        Assert.Equal(1, table.DocFreq("body", "angst"));
        Assert.Equal(0, table.DocFreq("body", "emdr"));
        Assert.Equal(0, table.DocFreq("title", "onbekend"));
        Assert.Equal(2, searcher.Search(table.Query("title", "emdr"), 10).TotalHits);
        Assert.Equal(1, searcher.Search(table.Query("title", "traumatherapie"), 10).TotalHits);
        Assert.Equal(0, searcher.Search(table.Query("title", "onbekend"), 10).TotalHits);
        Assert.Equal(2.5f, table.Query("title", "emdr", boost: 2.5f).Boost);
        // A field outside the table is a mistake in the code, not a term that happens to be absent.
        Assert.Throws<ArgumentException>(() => table.DocFreq("summary", "emdr"));
    }

    [Fact]
    public void A_field_that_does_not_fit_in_the_table_is_looked_up_per_search_with_the_same_answers()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(DutchAnalysis.Version, new WhitespaceAnalyzer(DutchAnalysis.Version))))
        {
            writer.AddDocument([new TextField("title", "emdr", Field.Store.NO), new TextField("body", "angst slaap kind", Field.Store.NO)]);
            writer.AddDocument([new TextField("title", "emdr", Field.Store.NO), new TextField("body", "angst woede", Field.Store.NO)]);
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);

        // Room for two pairs: the title's one term fits, the body's four do not.
        var small = new TermLookup(reader, ["title", "body"], maxPairs: 2);

        Assert.Equal(["title"], small.TableFields);
        Assert.Equal(2, small.DocFreq("title", "emdr"));
        Assert.Equal(2, small.DocFreq("body", "angst"));
        Assert.Equal(1, small.DocFreq("body", "woede"));
        Assert.Equal(0, small.DocFreq("body", "onbekend"));
        Assert.Equal(2, searcher.Search(small.Query("body", "angst"), 10).TotalHits);
        Assert.Equal(1, searcher.Search(small.Query("body", "kind"), 10).TotalHits);
    }
}
