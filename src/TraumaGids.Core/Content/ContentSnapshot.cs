using TraumaGids.Core.Search;

namespace TraumaGids.Core.Content;

/// <summary>
/// One immutable state of the site's content: the loaded content, its search index, and the files served
/// from their last good version. <see cref="LiveContent"/> swaps the current one whole; a request holds
/// a <see cref="ContentLease"/> on the one it started with, and the index is disposed only when the
/// snapshot has been replaced and nobody holds it any more.
/// </summary>
public sealed class ContentSnapshot
{
    /// <summary>The holder's reference plus one per lease; the index is disposed when it reaches zero.</summary>
    private int _references = 1;

    public ContentSnapshot(ContentSet content, SearchIndex index, IReadOnlyList<StaleFile> staleFiles, DateTimeOffset loadedAt, long version, string fingerprint)
    {
        Content = content;
        Index = index;
        StaleFiles = staleFiles;
        LoadedAt = loadedAt;
        Version = version;
        Fingerprint = fingerprint;
    }

    public ContentSet Content { get; }

    public SearchIndex Index { get; }

    /// <summary>Files served from their last good version, with the problems of the file on disk.</summary>
    public IReadOnlyList<StaleFile> StaleFiles { get; }

    /// <summary>When this snapshot was made.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>1 for the snapshot made at start-up, one more for each reload that changed something.</summary>
    public long Version { get; }

    /// <summary>The files it was loaded from (<see cref="ContentFiles.Fingerprint()"/>); empty when not from a directory.</summary>
    public string Fingerprint { get; }

    /// <summary>Whether the index has been disposed (the snapshot was replaced and nobody holds it).</summary>
    public bool IsDisposed => Volatile.Read(ref _references) == 0;

    /// <summary>Takes a reference unless the snapshot is already disposed.</summary>
    internal bool TryAcquire()
    {
        while (true)
        {
            var references = Volatile.Read(ref _references);
            if (references == 0)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _references, references + 1, references) == references)
            {
                return true;
            }
        }
    }

    internal void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            Index.Dispose();
            // The replaced index is large (over 100 MB at 10,000 practitioners): ask for a background
            // collection (concurrent, it does not stop searches) instead of waiting for memory pressure.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false, compacting: false);
        }
    }
}

/// <summary>A hold on one <see cref="ContentSnapshot"/>: its index stays usable until this is disposed.</summary>
public sealed class ContentLease : IDisposable
{
    private int _released;

    internal ContentLease(ContentSnapshot snapshot) => Snapshot = snapshot;

    public ContentSnapshot Snapshot { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            Snapshot.Release();
        }
    }
}
