using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// The professional session's life on the server: each sign-in gets a random session id (a claim in the
/// protected cookie) and its sign-in time; every request checks the absolute limit and the revocation
/// list; sign-out (and the quick exit) puts the session on that list, so a copied cookie is refused
/// everywhere from then on. The idle limit is the cookie's own sliding expiry.
/// </summary>
public sealed class SessionCookieEvents(
    TimeProvider time,
    IOptions<ProfessionalSignInOptions> options,
    ISessionRevocations revocations,
    ILogger<SessionCookieEvents> logger) : CookieAuthenticationEvents
{
    public const string SessionClaim = "traumagids_session";
    private const string SignedInAtKey = "traumagids.signed_in_at";

    private TimeSpan Absolute => TimeSpan.FromHours(options.Value.AbsoluteTimeoutHours);

    public override Task SigningIn(CookieSigningInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Properties.Items[SignedInAtKey] = time.GetUtcNow().ToString("o", CultureInfo.InvariantCulture);
        if (context.Principal?.Identity is ClaimsIdentity identity && !identity.HasClaim(c => c.Type == SessionClaim))
        {
            identity.AddClaim(new Claim(SessionClaim, Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));
        }
        return Task.CompletedTask;
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var expired = !context.Properties.Items.TryGetValue(SignedInAtKey, out var value) ||
            !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt) ||
            time.GetUtcNow() - signedInAt > Absolute;
        // A cookie without a session id (issued before sessions could be revoked) cannot be revoked: refused too.
        var revoked = !expired && (context.Principal?.FindFirst(SessionClaim)?.Value is not { } session ||
            await revocations.IsRevokedAsync(session, context.HttpContext.RequestAborted));
        if (expired || revoked)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(ProfessionalSignIn.CookieScheme);
        }
    }

    public override async Task SigningOut(CookieSigningOutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.HttpContext.User;
        if (user.FindFirst(SessionClaim)?.Value is { } session)
        {
            // The cookie cannot outlive the absolute limit from now on: the entry may go after that.
            await revocations.RevokeAsync(session, time.GetUtcNow() + Absolute, context.HttpContext.RequestAborted);
            logger.LogInformation("Professional signed out: {Subject}", user.FindFirst("sub")?.Value);
        }
    }

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        logger.LogWarning("Access denied to {Path} for {Subject}: missing role or group",
            context.Request.Path.Value, context.HttpContext.User.FindFirst("sub")?.Value);
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
