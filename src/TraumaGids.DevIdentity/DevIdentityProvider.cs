using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace TraumaGids.DevIdentity;

/// <summary>What the development provider needs to know about the one client it serves: TraumaGids itself.</summary>
/// <param name="Issuer">The provider's issuer: the site's own base address, e.g. http://localhost:5150/.</param>
public sealed record DevIdentitySettings(Uri Issuer, string ClientId, string ClientSecret, string RoleClaim, string ScreeningRole)
{
    public string PractitionerRole { get; init; } = "behandelaar";
    public string EditorRole { get; init; } = "redacteur";
}

/// <summary>A demo account. The passwords are public (README): this provider is for local runs and tests only.</summary>
public sealed record DemoAccount(string UserName, string Password, string Name, IReadOnlyList<string> Roles)
{
    /// <summary>Sent as the (verified) <c>email</c> claim; profiles name their managers by e-mail or by user name (the subject).</summary>
    public string? Email { get; init; }
}

/// <summary>
/// A real OpenID Connect provider (OpenIddict: authorization code flow with PKCE, a confidential client,
/// signed ID tokens) inside the site, under <c>/dev-idp</c>, so the site runs and is tested with no
/// external provider. Keys are ephemeral and the store is in memory: a restart forgets everything.
/// </summary>
public static class DevIdentityProvider
{
    public const string SectionName = "DevelopmentIdentityProvider";
    public const string CookieScheme = "TraumaGids.DevIdp";
    public const string PathPrefix = "/dev-idp";
    public const string AuthorizePath = PathPrefix + "/connect/authorize";
    public const string LoginPath = PathPrefix + "/inloggen";

    public static IReadOnlyList<DemoAccount> Accounts(DevIdentitySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return
        [
            new DemoAccount("triage", "triage-demo", "Sam Triage (demo, met screeningsrol)", [settings.ScreeningRole]),
            new DemoAccount("collega", "collega-demo", "Kim Collega (demo, zonder screeningsrol)", []),
            // Listed in content/behandelaars: anna-de-vries.md by e-mail, noor-hendriks.md by user name.
            new DemoAccount("behandelaar", "behandelaar-demo", "Anna de Vries (demo, behandelaar)", [settings.PractitionerRole]) { Email = "anna.devries@example.org" },
            new DemoAccount("redacteur", "redacteur-demo", "Robin Redacteur (demo, coördinator expertgroep)", [settings.EditorRole]) { Email = "redactie@example.org" },
        ];
    }

    public static IServiceCollection AddDevelopmentIdentityProvider(this IServiceCollection services, DevIdentitySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        var database = "traumagids-dev-idp-" + Guid.NewGuid().ToString("N");
        services.AddDbContext<DevIdentityDbContext>(options =>
        {
            options.UseInMemoryDatabase(database);
            options.UseOpenIddict();
        });
        services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<DevIdentityDbContext>())
            .AddServer(options =>
            {
                options.SetIssuer(settings.Issuer);
                options.SetAuthorizationEndpointUris(AuthorizePath.TrimStart('/'))
                    .SetTokenEndpointUris(PathPrefix.TrimStart('/') + "/connect/token")
                    .SetEndSessionEndpointUris(PathPrefix.TrimStart('/') + "/connect/logout");
                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                options.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles);
                options.RegisterClaims(Claims.Name, Claims.Email, Claims.EmailVerified, settings.RoleClaim);
                options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                options.DisableAccessTokenEncryption();
                options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });
        services.AddAuthentication().AddCookie(CookieScheme, options =>
        {
            options.Cookie.Name = "__Host-TraumaGids-DevIdp";
            options.Cookie.Path = "/";
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.HttpOnly = true;
            options.LoginPath = LoginPath;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
        });
        services.AddHostedService<ClientRegistration>();
        return services;
    }

    public static IEndpointRouteBuilder MapDevelopmentIdentityProvider(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(LoginPath, (HttpContext context, IAntiforgery antiforgery, DevIdentitySettings settings, string? returnUrl) =>
            LoginPage(context, antiforgery, settings, returnUrl, error: null));
        app.MapPost(LoginPath, SignInAsync).DisableAntiforgery();
        app.MapMethods(AuthorizePath, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync);
        app.MapMethods(PathPrefix + "/connect/logout", [HttpMethods.Get, HttpMethods.Post], (Func<HttpContext, Task<IResult>>)EndSessionAsync);
        return app;
    }

    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, DevIdentitySettings settings)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.BadRequest();
        }
        var form = await context.Request.ReadFormAsync();
        var returnUrl = form["ReturnUrl"].ToString();
        var account = Accounts(settings).FirstOrDefault(a => a.UserName == form["gebruikersnaam"].ToString().Trim() && a.Password == form["wachtwoord"].ToString());
        if (account is null)
        {
            return LoginPage(context, antiforgery, settings, returnUrl, "Gebruikersnaam of wachtwoord klopt niet.");
        }
        var identity = new ClaimsIdentity(CookieScheme, Claims.Name, settings.RoleClaim);
        identity.AddClaim(new Claim(Claims.Subject, account.UserName));
        identity.AddClaim(new Claim(Claims.Name, account.Name));
        if (account.Email is not null)
        {
            identity.AddClaim(new Claim(Claims.Email, account.Email));
        }
        foreach (var role in account.Roles)
        {
            identity.AddClaim(new Claim(settings.RoleClaim, role));
        }
        await context.SignInAsync(CookieScheme, new ClaimsPrincipal(identity));
        // Only back into the authorization flow: never an open redirect.
        return Results.LocalRedirect(returnUrl.StartsWith(AuthorizePath + "?", StringComparison.Ordinal) ? returnUrl : "/");
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context, DevIdentitySettings settings)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var login = await context.AuthenticateAsync(CookieScheme);
        if (!login.Succeeded || request.HasPromptValue(PromptValues.Login))
        {
            var parameters = context.Request.HasFormContentType
                ? (await context.Request.ReadFormAsync()).Where(p => p.Key != Parameters.Prompt)
                : context.Request.Query.Where(p => p.Key != Parameters.Prompt);
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = AuthorizePath + QueryString.Create(parameters) },
                [CookieScheme]);
        }

        var user = login.Principal!;
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, settings.RoleClaim);
        identity.SetClaim(Claims.Subject, user.FindFirst(Claims.Subject)!.Value);
        identity.SetClaim(Claims.Name, user.FindFirst(Claims.Name)!.Value);
        if (user.FindFirst(Claims.Email)?.Value is { } email)
        {
            identity.SetClaim(Claims.Email, email);
            identity.SetClaim(Claims.EmailVerified, true);
        }
        foreach (var role in user.FindAll(settings.RoleClaim))
        {
            identity.AddClaim(new Claim(settings.RoleClaim, role.Value));
        }
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieScheme);
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static IResult LoginPage(HttpContext context, IAntiforgery antiforgery, DevIdentitySettings settings, string? returnUrl, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        static string E(string? value) => WebUtility.HtmlEncode(value ?? "");
        var accounts = string.Concat(Accounts(settings).Select(a =>
            $"<li><strong>{E(a.UserName)}</strong> / <code>{E(a.Password)}</code>: {E(a.Name)}</li>"));
        var html = $"""
            <!DOCTYPE html>
            <html lang="nl">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Inloggen (ontwikkelomgeving) - TraumaGids</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main id="inhoud" class="wrap main">
            <h1>Inloggen voor professionals</h1>
            <p class="notice">Dit is de <strong>ontwikkel-inlogdienst</strong> van TraumaGids, alleen voor testen. In productie log je in bij je eigen organisatie.</p>
            {(error is null ? "" : $"<p class=\"alert alert--stop\" role=\"alert\">{E(error)}</p>")}
            <form method="post" action="{LoginPath}">
              <input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken)}">
              <input type="hidden" name="ReturnUrl" value="{E(returnUrl)}">
              <div class="field"><label for="gebruikersnaam">Gebruikersnaam</label><input id="gebruikersnaam" name="gebruikersnaam" type="text" autocomplete="username" required></div>
              <div class="field"><label for="wachtwoord">Wachtwoord</label><input id="wachtwoord" name="wachtwoord" type="password" autocomplete="current-password" required></div>
              <button type="submit" class="button">Inloggen</button>
            </form>
            <h2>Demo-accounts</h2><ul>{accounts}</ul>
            </main></body></html>
            """;
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: error is null ? 200 : 401);
    }

    /// <summary>Registers TraumaGids as the provider's confidential client before the first request.</summary>
    private sealed class ClientRegistration(IServiceProvider services, DevIdentitySettings settings) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var scope = services.CreateAsyncScope();
            var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            if (await manager.FindByClientIdAsync(settings.ClientId, cancellationToken) is not null)
            {
                return;
            }
            await manager.CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = settings.ClientId,
                ClientSecret = settings.ClientSecret,
                ClientType = ClientTypes.Confidential,
                ConsentType = ConsentTypes.Implicit,
                DisplayName = "TraumaGids (ontwikkeling)",
                RedirectUris = { new Uri(settings.Issuer, "signin-oidc") },
                PostLogoutRedirectUris = { new Uri(settings.Issuer, "signout-callback-oidc") },
                Permissions =
                {
                    OpenIddictConstants.Permissions.Endpoints.Authorization,
                    OpenIddictConstants.Permissions.Endpoints.Token,
                    OpenIddictConstants.Permissions.Endpoints.EndSession,
                    OpenIddictConstants.Permissions.GrantTypes.AuthorizationCode,
                    OpenIddictConstants.Permissions.ResponseTypes.Code,
                    OpenIddictConstants.Permissions.Scopes.Profile,
                    OpenIddictConstants.Permissions.Scopes.Email,
                    OpenIddictConstants.Permissions.Scopes.Roles,
                },
                Requirements = { OpenIddictConstants.Requirements.Features.ProofKeyForCodeExchange },
            }, cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

/// <summary>The provider's in-memory store of clients, authorizations and tokens.</summary>
public sealed class DevIdentityDbContext(DbContextOptions<DevIdentityDbContext> options) : DbContext(options);
