using System.Diagnostics;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.Content;

/// <summary>
/// The content of a directory as the site serves it, kept current: <see cref="ReloadAsync"/> reads the
/// directory again (only files whose size or write time changed), loads it keeping the last good version
/// of broken files (<see cref="LastGoodLoader"/>), builds a new search index in the background and swaps
/// the <see cref="Current"/> snapshot atomically. Whoever took a snapshot keeps it: a replaced snapshot's
/// index is disposed when the last <see cref="ContentLease"/> on it is released, and never before
/// <c>grace</c> has passed (for readers that took <see cref="Current"/> without a lease).
/// One reload runs at a time; a reload that finds nothing changed keeps the current snapshot.
/// </summary>
public sealed class LiveContent : IDisposable
{
    private readonly string? _directory;
    private readonly TimeProvider _time;
    private readonly TimeSpan _grace;
    private readonly LastGoodLoader _loader = new();
    /// <summary>The last index's parts: a reload writes only those with changed items (<see cref="IndexParts"/>).</summary>
    private readonly IndexParts _parts;
    /// <summary>Where the start-up index is kept between starts (<see cref="IndexStore"/>); null: written at every start.</summary>
    private readonly IndexStore? _store;
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private ContentSnapshot _current;
    private ContentFiles? _files;

    private LiveContent(string? directory, TimeProvider time, TimeSpan grace, ContentSnapshot current, IndexParts? parts = null, IndexStore? store = null)
    {
        _parts = parts ?? new IndexParts();
        _store = store;
        _directory = directory;
        _time = time;
        _grace = grace;
        _current = current;
    }

    /// <summary>The default time a replaced snapshot stays usable for readers without a lease.</summary>
    public static readonly TimeSpan DefaultGrace = TimeSpan.FromSeconds(5);

    /// <summary>Loads the directory and builds its index (on the calling thread: start-up waits for it).</summary>
    /// <param name="store">
    /// Where the start-up index is kept between starts: opened from there when it holds the index of exactly
    /// this content, otherwise written and stored there after the first answer. Reloads do not use it.
    /// </param>
    /// <param name="laterWithin">
    /// Begin what start-up leaves for later (<see cref="FinishStartUpLater"/>) after the first answer
    /// (<see cref="Answered"/>), or after this long without one; null: at once (tests and tools).
    /// </param>
    public static LiveContent Load(string directory, TimeProvider time, TimeSpan? grace = null, IndexStore? store = null, TimeSpan? laterWithin = null) =>
        Load(directory, time, grace, new IndexParts(), store, laterWithin);

    /// <summary>Loads the directory, keeping the index in these parts (tests: small parts on small content).</summary>
    internal static LiveContent Load(string directory, TimeProvider time, TimeSpan? grace, IndexParts parts, IndexStore? store = null, TimeSpan? laterWithin = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        var live = new LiveContent(Path.GetFullPath(directory), time, grace ?? DefaultGrace, null!, parts, store);
        live._current = live.Build(out var report);
        live.LastLoad = report;
        live.FinishStartUpLater(laterWithin);
        return live;
    }

    /// <summary>Content that never changes (no directory), for tests and tools.</summary>
    public static LiveContent Fixed(ContentSet content, SearchIndex index, TimeProvider time) =>
        new(null, time, DefaultGrace, new ContentSnapshot(content, index, [], time.GetUtcNow(), 1, ""));

    /// <summary>Where the start-up index is kept between starts; null when it is not.</summary>
    public IndexStore? Store => _store;

    /// <summary>The directory watched and reloaded; null for fixed content.</summary>
    public string? Directory => _directory;

    /// <summary>The snapshot new work should use.</summary>
    public ContentSnapshot Current => Volatile.Read(ref _current);

    /// <summary>How the last load or reload that built a snapshot went.</summary>
    public ContentLoadReport? LastLoad { get; private set; }

    /// <summary>Raised after a reload swapped in a new snapshot (on the reloading thread).</summary>
    public event EventHandler<ContentLoadReport>? Swapped;

    /// <summary>Holds the current snapshot until the lease is disposed.</summary>
    public ContentLease Acquire()
    {
        while (true)
        {
            var snapshot = Current;
            if (snapshot.TryAcquire())
            {
                return new ContentLease(snapshot);
            }
            // Replaced and disposed between reading and acquiring: the next read gives the newer one.
        }
    }

    /// <summary>
    /// Reads the directory again and, when anything changed, builds and swaps in a new snapshot; returns
    /// the current snapshot afterwards. Runs on a thread of its own at a lower priority; one at a time, so a reload asked
    /// for after a file was written always reads that file. Throws (and keeps the current snapshot) only
    /// for a failure outside the content, such as a missing directory.
    /// </summary>
    /// <param name="reread">Read every file again, not only those whose size or write time changed.</param>
    public async Task<ContentSnapshot> ReloadAsync(bool reread = false, CancellationToken cancellationToken = default)
    {
        if (_directory is null)
        {
            return Current;
        }
        await _reloading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Volatile.Read(ref _disposed) != 0)
            {
                return Current;
            }
            cancellationToken.ThrowIfCancellationRequested();
            // At a lower priority: searches keep the cores while the new snapshot is built. Once started it
            // runs to the end (the semaphore is held until then: one reload at a time).
            return await LowPriority.Run(() => ReloadNow(reread)).ConfigureAwait(false);
        }
        finally
        {
            _reloading.Release();
        }
    }

    private ContentSnapshot ReloadNow(bool reread)
    {
        var started = Stopwatch.GetTimestamp();
        var files = ContentFiles.Read(_directory!, reread ? null : _files);
        var current = Current;
        if (files.SameAs(_files))
        {
            return current;
        }
        var next = Build(files, started, current.Version + 1, out var report);
        Interlocked.Exchange(ref _current, next);
        _ = RetireAsync(current);
        LastLoad = report;
        Swapped?.Invoke(this, report);
        if (_store is not null)
        {
            Stored = LowPriority.Run(() => StoreAfterReload(next));
        }
        return next;
    }

    /// <summary>
    /// Keeps a reload's index in the <see cref="IndexStore"/> as well, after the swap (so an edit is not
    /// shown later for it): a restart after content was edited then opens it instead of writing it. Skipped
    /// when a newer snapshot was swapped in meanwhile; never throws (a failure is the store's note).
    /// </summary>
    private bool StoreAfterReload(ContentSnapshot snapshot)
    {
        if (!ReferenceEquals(Current, snapshot) || !snapshot.TryAcquire())
        {
            return false;
        }
        try
        {
            snapshot.Index.StoreIn(_store!, snapshot.Content);
            return true;
        }
        finally
        {
            snapshot.Release();
        }
    }

    /// <summary>Done when the last reload's index is in the store (<see cref="StoreAfterReload"/>); for tests and tools.</summary>
    public Task<bool> Stored { get; private set; } = Task.FromResult(false);

    private ContentSnapshot Build(out ContentLoadReport report)
    {
        var started = Stopwatch.GetTimestamp();
        return Build(ContentFiles.Read(_directory!), started, 1, out report);
    }

    /// <param name="version">1 at start-up: the index leaves did-you-mean and autocomplete for after the first answer (<see cref="FinishStartUpLater"/>).</param>
    private ContentSnapshot Build(ContentFiles files, long started, long version, out ContentLoadReport report)
    {
        var now = _time.GetUtcNow();
        var (content, stale) = _loader.Load(files, DateOnly.FromDateTime(_time.GetLocalNow().DateTime), now);
        var loaded = Stopwatch.GetElapsedTime(started);
        var index = version == 1 ? SearchIndex.BuildFirst(content, _parts, _store) : SearchIndex.Build(content, _parts);
        _files = files;
        var snapshot = new ContentSnapshot(content, index, stale, now, version, files.Fingerprint());
        report = new ContentLoadReport(snapshot, loaded, Stopwatch.GetElapsedTime(started) - loaded);
        return snapshot;
    }

    /// <summary>
    /// What start-up leaves for after the first answer, in the background at low priority (its parallel
    /// steps also use the thread pool, at normal priority: with <paramref name="laterWithin"/> they begin
    /// once the first answer is sent, <see cref="Answered"/>, or after that long without one): did-you-mean
    /// and autocomplete (meanwhile typing gets no suggestions; a search with a word that occurs nowhere
    /// makes did-you-mean's table when it needs it, so results do not change), then the index into the
    /// <see cref="IndexStore"/> when it was written rather than opened from there, then the parts a
    /// reload reuses (<see cref="IndexParts"/>: start-up writes the index whole, the quickest way), then one
    /// compacting collection that gives back what building allocated. A reload asked for once it began
    /// waits for all of it; one asked for before the first answer runs first. A failure here only means
    /// that the tables are made when first needed and that the next reload writes the index whole again.
    /// </summary>
    private void FinishStartUpLater(TimeSpan? laterWithin)
    {
        if (laterWithin is not { } within)
        {
            // Taken here, before the thread starts: a reload asked for right after start-up comes after it.
            _reloading.Wait();
            StartedUp = LowPriority.Run(FinishStartUp);
            return;
        }
        StartedUp = LowPriority.Run(() =>
        {
            Task.WaitAny([_answered.Task], within);
            _reloading.Wait();
            return FinishStartUp();
        });
    }

    private readonly TaskCompletionSource _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Says that the first answer was sent: what start-up leaves for later may begin (see <see cref="Load(string, TimeProvider, TimeSpan?, IndexStore?, TimeSpan?)"/>).</summary>
    public void Answered() => _answered.TrySetResult();

    /// <summary>Done when what start-up left for later (<see cref="FinishStartUpLater"/>) is done; for tests and tools.</summary>
    public Task StartedUp { get; private set; } = Task.CompletedTask;

    private bool FinishStartUp()
    {
        try
        {
            if (Volatile.Read(ref _disposed) == 0)
            {
                Current.Index.CompleteTables();
                Current.Index.Store();
                SearchIndex.KeepParts(Current.Content, _parts);
                // Building allocates several times the index's size in temporary buffers (700 MB for 10,000
                // practitioners). Give that memory back once, instead of carrying it as working set until the
                // collector gets round to it under load. This pauses the site once, for a fraction of a second
                // at 10,000, after the first answers instead of before them.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
            return true;
        }
        finally
        {
            _reloading.Release();
        }
    }

    /// <summary>Drops the holder's reference after the grace period; the last lease disposes the index.</summary>
    private async Task RetireAsync(ContentSnapshot replaced)
    {
        await Task.Delay(_grace, _time).ConfigureAwait(false);
        replaced.Release();
    }

    private int _disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            // What start-up leaves for later stops waiting for an answer (and then does nothing).
            _answered.TrySetResult();
            Current.Release();
            // After a reload that is still running (it holds the semaphore): the parts are its until it ends.
            _reloading.Wait();
            _parts.Dispose();
            _reloading.Release();
        }
    }
}

/// <summary>What a load built, and how long reading and parsing (<paramref name="Load"/>) and indexing took.</summary>
public sealed record ContentLoadReport(ContentSnapshot Snapshot, TimeSpan Load, TimeSpan Index);
