using Lucene.Net.Index;
using Lucene.Net.Store;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>
/// The parts of the last index built from one directory, kept for the next build: a reload that changed
/// a few items writes only the parts those items are in and merges them with the unchanged parts, as
/// written, into the new index's one segment (merging copies postings, norms and values without
/// analysing the text again). The index is the same as one written in one go: the same documents in the
/// same order, with the same terms, statistics and norms.
/// <para>
/// A large directory's documents (in title order) are cut into parts where a document's sort key hashes
/// to a multiple of <c>chunk</c>: where a part ends depends only on the documents around it, so an
/// added, removed or changed document changes only its own part. A part is reused when it holds exactly
/// the same item instances (the loader keeps the instance of an unchanged file, <see cref="ContentLoadCache"/>)
/// and the lists and search words are the same instances as when it was written; otherwise that part is
/// written again (every part, when the lists or the search words changed). Not thread-safe: one build at
/// a time. The parts cost about the memory of one more index.
/// </para>
/// </summary>
public sealed class IndexParts : IDisposable
{
    private List<Part> _parts = [];
    private object? _vocabularies;
    private object? _searchWords;

    public IndexParts()
        : this(chunk: 512, minimum: 2_000)
    {
    }

    /// <param name="chunk">About how many documents a part holds.</param>
    /// <param name="minimum">Below this many documents the index is written whole and nothing is kept.</param>
    internal IndexParts(int chunk, int minimum)
    {
        Chunk = chunk;
        Minimum = minimum;
    }

    internal int Chunk { get; }

    internal int Minimum { get; }

    /// <summary>How many parts the last build reused and wrote.</summary>
    public (int Reused, int Written) LastBuild { get; private set; }

    private sealed record Part(object[] Items, RAMDirectory Directory);

    /// <summary>Whether no parts are kept (none written yet, or written whole since).</summary>
    internal bool IsEmpty => _parts.Count == 0;

    /// <summary>
    /// Writes the documents (in this order) into <paramref name="directory"/> as one segment, reusing
    /// unchanged parts; with no directory, only writes and keeps the parts.
    /// </summary>
    internal void Write(RAMDirectory? directory, DutchAnalysis analysis, ContentSet content, List<IndexBuilder.Source> documents)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var usable = ReferenceEquals(_vocabularies, content.Vocabularies) && ReferenceEquals(_searchWords, content.SearchWords);
        var byFirst = new Dictionary<object, Part>(ReferenceEqualityComparer.Instance);
        if (usable)
        {
            foreach (var part in _parts)
            {
                byFirst.TryAdd(part.Items[0], part);
            }
        }
        var cuts = Cuts(documents);
        var parts = new Part?[cuts.Count];
        var toWrite = new List<int>();
        for (var n = 0; n < cuts.Count; n++)
        {
            var (from, to) = cuts[n];
            var items = documents.Skip(from).Take(to - from).Select(d => d.Item).ToArray();
            if (byFirst.TryGetValue(items[0], out var known) && known.Items.Length == items.Length &&
                known.Items.Select((item, i) => ReferenceEquals(item, items[i])).All(same => same))
            {
                parts[n] = known;
                byFirst.Remove(items[0]);
            }
            else
            {
                parts[n] = new Part(items, new LongLivedRAMDirectory());
                toWrite.Add(n);
            }
        }
        Parallel.ForEach(toWrite, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, n =>
        {
            var (from, to) = cuts[n];
            using var writer = new IndexWriter(parts[n]!.Directory, IndexBuilder.Config(analysis));
            for (var doc = from; doc < to; doc++)
            {
                writer.AddDocument(documents[doc].Make());
            }
            writer.Commit();
        });
        if (directory is not null)
        {
            var readers = parts.Select(p => (IndexReader)DirectoryReader.Open(p!.Directory)).ToArray();
            try
            {
                using var writer = new IndexWriter(directory, IndexBuilder.Config(analysis));
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
        var kept = parts.Select(p => p!).ToList();
        foreach (var replaced in _parts.Where(p => !kept.Contains(p)))
        {
            replaced.Directory.Dispose();
        }
        _parts = kept;
        _vocabularies = content.Vocabularies;
        _searchWords = content.SearchWords;
        LastBuild = (cuts.Count - toWrite.Count, toWrite.Count);
    }

    /// <summary>
    /// The did-you-mean words of each item (by position): kept from the last build for an item instance
    /// that is still there (with the same lists and search words), found again for the others.
    /// </summary>
    internal string[][] Words(ContentSet content, IReadOnlyList<object> items, Func<int, string[]> wordsOf)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var usable = ReferenceEquals(_wordsWith.Vocabularies, content.Vocabularies) && ReferenceEquals(_wordsWith.SearchWords, content.SearchWords);
        var words = IndexBuilder.Words(items.Count, n => usable && _words.TryGetValue(items[n], out var known) ? known : wordsOf(n));
        _words = new Dictionary<object, string[]>(ReferenceEqualityComparer.Instance);
        for (var n = 0; n < items.Count; n++)
        {
            _words[items[n]] = words[n];
        }
        _wordsWith = (content.Vocabularies, content.SearchWords);
        return words;
    }

    private Dictionary<object, string[]> _words = new(ReferenceEqualityComparer.Instance);
    private (object? Vocabularies, object? SearchWords) _wordsWith;

    /// <summary>Where the parts begin and end: before every document whose sort key hashes to a multiple of the chunk.</summary>
    private List<(int From, int To)> Cuts(List<IndexBuilder.Source> documents)
    {
        var cuts = new List<(int, int)>();
        var from = 0;
        for (var n = 1; n < documents.Count; n++)
        {
            if (Hash(documents[n].SortKey) % (uint)Chunk == 0)
            {
                cuts.Add((from, n));
                from = n;
            }
        }
        cuts.Add((from, documents.Count));
        return cuts;
    }

    /// <summary>FNV-1a: the same in every process (string.GetHashCode is not).</summary>
    private static uint Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash;
    }

    /// <summary>Forgets the parts (a build that wrote the index whole).</summary>
    internal void Clear()
    {
        foreach (var part in _parts)
        {
            part.Directory.Dispose();
        }
        _parts = [];
        _vocabularies = null;
        _searchWords = null;
        _words = new Dictionary<object, string[]>(ReferenceEqualityComparer.Instance);
        _wordsWith = default;
    }

    private bool _disposed;

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            Clear();
        }
    }
}
