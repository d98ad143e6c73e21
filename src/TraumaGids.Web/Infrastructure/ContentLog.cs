using TraumaGids.Core.Content;

namespace TraumaGids.Web.Infrastructure;

/// <summary>What a content load is logged as, at start-up and after each reload.</summary>
internal static class ContentLog
{
    public static void Write(ILogger logger, ContentLoadReport report, string? directory, string what)
    {
        var snapshot = report.Snapshot;
        var content = snapshot.Content;
        foreach (var issue in content.Issues)
        {
            logger.LogWarning("Content problem: {ContentIssue}", issue.ToString());
        }
        foreach (var link in content.BrokenLinks)
        {
            logger.LogWarning("Link to a skipped page: {ContentIssue}", link.ToString());
        }
        foreach (var stale in snapshot.StaleFiles)
        {
            foreach (var problem in stale.Problems)
            {
                logger.LogWarning("Content problem, last good version served since {Since:u}: {ContentIssue}", stale.Since, problem.ToString());
            }
        }
        logger.LogInformation(
            "Content {What} from {ContentPath} (version {Version}): {Practitioners} practitioners, {Offers} offers, {InfoPages} information pages; problems: {Problems}, served from their last good version: {Stale}; read in {LoadMs:0} ms, indexed in {IndexMs:0} ms ({IndexFrom:l})",
            what, directory, snapshot.Version, content.Practitioners.Count, content.Offers.Count, content.InfoPages.Count,
            content.Issues.Count, snapshot.StaleFiles.Count, report.Load.TotalMilliseconds, report.Index.TotalMilliseconds,
            snapshot.Index.OpenedFromStore ? "opened from the stored index" : "written");
    }
}
