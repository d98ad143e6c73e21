using System.Collections.Concurrent;

namespace TraumaGids.Core.Search;

/// <summary>
/// Turns a document of the snapshot into a <see cref="SearchHit"/>: its item's kind, slug and title,
/// and a highlighted snippet (<see cref="Snippets"/>). The analysed terms of an item's text are kept
/// after its first hit, as a cache that only holds public content; everything else is read from the
/// snapshot. Thread-safe: every search may use it at the same time.
/// </summary>
internal sealed class HitBuilder
{
    private readonly IReadOnlyList<IndexedItem> _items;
    private readonly int[] _docToItem;
    private readonly DutchAnalysis _analysis;
    private readonly (string Term, int Start, int End)[]?[] _snippetTerms;
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);

    public HitBuilder(SearchSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _items = snapshot.Items;
        _docToItem = snapshot.DocToItem;
        _analysis = snapshot.Analysis;
        _snippetTerms = new (string, int, int)[]?[_items.Count];
    }

    /// <summary>The hit for a document, with a snippet for the search words (the start of its text without).</summary>
    public SearchHit Build(int doc, QueryText? text, float score)
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
}
