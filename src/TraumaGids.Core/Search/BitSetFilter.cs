using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TraumaGids.Core.Search;

/// <summary>
/// A filter worked out into a bit set per segment, and applied by random access: the text query's
/// term scorers then pass over every document the filter excludes without scoring it. Lucene's
/// QueryWrapperFilter instead steps the filter and the text query in turn, and only uses random
/// access when the first matching document happens to be among the first hundred.
/// </summary>
internal sealed class BitSetFilter(Query filter) : Filter
{
    /// <summary>The text query restricted to the documents the filter query matches.</summary>
    public static Query Restrict(Query query, Query filter) =>
        new FilteredQuery(query, new BitSetFilter(filter), AlwaysRandomAccess.Instance);

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        ArgumentNullException.ThrowIfNull(context);
        var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
        // As QueryWrapperFilter does: the segment on its own, as a top-level reader.
        var own = context.AtomicReader.AtomicContext;
        var scorer = new IndexSearcher(own).CreateNormalizedWeight(filter).GetScorer(own, acceptDocs);
        if (scorer is not null)
        {
            int doc;
            while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                bits.Set(doc);
            }
        }
        return bits;
    }

    public override string ToString() => $"BitSetFilter({filter})";

    private sealed class AlwaysRandomAccess : FilteredQuery.RandomAccessFilterStrategy
    {
        public static readonly AlwaysRandomAccess Instance = new();

        protected override bool UseRandomAccess(IBits bits, int firstFilterDoc) => true;
    }
}
