using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// Security headers on every response. Scripts run only from this site and with the response's nonce;
/// there is no inline script or style, so the policy needs no 'unsafe-inline' and no other host.
/// HSTS is sent on HTTPS requests, including requests a trusted TLS proxy forwarded as HTTPS.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<ProfessionalSignInOptions> signIn)
{
    public const string NonceKey = "traumagids.csp-nonce";

    /// <summary>Forms may post to this site, and sign-out may continue at the identity provider.</summary>
    private readonly string _formAction = FormAction(signIn.Value);

    public static string Nonce(HttpContext context) => (string)context.Items[NonceKey]!;

    private static string FormAction(ProfessionalSignInOptions options) =>
        options.IsConfigured && Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority)
            ? $"'self' {authority.GetLeftPart(UriPartial.Authority)}"
            : "'self'";

    public Task InvokeAsync(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy =
                $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self'; img-src 'self'; font-src 'self'; " +
                $"connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action {_formAction}";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";
            headers["Cross-Origin-Resource-Policy"] = "same-origin";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.XFrameOptions = "DENY";
            if (context.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
