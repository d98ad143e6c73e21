using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

/// <summary>Stopping the watcher: the host stops it and then disposes it, so both may come.</summary>
public sealed class ContentWatcherTests : IDisposable
{
    private readonly ContentTree _tree = ContentTree.Valid();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public async Task Disposing_twice_or_at_the_same_time_stops_once_without_an_error()
    {
        using var live = LiveContent.Load(_tree.Root, TimeProvider.System, TimeSpan.Zero);
        var watcher = new ContentWatcher(live, TimeSpan.FromMilliseconds(10), TimeSpan.FromSeconds(1), TimeProvider.System);
        watcher.Start();

        await Task.WhenAll(watcher.DisposeAsync().AsTask(), watcher.DisposeAsync().AsTask());
        await watcher.DisposeAsync();
    }
}
