using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// The site's content and search index, kept current by <see cref="LiveContent"/> (the content
/// directory is watched, see <see cref="ContentWatching"/>). Within a request every read of
/// <see cref="Content"/>, <see cref="Index"/> and <see cref="StaleFiles"/> gives the same snapshot: the
/// first read holds it (a <see cref="ContentLease"/>) until the response is done, so a reload in between
/// changes nothing for that request and never disposes the index under it. Outside a request they read
/// the current snapshot.
/// </summary>
public sealed class ContentStore : IContentReloader, IDisposable
{
    private static readonly object SnapshotKey = new();
    private readonly IHttpContextAccessor? _requests;

    public ContentStore(LiveContent live, IHttpContextAccessor? requests, TimeProvider time)
    {
        Live = live;
        _requests = requests;
        Time = time;
    }

    /// <summary>Fixed content that never reloads (for tests and tools).</summary>
    public ContentStore(ContentSet content, SearchIndex index, TimeProvider time)
        : this(LiveContent.Fixed(content, index, time), null, time)
    {
    }

    public LiveContent Live { get; }

    /// <summary>
    /// What start-up leaves for later (did-you-mean, autocomplete, storing the index, the index parts) begins
    /// after the first answer that used the content, or after this long without one: until then it would
    /// take the cores from that answer (<see cref="LiveContent.Answered"/>).
    /// </summary>
    public static readonly TimeSpan StartUpLaterWithin = TimeSpan.FromSeconds(10);

    private int _answered;

    /// <summary>The snapshot this request uses (the current one outside a request).</summary>
    public ContentSnapshot Snapshot
    {
        get
        {
            var context = _requests?.HttpContext;
            if (context is null)
            {
                return Live.Current;
            }
            if (context.Items.TryGetValue(SnapshotKey, out var held))
            {
                return (ContentSnapshot)held!;
            }
            var lease = Live.Acquire();
            context.Response.RegisterForDispose(lease);
            if (Volatile.Read(ref _answered) == 0 && Interlocked.Exchange(ref _answered, 1) == 0)
            {
                context.Response.OnCompleted(() =>
                {
                    Live.Answered();
                    return Task.CompletedTask;
                });
            }
            context.Items[SnapshotKey] = lease.Snapshot;
            return lease.Snapshot;
        }
    }

    public ContentSet Content => Snapshot.Content;
    public SearchIndex Index => Snapshot.Index;

    /// <summary>Files served from their last good version, with their problems (for the editor overview and /health).</summary>
    public IReadOnlyList<StaleFile> StaleFiles => Snapshot.StaleFiles;

    public TimeProvider Time { get; }

    /// <summary>Today in the local time zone, for staleness marks.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Time.GetLocalNow().DateTime);

    /// <inheritdoc />
    public Task RequestReloadAsync(CancellationToken cancellationToken = default) => Live.ReloadAsync(reread: true, cancellationToken);

    public void Dispose() => Live.Dispose();
}
