using System.ComponentModel.DataAnnotations;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// Sign-in for professionals (section <c>ProfessionalSignIn</c>): any standard OpenID Connect provider,
/// by configuration only. Empty <see cref="Authority"/> means sign-in is not set up: the public site
/// runs, the screening is unavailable.
/// </summary>
public sealed class ProfessionalSignInOptions
{
    public const string Section = "ProfessionalSignIn";

    /// <summary>The provider's issuer, e.g. https://login.microsoftonline.com/{tenant}/v2.0.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public IList<string> Scopes { get; } = [];

    /// <summary>The claim that carries roles or groups, e.g. <c>roles</c> (Entra ID) or <c>groups</c>.</summary>
    [Required]
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The value of <see cref="RoleClaim"/> that gives access to the screening.</summary>
    [Required]
    public string ScreeningRole { get; set; } = "traumascreening";

    /// <summary>The value of <see cref="RoleClaim"/> of a practitioner who keeps their own profiles current (<c>beheerders</c>).</summary>
    [Required]
    public string PractitionerRole { get; set; } = "behandelaar";

    /// <summary>The value of <see cref="RoleClaim"/> of an editor (the expert group's coordinator): every profile and <c>/beheer</c>.</summary>
    [Required]
    public string EditorRole { get; set; } = "redacteur";

    /// <summary>Whom to ask for access, shown on the 403 page, e.g. "de functioneel beheerder van Veilig Thuis".</summary>
    [Required]
    public string AccessContact { get; set; } = "de functioneel beheerder van Veilig Thuis Gooi en Vechtstreek";

    /// <summary>Some providers (Keycloak with groups) put roles only in the userinfo response.</summary>
    public bool GetClaimsFromUserInfoEndpoint { get; set; }

    [Range(1, 24 * 60)]
    public int IdleTimeoutMinutes { get; set; } = 30;

    [Range(1, 24)]
    public int AbsoluteTimeoutHours { get; set; } = 8;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);
}

/// <summary>Section <c>DevelopmentIdentityProvider</c>: the in-process provider for local runs and tests.</summary>
public sealed class DevelopmentIdentityProviderOptions
{
    public bool Enabled { get; set; }
}
