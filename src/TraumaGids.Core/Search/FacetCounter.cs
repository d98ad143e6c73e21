using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TraumaGids.Core.Search;

/// <summary>
/// Counts, over every document a query matches (not only the first page), how often each value of
/// some facet fields occurs. Without Lucene's Facet package: the values are read from
/// <c>SortedSetDocValues</c>, counted per segment by ordinal and resolved to keys at the end of it.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    private readonly string[] _fields;
    private readonly Dictionary<string, int>[] _counts;
    private SortedSetDocValues?[] _segmentValues = [];
    private int[][] _segmentCounts = [];

    public FacetCounter(IEnumerable<string> fields)
    {
        _fields = [.. fields];
        _counts = [.. _fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    }

    /// <summary>How many documents matched.</summary>
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Counts per key of one field; call after the search.</summary>
    public IReadOnlyDictionary<string, int> Counts(string field)
    {
        FlushSegment();
        return _counts[Array.IndexOf(_fields, field)];
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        FlushSegment();
        _segmentValues = [.. _fields.Select(f => context.AtomicReader.GetSortedSetDocValues(f))];
        _segmentCounts = [.. _segmentValues.Select(v => new int[v is null ? 0 : (int)v.ValueCount])];
    }

    public void Collect(int doc)
    {
        Total++;
        for (var f = 0; f < _segmentValues.Length; f++)
        {
            var values = _segmentValues[f];
            if (values is null)
            {
                continue;
            }
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _segmentCounts[f][ord]++;
            }
        }
    }

    private void FlushSegment()
    {
        var term = new BytesRef();
        for (var f = 0; f < _segmentValues.Length; f++)
        {
            var values = _segmentValues[f];
            if (values is null)
            {
                continue;
            }
            for (var ord = 0; ord < _segmentCounts[f].Length; ord++)
            {
                if (_segmentCounts[f][ord] == 0)
                {
                    continue;
                }
                values.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                _counts[f][key] = _counts[f].GetValueOrDefault(key) + _segmentCounts[f][ord];
            }
        }
        _segmentValues = [];
        _segmentCounts = [];
    }
}
