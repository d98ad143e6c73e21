using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TraumaGids.Core.Search;

/// <summary>
/// A result need not have every typed word, but it must hold a good share of what the words tell. Each
/// word weighs the idf of the items it finds (with its synonyms, parts and typos), so a rare, telling word
/// counts most and a common one little; a recognised place, language or age counts as a word that the
/// practitioners who meet it (and every page) hold. The share is taken of what the best item holds, not
/// of every word: a word that finds one item by accident ("for" in an English question) does not then
/// raise the bar for all others. One shared common word is not enough to make an item a result
/// ("gemeente" in a question about a municipal service), while a page with the one telling word of a long
/// question is.
/// </summary>
internal sealed class TellingWords(SearchSnapshot snapshot, SearchFilters filters)
{
    /// <summary>
    /// The share of what the best item holds that a result must hold. Tried 0.2 to 0.5 on the first and
    /// the dev set (docs/search.md, round 8): 0.3 was best on the dev set and level on the first.
    /// </summary>
    private const double Share = 0.3;

    /// <summary>
    /// A short list is filled: when fewer items than this hold <see cref="Share"/>, those that hold
    /// <see cref="FillShare"/> follow them, ranked after them. A list of two is little help to someone who
    /// described what happened in their own words ("mijn vader slaat me"); items with some of the words are.
    /// Unanswerable questions are not affected: an item that holds nothing is never a result.
    /// On the first and dev sets 0.898 / 0.766 (0.896 / 0.765 without); ranked by score among the others
    /// instead of after them, the dev set fell to 0.756.
    /// </summary>
    private const int FewItems = 10;

    private const double FillShare = 0.1;

    /// <summary>
    /// A question about a subject the site does not cover is answered with nothing: when a typed word that no
    /// item has (not even with a typo, as parts or in other words) is not everyday Dutch or English
    /// ("zwemles", "kwijtschelding", "griepprik"), it weighs as much as the rarest word can, and the best
    /// item must hold at least this share of what all the words tell. Otherwise one shared word ("kinderen"
    /// in "zwemles voor kinderen") made results. A word the site lacks that people use every day ("meisje",
    /// "feestje", "speaking") weighs nothing, as before. Places, languages and ages recognised in the question
    /// are left out on both sides: they say where, not what. A third, tried at 0.25, 0.3 and 0.33 on the first
    /// and dev sets and the off-topic questions (docs/search.md, round 12).
    /// </summary>
    private const double Coverage = 1.0 / 3;

    private static readonly Lucene.Net.Search.Similarities.DefaultSimilarity Idf = new();

    /// <summary>Which items are results, and which have (most of) the words, as bit sets over every item.</summary>
    /// <param name="Telling">The items that hold enough of what the words tell; null when every item with a word does (one telling word, nothing recognised).</param>
    /// <param name="AllWords">The items with as many of the telling words as the strict match asks (<see cref="QueryCompiler.RequiredCount"/>).</param>
    /// <param name="Filling">The items among <paramref name="Telling"/> that only fill a short list (see <see cref="FewItems"/>); they rank after the others.</param>
    /// <param name="NotFound">The positions in the clauses of the telling words that no item has, not even with a typo, as parts or another word for it.</param>
    public sealed record Result(FixedBitSet? Telling, FixedBitSet AllWords, FixedBitSet? Filling = null)
    {
        public IReadOnlyList<int> NotFound { get; init; } = [];
    }

    /// <summary>
    /// Weighs the compiled clauses of one search (<see cref="QueryCompiler.Clauses"/>) over every item:
    /// which hold enough of what the words tell, and which have (most of) the words. Over every item, not
    /// only those passing the visitor's filters, so a filter's count is exactly what choosing it gives.
    /// </summary>
    public Result For(IReadOnlyList<WordClause> clauses, QueryUnderstanding.Result understood)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        ArgumentNullException.ThrowIfNull(understood);
        // The telling words by their position among the clauses, and the documents each finds.
        var telling = Enumerable.Range(0, clauses.Count).Where(i => !clauses[i].General).ToArray();
        var words = telling.Select(i => Documents(clauses[i].Query)).ToArray();
        var notFound = telling.Where((_, n) => words[n].Cardinality == 0).ToList();
        var taken = filters.TakenFromText(understood).ToList();
        var maxDoc = snapshot.Reader.MaxDoc;
        var required = QueryCompiler.RequiredCount(words.Length, understood, relaxed: false);
        var sets = words.Concat(taken).ToArray();
        // A word found nowhere, not even with a typo, weighs nothing held by anyone: it cannot tell one item from another.
        var weights = sets.Select(set => (double)Idf.Idf(set.Cardinality, maxDoc)).ToArray();
        // The words no item has that are not everyday language: what the question is about, if any (Covered).
        var lacking = notFound.Count(i => !clauses[i].Everyday);
        // What each item holds of the words alone, without what was recognised; only needed with such a word.
        var heldOfWords = lacking > 0 ? new double[maxDoc] : null;
        // Per word over the items it finds (not per item over every word): the cost follows the matches.
        var held = new double[maxDoc];
        var found = new byte[maxDoc];
        var any = new FixedBitSet(maxDoc);
        for (var i = 0; i < sets.Length; i++)
        {
            any.Or(sets[i]);
            var word = i < words.Length;
            for (var doc = sets[i].NextSetBit(0); doc >= 0; doc = doc + 1 < maxDoc ? sets[i].NextSetBit(doc + 1) : -1)
            {
                held[doc] += weights[i];
                if (word)
                {
                    found[doc]++;
                    if (heldOfWords is not null)
                    {
                        heldOfWords[doc] += weights[i];
                    }
                }
            }
        }
        var allWords = new FixedBitSet(maxDoc);
        var best = 0.0;
        for (var doc = any.NextSetBit(0); doc >= 0; doc = doc + 1 < maxDoc ? any.NextSetBit(doc + 1) : -1)
        {
            if (found[doc] >= required)
            {
                allWords.Set(doc);
            }
            best = Math.Max(best, held[doc]);
        }
        if (heldOfWords is not null && !Covered(heldOfWords, lacking, words, weights, maxDoc))
        {
            return new Result(new FixedBitSet(maxDoc), new FixedBitSet(maxDoc)) { NotFound = notFound };
        }
        if (sets.Length < 2)
        {
            return new Result(null, allWords) { NotFound = notFound };
        }
        var holding = Holding(best * Share);
        if (holding.Cardinality >= FewItems)
        {
            return new Result(holding, allWords) { NotFound = notFound };
        }
        var filled = Holding(best * FillShare);
        var filling = filled.Clone();
        filling.AndNot(holding);
        return new Result(filled, allWords, filling) { NotFound = notFound };

        FixedBitSet Holding(double needed)
        {
            var bits = new FixedBitSet(maxDoc);
            for (var doc = any.NextSetBit(0); doc >= 0; doc = doc + 1 < maxDoc ? any.NextSetBit(doc + 1) : -1)
            {
                if (held[doc] >= needed)
                {
                    bits.Set(doc);
                }
            }
            return bits;
        }
    }

    /// <summary>
    /// Whether the best item holds <see cref="Coverage"/> of what the words tell (<paramref name="heldOfWords"/>:
    /// what each item holds of the words alone), counting each of the <paramref name="lacking"/> words that no
    /// item has and that are not everyday language as the rarest word, held by none.
    /// </summary>
    private static bool Covered(double[] heldOfWords, int lacking, FixedBitSet[] words, double[] weights, int maxDoc)
    {
        var told = lacking * (double)Idf.Idf(0, maxDoc);
        for (var n = 0; n < words.Length; n++)
        {
            told += words[n].Cardinality == 0 ? 0 : weights[n];
        }
        return heldOfWords.Max() >= Coverage * told;
    }

    /// <summary>The documents a query matches, as a bit set.</summary>
    public FixedBitSet Documents(Query query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var bits = new FixedBitSet(snapshot.Reader.MaxDoc);
        Add(query, bits);
        return bits;
    }

    /// <summary>
    /// Adds the documents a query matches. A disjunction (a word in every field, its synonyms and forms)
    /// matches what any of its clauses does: each clause's documents are added on their own, one list
    /// after the other, instead of stepping all of them in document order as scoring must.
    /// </summary>
    private void Add(Query query, FixedBitSet bits)
    {
        if (query is DisjunctionMaxQuery any)
        {
            foreach (var clause in any.Disjuncts)
            {
                Add(clause, bits);
            }
            return;
        }
        if (query is BooleanQuery { MinimumNumberShouldMatch: <= 1 } boolean && boolean.Clauses.All(c => c.Occur == Occur.SHOULD))
        {
            foreach (var clause in boolean.Clauses)
            {
                Add(clause.Query, bits);
            }
            return;
        }
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
    }
}
