namespace TraumaGids.Core.Content;

/// <summary>
/// Reloads <see cref="LiveContent"/> when its directory changes: a recursive file-system watcher, whose
/// events are debounced (a save often writes several times), plus a poll at a fixed interval for
/// shared volumes where change events do not arrive (NFS, SMB, some container mounts). A poll only
/// lists the files' sizes and write times; nothing is built unless something changed. Several replicas
/// on one volume each run their own watcher.
/// </summary>
public sealed class ContentWatcher : IAsyncDisposable
{
    private readonly LiveContent _live;
    private readonly TimeSpan _debounce;
    private readonly TimeSpan _poll;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _changed = new(0, 1);
    private readonly CancellationTokenSource _stopping = new();
    private FileSystemWatcher? _watcher;
    private Task? _loop;
    private long _lastEvent;
    private readonly Lazy<Task> _stopped;

    /// <param name="poll">How often to look for changes without an event; <see cref="Timeout.InfiniteTimeSpan"/> for never.</param>
    public ContentWatcher(LiveContent live, TimeSpan debounce, TimeSpan poll, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(live);
        _live = live;
        _stopped = new Lazy<Task>(StopAsync);
        _debounce = debounce;
        _poll = poll;
        _time = time;
    }

    /// <summary>A reload failed (the current snapshot stays); raised on the watcher's thread.</summary>
    public event EventHandler<Exception>? ReloadFailed;

    /// <summary>The file-system watcher could not be started or reported an error; polling goes on.</summary>
    public event EventHandler<Exception>? WatchFailed;

    public void Start()
    {
        if (_live.Directory is null || _loop is not null)
        {
            return;
        }
        try
        {
            _watcher = new FileSystemWatcher(_live.Directory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            _watcher.Changed += (_, _) => Poke();
            _watcher.Created += (_, _) => Poke();
            _watcher.Deleted += (_, _) => Poke();
            _watcher.Renamed += (_, _) => Poke();
            // A lost event (buffer overflow) means: something changed, look.
            _watcher.Error += (_, e) =>
            {
                WatchFailed?.Invoke(this, e.GetException());
                Poke();
            };
            _watcher.EnableRaisingEvents = true;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            // E.g. the inotify limit reached: polling still finds every change.
            _watcher?.Dispose();
            _watcher = null;
            WatchFailed?.Invoke(this, ex);
        }
        _loop = Task.Run(() => RunAsync(_stopping.Token));
    }

    /// <summary>Something in the directory changed: reload after the debounce time.</summary>
    public void Poke()
    {
        Interlocked.Exchange(ref _lastEvent, _time.GetTimestamp());
        try
        {
            _changed.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
        catch (ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var evented = await _changed.WaitAsync(_poll, stopping).ConfigureAwait(false);
                if (evented)
                {
                    // Wait until the directory has been quiet for the debounce time (at most ten times as long).
                    var waited = TimeSpan.Zero;
                    while (waited < _debounce * 10)
                    {
                        var quiet = _time.GetElapsedTime(Interlocked.Read(ref _lastEvent));
                        if (quiet >= _debounce)
                        {
                            break;
                        }
                        await Task.Delay(_debounce - quiet, _time, stopping).ConfigureAwait(false);
                        waited += _debounce - quiet;
                    }
                }
                await _live.ReloadAsync(reread: false, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Whatever went wrong, the site keeps serving the current snapshot and tries again at the next change or poll.
                ReloadFailed?.Invoke(this, ex);
            }
        }
    }

    /// <summary>Stops watching and waits for a reload under way; a second call waits for the first.</summary>
    public ValueTask DisposeAsync() => new(_stopped.Value);

    private async Task StopAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _watcher?.Dispose();
        if (_loop is not null)
        {
            try
            {
                await _loop.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
        _stopping.Dispose();
        _changed.Dispose();
    }
}
