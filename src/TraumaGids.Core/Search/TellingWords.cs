using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TraumaGids.Core.Search;

/// <summary>
/// When a result may lack some of the typed words, it must still hold a good share of what the words
/// tell: each word weighs its idf, so a rare, telling word counts most and a common one little. One
/// shared common word is then not enough to make an item a result ("gemeente" in a question about a
/// municipal service), while a page with the one telling word of a long question is.
/// </summary>
internal sealed class TellingWords(SearchSnapshot snapshot, QueryCompiler compiler)
{
    /// <summary>
    /// The share of what the found words tell that a result must hold. Tried 0.3 and 0.5 on both judged
    /// sets: 0.5 left answerable questions with everyday words (which weigh most, being rare) without
    /// results.
    /// </summary>
    private const double Share = 0.3;

    private static readonly Lucene.Net.Search.Similarities.DefaultSimilarity Idf = new();

    /// <summary>
    /// For the looser pass (one telling word is enough to match): the documents that hold enough of what
    /// the words tell; null for a single telling word, which every match has anyway.
    /// </summary>
    public FixedBitSet? For(QueryText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var units = text.Units.Where(u => !compiler.IsGeneral(u)).ToList();
        if (units.Count < 2)
        {
            return null;
        }
        var maxDoc = snapshot.Reader.MaxDoc;
        var weights = units.Select(u => (double)u.Terms.Max(t => Idf.Idf(IndexFields.FullText.Max(f => snapshot.Terms.DocFreq(f.Name, t.Stem)), maxDoc))).ToArray();
        var sets = units.Select(u => Documents(snapshot.Searcher.Rewrite(compiler.UnitClause(u, text)))).ToArray();
        // A word found nowhere, not even with a typo, is left out: it cannot tell one item from another.
        var needed = weights.Where((_, i) => sets[i].Cardinality > 0).Sum() * Share;
        var telling = new FixedBitSet(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            var held = 0.0;
            for (var i = 0; i < sets.Length; i++)
            {
                if (sets[i].Get(doc))
                {
                    held += weights[i];
                }
            }
            if (held >= needed)
            {
                telling.Set(doc);
            }
        }
        return telling;
    }

    /// <summary>The documents a query matches, as a bit set.</summary>
    public FixedBitSet Documents(Query query)
    {
        var bits = new FixedBitSet(snapshot.Reader.MaxDoc);
        ArgumentNullException.ThrowIfNull(query);
        var weight = snapshot.Searcher.CreateNormalizedWeight(query);
        foreach (var leaf in snapshot.Reader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                bits.Set(leaf.DocBase + doc);
            }
        }
        return bits;
    }
}
