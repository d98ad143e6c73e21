using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// Degraded while the identity provider's configuration cannot be fetched: the public site works, only
/// professional sign-in does not. Healthy when sign-in is not set up at all (nothing to reach).
/// </summary>
internal sealed class IdentityProviderHealthCheck(IOptions<ProfessionalSignInOptions> signIn, IOptionsMonitor<OpenIdConnectOptions> oidc) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!signIn.Value.IsConfigured)
        {
            return HealthCheckResult.Healthy("Professional sign-in is not set up");
        }
        var configuration = oidc.Get(ProfessionalSignIn.OidcScheme).ConfigurationManager;
        if (configuration is null)
        {
            return HealthCheckResult.Healthy("No provider configuration to fetch");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await configuration.GetConfigurationAsync(timeout.Token);
            return HealthCheckResult.Healthy("Identity provider reachable");
        }
        catch (Exception exception) when (exception is InvalidOperationException or OperationCanceledException or HttpRequestException)
        {
            return HealthCheckResult.Degraded("Identity provider unreachable: professionals cannot sign in");
        }
    }
}
