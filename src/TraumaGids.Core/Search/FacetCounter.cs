using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TraumaGids.Core.Search;

/// <summary>
/// The facet values of every document, read once from the index's <c>SortedSetDocValues</c> when it is
/// built and kept as flat arrays, so counting is a tight loop instead of a doc-values lookup per
/// document and field (the index never changes after it is built). All facets share one numbering of
/// their values, so a document's values of every facet are one run in one array: counting a match is
/// one short loop, whichever facets are wanted.
/// </summary>
internal sealed class FacetTable
{
    private readonly Dictionary<string, (int First, string[] Keys)> _fields;
    private readonly int[] _offsets;
    private readonly int[] _values;
    private readonly int _valueCount;

    public FacetTable(IndexReader reader, IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _fields = new Dictionary<string, (int, string[])>(StringComparer.Ordinal);
        var columns = new List<(int First, int[] Offsets, int[] Values)>();
        foreach (var field in fields)
        {
            var (keys, offsets, values) = Read(reader, field);
            columns.Add((_valueCount, offsets, values));
            _fields[field] = (_valueCount, keys);
            _valueCount += keys.Length;
        }
        _offsets = new int[reader.MaxDoc + 1];
        var all = new List<int>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            _offsets[doc] = all.Count;
            foreach (var (first, offsets, values) in columns)
            {
                for (var k = offsets[doc]; k < offsets[doc + 1]; k++)
                {
                    all.Add(first + values[k]);
                }
            }
        }
        _offsets[reader.MaxDoc] = all.Count;
        _values = [.. all];
    }

    public IReadOnlyCollection<string> Fields => _fields.Keys;

    private static (string[] Keys, int[] Offsets, int[] Values) Read(IndexReader reader, string field)
    {
        var keys = new List<string>();
        var keyIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var offsets = new int[reader.MaxDoc + 1];
        var values = new List<int>();
        var term = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var docValues = leaf.AtomicReader.GetSortedSetDocValues(field);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                var global = leaf.DocBase + doc;
                offsets[global] = values.Count;
                if (docValues is null)
                {
                    continue;
                }
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
                    }
                    values.Add(index);
                }
            }
        }
        offsets[reader.MaxDoc] = values.Count;
        return ([.. keys], offsets, [.. values]);
    }

    /// <summary>A collector that counts, over every document a query matches, how often each value occurs.</summary>
    public Counter Count() => new(this);

    public sealed class Counter : ICollector
    {
        private readonly FacetTable _table;
        private readonly int[] _counts;
        private int _docBase;

        internal Counter(FacetTable table)
        {
            _table = table;
            _counts = new int[table._valueCount];
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
            var global = _docBase + doc;
            var values = _table._values;
            var counts = _counts;
            for (int k = _table._offsets[global], end = _table._offsets[global + 1]; k < end; k++)
            {
                counts[values[k]]++;
            }
        }

        /// <summary>Counts per key of one field, with those of another counter added; call after the search.</summary>
        public IReadOnlyDictionary<string, int> Counts(string field, Counter? plus = null)
        {
            var (first, keys) = _table._fields[field];
            var result = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var k = 0; k < keys.Length; k++)
            {
                var count = _counts[first + k] + (plus?._counts[first + k] ?? 0);
                if (count > 0)
                {
                    result[keys[k]] = count;
                }
            }
            return result;
        }
    }
}
