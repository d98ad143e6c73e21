using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TraumaGids.Core.Search;

/// <summary>
/// A filter given as a bit set over the whole index, applied by random access: the text query's term
/// scorers then pass over every document the filter excludes without scoring it. Lucene's
/// QueryWrapperFilter instead steps the filter and the text query in turn, and only uses random
/// access when the first matching document happens to be among the first hundred.
/// </summary>
internal sealed class BitSetFilter(FixedBitSet bits) : Filter
{
    /// <summary>The text query restricted to the documents set in <paramref name="bits"/> (global document numbers).</summary>
    public static Query Restrict(Query query, FixedBitSet bits) =>
        new FilteredQuery(query, new BitSetFilter(bits), AlwaysRandomAccess.Instance);

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        ArgumentNullException.ThrowIfNull(context);
        var maxDoc = context.AtomicReader.MaxDoc;
        var own = bits;
        if (context.DocBase != 0 || maxDoc != bits.Length)
        {
            // One segment of several: its own slice of the bits.
            own = new FixedBitSet(maxDoc);
            for (var doc = 0; doc < maxDoc; doc++)
            {
                if (bits.Get(context.DocBase + doc))
                {
                    own.Set(doc);
                }
            }
        }
        return BitsFilteredDocIdSet.Wrap(own, acceptDocs);
    }

    public override string ToString() => $"BitSetFilter({bits.Cardinality} documents)";

    private sealed class AlwaysRandomAccess : FilteredQuery.RandomAccessFilterStrategy
    {
        public static readonly AlwaysRandomAccess Instance = new();

        protected override bool UseRandomAccess(IBits bits, int firstFilterDoc) => true;
    }
}
