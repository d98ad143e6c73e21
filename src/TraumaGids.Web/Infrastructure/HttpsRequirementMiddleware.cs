using Microsoft.AspNetCore.Diagnostics;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// Outside Development, forms and sign-in work over HTTPS only: their cookies are Secure and
/// <c>__Host-</c> prefixed, and antiforgery refuses to issue them over plain HTTP (that was a 500 on the
/// README's <c>docker run -p 8080:8080</c> without a TLS proxy). Over plain HTTP such a request gets a
/// Dutch 400 page that asks for https; reading pages and the quick exit keep working. HTTPS here
/// includes requests a trusted TLS proxy forwarded as HTTPS (<c>ForwardedHeaders</c>).
/// </summary>
internal sealed class HttpsRequirementMiddleware(RequestDelegate next, ILogger<HttpsRequirementMiddleware> logger)
{
    private int _warned;

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.IsHttps || !NeedsHttps(context) ||
            context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return next(context);
        }
        if (Interlocked.Exchange(ref _warned, 1) == 0)
        {
            logger.LogWarning(
                "A form or sign-in request came over plain HTTP and was refused: outside Development the site must be served over HTTPS " +
                "(terminate TLS in a proxy and name it in ForwardedHeaders:KnownProxies or KnownNetworks). Said once.");
        }
        ErrorReason.HttpsRequired.SetOn(context);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Task.CompletedTask;
    }

    /// <summary>
    /// A form post, a page marked <see cref="HttpsRequiredMetadata"/>, or a request that carries a
    /// <c>__Host-</c> cookie (a signed-in professional's pages carry the sign-out form).
    /// </summary>
    private static bool NeedsHttps(HttpContext context) =>
        !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) ||
        context.GetEndpoint()?.Metadata.GetMetadata<HttpsRequiredMetadata>() is not null ||
        context.Request.Cookies.Keys.Any(name => name.StartsWith("__Host-", StringComparison.Ordinal));
}
