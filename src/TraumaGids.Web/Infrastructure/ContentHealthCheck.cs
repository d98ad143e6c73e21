using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TraumaGids.Web.Infrastructure;

/// <summary>Healthy when content is loaded; degraded when files were skipped; unhealthy when nothing loaded.</summary>
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
        var result = content.Practitioners.Count == 0 && content.InfoPages.Count == 0
            ? HealthCheckResult.Unhealthy("No content loaded", data: data)
            : content.Issues.Count > 0
                ? HealthCheckResult.Degraded($"{content.Issues.Count} content problems; see the start-up log", data: data)
                : HealthCheckResult.Healthy("Content loaded", data);
        return Task.FromResult(result);
    }
}
