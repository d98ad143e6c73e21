using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>
/// Builds the index of one <see cref="ContentSet"/>: a document per practitioner, offer and
/// information page, with its text fields, facet values and sort key, written in title order into
/// one in-memory segment; then opens the <see cref="SearchSnapshot"/> over it. A document holds only
/// what its own item and the lists give (not its place among the others), so the part of an index that
/// a reload did not change can be reused as written (<see cref="IndexParts"/>).
/// </summary>
internal static class IndexBuilder
{
    /// <summary>Writes the content into a new in-memory index and opens the snapshot over it.</summary>
    /// <param name="parts">How many parts to write at the same time; by default one per core for a large directory (see <see cref="Write"/>).</param>
    /// <param name="kept">
    /// The parts of the last build from the same directory: unchanged parts are reused, and the new parts
    /// kept for the next build. While it holds none (at start-up) the index is written whole, the quickest
    /// way; <see cref="KeepParts"/> writes the parts afterwards.
    /// </param>
    /// <param name="deferTables">
    /// Leave did-you-mean and autocomplete to be made later (<see cref="SearchSnapshot.CompleteTables"/>):
    /// at start-up, where the first answer waits for the build. Only for a directory of at least the parts'
    /// <see cref="IndexParts.Minimum"/>: for a small one they take milliseconds and are made at once.
    /// </param>
    /// <param name="store">
    /// At start-up: the index stored under the key of these documents is copied from it instead of written
    /// (<see cref="IndexStore"/>); when there is none, the snapshot can store the one written here later
    /// (<see cref="SearchSnapshot.Stored"/>).
    /// </param>
    public static SearchSnapshot Build(ContentSet content, int? parts = null, IndexParts? kept = null, bool deferTables = false, IndexStore? store = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (items, tagsOf, analysis, documents, ordered) = Documents(content);
        // An empty store holds nothing to open: the key is then made when the index is stored (SearchSnapshot.Store).
        var key = store is not null && store.HoldsAny() ? store.TryKey(content.SearchWords, ordered) : null;
        var opened = key is null ? null : store!.Open(key, ordered.Count);
        // A reload's index on the pinned object heap, where the young collections searches wait for do not
        // copy it; at start-up nobody searches yet, and pinned arrays cost more to allocate.
        RAMDirectory directory = opened ?? (kept is { IsEmpty: false } ? new LongLivedRAMDirectory() : new RAMDirectory());
        if (opened is not null)
        {
            // The same bytes as written below: stored under the key of exactly these documents.
            kept?.Clear();
        }
        else if (parts is null && kept is { IsEmpty: false } && ordered.Count >= kept.Minimum)
        {
            kept.Write(directory, analysis, content, ordered);
        }
        else
        {
            if (kept is not null && ordered.Count < kept.Minimum)
            {
                kept.Clear();
            }
            Write(directory, analysis, ordered, parts);
        }
        analysis.IndexWritten();
        // Which item each document is, and the order of a list without search words (stable: equal places keep the document order).
        var docToItem = ordered.Select(d => d.Position).ToArray();
        var byKind = Enumerable.Range(0, ordered.Count).OrderBy(doc => ordered[doc].ListPlace).ToArray();
        // Did-you-mean knows the words of every item's text; an unchanged item's words are kept from the last build.
        string[] WordsOf(int n) => Spelling.WordsOf(string.Join('\n', items[n].Title, items[n].TitleExtra, tagsOf[n], items[n].Text), analysis);
        string[][] WordsPerItem() => kept is not null && parts is null
            ? kept.Words(content, [.. documents.Select(d => d.Item)], WordsOf)
            : IndexBuilder.Words(items.Count, WordsOf);
        var later = deferTables && ordered.Count >= (kept?.Minimum ?? 0);
        var spelling = later ? Spelling.Later(WordsPerItem, analysis) : new Spelling(WordsPerItem(), analysis);
        return new SearchSnapshot(directory, items, docToItem, byKind, content, analysis, spelling)
        {
            Stored = store is null ? null : new StoredIndex(store, key, opened is not null, content),
        };
    }

    /// <summary>The analysis and the documents of the content in index order, as <see cref="Build"/> writes them (tests and tools).</summary>
    internal static (DutchAnalysis Analysis, List<Source> Documents) Sources(ContentSet content)
    {
        var (_, _, analysis, _, ordered) = Documents(content);
        return (analysis, ordered);
    }

    /// <summary>The key the index of this content is stored under, or null when it cannot be made (reported by the store).</summary>
    internal static string? TryStoreKey(ContentSet content, IndexStore store) => store.TryKey(content.SearchWords, Documents(content).Ordered);

    /// <summary>The key the index of this content is stored under (<see cref="IndexStore"/>); with another code key for tests.</summary>
    internal static string StoreKey(ContentSet content, string? code = null) =>
        IndexStore.Key(code ?? IndexStore.CodeKey, content.SearchWords, Documents(content).Ordered);

    /// <summary>
    /// Writes the parts of a large directory's index for the next build to reuse (<see cref="IndexParts"/>),
    /// when it holds none: after start-up, in the background, so that start-up writes the index whole.
    /// </summary>
    public static void KeepParts(ContentSet content, IndexParts kept)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(kept);
        var (_, _, analysis, _, ordered) = Documents(content);
        if (kept.IsEmpty && ordered.Count >= kept.Minimum)
        {
            kept.Write(null, analysis, content, ordered);
            analysis.IndexWritten();
        }
    }

    /// <summary>
    /// The documents of the content: the items by position with their tags, the analysis, and a
    /// <see cref="Source"/> per item by position and in title order.
    /// </summary>
    private static (List<IndexedItem> Items, List<string> TagsOf, DutchAnalysis Analysis, List<Source> Documents, List<Source> Ordered) Documents(ContentSet content)
    {
        var v = content.Vocabularies;
        var items = new List<IndexedItem>();
        // Each item's tags (vocabulary labels), for the index and did-you-mean only: not kept after the build.
        var tagsOf = new List<string>();
        var analysis = new DutchAnalysis(content.SearchWords);
        // Documents go in by title, so the index order is the title order: ties in score are broken by
        // document number, which is cheaper than comparing titles and gives the same order. Each is
        // made just before it is added, so the documents of a large directory are not all held at once.
        var documents = new List<Source>();
        // A list without search words shows practitioners A–Z by surname (SortName); the index order
        // stays the title order, which breaks ties in a search.
        var listPlace = content.Practitioners
            .OrderBy(SortName.Key, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select((p, place) => (p.Slug, place))
            .ToDictionary(x => x.Slug, x => x.place, StringComparer.Ordinal);
        // Each practitioner's tags stand alone: made in parallel (a tenth of a second at 10,000 on one core).
        var practitionerTags = new string[content.Practitioners.Count];
        Parallel.For(0, practitionerTags.Length, n => practitionerTags[n] = Tags(content.Practitioners[n], v));
        for (var n = 0; n < content.Practitioners.Count; n++)
        {
            var p = content.Practitioners[n];
            var tags = practitionerTags[n];
            var item = new IndexedItem(ContentKind.Practitioner, p.Slug, p.Name, p.Organisation, p.Summary, p.Body.PlainText, p.Ages);
            var position = items.Count;
            documents.Add(new Source(SortKey(item.Title), p, position, listPlace[p.Slug], () =>
            {
                var doc = Document(item, tags, sortWaiting: p.ReferralStop ? 1_000 + p.WaitingTime.Weeks : p.WaitingTime.Weeks);
                AddFacets(doc, IndexFields.TargetGroup, p.TargetGroups);
                AddFacets(doc, IndexFields.Method, p.Methods);
                AddFacets(doc, IndexFields.Municipality, p.Municipalities);
                AddFacets(doc, IndexFields.Language, p.Languages);
                AddFacets(doc, IndexFields.Funding, p.Funding);
                AddFacets(doc, IndexFields.ReferralRoute, p.HowToRefer?.Routes ?? []);
                AddFacets(doc, IndexFields.Online, p.Online ? [SearchParameters.Yes] : []);
                AddFacets(doc, IndexFields.NoReferralStop, p.ReferralStop ? [] : [SearchParameters.Yes]);
                AddFacets(doc, IndexFields.ExpertGroup, p.ExpertGroupMember ? [SearchParameters.Yes] : []);
                return doc;
            }));
            items.Add(item);
            tagsOf.Add(tags);
        }
        foreach (var o in content.Offers)
        {
            var tags = string.Join(" · ", o.TargetGroups.Select(v.TargetGroups.Label)
                .Append(o.Type == OfferType.Treatment ? "behandeling" : "ondersteuning")
                .Concat(o.FirstChoice ? ["eerste keus", "richtlijn"] : []));
            var item = new IndexedItem(ContentKind.Offer, o.Slug, o.Title, null, o.Summary, o.Body.PlainText);
            var position = items.Count;
            documents.Add(new Source(SortKey(item.Title), o, position, OffersInList, () =>
            {
                var doc = Document(item, tags, sortWaiting: 100_001);
                AddFacets(doc, IndexFields.Method, [o.Slug]);
                AddFacets(doc, IndexFields.TargetGroup, o.TargetGroups);
                return doc;
            }));
            items.Add(item);
            tagsOf.Add(tags);
        }
        foreach (var page in content.InfoPages)
        {
            var item = new IndexedItem(ContentKind.InfoPage, page.Slug, page.Title, null, page.Summary, page.Body.PlainText);
            var tags = "";
            var position = items.Count;
            documents.Add(new Source(SortKey(item.Title), page, position, InfoPagesInList, () => Document(item, tags, sortWaiting: 100_002)));
            items.Add(item);
            tagsOf.Add(tags);
        }
        // OrderBy is stable: equal titles keep the content's order.
        List<Source> ordered = [.. documents.OrderBy(d => d.SortKey, StringComparer.Ordinal)];
        return (items, tagsOf, analysis, documents, ordered);
    }

    /// <summary>A practitioner's vocabulary labels, places and marks, in this order, joined by " · ".</summary>
    private static string Tags(Practitioner p, Vocabularies v)
    {
        var tags = new List<string> { v.Disciplines.Label(p.Discipline) };
        Labels(tags, p.Methods, v.Methods);
        Labels(tags, p.Themes, v.Themes);
        Labels(tags, p.TargetGroups, v.TargetGroups);
        Labels(tags, p.Municipalities, v.Municipalities);
        foreach (var location in p.Locations)
        {
            tags.Add(location.Place);
        }
        Labels(tags, p.Languages, v.Languages);
        Labels(tags, p.Funding, v.Funding);
        if (p.Online)
        {
            tags.Add("online");
            tags.Add("beeldbellen");
        }
        if (p.ExpertGroupMember)
        {
            tags.Add("Expertgroep Trauma");
        }
        return string.Join(" · ", tags);

        static void Labels(List<string> tags, IReadOnlyList<string> keys, Vocabulary vocabulary)
        {
            for (var n = 0; n < keys.Count; n++)
            {
                tags.Add(vocabulary.Label(keys[n]));
            }
        }
    }

    /// <summary>The words of each item (by position), found in parallel: each text stands alone.</summary>
    internal static string[][] Words(int count, Func<int, string[]> wordsOf)
    {
        var words = new string[count][];
        Parallel.For(0, count, n => words[n] = wordsOf(n));
        return words;
    }

    /// <summary>
    /// One document to write: its sort key, the content item it is made from (<paramref name="Item"/>, the
    /// same instance while its file is unchanged), the item's position, its place in a list without
    /// search words, and how to make the document.
    /// </summary>
    internal sealed record Source(string SortKey, object Item, int Position, int ListPlace, Func<Document> Make);

    /// <summary>Below this many documents a part is not worth its own writer.</summary>
    private const int PartSize = 1_000;

    /// <summary>
    /// Writes the documents, in this order, as one segment. Analysing the text is most of the work: a
    /// large directory is split into consecutive parts, one per core, each written into its own index
    /// at the same time, and the parts are then merged in order into the one segment (merging copies
    /// postings, norms and values without analysing again). The index is the same as written in one go:
    /// same documents in the same order, same terms, statistics and norms.
    /// </summary>
    private static void Write(RAMDirectory directory, DutchAnalysis analysis, List<Source> documents, int? partsWanted)
    {
        var parts = Math.Clamp(partsWanted ?? documents.Count / PartSize, 1, partsWanted ?? Environment.ProcessorCount);
        using var writer = new IndexWriter(directory, Config(analysis));
        if (parts == 1)
        {
            foreach (var make in documents)
            {
                writer.AddDocument(make.Make());
            }
            writer.Commit();
            return;
        }
        var partDirectories = new RAMDirectory[parts];
        try
        {
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
            {
                var from = documents.Count * part / parts;
                var to = documents.Count * (part + 1) / parts;
                var partDirectory = new RAMDirectory();
                partDirectories[part] = partDirectory;
                using var partWriter = new IndexWriter(partDirectory, Config(analysis));
                for (var n = from; n < to; n++)
                {
                    partWriter.AddDocument(documents[n].Make());
                }
                partWriter.Commit();
            });
            var readers = partDirectories.Select(d => (IndexReader)DirectoryReader.Open(d)).ToArray();
            try
            {
                // Merges the parts, in this order, into one new segment.
                writer.AddIndexes(readers);
                writer.Commit();
            }
            finally
            {
                foreach (var reader in readers)
                {
                    reader.Dispose();
                }
            }
        }
        finally
        {
            foreach (var partDirectory in partDirectories)
            {
                partDirectory?.Dispose();
            }
        }
    }

    /// <summary>One in-memory segment: a buffer large enough that nothing is flushed and merged before the commit.</summary>
    internal static IndexWriterConfig Config(DutchAnalysis analysis) => Config(analysis.PerField);

    /// <summary>As <see cref="Config(DutchAnalysis)"/>, with another analyzer (tests).</summary>
    internal static IndexWriterConfig Config(Lucene.Net.Analysis.Analyzer analyzer) => new(DutchAnalysis.Version, analyzer)
    {
        OpenMode = OpenMode.CREATE,
        RAMBufferSizeMB = 512,
        MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH,
        UseCompoundFile = false,
        Similarity = SearchSnapshot.Scoring,
    };

    /// <summary>List places after every practitioner's (a practitioner's is its place A–Z by surname).</summary>
    private const int OffersInList = int.MaxValue - 1;

    private const int InfoPagesInList = int.MaxValue;

    private static Document Document(IndexedItem item, string tags, int sortWaiting)
    {
        var doc = new Document();
        Add(doc, IndexFields.Title.Create(item.TitleExtra is null ? item.Title : item.Title + " " + item.TitleExtra));
        Add(doc, IndexFields.Tags.Create(tags));
        Add(doc, IndexFields.Summary.Create(item.Summary ?? ""));
        Add(doc, IndexFields.Body.Create(item.Body));
        Add(doc, IndexFields.Words.Create(string.Join('\n', item.Title, item.TitleExtra, tags, item.Summary, item.Body)));
        Add(doc, IndexFields.Kind.Create(item.Kind.Key()));
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
    private static string SortKey(string title) => TextFolding.Fold(title);
}
