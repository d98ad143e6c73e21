using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>
/// One immutable snapshot of content plus index: the in-memory index with its reader and searcher,
/// the items, and every table read from them once (terms, facet values, list orders, age ranges,
/// synonym postings), with the analysis, query understanding, did-you-mean and suggestions made from
/// the same content. Nothing in it changes after construction (except that did-you-mean and
/// suggestions of a start-up snapshot are made once, later, see <see cref="CompleteTables"/>) and it
/// holds nothing anyone searched, so every search may read it at the same time, and a live reload can
/// build a new one in the background and swap the reference whole.
/// </summary>
internal sealed class SearchSnapshot : IDisposable
{
    private readonly RAMDirectory _directory;

    /// <param name="directory">The finished index (see <see cref="IndexBuilder"/>), read-only from now on.</param>
    /// <param name="items">The items by position.</param>
    /// <param name="docToItem">Which item (position) each document is.</param>
    /// <param name="byKind">Every document, in the order of a list without search words (see <see cref="ByKind"/>).</param>
    /// <param name="content">The content the index was built from.</param>
    /// <param name="analysis">The analysis the index was built with.</param>
    /// <param name="spelling">Did-you-mean over all text of every item.</param>
    public SearchSnapshot(RAMDirectory directory, IReadOnlyList<IndexedItem> items, int[] docToItem, int[] byKind, ContentSet content, DutchAnalysis analysis, Spelling spelling)
    {
        _directory = directory;
        Reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(Reader) { Similarity = Scoring };
        Facets = new FacetTable(Reader, IndexFields.Facets.Select(f => f.Name));
        Terms = new TermLookup(Reader, IndexFields.FullText.Append(IndexFields.Words).Concat(IndexFields.Facets).Select(f => f.Name));
        DocToItem = docToItem;
        // Index order is title order (see IndexBuilder): the document number breaks ties as the title would.
        ByKind = byKind;
        ByWaitingTime = Order(Reader, IndexFields.SortWaiting.Name);
        Items = items;
        Ages = [.. docToItem.Select(item => items[item].Ages is { } ages ? (ages.From, ages.To) : (int.MaxValue, int.MinValue))];
        Vocabularies = content.Vocabularies;
        Analysis = analysis;
        Synonyms = analysis.Synonyms;
        // Postings in all text fields of every term the synonyms can add to a search, to choose between
        // members and concept terms without looking them up for every search (content only, nothing typed).
        SynonymPostings = Synonyms.Terms.ToDictionary(
            term => term, term => IndexFields.FullText.Sum(f => (long)Terms.DocFreq(f.Name, term)), StringComparer.Ordinal);
        Understanding = new QueryUnderstanding(content.Vocabularies, content.SearchWords);
        General = content.SearchWords.GeneralWords
            .SelectMany(word => DutchAnalysis.Terms(analysis.Query, IndexFields.Body.Name, word).Select(t => t.Term))
            .ToHashSet(StringComparer.Ordinal);
        Spelling = spelling;
        _suggestions = new Lazy<Suggestions>(() => new Suggestions(content), LazyThreadSafetyMode.ExecutionAndPublication);
        if (spelling.IsComplete)
        {
            // Made with the index (a reload, tests); at start-up both are made after the first answer (CompleteTables).
            _ = _suggestions.Value;
        }
    }

    public DirectoryReader Reader { get; }

    /// <summary>The index's files (read-only).</summary>
    public Lucene.Net.Store.Directory Directory => _directory;

    /// <summary>
    /// How matches are scored: Lucene's BM25 with k1 = 1.2 and b = 0.4. Chosen over the classic TF-IDF scoring
    /// on the first judged sets; k1 from Anserini's 0.9 to Lucene's own 1.2 in round 13, with the title weight
    /// and the expert-group weight, on the mean over twelve sets and two held out (docs/search.md). The index is
    /// written with it too, so the length norms match.
    /// </summary>
    public static Lucene.Net.Search.Similarities.Similarity Scoring { get; } = new Lucene.Net.Search.Similarities.BM25Similarity(1.2f, 0.4f);

    /// <summary>One searcher for every request (thread-safe), scoring with <see cref="Scoring"/>.</summary>
    public IndexSearcher Searcher { get; }

    /// <summary>The items by position; <see cref="DocToItem"/> maps a document to its position.</summary>
    public IReadOnlyList<IndexedItem> Items { get; }

    /// <summary>Which item each document is.</summary>
    public int[] DocToItem { get; }

    /// <summary>
    /// Every document, in the order a list without search words shows them: practitioners A–Z by surname
    /// (<see cref="SortName"/>), then offers and information pages by title.
    /// </summary>
    public int[] ByKind { get; }

    /// <summary>Every document, in the order a list without search words shows them, sorted by waiting time.</summary>
    public int[] ByWaitingTime { get; }

    /// <summary>The age range of each document's practitioner; an empty range for other items.</summary>
    public (int From, int To)[] Ages { get; }

    /// <summary>The terms of the text and facet fields with their statistics.</summary>
    public TermLookup Terms { get; }

    /// <summary>The facet values with their documents.</summary>
    public FacetTable Facets { get; }

    public Vocabularies Vocabularies { get; }

    public DutchAnalysis Analysis { get; }

    public SynonymMap Synonyms { get; }

    /// <summary>Postings in all text fields of every term the synonyms can add to a search.</summary>
    public IReadOnlyDictionary<string, long> SynonymPostings { get; }

    public QueryUnderstanding Understanding { get; }

    /// <summary>The stems of the general words (<see cref="SearchWords.GeneralWords"/>).</summary>
    public IReadOnlySet<string> General { get; }

    public Spelling Spelling { get; }

    private readonly Lazy<Suggestions> _suggestions;

    /// <summary>Autocomplete, or null while it is not made yet (at start-up, see <see cref="CompleteTables"/>).</summary>
    public Suggestions? Suggestions => _suggestions.IsValueCreated ? _suggestions.Value : null;

    /// <summary>
    /// Makes the tables that only did-you-mean and autocomplete need, if they are not made yet: start-up
    /// leaves them for after the first answer (<see cref="IndexBuilder.Build"/>). Also reads the everyday
    /// words once (a fifth of a second), which a search needs only for a word that no item has.
    /// </summary>
    public void CompleteTables()
    {
        Spelling.Complete();
        _ = _suggestions.Value;
        _ = EverydayWords.Shipped;
    }

    /// <summary>
    /// The store this index was looked up in at start-up, under which key, and whether it was opened from
    /// it; null when no store was used (reloads, tests, tools).
    /// </summary>
    public StoredIndex? Stored { get; init; }

    /// <summary>
    /// Stores the index under its key when it was written rather than opened from the store (after
    /// start-up, in the background). Never throws: a failure is the store's note.
    /// </summary>
    public void Store()
    {
        if (Stored is { Opened: false } stored)
        {
            StoreIn(stored.Store, stored.Content, stored.Key);
        }
    }

    /// <summary>
    /// Stores the index in <paramref name="store"/> under the key of <paramref name="content"/>, the content it
    /// was built from (made here when <paramref name="key"/> is not known yet). Never throws: a failure is the store's note.
    /// </summary>
    public void StoreIn(IndexStore store, ContentSet content, string? key = null)
    {
        if ((key ?? IndexBuilder.TryStoreKey(content, store)) is { } known)
        {
            store.Save(known, _directory, DocToItem.Length);
        }
    }

    /// <summary>All documents ordered by a sort field, then by document number (the title order).</summary>
    private static int[] Order(IndexReader reader, string field)
    {
        var keys = new long[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetNumericDocValues(field);
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                keys[leaf.DocBase + doc] = values.Get(doc);
            }
        }
        var order = Enumerable.Range(0, reader.MaxDoc).ToArray();
        // Stable: equal keys keep the document order.
        return [.. order.OrderBy(doc => keys[doc])];
    }

    public void Dispose()
    {
        Reader.Dispose();
        _directory.Dispose();
    }
}

/// <summary>
/// Where a start-up index was looked up (<see cref="IndexStore"/>), under which key (null: not made, as the
/// store held nothing; made from <paramref name="Content"/> when the index is stored), and whether it was opened from there.
/// </summary>
internal sealed record StoredIndex(IndexStore Store, string? Key, bool Opened, ContentSet Content);
