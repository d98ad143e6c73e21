using Lucene.Net.Search;
using Lucene.Net.Util;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>
/// The Lucene index over all practitioners, offers and information pages of one <see cref="ContentSet"/>.
/// Built once, in memory, then read-only: one <see cref="SearchSnapshot"/> (reader, searcher and the
/// tables read from them, all thread-safe) serves every request. A search reads top to bottom: the
/// text is understood and analysed, the filters made (<see cref="SearchFilters"/>), the queries
/// compiled (<see cref="QueryCompiler"/>) and run (<see cref="SearchRunner"/>), with a looser pass when
/// few items had most of the words (<see cref="TellingWords"/> keeps it honest). Visitor text is only ever analysed into terms, never parsed as query
/// syntax.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const int MaxPageSize = 50;

    private readonly SearchSnapshot _snapshot;
    private readonly QueryCompiler _compiler;
    private readonly SearchFilters _filters;
    private readonly SearchRunner _runner;
    private readonly TellingWords _tellingWords;

    private SearchIndex(SearchSnapshot snapshot)
    {
        _snapshot = snapshot;
        _compiler = new QueryCompiler(snapshot);
        _filters = new SearchFilters(snapshot);
        _runner = new SearchRunner(snapshot, _filters, new HitBuilder(snapshot));
        _tellingWords = new TellingWords(snapshot, _compiler);
    }

    /// <summary>Builds the index of the content, in memory (see <see cref="IndexBuilder"/>).</summary>
    public static SearchIndex Build(ContentSet content) => new(IndexBuilder.Build(content));

    /// <summary>Builds the index written in this many parts at the same time (tests: the result must not depend on it).</summary>
    internal static SearchIndex Build(ContentSet content, int parts) => new(IndexBuilder.Build(content, parts));

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
        int Frequency(string word) => _snapshot.Terms.DocFreq(IndexFields.Words.Name, word);
        var remaining = SplitWords.Split(SplitWords.Join(understood.Remaining, word => Frequency(word) > 0), Frequency);
        var text = QueryText.Parse(remaining, _snapshot.Analysis, _snapshot.Synonyms);
        // Which typed words get typo matching, in the query (QueryCompiler.TermClause) and in snippets alike: those
        // that occur nowhere as written.
        text.KeepTyposOnlyFor(word => Frequency(word) == 0);
        var filters = _filters.For(query);
        // What was recognised ranks the practitioners who meet it first; it only restricts the results
        // when it is all that was asked ("hulp in het pools": nothing telling is left of the words).
        var wishes = understood.Wishes.Any();
        var onlyWishes = wishes && text.Units.All(_compiler.IsGeneral);
        if (onlyWishes)
        {
            filters["understood"] = _filters.Understood(understood);
        }
        var meets = wishes && !onlyWishes ? _filters.Understood(understood) : null;
        // "snel terecht": shortest waiting time first, unless the visitor chose an order.
        var run = understood.OrderByWaitingTime && query.Sort == SearchSort.Relevance ? query with { Sort = SearchSort.WaitingTime } : query;

        IReadOnlyList<Facet>? facets = null;
        var total = 0;
        var allWords = 0;
        IReadOnlyList<SearchHit> hits = [];
        var relaxed = false;
        if (text.IsEmpty && !understood.Any)
        {
            (facets, total, hits) = _runner.Run(run, null, null, filters);
        }
        else
        {
            var match = text.IsEmpty || onlyWishes ? new MatchAllDocsQuery() : _compiler.Match(text, relaxed: false, understood);
            if (match is not null)
            {
                var words = text.IsEmpty ? null : text;
                // First only what meets the recognised words, and every page: as cheap as a filter. Only
                // when few results meet do the practitioners who do not follow (ranked lower, see
                // QueryCompiler.Score), so a place or age never leaves a visitor with nothing.
                var scope = meets is null ? filters : new Dictionary<string, FixedBitSet>(filters, StringComparer.Ordinal) { ["understood"] = _filters.MeetingOrPages(meets) };
                var score = _compiler.Score(match, text, understood, meets);
                (facets, total, hits) = _runner.Run(run, words, score, scope);
                if (meets is not null && total < EnoughMeeting)
                {
                    scope = filters;
                    (facets, total, hits) = _runner.Run(run, words, score, scope);
                }
                allWords = total;
                if (text.Terms.Count > 1 && !onlyWishes && FewWithAllWords(match, filters, scope, total))
                {
                    // Few items have (most of) the words: add those with some of them that still hold a
                    // good share of what the words tell (TellingWords). If that adds nothing, keep the
                    // strict counts: they show which filter values do give results.
                    var looser = _compiler.Match(text, relaxed: true, understood)!;
                    var second = _runner.Run(run, words, _compiler.Score(looser, text, understood, meets), WithTellingWords(scope, text));
                    if (second.Total > total)
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
            AllWordsTotal = allWords,
            // Offered whenever a typed word occurs nowhere in the content, also when a typo still found results.
            DidYouMean = string.IsNullOrWhiteSpace(query.Text) ? null : _snapshot.Spelling.Suggest(query.Text),
            Understood = understood.Filters,
        };
    }

    /// <summary>Below this many results with (most of) the words, results with some of them are added.</summary>
    private const int FewResults = 3;

    /// <summary>With fewer results than this that meet what was recognised, the practitioners who do not follow.</summary>
    private const int EnoughMeeting = 20;

    /// <summary>
    /// Whether few items have (most of) the words, counted without the visitor's filters: whether the
    /// looser pass runs must not depend on them, or a filter's count (the results of choosing it)
    /// would come from the other pass.
    /// </summary>
    private bool FewWithAllWords(Query match, Dictionary<string, FixedBitSet> filters, Dictionary<string, FixedBitSet> scope, int total)
    {
        if (total >= FewResults || (filters.Count == 0 && scope == filters))
        {
            // Enough within the filters is enough without them.
            return total < FewResults;
        }
        var matches = _tellingWords.Documents(match);
        if (scope.TryGetValue("understood", out var understood))
        {
            matches.And(understood);
        }
        return matches.Cardinality < FewResults;
    }

    private Dictionary<string, FixedBitSet> WithTellingWords(Dictionary<string, FixedBitSet> filters, QueryText text) =>
        _tellingWords.For(text) is { } telling
            ? new Dictionary<string, FixedBitSet>(filters, StringComparer.Ordinal) { ["telling"] = telling }
            : filters;

    /// <summary>Suggestions while typing (at most 8); empty for fewer than two characters. Never throws.</summary>
    public IReadOnlyList<Suggestion> Suggest(string? typed) => _snapshot.Suggestions.For(typed);

    public void Dispose() => _snapshot.Dispose();
}
