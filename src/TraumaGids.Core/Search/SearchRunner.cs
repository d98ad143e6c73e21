using Lucene.Net.Search;
using Lucene.Net.Util;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>
/// Runs one compiled search over the snapshot: a single pass that collects the page of hits, the
/// total and the facet counts (<see cref="FacetTable.Counter"/>, <see cref="DrillSideways"/>), or,
/// without search words, reads the page straight from the snapshot's list orders.
/// </summary>
internal sealed class SearchRunner
{
    private readonly IndexSearcher _searcher;
    private readonly FacetTable _facets;
    private readonly Vocabularies _vocabularies;
    private readonly int[] _byKind;
    private readonly int[] _byWaitingTime;
    private readonly int _maxDoc;
    private readonly SearchFilters _filters;
    private readonly HitBuilder _hitBuilder;

    public SearchRunner(SearchSnapshot snapshot, SearchFilters filters, HitBuilder hitBuilder)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _searcher = snapshot.Searcher;
        _facets = snapshot.Facets;
        _vocabularies = snapshot.Vocabularies;
        _byKind = snapshot.ByKind;
        _byWaitingTime = snapshot.ByWaitingTime;
        _maxDoc = snapshot.Reader.MaxDoc;
        _filters = filters;
        _hitBuilder = hitBuilder;
    }

    /// <summary>
    /// One search: the page of hits, the total and the facet counts, from one scored pass over the
    /// matches. Filters that are not facets (an age, what was understood from the text) restrict the
    /// query itself; facet filters are checked per match by <see cref="DrillSideways"/>, so a facet with
    /// an active filter is counted as if its own filter were off (a second value shows what it adds).
    /// Without a text query nothing needs scoring: see <see cref="Browse"/>.
    /// </summary>
    /// <param name="tiered">
    /// With the waiting-time order, whether <paramref name="score"/> is in tiers (<see cref="Tiered"/>) that
    /// come first, each tier in waiting-time order: an order the visitor did not choose but typed ("snel
    /// terecht") sorts the items that meet the search, not everything with one of its words.
    /// </param>
    public (IReadOnlyList<Facet> Facets, int Total, IReadOnlyList<SearchHit> Hits) Run(
        SearchQuery query, QueryText? text, Query? score, Dictionary<string, FixedBitSet> filters, bool tiered = false)
    {
        if (score is null)
        {
            return Browse(query, filters);
        }
        var facetFields = IndexFields.Facets.Select(f => f.Name).ToList();
        // A yes/no facet has one value: with its filter on, that value's count is simply the total, so
        // its filter can restrict the query like any other and need not be checked per match.
        var yesNo = IndexFields.YesNoFacets.Select(f => f.Name).Where(filters.ContainsKey).ToList();
        var filtered = facetFields.Where(f => filters.ContainsKey(f) && !yesNo.Contains(f)).ToList();
        var shared = _facets.Count();
        var wanted = (int)Math.Clamp((long)query.Page * query.PageSize, 1, Math.Max(1, _maxDoc));
        // Index order is title order (see IndexBuilder): the document number breaks ties as the title would.
        var waiting = new SortField(IndexFields.SortWaiting.Name, SortFieldType.INT64);
        ITopDocsCollector top = query.Sort == SearchSort.WaitingTime
            ? TopFieldCollector.Create(
                tiered ? new Sort(SortField.FIELD_SCORE, waiting, SortField.FIELD_DOC) : new Sort(waiting, SortField.FIELD_SCORE, SortField.FIELD_DOC),
                wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true)
            : TopScoreDocCollector.Create(wanted, docsScoredInOrder: true);
        var restricting = filters.Where(f => !filtered.Contains(f.Key)).ToDictionary();
        var restricted = restricting.Count == 0 ? score : BitSetFilter.Restrict(score, _filters.Passing(restricting));

        var counts = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        if (filtered.Count == 0)
        {
            _searcher.Search(restricted, MultiCollector.Wrap(top, shared));
        }
        else
        {
            var sideways = filtered.Select(_ => _facets.Count()).ToArray();
            _searcher.Search(restricted, new DrillSideways(top, shared, [.. filtered.Select(f => filters[f])], sideways));
            for (var i = 0; i < filtered.Count; i++)
            {
                counts[filtered[i]] = sideways[i].Counts(filtered[i], plus: shared);
            }
        }
        foreach (var field in facetFields.Where(f => !filters.ContainsKey(f)))
        {
            counts[field] = shared.Counts(field);
        }
        foreach (var field in yesNo)
        {
            counts[field] = shared.Total == 0 ? new Dictionary<string, int>() : new Dictionary<string, int> { [SearchParameters.Yes] = shared.Total };
        }

        var hits = new List<SearchHit>();
        var skip = (long)(query.Page - 1) * query.PageSize;
        if (skip < shared.Total)
        {
            foreach (var scored in top.GetTopDocs((int)skip, query.PageSize).ScoreDocs)
            {
                hits.Add(_hitBuilder.Build(scored.Doc, text, scored.Score));
            }
        }
        return (FacetList.From(_vocabularies, query, field => counts[field]), shared.Total, hits);
    }

    /// <summary>
    /// The matches of <paramref name="match"/> in two tiers, for the waiting-time order within tiers: those in
    /// <paramref name="first"/> score 2, the others 1 (their relevance no longer counts: the order is by waiting time).
    /// </summary>
    public static Query Tiered(Query match, FixedBitSet first)
    {
        var tiers = new BooleanQuery(disableCoord: true)
        {
            { new ConstantScoreQuery(match), Occur.MUST },
            { new ConstantScoreQuery(new BitSetFilter(first)), Occur.SHOULD },
        };
        return tiers;
    }

    /// <summary>
    /// A list without search words: every document scores the same, so no Lucene search is needed.
    /// The filters' bit sets give the total and every count (a facet with an active filter counted over
    /// the documents that pass the other filters, as <see cref="DrillSideways"/> does), and the page is
    /// read from the documents in the list's order.
    /// </summary>
    private (IReadOnlyList<Facet> Facets, int Total, IReadOnlyList<SearchHit> Hits) Browse(SearchQuery query, Dictionary<string, FixedBitSet> filters)
    {
        var matches = _filters.Passing(filters);
        var counts = IndexFields.Facets.ToDictionary(
            f => f.Name, f => _facets.Counts(f.Name, filters.ContainsKey(f.Name) ? _filters.Passing(filters, except: f.Name) : matches), StringComparer.Ordinal);

        var hits = new List<SearchHit>();
        var skip = (long)(query.Page - 1) * query.PageSize;
        foreach (var doc in query.Sort == SearchSort.WaitingTime ? _byWaitingTime : _byKind)
        {
            if (matches.Get(doc) && skip-- <= 0)
            {
                // The score a search for everything gives each document (Lucene's MatchAllDocsQuery).
                hits.Add(_hitBuilder.Build(doc, null, 1f));
                if (hits.Count == query.PageSize)
                {
                    break;
                }
            }
        }
        return (FacetList.From(_vocabularies, query, field => counts[field]), matches.Cardinality, hits);
    }
}
