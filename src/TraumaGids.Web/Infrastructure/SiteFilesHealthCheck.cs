using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// Unhealthy when the web root lacks the files every page links (<see cref="AssetUrl.LayoutFiles"/>).
/// That happens when the build folder is started outside Development: the site then still answers
/// its style sheet and script with an empty 200, and every page looks broken. The published app (as
/// the Dockerfile runs it) has them; <c>dotnet run</c> in Development finds them in the project.
/// </summary>
internal sealed class SiteFilesHealthCheck(IWebHostEnvironment environment) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var missing = Missing(environment);
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy("The site's own files are in the web root")
            : HealthCheckResult.Unhealthy(Describe(environment, missing)));
    }

    /// <summary>The files every page links that the web root does not have.</summary>
    public static IReadOnlyList<string> Missing(IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return [.. AssetUrl.LayoutFiles.Where(file => !environment.WebRootFileProvider.GetFileInfo(file).Exists)];
    }

    public static string Describe(IWebHostEnvironment environment, IReadOnlyList<string> missing)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return $"The web root ({environment.WebRootPath ?? "none"}) lacks {string.Join(", ", missing)}: pages would load without " +
            "their style sheet and script. Start the published app (dotnet publish), or use the Development environment to run from the project.";
    }
}
