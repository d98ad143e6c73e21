using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TraumaGids.Core.Search;

/// <summary>
/// The facet values of every document, read once from the index's <c>SortedSetDocValues</c> when it is
/// built and kept as flat arrays, so counting is a tight loop instead of a doc-values lookup per
/// document and field (the index never changes after it is built).
/// </summary>
internal sealed class FacetTable
{
    private readonly Dictionary<string, Column> _columns;

    internal sealed record Column(string[] Keys, int[] Offsets, int[] Values);

    public FacetTable(IndexReader reader, IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _columns = fields.ToDictionary(f => f, f => Read(reader, f), StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Fields => _columns.Keys;

    private static Column Read(IndexReader reader, string field)
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
        return new Column([.. keys], offsets, [.. values]);
    }

    /// <summary>A collector that counts, over every document a query matches, how often each value occurs.</summary>
    public Counter Count(IEnumerable<string> fields) => new([.. fields.Select(f => _columns[f])], [.. fields]);

    public sealed class Counter : ICollector
    {
        private readonly Column[] _columns;
        private readonly string[] _names;
        private readonly int[][] _counts;
        private int _docBase;

        internal Counter(Column[] columns, string[] names)
        {
            _columns = columns;
            _names = names;
            _counts = [.. columns.Select(c => new int[c.Keys.Length])];
        }

        /// <summary>How many documents matched.</summary>
        public int Total { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

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
            for (var c = 0; c < _columns.Length; c++)
            {
                var column = _columns[c];
                var counts = _counts[c];
                for (var k = column.Offsets[global]; k < column.Offsets[global + 1]; k++)
                {
                    counts[column.Values[k]]++;
                }
            }
        }

        /// <summary>Counts per key of one field; call after the search.</summary>
        public IReadOnlyDictionary<string, int> Counts(string field)
        {
            var c = Array.IndexOf(_names, field);
            var result = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var k = 0; k < _counts[c].Length; k++)
            {
                if (_counts[c][k] > 0)
                {
                    result[_columns[c].Keys[k]] = _counts[c][k];
                }
            }
            return result;
        }
    }
}
