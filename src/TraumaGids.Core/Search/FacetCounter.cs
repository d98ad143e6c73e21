using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TraumaGids.Core.Search;

/// <summary>
/// The facet values of the index, read once from its <c>SortedSetDocValues</c> when it is built (the
/// index never changes after that): for each value, a bit set of the documents that have it. A filter
/// is the union of its values' sets; counting a value over a set of documents (the matches of a search)
/// is the size of an intersection, worked out a 64-bit word at a time. All facets share one numbering
/// of their values.
/// </summary>
internal sealed class FacetTable
{
    private readonly Dictionary<string, (int First, string[] Keys)> _fields;
    private readonly int _maxDoc;
    private readonly List<FixedBitSet> _valueDocs = [];

    public FacetTable(IndexReader reader, IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _maxDoc = reader.MaxDoc;
        _fields = new Dictionary<string, (int, string[])>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var first = _valueDocs.Count;
            _fields[field] = (first, Read(reader, field));
        }
    }

    /// <summary>The keys of one field, each with its documents' bits added to <see cref="_valueDocs"/> in the same order.</summary>
    private string[] Read(IndexReader reader, string field)
    {
        var keys = new List<string>();
        var keyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var first = _valueDocs.Count;
        var term = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var docValues = leaf.AtomicReader.GetSortedSetDocValues(field);
            if (docValues is null)
            {
                continue;
            }
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                var global = leaf.DocBase + doc;
                docValues.SetDocument(doc);
                long ord;
                while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    docValues.LookupOrd(ord, term);
                    var key = term.Utf8ToString();
                    if (!keyIndex.TryGetValue(key, out var index))
                    {
                        index = keys.Count;
                        keyIndex[key] = index;
                        keys.Add(key);
                        _valueDocs.Add(new FixedBitSet(_maxDoc));
                    }
                    _valueDocs[first + index].Set(global);
                }
            }
        }
        return [.. keys];
    }

    /// <summary>The documents with any of these values of a field (none for an unknown value), as a new bit set.</summary>
    public FixedBitSet AnyOf(string field, IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var (first, known) = _fields[field];
        var bits = new FixedBitSet(_maxDoc);
        foreach (var key in keys)
        {
            var k = Array.IndexOf(known, key);
            if (k >= 0)
            {
                bits.Or(_valueDocs[first + k]);
            }
        }
        return bits;
    }

    /// <summary>Counts per key of one field over a set of documents (by global document number).</summary>
    public IReadOnlyDictionary<string, int> Counts(string field, FixedBitSet documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var (first, keys) = _fields[field];
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < keys.Length; k++)
        {
            var count = (int)FixedBitSet.IntersectionCount(documents, _valueDocs[first + k]);
            if (count > 0)
            {
                result[keys[k]] = count;
            }
        }
        return result;
    }

    /// <summary>A collector that counts, over every document a query matches, how often each value occurs.</summary>
    public Counter Count() => new(this);

    /// <summary>
    /// Notes each matching document in a bit set; the counts per value are worked out when asked, as
    /// intersections with the values' bit sets (a few hundred words for 10,000 documents, where a loop
    /// over the values of every match touched thousands of documents one by one).
    /// </summary>
    public sealed class Counter : ICollector
    {
        private readonly FacetTable _table;
        private readonly FixedBitSet _matches;
        private int _docBase;

        internal Counter(FacetTable table)
        {
            _table = table;
            _matches = new FixedBitSet(table._maxDoc);
        }

        /// <summary>How many documents matched.</summary>
        public int Total { get; private set; }

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            _docBase = context.DocBase;
        }

        public void Collect(int doc)
        {
            Total++;
            _matches.Set(_docBase + doc);
        }

        /// <summary>Counts per key of one field, with those of another counter added; call after the search.</summary>
        public IReadOnlyDictionary<string, int> Counts(string field, Counter? plus = null)
        {
            if (plus is null)
            {
                return _table.Counts(field, _matches);
            }
            var both = _matches.Clone();
            both.Or(plus._matches);
            return _table.Counts(field, both);
        }
    }
}
