using Lucene.Net.Search;
using Lucene.Net.Util;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>
/// The Lucene index over all practitioners, offers and information pages of one <see cref="ContentSet"/>.
/// Built once, in memory, then read-only: one <see cref="SearchSnapshot"/> (reader, searcher and the
/// tables read from them, all thread-safe) serves every request. A search reads top to bottom: the
/// text is understood and analysed, the filters made (<see cref="SearchFilters"/>), the queries
/// compiled (<see cref="QueryCompiler"/>) and run (<see cref="SearchRunner"/>): an item with any telling
/// word is a result when it holds a good share of what the words tell (<see cref="TellingWords"/>).
/// Visitor text is only ever analysed into terms, never parsed as query syntax.
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
        _filters = new SearchFilters(snapshot);
        _compiler = new QueryCompiler(snapshot, _filters);
        _runner = new SearchRunner(snapshot, _filters, new HitBuilder(snapshot));
        _tellingWords = new TellingWords(snapshot, _filters);
    }

    /// <summary>Builds the index of the content, in memory (see <see cref="IndexBuilder"/>).</summary>
    public static SearchIndex Build(ContentSet content) => new(IndexBuilder.Build(content));

    /// <summary>
    /// Builds the index of the content, reusing the parts of the last build from the same directory that
    /// did not change (see <see cref="IndexParts"/>); the result is the same as <see cref="Build(ContentSet)"/>'s.
    /// </summary>
    public static SearchIndex Build(ContentSet content, IndexParts kept) => new(IndexBuilder.Build(content, kept: kept));

    /// <summary>
    /// As <see cref="Build(ContentSet, IndexParts)"/>, for start-up: did-you-mean and autocomplete are left
    /// to be made after the first answer (<see cref="CompleteTables"/>).
    /// </summary>
    public static SearchIndex BuildFirst(ContentSet content, IndexParts kept) => BuildFirst(content, kept, store: null);

    /// <summary>
    /// As <see cref="BuildFirst(ContentSet, IndexParts)"/>, opening the index from the store when it holds
    /// one of exactly this content (written by this code) instead of writing it (<see cref="IndexStore"/>);
    /// <see cref="Store"/> keeps a written one there for the next start. The index is the same either way.
    /// </summary>
    public static SearchIndex BuildFirst(ContentSet content, IndexParts kept, IndexStore? store) =>
        new(IndexBuilder.Build(content, kept: kept, deferTables: true, store: store));

    /// <summary>Whether this index was opened from the <see cref="IndexStore"/> instead of written.</summary>
    public bool OpenedFromStore => _snapshot.Stored?.Opened == true;

    /// <summary>
    /// Stores a start-up index that was written, not opened, in the store it was looked up in (after the
    /// first answer, see <see cref="BuildFirst(ContentSet, IndexParts, IndexStore?)"/>); otherwise does nothing. Never throws.
    /// </summary>
    public void Store() => _snapshot.Store();

    /// <summary>
    /// Stores this index in <paramref name="store"/> under the key of <paramref name="content"/>, the content it
    /// was built from (after a reload, in the background): the next start with this content opens it instead
    /// of writing it. Never throws: a failure is the store's note.
    /// </summary>
    public void StoreIn(IndexStore store, ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(content);
        _snapshot.StoreIn(store, content);
    }

    /// <summary>Writes the parts a later <see cref="Build(ContentSet, IndexParts)"/> reuses, when none are kept (after start-up).</summary>
    public static void KeepParts(ContentSet content, IndexParts kept) => IndexBuilder.KeepParts(content, kept);

    /// <summary>Builds the index written in this many parts at the same time (tests: the result must not depend on it).</summary>
    internal static SearchIndex Build(ContentSet content, int parts) => new(IndexBuilder.Build(content, parts));

    public int ItemCount => _snapshot.Items.Count;

    /// <summary>The index's files, read-only (tests).</summary>
    internal Lucene.Net.Store.Directory Directory => _snapshot.Directory;

    /// <summary>Runs a search. Never throws for any query text or parameter values.</summary>
    public SearchResults Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query with
        {
            Page = Math.Max(1, query.Page),
            PageSize = Math.Clamp(query.PageSize, 1, MaxPageSize),
        };
        int Frequency(string word) => _snapshot.Terms.DocFreq(IndexFields.Words.Name, word);
        var understood = _snapshot.Understanding.Parse(QueryText.Normalise(query.Text), word => Frequency(word) > 0);
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
        // "snel terecht": shortest waiting time first, unless the visitor chose an order. Typed, not chosen:
        // the items that meet the search come first, each tier by waiting time (SearchRunner.Tiered).
        var typedOrder = understood.OrderByWaitingTime && query.Sort == SearchSort.Relevance;
        var run = typedOrder ? query with { Sort = SearchSort.WaitingTime } : query;

        IReadOnlyList<Facet>? facets = null;
        var total = 0;
        var allWords = 0;
        IReadOnlyList<SearchHit> hits = [];
        var relaxed = false;
        IReadOnlyList<QueryUnit> notFound = [];
        if (text.IsEmpty && !understood.Any)
        {
            (facets, total, hits) = _runner.Run(run, null, null, filters);
        }
        else if (text.Units.Count(u => !_compiler.IsGeneral(u)) > 1 && !onlyWishes)
        {
            // Results need not have (most of) the telling words: every item with one that holds a good
            // share of what the words tell (TellingWords) is a result, ranked by score, so the items with
            // most words still come first. How many have (most of) them is counted for the notice. (With
            // one telling word, or one phrase, every match has it: the plain match below is the same.)
            var clauses = _compiler.Clauses(text);
            var weighed = _tellingWords.For(clauses, understood);
            var score = _compiler.Score(_compiler.Match(clauses, relaxed: true, understood), text, understood, meets);
            if (weighed.Filling is { } filling)
            {
                score = QueryCompiler.Lower(score, filling, FillingWeight);
            }
            var scope = weighed.Telling is { } telling ? new Dictionary<string, FixedBitSet>(filters, StringComparer.Ordinal) { ["telling"] = telling } : filters;
            if (typedOrder)
            {
                // The items with (most of) the words that meet what was recognised come first, each tier by waiting time.
                var first = weighed.AllWords.Clone();
                if (meets is not null)
                {
                    first.And(_filters.MeetingOrPages(meets));
                }
                score = SearchRunner.Tiered(score, first);
            }
            (facets, total, hits) = RunMeetingFirst(run, text, score, scope, meets, typedOrder);
            if (filters.Count > 0)
            {
                weighed.AllWords.And(_filters.Passing(filters));
            }
            allWords = weighed.AllWords.Cardinality;
            relaxed = allWords < FewResults && total > allWords;
            notFound = [.. weighed.NotFound.Select(i => text.Units[i])];
        }
        else if ((text.IsEmpty || onlyWishes ? new MatchAllDocsQuery() : _compiler.Match(text, relaxed: false, understood)) is { } match)
        {
            var score = _compiler.Score(match, text, understood, meets);
            if (typedOrder && meets is not null)
            {
                score = SearchRunner.Tiered(score, _filters.MeetingOrPages(meets));
            }
            (facets, total, hits) = RunMeetingFirst(run, text.IsEmpty ? null : text, score, filters, meets, typedOrder && meets is not null);
            allWords = total;
            if (total == 0 && !text.IsEmpty && !onlyWishes)
            {
                // Nothing found for one word (or a phrase): name it when no item has it at all, not when the filters left nothing.
                notFound = [.. _compiler.Clauses(text).Where(c => !c.General && _tellingWords.Documents(c.Query).Cardinality == 0).Select(c => c.Unit)];
            }
        }
        // else: text without a single searchable word (only stop words or punctuation): nothing matches.

        return new SearchResults
        {
            Query = query,
            Hits = hits,
            Total = total,
            // No pass ran (only stop words typed): every value, counted zero.
            Facets = facets ?? FacetList.Empty(_snapshot.Vocabularies, query),
            Relaxed = relaxed,
            AllWordsTotal = allWords,
            NotFound = [.. notFound.Select(u => u.Typed)],
            NotFoundKnown = notFound.Any(u => u.Known),
            // Offered whenever a typed word occurs nowhere in the content, also when a typo still found results.
            DidYouMean = string.IsNullOrWhiteSpace(query.Text) ? null : _snapshot.Spelling.Suggest(query.Text),
            Understood = understood.Filters,
        };
    }

    /// <summary>
    /// Runs the search over the practitioners who meet what was recognised (a place, language, age or
    /// wish) and every page: as cheap as a filter. Only when few of the results are such practitioners do
    /// the others follow (ranked lower, see QueryCompiler.Score), so a place or age never leaves a visitor
    /// with nothing, and a neighbouring town's specialist still shows when the own town has few.
    /// </summary>
    private (IReadOnlyList<Facet> Facets, int Total, IReadOnlyList<SearchHit> Hits) RunMeetingFirst(
        SearchQuery query, QueryText? text, Query score, Dictionary<string, FixedBitSet> scope, FixedBitSet? meets, bool tiered = false)
    {
        if (meets is not null)
        {
            var meeting = new Dictionary<string, FixedBitSet>(scope, StringComparer.Ordinal) { ["understood"] = _filters.MeetingOrPages(meets) };
            var first = _runner.Run(query, text, score, meeting, tiered);
            var practitioners = first.Facets.FirstOrDefault(f => f.Name == FacetNames.Kind)?.Values
                .FirstOrDefault(v => v.Key == ContentKind.Practitioner.Key())?.Count ?? 0;
            if (practitioners >= EnoughMeeting)
            {
                return first;
            }
        }
        return _runner.Run(query, text, score, scope, tiered);
    }

    /// <summary>With fewer practitioners than this among the results that meet what was recognised, the others follow.</summary>
    private const int EnoughMeeting = 20;

    /// <summary>How much an item counts that only fills a short list (<see cref="TellingWords.Result.Filling"/>): it follows the others.</summary>
    private const float FillingWeight = 0.1f;

    /// <summary>Below this many results with (most of) the words, the page says that the others lack some.</summary>
    private const int FewResults = 3;

    /// <summary>
    /// Whether did-you-mean and autocomplete are ready. An index built at start-up makes them after the
    /// first answer (<see cref="CompleteTables"/>). Until then typing gets no suggestions; a search with a
    /// word that occurs nowhere makes did-you-mean's table when its typo matches need it (and waits for
    /// it), so results and did-you-mean are those of a complete index.
    /// </summary>
    public bool TablesComplete => _snapshot.Spelling.IsComplete && _snapshot.Suggestions is not null;

    /// <summary>Makes did-you-mean and autocomplete now if they are not made yet (see <see cref="TablesComplete"/>).</summary>
    public void CompleteTables() => _snapshot.CompleteTables();

    /// <summary>Suggestions while typing (at most 8); empty for fewer than two characters or while they are not made yet. Never throws.</summary>
    public IReadOnlyList<Suggestion> Suggest(string? typed) => _snapshot.Suggestions?.For(typed) ?? [];

    public void Dispose() => _snapshot.Dispose();
}
