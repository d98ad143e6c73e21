using System.Security.Claims;
using Microsoft.Extensions.Options;
using TraumaGids.Core.Content;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Pages.Bijwerken;

/// <summary>Who may update which profile: an editor any, a practitioner those whose <c>beheerders</c> name them.</summary>
public sealed class ProfileAccess(IOptions<ProfessionalSignInOptions> options)
{
    public bool IsEditor(ClaimsPrincipal user) => user?.HasClaim(options.Value.RoleClaim, options.Value.EditorRole) == true;

    public bool MayUpdate(ClaimsPrincipal user, Practitioner practitioner)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(practitioner);
        return IsEditor(user) ||
            (user.HasClaim(options.Value.RoleClaim, options.Value.PractitionerRole) && practitioner.IsManagedBy(Subject(user), VerifiedEmail(user)));
    }

    /// <summary>The provider's subject id: what the audit records, never a name or an address.</summary>
    public static string Subject(ClaimsPrincipal user) => user?.FindFirst("sub")?.Value ?? "onbekend";

    /// <summary>The e-mail claim, unless the provider says it is not verified.</summary>
    private static string? VerifiedEmail(ClaimsPrincipal user) =>
        string.Equals(user.FindFirst("email_verified")?.Value, "false", StringComparison.OrdinalIgnoreCase) ? null : user.FindFirst("email")?.Value;
}
