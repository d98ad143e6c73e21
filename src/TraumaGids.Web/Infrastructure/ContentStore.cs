using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// The loaded content and its search index, built once at start-up and shared by all requests.
/// Content is read-only at run time; a restart picks up edits.
/// </summary>
public sealed class ContentStore : IDisposable
{
    public ContentStore(ContentSet content, SearchIndex index, TimeProvider time)
    {
        Content = content;
        Index = index;
        Time = time;
    }

    public ContentSet Content { get; }
    public SearchIndex Index { get; }
    public TimeProvider Time { get; }

    /// <summary>Today in the local time zone, for staleness marks.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Time.GetLocalNow().DateTime);

    public static ContentStore Load(string directory, TimeProvider time, ILogger logger)
    {
        var started = time.GetTimestamp();
        var content = ContentLoader.Load(directory, DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        var loaded = time.GetElapsedTime(started);
        foreach (var issue in content.Issues)
        {
            logger.LogWarning("Content problem: {ContentIssue}", issue.ToString());
        }
        foreach (var link in content.BrokenLinks)
        {
            logger.LogWarning("Link to a skipped page: {ContentIssue}", link.ToString());
        }
        var index = SearchIndex.Build(content);
        // Building allocates several times the index's size in temporary buffers (700 MB for 10,000
        // practitioners). Collect them once now and give the memory back, instead of carrying it as
        // working set until the collector gets round to it under load.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        logger.LogInformation(
            "Content loaded from {ContentPath}: {Practitioners} practitioners, {Offers} offers, {InfoPages} information pages, {Issues} problems; read in {LoadMs:0} ms, indexed in {IndexMs:0} ms",
            directory, content.Practitioners.Count, content.Offers.Count, content.InfoPages.Count, content.Issues.Count,
            loaded.TotalMilliseconds, (time.GetElapsedTime(started) - loaded).TotalMilliseconds);
        return new ContentStore(content, index, time);
    }

    public void Dispose() => Index.Dispose();
}
