using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// Healthy when content is loaded; degraded when files were skipped; unhealthy when no practitioner is
/// left (a directory without practitioners is what a broken <c>vocabulaires.yml</c> leaves).
/// </summary>
internal sealed class ContentHealthCheck(ContentStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var content = store.Content;
        var data = new Dictionary<string, object>
        {
            ["practitioners"] = content.Practitioners.Count,
            ["offers"] = content.Offers.Count,
            ["infoPages"] = content.InfoPages.Count,
            ["problems"] = content.Issues.Count,
        };
        var result = content.Practitioners.Count == 0
            ? HealthCheckResult.Unhealthy($"No practitioners loaded; {content.Issues.Count} content problems, the first is the cause to fix first", data: data)
            : content.Issues.Count > 0
                ? HealthCheckResult.Degraded($"{content.Issues.Count} content problems; see the start-up log", data: data)
                : HealthCheckResult.Healthy("Content loaded", data);
        return Task.FromResult(result);
    }
}
