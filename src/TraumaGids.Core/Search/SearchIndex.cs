using Lucene.Net.Search;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>
/// The Lucene index over all practitioners, offers and information pages of one <see cref="ContentSet"/>.
/// Built once, in memory, then read-only: one <see cref="SearchSnapshot"/> (reader, searcher and the
/// tables read from them, all thread-safe) serves every request. A search reads top to bottom: the
/// text is understood and analysed, the filters made (<see cref="SearchFilters"/>), the queries
/// compiled (<see cref="QueryCompiler"/>) and run (<see cref="SearchRunner"/>), with a looser pass when
/// nothing had most of the words. Visitor text is only ever analysed into terms, never parsed as query
/// syntax.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const int MaxPageSize = 50;

    private readonly SearchSnapshot _snapshot;
    private readonly QueryCompiler _compiler;
    private readonly SearchFilters _filters;
    private readonly SearchRunner _runner;

    private SearchIndex(SearchSnapshot snapshot)
    {
        _snapshot = snapshot;
        _compiler = new QueryCompiler(snapshot);
        _filters = new SearchFilters(snapshot);
        _runner = new SearchRunner(snapshot, _filters, new HitBuilder(snapshot));
    }

    /// <summary>Builds the index of the content, in memory (see <see cref="IndexBuilder"/>).</summary>
    public static SearchIndex Build(ContentSet content) => new(IndexBuilder.Build(content));

    public int ItemCount => _snapshot.Items.Count;

    /// <summary>Runs a search. Never throws for any query text or parameter values.</summary>
    public SearchResults Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query with
        {
            Page = Math.Max(1, query.Page),
            PageSize = Math.Clamp(query.PageSize, 1, MaxPageSize),
        };
        var understood = _snapshot.Understanding.Parse(QueryText.Normalise(query.Text));
        var text = QueryText.Parse(understood.Remaining, _snapshot.Analysis, _snapshot.Synonyms);
        // Which typed words get typo matching, in the query (QueryCompiler.TermClause) and in snippets alike: those
        // that occur nowhere as written.
        text.KeepTyposOnlyFor(word => _snapshot.Terms.DocFreq(IndexFields.Words.Name, word) == 0);
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
            (facets, total, hits) = _runner.Run(query, null, null, filters);
        }
        else
        {
            var match = text.IsEmpty ? new MatchAllDocsQuery() : _compiler.Match(text, relaxed: false, understood);
            if (match is not null)
            {
                var words = text.IsEmpty ? null : text;
                (facets, total, hits) = _runner.Run(query, words, _compiler.Score(match, text, understood), filters);
                if (total == 0 && text.Terms.Count > 1)
                {
                    // No item has (most of) the words: show those with any of them. If even that finds
                    // nothing, keep the strict counts: they show which filter values do give results.
                    var looser = _compiler.Match(text, relaxed: true, understood)!;
                    var second = _runner.Run(query, words, _compiler.Score(looser, text, understood), filters);
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
            Facets = facets ?? FacetList.Empty(_snapshot.Vocabularies, query),
            Relaxed = relaxed,
            // Offered whenever a typed word occurs nowhere in the content, also when a typo still found results.
            DidYouMean = string.IsNullOrWhiteSpace(query.Text) ? null : _snapshot.Spelling.Suggest(query.Text),
            Understood = understood.Filters,
        };
    }

    /// <summary>Suggestions while typing (at most 8); empty for fewer than two characters. Never throws.</summary>
    public IReadOnlyList<Suggestion> Suggest(string? typed) => _snapshot.Suggestions.For(typed);

    public void Dispose() => _snapshot.Dispose();
}
