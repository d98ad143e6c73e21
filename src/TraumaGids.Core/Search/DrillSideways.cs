using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TraumaGids.Core.Search;

/// <summary>
/// Hits, total and every facet count from one pass over the text matches ("drill sideways"). The
/// query runs without the facet filters; each match is checked against the filters' bit sets:
/// <list type="bullet">
/// <item>it passes all of them: a hit, counted for every facet;</item>
/// <item>it fails exactly one: counted only for that filter's facet, so a second value of a filter
/// shows what choosing it would add;</item>
/// <item>it fails more: ignored.</item>
/// </list>
/// One pass instead of one per active filter: the text query, usually the costly part, runs once.
/// </summary>
internal sealed class DrillSideways : ICollector
{
    private readonly ICollector _hits;
    private readonly FacetTable.Counter _shared;
    private readonly FixedBitSet[] _filters;
    private readonly FacetTable.Counter[] _sideways;
    private int _docBase;

    /// <param name="hits">Gets the documents that pass every filter (it scores them).</param>
    /// <param name="shared">Counts the facets without an active filter, over the documents that pass every filter.</param>
    /// <param name="filters">One bit set per active facet filter, by global document number.</param>
    /// <param name="sideways">
    /// One counter per filter, of the documents that fail only that filter. The filter's own facet
    /// counts are these plus the shared ones (<see cref="FacetTable.Counter.Counts(string, FacetTable.Counter?)"/>):
    /// the documents that pass every filter are counted once, by <paramref name="shared"/>.
    /// </param>
    public DrillSideways(ICollector hits, FacetTable.Counter shared, FixedBitSet[] filters, FacetTable.Counter[] sideways)
    {
        _hits = hits;
        _shared = shared;
        _filters = filters;
        _sideways = sideways;
    }

    public bool AcceptsDocsOutOfOrder => _hits.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _docBase = context.DocBase;
        _hits.SetNextReader(context);
        _shared.SetNextReader(context);
        foreach (var counter in _sideways)
        {
            counter.SetNextReader(context);
        }
    }

    public void Collect(int doc)
    {
        var global = _docBase + doc;
        var failed = -1;
        for (var f = 0; f < _filters.Length; f++)
        {
            if (!_filters[f].Get(global))
            {
                if (failed >= 0)
                {
                    return;
                }
                failed = f;
            }
        }
        if (failed >= 0)
        {
            _sideways[failed].Collect(doc);
            return;
        }
        _hits.Collect(doc);
        _shared.Collect(doc);
    }
}
