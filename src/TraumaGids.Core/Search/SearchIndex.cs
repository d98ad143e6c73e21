using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>
/// The Lucene index over all practitioners, offers and information pages of one <see cref="ContentSet"/>.
/// Built once, in memory, then read-only: one <see cref="SearchSnapshot"/> (reader, searcher and the
/// tables read from them, all thread-safe) serves every request. Visitor text is only ever analysed
/// into terms, never parsed as query syntax.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const int MaxPageSize = 50;

    private readonly SearchSnapshot _snapshot;
    private readonly QueryCompiler _compiler;
    private readonly SearchFilters _filters;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly IReadOnlyList<IndexedItem> _items;
    private readonly Vocabularies _vocabularies;
    private readonly DutchAnalysis _analysis;
    private readonly SynonymMap _synonyms;
    private readonly QueryUnderstanding _understanding;
    private readonly Spelling _spelling;
    private readonly Suggestions _suggestions;
    private readonly FacetTable _facets;
    private readonly int[] _docToItem;
    private readonly int[] _byKind;
    private readonly int[] _byWaitingTime;
    private readonly (string Term, int Start, int End)[]?[] _snippetTerms;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly TermLookup _terms;

    private SearchIndex(SearchSnapshot snapshot)
    {
        _snapshot = snapshot;
        _compiler = new QueryCompiler(snapshot);
        _filters = new SearchFilters(snapshot);
        _reader = snapshot.Reader;
        _searcher = snapshot.Searcher;
        _items = snapshot.Items;
        _vocabularies = snapshot.Vocabularies;
        _analysis = snapshot.Analysis;
        _synonyms = snapshot.Synonyms;
        _understanding = snapshot.Understanding;
        _spelling = snapshot.Spelling;
        _suggestions = snapshot.Suggestions;
        _facets = snapshot.Facets;
        _docToItem = snapshot.DocToItem;
        _byKind = snapshot.ByKind;
        _byWaitingTime = snapshot.ByWaitingTime;
        _terms = snapshot.Terms;
        _snippetTerms = new (string, int, int)[]?[_items.Count];
    }

    /// <summary>Suggestions while typing (at most 8); empty for fewer than two characters. Never throws.</summary>
    public IReadOnlyList<Suggestion> Suggest(string? typed) => _suggestions.For(typed);

    public int ItemCount => _items.Count;

    /// <summary>Builds the index of the content, in memory (see <see cref="IndexBuilder"/>).</summary>
    public static SearchIndex Build(ContentSet content) => new(IndexBuilder.Build(content));

    /// <summary>Runs a search. Never throws for any query text or parameter values.</summary>
    public SearchResults Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query with
        {
            Page = Math.Max(1, query.Page),
            PageSize = Math.Clamp(query.PageSize, 1, MaxPageSize),
        };
        var understood = _understanding.Parse(QueryText.Normalise(query.Text));
        var text = QueryText.Parse(understood.Remaining, _analysis, _synonyms);
        // Which typed words get typo matching, in the query (TermClause) and in snippets alike: those
        // that occur nowhere as written.
        text.KeepTyposOnlyFor(word => _terms.DocFreq(IndexFields.Words.Name, word) == 0);
        var filters = _filters.For(query);
        if (understood.Any)
        {
            filters["understood"] = _filters.Understood(understood);
        }

        IReadOnlyList<Facet>? facets = null;
        var total = 0;
        IReadOnlyList<SearchHit> hits = [];
        var relaxed = false;
        if (text.IsEmpty && !understood.Any)
        {
            (facets, total, hits) = Run(query, null, null, filters);
        }
        else
        {
            var match = text.IsEmpty ? new MatchAllDocsQuery() : _compiler.Match(text, relaxed: false, understood);
            if (match is not null)
            {
                var words = text.IsEmpty ? null : text;
                (facets, total, hits) = Run(query, words, _compiler.Score(match, text, understood), filters);
                if (total == 0 && text.Terms.Count > 1)
                {
                    // No item has (most of) the words: show those with any of them. If even that finds
                    // nothing, keep the strict counts: they show which filter values do give results.
                    var looser = _compiler.Match(text, relaxed: true, understood)!;
                    var second = Run(query, words, _compiler.Score(looser, text, understood), filters);
                    if (second.Total > 0)
                    {
                        (facets, total, hits) = second;
                        relaxed = true;
                    }
                }
            }
            // else: text without a single searchable word (only stop words or punctuation): nothing matches.
        }

        return new SearchResults
        {
            Query = query,
            Hits = hits,
            Total = total,
            // No pass ran (only stop words typed): every value, counted zero.
            Facets = facets ?? FacetList.Empty(_vocabularies, query),
            Relaxed = relaxed,
            // Offered whenever a typed word occurs nowhere in the content, also when a typo still found results.
            DidYouMean = string.IsNullOrWhiteSpace(query.Text) ? null : _spelling.Suggest(query.Text),
            Understood = understood.Filters,
        };
    }

    /// <summary>
    /// One search: the page of hits, the total and the facet counts, from one scored pass over the
    /// matches. Filters that are not facets (an age, what was understood from the text) restrict the
    /// query itself; facet filters are checked per match by <see cref="DrillSideways"/>, so a facet with
    /// an active filter is counted as if its own filter were off (a second value shows what it adds).
    /// Without a text query nothing needs scoring: see <see cref="Browse"/>.
    /// </summary>
    private (IReadOnlyList<Facet> Facets, int Total, IReadOnlyList<SearchHit> Hits) Run(
        SearchQuery query, QueryText? text, Query? score, Dictionary<string, FixedBitSet> filters)
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
        var wanted = (int)Math.Clamp((long)query.Page * query.PageSize, 1, Math.Max(1, _reader.MaxDoc));
        // Index order is title order (see IndexBuilder): the document number breaks ties as the title would.
        ITopDocsCollector top = query.Sort == SearchSort.WaitingTime
            ? TopFieldCollector.Create(new Sort(new SortField(IndexFields.SortWaiting.Name, SortFieldType.INT64), SortField.FIELD_SCORE, SortField.FIELD_DOC), wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true)
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
                hits.Add(Hit(scored.Doc, text, scored.Score));
            }
        }
        return (FacetList.From(_vocabularies, query, field => counts[field]), shared.Total, hits);
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
                hits.Add(Hit(doc, null, 1f));
                if (hits.Count == query.PageSize)
                {
                    break;
                }
            }
        }
        return (FacetList.From(_vocabularies, query, field => counts[field]), matches.Cardinality, hits);
    }

    private SearchHit Hit(int doc, QueryText? text, float score)
    {
        var position = _docToItem[doc];
        var item = _items[position];
        var itemText = item.Text;
        return new SearchHit(item.Kind, item.Slug, item.Title, Snippets.Build(itemText, text, () => SnippetTerms(position, itemText)), score);
    }

    /// <summary>
    /// The terms of an item's text for its snippets: analysed the first time the item is a hit, then
    /// kept (public content only, never anything typed). Stems are shared between items.
    /// </summary>
    private (string Term, int Start, int End)[] SnippetTerms(int item, string itemText)
    {
        var known = Volatile.Read(ref _snippetTerms[item]);
        if (known is null)
        {
            // Two requests may both analyse the same item at first; either result is the same.
            known = Snippets.Analyse(itemText, _analysis, stem => _stems.GetOrAdd(stem, stem));
            Volatile.Write(ref _snippetTerms[item], known);
        }
        return known;
    }

    public void Dispose() => _snapshot.Dispose();
}
