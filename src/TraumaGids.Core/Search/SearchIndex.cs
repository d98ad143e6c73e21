using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>
/// The Lucene index over all practitioners, offers and information pages of one <see cref="ContentSet"/>.
/// Built once, in memory, then read-only: one reader and one searcher serve every request (both are
/// thread-safe). Visitor text is only ever analysed into terms, never parsed as query syntax.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const int MaxPageSize = 50;

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly IReadOnlyList<IndexedItem> _items;
    private readonly Vocabularies _vocabularies;
    private readonly Spelling _spelling;

    private SearchIndex(RAMDirectory directory, IReadOnlyList<IndexedItem> items, Vocabularies vocabularies)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader);
        _items = items;
        _vocabularies = vocabularies;
        _spelling = new Spelling(items.Select(i => i.Title + " " + i.Tags + " " + i.Text));
    }

    /// <summary>What the index keeps of each item to build a hit and its snippet.</summary>
    private sealed record IndexedItem(ContentKind Kind, string Slug, string Title, string Tags, string Text);

    public int ItemCount => _items.Count;

    public static SearchIndex Build(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var v = content.Vocabularies;
        var items = new List<IndexedItem>();
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(DutchAnalysis.Version, DutchAnalysis.PerField) { OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var p in content.Practitioners)
            {
                var tags = string.Join(" · ", new[] { v.Disciplines.Label(p.Discipline) }
                    .Concat(p.Methods.Select(v.Methods.Label))
                    .Concat(p.Themes.Select(v.Themes.Label))
                    .Concat(p.TargetGroups.Select(v.TargetGroups.Label))
                    .Concat(p.Municipalities.Select(v.Municipalities.Label))
                    .Concat(p.Locations.Select(l => l.Place))
                    .Concat(p.Languages.Select(v.Languages.Label))
                    .Concat(p.Funding.Select(v.Funding.Label))
                    .Concat(p.Online ? ["online", "beeldbellen"] : [])
                    .Concat(p.ExpertGroupMember ? ["Expertgroep Trauma"] : []));
                var item = new IndexedItem(ContentKind.Practitioner, p.Slug, p.Name, tags, Join(p.Summary, p.Body.PlainText));
                var doc = Document(items.Count, item, p.Organisation, p.Summary, p.Body.PlainText, sortKind: 0,
                    sortWaiting: p.ReferralStop ? 1_000 + p.WaitingTime.Weeks : p.WaitingTime.Weeks);
                AddFacets(doc, IndexFields.TargetGroup, p.TargetGroups);
                AddFacets(doc, IndexFields.Method, p.Methods);
                AddFacets(doc, IndexFields.Municipality, p.Municipalities);
                AddFacets(doc, IndexFields.Language, p.Languages);
                AddFacets(doc, IndexFields.Funding, p.Funding);
                AddFacets(doc, IndexFields.Online, p.Online ? [SearchParameters.Yes] : []);
                AddFacets(doc, IndexFields.NoReferralStop, p.ReferralStop ? [] : [SearchParameters.Yes]);
                Add(doc, IndexFields.AgeFrom.Create(p.Ages.From));
                Add(doc, IndexFields.AgeTo.Create(p.Ages.To));
                writer.AddDocument(doc);
                items.Add(item);
            }
            foreach (var o in content.Offers)
            {
                var tags = string.Join(" · ", o.TargetGroups.Select(v.TargetGroups.Label)
                    .Append(o.Type == OfferType.Treatment ? "behandeling" : "ondersteuning")
                    .Concat(o.FirstChoice ? ["eerste keus", "richtlijn"] : []));
                var item = new IndexedItem(ContentKind.Offer, o.Slug, o.Title, tags, Join(o.Summary, o.Body.PlainText));
                var doc = Document(items.Count, item, null, o.Summary, o.Body.PlainText, sortKind: 1, sortWaiting: 100_001);
                AddFacets(doc, IndexFields.Method, [o.Slug]);
                AddFacets(doc, IndexFields.TargetGroup, o.TargetGroups);
                writer.AddDocument(doc);
                items.Add(item);
            }
            foreach (var page in content.InfoPages)
            {
                var item = new IndexedItem(ContentKind.InfoPage, page.Slug, page.Title, "", Join(page.Summary, page.Body.PlainText));
                writer.AddDocument(Document(items.Count, item, null, page.Summary, page.Body.PlainText, sortKind: 2, sortWaiting: 100_002));
                items.Add(item);
            }
            writer.ForceMerge(1);
            writer.Commit();
        }
        return new SearchIndex(directory, items, v);
    }

    private static string Join(string? summary, string body) =>
        string.IsNullOrWhiteSpace(summary) ? body : summary + "\n" + body;

    private static Document Document(int position, IndexedItem item, string? titleExtra, string? summary, string body, int sortKind, int sortWaiting)
    {
        var doc = new Document { new StoredField(IndexFields.Item, position) };
        Add(doc, IndexFields.Title.Create(titleExtra is null ? item.Title : item.Title + " " + titleExtra));
        Add(doc, IndexFields.Tags.Create(item.Tags));
        Add(doc, IndexFields.Summary.Create(summary ?? ""));
        Add(doc, IndexFields.Body.Create(body));
        Add(doc, IndexFields.Words.Create(string.Join('\n', item.Title, titleExtra, item.Tags, summary, body)));
        Add(doc, IndexFields.Kind.Create(item.Kind.Key()));
        Add(doc, IndexFields.SortTitle.Create(SortKey(item.Title)));
        Add(doc, IndexFields.SortKind.Create(sortKind));
        Add(doc, IndexFields.SortWaiting.Create(sortWaiting));
        return doc;
    }

    private static void AddFacets(Document doc, FieldDefinition field, IEnumerable<string> values)
    {
        foreach (var value in values)
        {
            Add(doc, field.Create(value));
        }
    }

    private static void Add(Document doc, IEnumerable<IIndexableField> fields)
    {
        foreach (var field in fields)
        {
            doc.Add(field);
        }
    }

    /// <summary>A title as it sorts: lower case, accents removed, so "Özdemir" sorts with "O".</summary>
    private static string SortKey(string title)
    {
        var decomposed = title.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
    }

    /// <summary>Runs a search. Never throws for any query text or parameter values.</summary>
    public SearchResults Search(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query with
        {
            Page = Math.Max(1, query.Page),
            PageSize = Math.Clamp(query.PageSize, 1, MaxPageSize),
        };
        var text = QueryText.Parse(query.Text);
        var filters = Filters(query);

        var relaxed = false;
        Query? textQuery = null;
        if (!text.IsEmpty)
        {
            textQuery = Rewrite(TextQuery(text, relaxed: false));
            if (textQuery is not null && text.Terms.Count > 1 && Count(textQuery, filters, except: null) == 0)
            {
                textQuery = Rewrite(TextQuery(text, relaxed: true));
                relaxed = true;
            }
        }

        IReadOnlyList<Facet> facets;
        int total;
        IReadOnlyList<SearchHit> hits;
        if (!text.IsEmpty && textQuery is null)
        {
            // Text without a single searchable word (only stop words or punctuation): nothing matches.
            (facets, total, hits) = (EmptyFacets(query), 0, []);
            relaxed = false;
        }
        else
        {
            (facets, total) = CountFacets(query, textQuery, filters);
            hits = total == 0 ? [] : Hits(query, text, textQuery, filters, total);
        }

        return new SearchResults
        {
            Query = query,
            Hits = hits,
            Total = total,
            Facets = facets,
            Relaxed = relaxed && total > 0,
            // Offered whenever a typed word occurs nowhere in the content, also when a typo still found results.
            DidYouMean = text.IsEmpty ? null : _spelling.Suggest(text),
        };
    }

    /// <summary>
    /// Expands typo and prefix clauses into the index's actual terms once, so the several passes of one
    /// search (count, facets, hits) do not each build the same automata again.
    /// </summary>
    private Query? Rewrite(Query? query) => query is null ? null : _searcher.Rewrite(query);

    /// <summary>One clause per term: the term in every full-text field, with one typo, or as a prefix.</summary>
    private static BooleanQuery? TextQuery(QueryText text, bool relaxed)
    {
        if (text.Terms.Count == 0)
        {
            return null;
        }
        var terms = new BooleanQuery();
        foreach (var term in text.Terms)
        {
            var any = new DisjunctionMaxQuery(0.1f);
            foreach (var field in IndexFields.FullText)
            {
                any.Add(new TermQuery(new Term(field.Name, term.Stem)) { Boost = field.Boost });
                if (term.Stem == text.Prefix)
                {
                    any.Add(new PrefixQuery(new Term(field.Name, term.Stem)) { Boost = field.Boost * 0.5f });
                }
            }
            if (term.AllowsTypo)
            {
                // One typo, against the words as written: a typo often breaks the stem ("kinderenn").
                any.Add(new FuzzyQuery(new Term(IndexFields.Words.Name, term.Word), maxEdits: 1, prefixLength: 1, maxExpansions: 20, transpositions: true) { Boost = 0.5f });
            }
            terms.Add(any, Occur.SHOULD);
        }
        var n = text.Terms.Count;
        terms.MinimumNumberShouldMatch = relaxed ? 1 : n <= 2 ? n : (int)Math.Ceiling(n * 0.6);
        if (n == 1)
        {
            return terms;
        }

        // Words typed together that stand together in a title or text rank higher.
        var result = new BooleanQuery { { terms, Occur.MUST } };
        foreach (var field in new[] { IndexFields.Title, IndexFields.Summary, IndexFields.Body })
        {
            var phrase = new PhraseQuery { Slop = 2, Boost = field.Boost };
            foreach (var term in text.Terms)
            {
                phrase.Add(new Term(field.Name, term.Stem));
            }
            result.Add(phrase, Occur.SHOULD);
        }
        return result;
    }

    /// <summary>The active filters by facet name; within one filter the values are alternatives.</summary>
    private static Dictionary<string, Query> Filters(SearchQuery query)
    {
        var filters = new Dictionary<string, Query>(StringComparer.Ordinal);
        void AnyOf(FieldDefinition field, IEnumerable<string> values)
        {
            var list = values.ToList();
            if (list.Count == 0)
            {
                return;
            }
            var any = new BooleanQuery();
            foreach (var value in list)
            {
                any.Add(new TermQuery(new Term(field.Name, value)), Occur.SHOULD);
            }
            filters[field.Name] = any;
        }
        AnyOf(IndexFields.Kind, query.Kinds.Select(k => k.Key()));
        AnyOf(IndexFields.TargetGroup, query.TargetGroups);
        AnyOf(IndexFields.Method, query.Methods);
        AnyOf(IndexFields.Municipality, query.Municipalities);
        AnyOf(IndexFields.Language, query.Languages);
        AnyOf(IndexFields.Funding, query.Funding);
        AnyOf(IndexFields.Online, query.OnlineOnly ? [SearchParameters.Yes] : []);
        AnyOf(IndexFields.NoReferralStop, query.NoReferralStop ? [SearchParameters.Yes] : []);
        if (query.Age is { } age)
        {
            filters["age"] = new BooleanQuery
            {
                { NumericRangeQuery.NewInt32Range(IndexFields.AgeFrom.Name, null, age, true, true), Occur.MUST },
                { NumericRangeQuery.NewInt32Range(IndexFields.AgeTo.Name, age, null, true, true), Occur.MUST },
            };
        }
        return filters;
    }

    /// <summary>The text query (or everything) restricted by all filters except one.</summary>
    private static Query Combine(Query? textQuery, Dictionary<string, Query> filters, string? except)
    {
        var active = filters.Where(f => f.Key != except).Select(f => f.Value).ToList();
        var main = textQuery ?? new MatchAllDocsQuery();
        if (active.Count == 0)
        {
            return main;
        }
        var all = new BooleanQuery();
        foreach (var filter in active)
        {
            all.Add(filter, Occur.MUST);
        }
        return new FilteredQuery(main, new QueryWrapperFilter(all));
    }

    private int Count(Query? textQuery, Dictionary<string, Query> filters, string? except)
    {
        var collector = new TotalHitCountCollector();
        _searcher.Search(Combine(textQuery, filters, except), collector);
        return collector.TotalHits;
    }

    /// <summary>
    /// Counts per facet value. A facet's counts apply every other active filter but not its own, so a
    /// second value of the same filter shows how many results it would add.
    /// </summary>
    private (IReadOnlyList<Facet> Facets, int Total) CountFacets(SearchQuery query, Query? textQuery, Dictionary<string, Query> filters)
    {
        var facetFields = IndexFields.Facets.Select(f => f.Name).ToList();
        var shared = new FacetCounter(facetFields.Where(f => !filters.ContainsKey(f)));
        _searcher.Search(Combine(textQuery, filters, except: null), shared);

        var counts = new Dictionary<string, IReadOnlyDictionary<string, int>>(StringComparer.Ordinal);
        foreach (var field in facetFields)
        {
            if (filters.ContainsKey(field))
            {
                var own = new FacetCounter([field]);
                _searcher.Search(Combine(textQuery, filters, except: field), own);
                counts[field] = own.Counts(field);
            }
            else
            {
                counts[field] = shared.Counts(field);
            }
        }
        return (FacetsFrom(query, field => counts[field]), shared.Total);
    }

    private IReadOnlyList<Facet> EmptyFacets(SearchQuery query) =>
        FacetsFrom(query, _ => new Dictionary<string, int>());

    private IReadOnlyList<Facet> FacetsFrom(SearchQuery query, Func<string, IReadOnlyDictionary<string, int>> counts)
    {
        var v = _vocabularies;
        Facet Make(string name, IEnumerable<KeyValuePair<string, string>> entries, IReadOnlyCollection<string> selected) =>
            new(name, [.. entries.Select(e => new FacetValue(e.Key, e.Value, counts(name).GetValueOrDefault(e.Key), selected.Contains(e.Key)))]);

        return
        [
            Make(FacetNames.Kind, ContentKinds.All.Select(k => new KeyValuePair<string, string>(k.Key(), k.PluralLabel())), [.. query.Kinds.Select(k => k.Key())]),
            Make(FacetNames.TargetGroup, v.TargetGroups.Entries, query.TargetGroups),
            Make(FacetNames.Method, v.Methods.Entries, query.Methods),
            Make(FacetNames.Municipality, v.Municipalities.Entries, query.Municipalities),
            Make(FacetNames.Language, v.Languages.Entries, query.Languages),
            Make(FacetNames.Funding, v.Funding.Entries, query.Funding),
            Make(FacetNames.Online, [new(SearchParameters.Yes, "Ook online")], query.OnlineOnly ? [SearchParameters.Yes] : []),
            Make(FacetNames.NoReferralStop, [new(SearchParameters.Yes, "Zonder aanmeldstop")], query.NoReferralStop ? [SearchParameters.Yes] : []),
        ];
    }

    private List<SearchHit> Hits(SearchQuery query, QueryText text, Query? textQuery, Dictionary<string, Query> filters, int total)
    {
        var skip = (long)(query.Page - 1) * query.PageSize;
        if (skip >= total)
        {
            return [];
        }
        var wanted = (int)Math.Min(skip + query.PageSize, total);
        var title = new SortField(IndexFields.SortTitle.Name, SortFieldType.STRING);
        var sort = query.Sort == SearchSort.WaitingTime
            ? new Sort(new SortField(IndexFields.SortWaiting.Name, SortFieldType.INT64), SortField.FIELD_SCORE, title)
            : textQuery is null
                ? new Sort(new SortField(IndexFields.SortKind.Name, SortFieldType.INT64), title)
                : new Sort(SortField.FIELD_SCORE, title);
        var top = _searcher.Search(Combine(textQuery, filters, except: null), null, wanted, sort, doDocScores: true, doMaxScore: false);

        var hits = new List<SearchHit>();
        foreach (var scored in top.ScoreDocs.Skip((int)skip))
        {
            var item = _items[_searcher.Doc(scored.Doc).GetField(IndexFields.Item).GetInt32Value()!.Value];
            hits.Add(new SearchHit(item.Kind, item.Slug, item.Title, Snippets.Build(item.Text, textQuery is null ? null : text), scored.Score));
        }
        return hits;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
