using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// Healthy when content is loaded; degraded when files were skipped or are served from their last good
/// version after a broken edit; unhealthy when no practitioner is left (a directory without
/// practitioners is what a broken <c>vocabulaires.yml</c> leaves at start-up).
/// </summary>
internal sealed class ContentHealthCheck(ContentStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = store.Snapshot;
        var content = snapshot.Content;
        var stale = snapshot.StaleFiles;
        var data = new Dictionary<string, object>
        {
            ["practitioners"] = content.Practitioners.Count,
            ["offers"] = content.Offers.Count,
            ["infoPages"] = content.InfoPages.Count,
            ["problems"] = content.Issues.Count,
            ["staleFiles"] = stale.Count,
            ["version"] = snapshot.Version,
            ["loadedAt"] = snapshot.LoadedAt,
        };
        var result = content.Practitioners.Count == 0
            ? HealthCheckResult.Unhealthy($"No practitioners loaded; {Problems(content.Issues.Count)}, the first is the cause to fix first", data: data)
            : content.Issues.Count > 0 || stale.Count > 0
                ? HealthCheckResult.Degraded(
                    string.Join("; ", new[]
                    {
                        content.Issues.Count > 0 ? $"{Problems(content.Issues.Count)}, those files are skipped" : null,
                        stale.Count > 0 ? $"{Files(stale.Count)} served from the last good version: " + string.Join(" | ", stale.SelectMany(s => s.Problems)) : null,
                    }.OfType<string>()) + "; see the log", data: data)
                : HealthCheckResult.Healthy("Content loaded", data);
        return Task.FromResult(result);
    }

    private static string Problems(int count) => count == 1 ? "1 content problem" : $"{count} content problems";

    private static string Files(int count) => count == 1 ? "1 file" : $"{count} files";
}
