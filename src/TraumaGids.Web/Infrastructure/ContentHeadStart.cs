using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// Starts loading the content directory while the web host is still being built, so that start-up does
/// not do the two one after the other (at 10,000 practitioners the load is most of start-up, building
/// the host about half a second). The site takes this load only when it is of the directory and the clock
/// that the services resolve to; tests replace both after Program registered the services, and then it
/// is dropped and the site loads as before.
/// </summary>
internal sealed class ContentHeadStart : IDisposable
{
    private readonly string _directory;
    private readonly string? _store;
    private readonly Task<LiveContent> _loading;
    private int _taken;

    private ContentHeadStart(string directory, string? store)
    {
        _directory = directory;
        _store = store;
        _loading = Task.Run(() => LiveContent.Load(directory, TimeProvider.System, store: store is null ? null : new IndexStore(store), laterWithin: ContentStore.StartUpLaterWithin));
    }

    /// <summary>
    /// Starts loading the directory the configuration names, if it exists (otherwise start-up reports it),
    /// with the index store it names (a store inside the content directory is refused at start-up: none then).
    /// </summary>
    public static ContentHeadStart? Begin(WebApplicationBuilder builder)
    {
        var options = new ContentOptions();
        builder.Configuration.GetSection(ContentOptions.Section).Bind(options);
        var search = new SearchOptions();
        builder.Configuration.GetSection(SearchOptions.Section).Bind(search);
        var directory = options.FullPath(builder.Environment.ContentRootPath);
        var store = search.IndexCacheFullPath(builder.Environment.ContentRootPath);
        return Directory.Exists(directory) ? new ContentHeadStart(directory, ServiceExtensions.IsInside(store, directory) ? null : store) : null;
    }

    /// <summary>
    /// The content loaded ahead, when it is of <paramref name="directory"/> with the system clock and the index
    /// store in <paramref name="store"/> (waits for it); otherwise, or when it failed, null, and the caller
    /// loads (and reports a failure) itself.
    /// </summary>
    public LiveContent? Take(string directory, TimeProvider time, string? store)
    {
        if (Interlocked.Exchange(ref _taken, 1) != 0)
        {
            return null;
        }
        if (!string.Equals(directory, _directory, StringComparison.Ordinal) || !ReferenceEquals(time, TimeProvider.System) ||
            !string.Equals(store, _store, StringComparison.Ordinal))
        {
            Drop();
            return null;
        }
        try
        {
            return _loading.GetAwaiter().GetResult();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Drops a load nobody took (the host did not get as far as loading the content).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _taken, 1) == 0)
        {
            Drop();
        }
    }

    private void Drop() => _loading.ContinueWith(
        loading =>
        {
            if (loading.IsCompletedSuccessfully)
            {
                loading.Result.Dispose();
            }
        },
        CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
}
