using System.Globalization;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// When the identity provider (Entra ID, Keycloak) does not answer, sign-in and sign-out cannot start:
/// the OpenID Connect handler throws while fetching the provider's configuration (IDX20803). Instead of
/// a 500, professionals get a Dutch 503 page with <c>Retry-After</c>; public pages never ask the
/// provider anything and are not affected. <c>/health</c> reports it too (<see cref="IdentityProviderHealthCheck"/>).
/// </summary>
internal sealed class IdentityProviderOutageMiddleware(RequestDelegate next, ILogger<IdentityProviderOutageMiddleware> logger)
{
    public const int RetryAfterSeconds = 120;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (InvalidOperationException exception) when (IsOutage(exception) && !context.Response.HasStarted)
        {
            // The type and the provider's address are enough to act on; no stack trace, no request details.
            logger.LogWarning("Identity provider unreachable: {Reason} ({Inner})", exception.Message.Split('.')[0], exception.InnerException?.GetType().Name);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            ErrorReason.SignInUnavailable.SetOn(context);
        }
    }

    /// <summary>"IDX20803: Unable to obtain configuration from …": Microsoft.IdentityModel's configuration manager.</summary>
    private static bool IsOutage(InvalidOperationException exception) =>
        exception.Message.StartsWith("IDX20803", StringComparison.Ordinal);
}
