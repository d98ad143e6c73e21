using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>
/// Compiles the analysed query text into Lucene queries over one <see cref="SearchSnapshot"/>: the
/// match query (which documents are results: a clause per typed word with its synonyms, compound
/// parts, typo and prefix matches, compiled once per search; most words required, or any one on the
/// looser match that <see cref="TellingWords"/> keeps honest) and the score query (the match with boosts
/// that only order the results). Term queries are made from the snapshot's term table; nothing
/// typed is ever parsed as query syntax. Keeps nothing between searches.
/// </summary>
internal sealed class QueryCompiler
{
    /// <summary>Lucene's default scoring, to weigh a known phrase's one term like its words (see <see cref="Score"/>).</summary>
    private static readonly Lucene.Net.Search.Similarities.DefaultSimilarity Idf = new();

    private readonly IndexReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly TermLookup _terms;
    private readonly DutchAnalysis _analysis;
    private readonly SynonymMap _synonyms;
    private readonly IReadOnlyDictionary<string, long> _synonymPostings;
    private readonly Spelling _spelling;
    private readonly IReadOnlySet<string> _general;
    private readonly FacetTable _facets;

    /// <summary>The practitioners, the offers and information pages, and the practitioners outside the expert group (only read).</summary>
    private readonly FixedBitSet _practitioners;
    private readonly FixedBitSet _pages;
    private readonly FixedBitSet _outsideGroup;

    public QueryCompiler(SearchSnapshot snapshot, SearchFilters filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        ArgumentNullException.ThrowIfNull(snapshot);
        _reader = snapshot.Reader;
        _searcher = snapshot.Searcher;
        _terms = snapshot.Terms;
        _analysis = snapshot.Analysis;
        _synonyms = snapshot.Synonyms;
        _synonymPostings = snapshot.SynonymPostings;
        _spelling = snapshot.Spelling;
        _general = snapshot.General;
        _facets = snapshot.Facets;
        _practitioners = filters.Practitioners;
        _pages = filters.Pages;
        _outsideGroup = filters.Practitioners.Clone();
        _outsideGroup.AndNot(_facets.AnyOf(IndexFields.ExpertGroup.Name, [SearchParameters.Yes]));
    }

    /// <summary>
    /// The match query (see <see cref="MatchQuery"/>), or null when the text has no searchable word.
    /// </summary>
    public Query? Match(QueryText text, bool relaxed, QueryUnderstanding.Result understood) =>
        text.Terms.Count == 0 ? null : Match(Clauses(text), relaxed, understood);

    /// <summary>The match query of clauses compiled once (<see cref="Clauses"/>) for the several uses of one search.</summary>
    public Query Match(IReadOnlyList<WordClause> clauses, bool relaxed, QueryUnderstanding.Result understood) =>
        _searcher.Rewrite(MatchQuery(clauses, relaxed, understood));

    /// <summary>
    /// One clause per unit of the text (a word with its synonyms, parts, typos; or a phrase), with typo
    /// and prefix matches expanded into the index's actual terms once, so the several uses of one search
    /// do not each build the same automata again. When every word is general, none is: they are what
    /// was asked. Otherwise a general word never makes a result on its own: "hulp bij een
    /// parkeervergunning" is not answered by the page about getting help.
    /// </summary>
    public IReadOnlyList<WordClause> Clauses(QueryText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clauses = text.Units.Select(unit => new WordClause(_searcher.Rewrite(UnitClause(unit, text)), IsGeneral(unit), unit)).ToList();
        return clauses.All(c => c.General) ? [.. clauses.Select(c => c with { General = false })] : clauses;
    }

    /// <summary>
    /// One clause per term: the term in every full-text field, with one typo, or as a prefix. Most of
    /// the words must match (all of one or two). General words ("hulp") only add to the score when the
    /// search has other words: "hulp voor mijn peuter" also finds a page about toddlers that never says
    /// "hulp".
    /// </summary>
    private static BooleanQuery MatchQuery(IReadOnlyList<WordClause> clauses, bool relaxed, QueryUnderstanding.Result understood)
    {
        var terms = new BooleanQuery();
        foreach (var clause in clauses.Where(c => !c.General))
        {
            terms.Add(clause.Query, Occur.SHOULD);
        }
        var count = terms.Clauses.Count;
        terms.MinimumNumberShouldMatch = RequiredCount(count, understood, relaxed);
        if (count == clauses.Count)
        {
            return terms;
        }
        var withGeneral = new BooleanQuery(disableCoord: true) { { terms, Occur.MUST } };
        foreach (var clause in clauses.Where(c => c.General))
        {
            // A copy: the compiled clause is shared by the other uses of the search.
            var weighted = (Query)clause.Query.Clone();
            weighted.Boost = GeneralWordWeight;
            withGeneral.Add(weighted, Occur.SHOULD);
        }
        return withGeneral;
    }

    /// <summary>A general word ("hulp"): it counts for the order, but a result need not have it.</summary>
    public bool IsGeneral(QueryUnit unit) => unit.Terms.Count == 1 && _general.Contains(unit.Terms[0].Stem);

    /// <summary>
    /// How many of <paramref name="count"/> telling words a result must have: all of one or two, most
    /// of more; on the looser pass one. Recognised places, languages and ages, taken out of the text,
    /// count as words the results have (practitioners who meet them rank first, see <see cref="Score"/>).
    /// </summary>
    public static int RequiredCount(int count, QueryUnderstanding.Result understood, bool relaxed)
    {
        var taken = understood.TakenFromText;
        var n = count + taken;
        var required = relaxed ? 1 : n <= 2 ? n : (int)Math.Ceiling(n * 0.6);
        return Math.Clamp(required - taken, 1, Math.Max(1, count));
    }

    /// <summary>One word: its own clause. A phrase with synonyms: all its words, or one of the synonyms.</summary>
    private SideBySideMaxQuery UnitClause(QueryUnit unit, QueryText text)
    {
        var clause = unit.Terms.Count == 1 ? TermClause(unit.Terms[0], text)
            : Loose(unit) > LooseMatchBudget ? PhraseClause(unit) : new SideBySideMaxQuery(0.1f)
            {
                unit.Terms.Aggregate(new BooleanQuery(), (all, term) => { all.Add(TermClause(term, text), Occur.MUST); return all; }),
            };
        AddSynonyms(clause, unit.Groups, unit.Alternatives);
        return clause;
    }

    /// <summary>How much a general word counts next to the other words of a search.</summary>
    private const float GeneralWordWeight = 0.1f;

    /// <summary>
    /// The match query with optional boosts that only order the results: two words typed together that
    /// stand together in a title or text, and practitioners that name a recognised place or language.
    /// Longer searches get no phrase bonus: they are mostly sentences ("mijn kind slaapt slecht na ruzie
    /// thuis") whose words seldom stand together, and on the judged set the bonus made them no better
    /// (nDCG@10 0.832 with it, 0.833 without) while it read every position of every word.
    /// </summary>
    public Query Score(Query match, QueryText text, QueryUnderstanding.Result understood, FixedBitSet? meets)
    {
        // The expert group is who this site is for: its members, trauma specialists who know each other's
        // work, come a little before other practitioners who fit as well.
        var score = Lower(OrderingBoosts(match, text, understood), _outsideGroup, OutsideGroupWeight);
        // How much an offer or information page counts against a practitioner who meets the search.
        var pages = 1f;
        if (meets is not null)
        {
            // Practitioners that do not meet what was recognised (another place, language or age, a wish
            // they do not meet) rank lowest; offers and information pages in between. A place or language
            // is asked only of practitioners; an age or a wish also of pages about it.
            var unmet = _practitioners.Clone();
            unmet.AndNot(meets);
            score = Lower(score, unmet, UnmetWishWeight);
            pages = understood.Wishes.Any(w => w.Facet is FacetNames.Municipality or FacetNames.Language) ? PlacePagesWeight : PagesWeight;
        }
        if (understood.Question)
        {
            // A question asks for an explanation: the pages that give one count more than practitioners.
            pages /= QuestionWeight;
        }
        if (pages == 1f)
        {
            return score;
        }
        return Lower(score, _pages, pages);
    }

    /// <summary>The score of the documents in <paramref name="documents"/> times <paramref name="weight"/>; the others' as it is.</summary>
    public static Query Lower(Query score, FixedBitSet documents, float weight) =>
        new WeighedDocumentsQuery(score, documents, weight);

    /// <summary>How much a practitioner counts in a question (0.3 and 0.5 tried on the dev set: level).</summary>
    private const float QuestionWeight = 0.5f;

    /// <summary>
    /// How much a practitioner outside the expert group counts. Tried on the first and dev sets: 0.7, 0.8,
    /// 0.85, 0.9 (first 0.904–0.907, dev 0.766–0.769; 0.8 in the middle); 0.9 since round 13, on the mean
    /// over twelve sets with the title weight and BM25's k1 (docs/search.md).
    /// </summary>
    private const float OutsideGroupWeight = 0.9f;

    /// <summary>How much a practitioner counts who does not meet a recognised place, language, age or wish.</summary>
    private const float UnmetWishWeight = 0.1f;

    /// <summary>How much an offer or information page counts when a place or language was recognised.</summary>
    private const float PlacePagesWeight = 0.1f;

    /// <summary>How much an offer or information page counts when only an age or a wish was recognised.</summary>
    private const float PagesWeight = 0.3f;

    private Query OrderingBoosts(Query match, QueryText text, QueryUnderstanding.Result understood)
    {
        if (text.Terms.Count != 2 && !understood.Any)
        {
            return match;
        }
        var result = WithUnderstoodBoost(match, understood);
        // A search that is one known phrase ("huiselijk geweld", a synonym group member) finds it as one
        // term: the index holds it wherever its words stand close together (SynonymConceptFilter). That
        // is what the sloppy phrase asks, without reading every position of two common words.
        var known = text.Units.Count == 1 && text.Units[0].Terms.Count > 1;
        foreach (var field in text.Terms.Count == 2 ? [IndexFields.Title, IndexFields.Summary, IndexFields.Body] : Array.Empty<FieldDefinition>())
        {
            if (known)
            {
                // A phrase query weighs by the sum of its words' idf; the one term by its own idf: make up for it.
                var term = SynonymMap.PhraseTerm(text.Terms.Select(t => t.Stem));
                var ratio = text.Terms.Sum(t => IdfOf(field, t.Stem)) / IdfOf(field, term);
                result.Add(_terms.Query(field.Name, term, field.Boost * ratio * ratio), Occur.SHOULD);
                continue;
            }
            var phrase = new PhraseQuery { Slop = SynonymConceptFilter.Slop, Boost = field.Boost };
            foreach (var term in text.Terms)
            {
                phrase.Add(new Term(field.Name, term.Stem));
            }
            result.Add(phrase, Occur.SHOULD);
        }
        return result;
    }

    /// <summary>A word this long may have two typos ("therapuet", "nachtmerires"); a shorter one only one.</summary>
    private const int LongWord = 8;

    /// <summary>One typed word: its stem in any text field, its one-word synonyms, its compound parts, one typo.</summary>
    private SideBySideMaxQuery TermClause(QueryTerm term, QueryText text)
    {
        var any = new SideBySideMaxQuery(0.1f);
        // A word that occurs nowhere as typed may be unfinished ("trau"), a compound ("traumatherapie") or
        // misspelt ("kinderenn"); a word that does occur needs none of that, which keeps common words fast.
        var unknown = IndexFields.FullText.All(f => _terms.DocFreq(f.Name, term.Stem) == 0);
        var prefix = unknown && term.Stem == text.Prefix;
        foreach (var field in IndexFields.FullText)
        {
            any.Add(_terms.Query(field.Name, term.Stem, field.Boost));
            if (prefix)
            {
                any.Add(new PrefixQuery(new Term(field.Name, term.Stem)) { Boost = field.Boost * 0.5f });
            }
        }
        AddSynonyms(any, term.Groups, term.Synonyms);
        foreach (var form in term.Forms)
        {
            if (IndexFields.FullText.Any(f => _terms.DocFreq(f.Name, form) > 0))
            {
                // Another form of the same word ("misbruik" for "misbruikt"): it counts as the word itself.
                any.Add(AnyField([form], 1f));
            }
        }
        if (unknown && term.CompoundParts.Count > 1)
        {
            // "traumatherapie" that occurs nowhere as one word: all its parts.
            any.Add(AllOf(term.CompoundParts, 0.7f));
        }
        else if (unknown && _analysis.Compounds.Correct(term.Word) is { Count: > 1 } corrected)
        {
            // "traumateraphie": a compound with a typo in one part. Its parts as they are spelt, a little lower.
            any.Add(AllOf([.. corrected.SelectMany(part => DutchAnalysis.Terms(_analysis.Query, IndexFields.Body.Name, part).Select(t => t.Term))], 0.6f));
        }
        if (text.LooksForTyposOf(term))
        {
            // One typo, against the words as written (a typo often breaks the stem: "kinderenn"). The
            // candidates come from the did-you-mean vocabulary, which is cheaper than a Levenshtein automaton.
            foreach (var near in _spelling.Near(term.Word, maxEdits: term.Word.Length >= LongWord ? 2 : 1, limit: 20))
            {
                any.Add(_terms.Query(IndexFields.Words.Name, near, 0.5f));
            }
        }
        return any;
    }

    /// <summary>
    /// How many postings matching a phrase's words anywhere in a field would read: those of its rarest
    /// word (a conjunction steps through the rarest and skips ahead in the others).
    /// </summary>
    private long Loose(QueryUnit unit) =>
        unit.Terms.Min(t => IndexFields.FullText.Sum(f => (long)_terms.DocFreq(f.Name, t.Stem)));

    /// <summary>
    /// A known phrase (a synonym group member, "huiselijk geweld") whose words are common everywhere
    /// is matched where its words stand close together, as one indexed term, instead of wherever both
    /// words occur in a field. In a large directory the looser match reads tens of thousands of
    /// postings per search and finds mostly texts that use the two words apart; in a small one (the
    /// region's own, some hundreds of items) it stays, as it finds more.
    /// </summary>
    private const long LooseMatchBudget = 2_000;

    /// <summary>A term's idf in a field, as Lucene's default scoring computes it.</summary>
    private float IdfOf(FieldDefinition field, string term) =>
        Idf.Idf(_terms.DocFreq(field.Name, term), _reader.MaxDoc);

    /// <summary>A known phrase in any text field, weighted like its words together.</summary>
    private SideBySideMaxQuery PhraseClause(QueryUnit unit)
    {
        var term = SynonymMap.PhraseTerm(unit.Terms.Select(t => t.Stem));
        var any = new SideBySideMaxQuery(0.1f);
        foreach (var field in IndexFields.FullText)
        {
            // A conjunction scores the sum of its words' squared idf; the one term its own, squared.
            var own = IdfOf(field, term);
            var words = unit.Terms.Sum(t => { var idf = IdfOf(field, t.Stem); return idf * idf; });
            any.Add(_terms.Query(field.Name, term, field.Boost * words / (own * own)));
        }
        return any;
    }

    /// <summary>
    /// The other ways to say a word or phrase, whichever way reads fewer postings: each member in each
    /// field (cheap when the members are rare words), or the groups' concept terms (cheap when members
    /// are common words: one term per field, but it also holds every place the typed word itself occurs).
    /// </summary>
    private void AddSynonyms(DisjunctionMaxQuery into, IReadOnlyList<int> groups, IReadOnlyList<IReadOnlyList<string>> alternatives)
    {
        if (groups.Count == 0)
        {
            return;
        }
        var members = alternatives.Sum(a => a.Sum(stem => _synonymPostings[stem]));
        var concepts = groups.Sum(g => _synonymPostings[_synonyms.Concept(g)]);
        if (members <= concepts)
        {
            foreach (var alternative in alternatives)
            {
                into.Add(AllOf(alternative, 0.8f));
            }
            return;
        }
        foreach (var group in groups)
        {
            into.Add(Concept(group, 0.8f));
        }
    }

    /// <summary>
    /// Any member of a synonym group in any text field: the group's concept term, which the index holds
    /// wherever a member occurs (<see cref="SynonymConceptFilter"/>). One term per field instead of a
    /// clause per member and field, so a group of common words ("geweld thuis", "ruzie thuis") stays
    /// cheap. Weighted by the group's mean member length: a phrase member used to score word by word.
    /// </summary>
    private SideBySideMaxQuery Concept(int group, float boost)
    {
        var weight = _synonyms.Weight(group);
        var any = new SideBySideMaxQuery(0.1f);
        foreach (var field in IndexFields.FullText)
        {
            any.Add(_terms.Query(field.Name, _synonyms.Concept(group), field.Boost * boost * weight));
        }
        return any;
    }

    /// <summary>Every stem in one text field, not necessarily next to each other: close to a phrase, much cheaper.</summary>
    private SideBySideMaxQuery AllOf(IReadOnlyList<string> stems, float boost)
    {
        if (stems.Count == 1)
        {
            return AnyField(stems, boost);
        }
        var any = new SideBySideMaxQuery(0.1f);
        foreach (var field in IndexFields.FullText)
        {
            var all = new BooleanQuery { Boost = field.Boost * boost };
            foreach (var stem in stems)
            {
                all.Add(_terms.Query(field.Name, stem), Occur.MUST);
            }
            any.Add(all);
        }
        return any;
    }

    /// <summary>A word (one stem) or phrase (several) in any full-text field, scored by the best field.</summary>
    private SideBySideMaxQuery AnyField(IReadOnlyList<string> stems, float boost)
    {
        var any = new SideBySideMaxQuery(0.1f);
        foreach (var field in IndexFields.FullText)
        {
            if (stems.Count == 1)
            {
                any.Add(_terms.Query(field.Name, stems[0], field.Boost * boost));
            }
            else
            {
                var phrase = new PhraseQuery { Slop = 2, Boost = field.Boost * boost };
                foreach (var stem in stems)
                {
                    phrase.Add(new Term(field.Name, stem));
                }
                any.Add(phrase);
            }
        }
        return any;
    }

    /// <summary>The query, with practitioners that mention a recognised place or language by name ranked higher.</summary>
    private BooleanQuery WithUnderstoodBoost(Query query, QueryUnderstanding.Result understood)
    {
        var result = new BooleanQuery(disableCoord: true) { { query, Occur.MUST } };
        foreach (var filter in understood.Filters.Where(f => f.Facet is FacetNames.Municipality or FacetNames.Language))
        {
            var stems = understood.Phrases[filter]
                .SelectMany(p => DutchAnalysis.Terms(_analysis.Query, IndexFields.Tags.Name, p).Select(t => t.Term))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (stems.Count > 0)
            {
                result.Add(AnyField(stems, 0.5f), Occur.SHOULD);
            }
        }
        return result;
    }
}
