using Microsoft.Extensions.Options;
using TraumaGids.Core.Content;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// Watches the content directory while the site runs (<see cref="ContentWatcher"/>) and logs each reload:
/// the problems it found and the files served from their last good version.
/// </summary>
internal sealed class ContentWatching(ContentStore store, IOptions<ContentOptions> options, TimeProvider time, ILogger<ContentWatching> logger)
    : IHostedService, IAsyncDisposable
{
    private ContentWatcher? _watcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Live.Swapped += OnSwapped;
        var settings = options.Value;
        if (!settings.Watch)
        {
            return Task.CompletedTask;
        }
        _watcher = new ContentWatcher(store.Live, TimeSpan.FromMilliseconds(settings.DebounceMilliseconds),
            settings.PollSeconds > 0 ? TimeSpan.FromSeconds(settings.PollSeconds) : Timeout.InfiniteTimeSpan, time);
        _watcher.ReloadFailed += (_, ex) => logger.LogError(ex, "Reloading the content failed; the site keeps serving the content it had");
        _watcher.WatchFailed += (_, ex) => logger.LogWarning(ex, "Watching the content directory for changes failed; polling every {PollSeconds} s goes on", settings.PollSeconds);
        _watcher.Start();
        return Task.CompletedTask;
    }

    private void OnSwapped(object? sender, ContentLoadReport report)
    {
        ContentLog.Write(logger, report, store.Live.Directory, "reloaded");
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        store.Live.Swapped -= OnSwapped;
        await DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        // StopAsync and the container's disposal may both get here: the first one stops the watcher.
        if (Interlocked.Exchange(ref _watcher, null) is { } watcher)
        {
            await watcher.DisposeAsync();
        }
    }
}
