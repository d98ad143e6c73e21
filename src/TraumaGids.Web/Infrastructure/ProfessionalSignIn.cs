using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using TraumaGids.DevIdentity;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// Professional sign-in: OpenID Connect authorization code flow with PKCE as a confidential client,
/// then a <c>__Host-</c> session cookie (Secure, HttpOnly, SameSite=Lax) with an idle and an absolute
/// limit. The screening policy requires a configurable role or group value.
/// </summary>
public static class ProfessionalSignIn
{
    public const string CookieScheme = "TraumaGids";
    public const string OidcScheme = OpenIdConnectDefaults.AuthenticationScheme;
    public const string ScreeningPolicy = "Screening";
    /// <summary>Updating profiles: a practitioner (their own) or an editor (any).</summary>
    public const string ProfilesPolicy = "Profielen";
    /// <summary>The editor overview: editors only.</summary>
    public const string EditorPolicy = "Redactie";
    public const string CookieName = "__Host-TraumaGids";

    public static WebApplicationBuilder AddProfessionalSignIn(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(ProfessionalSignInOptions.Section);
        var options = section.Get<ProfessionalSignInOptions>() ?? new ProfessionalSignInOptions();
        builder.Services.AddOptions<ProfessionalSignInOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var devIdp = builder.Configuration.GetSection(DevIdentityProvider.SectionName).Get<DevelopmentIdentityProviderOptions>() ?? new();

        if (devIdp.Enabled && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"DevelopmentIdentityProvider:Enabled is true in {builder.Environment.EnvironmentName}. The development identity provider has public demo " +
                "passwords and may run only in Development: set DevelopmentIdentityProvider__Enabled=false and configure ProfessionalSignIn.");
        }
        if (options.IsConfigured && (string.IsNullOrWhiteSpace(options.ClientId) || string.IsNullOrWhiteSpace(options.ClientSecret)))
        {
            throw new InvalidOperationException("ProfessionalSignIn:Authority is set, so ProfessionalSignIn:ClientId and ProfessionalSignIn:ClientSecret are required too.");
        }

        var authentication = builder.Services.AddAuthentication(o =>
        {
            o.DefaultScheme = CookieScheme;
            o.DefaultChallengeScheme = options.IsConfigured ? OidcScheme : CookieScheme;
        });
        authentication.AddCookie(CookieScheme, o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.Path = "/";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(options.IdleTimeoutMinutes);
            o.SlidingExpiration = true;
            o.AccessDeniedPath = "/geen-toegang";
            o.LoginPath = "/inloggen";
            // Sign-in time, session id, absolute limit, revocation on sign-out: SessionCookieEvents.
            o.EventsType = typeof(SessionCookieEvents);
        });
        // The cookie handler measures idle time on the same clock as the absolute limit (testable with a fake clock).
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieScheme).Configure<TimeProvider>((o, time) => o.TimeProvider = time);
        builder.Services.AddSingleton<SessionCookieEvents>();
        // Revoked sessions live where the data-protection keys live, so every replica sees a sign-out.
        var keys = builder.Configuration["DataProtection:KeysPath"];
        builder.Services.AddSingleton<ISessionRevocations>(services => string.IsNullOrWhiteSpace(keys)
            ? new MemorySessionRevocations(services.GetRequiredService<TimeProvider>())
            : ActivatorUtilities.CreateInstance<DirectorySessionRevocations>(services, Path.Combine(keys, "revoked-sessions")));

        if (options.IsConfigured)
        {
            authentication.AddOpenIdConnect(OidcScheme, o =>
            {
                o.Authority = options.Authority;
                o.ClientId = options.ClientId;
                o.ClientSecret = options.ClientSecret;
                o.ResponseType = OpenIdConnectResponseType.Code;
                o.ResponseMode = OpenIdConnectResponseMode.Query;
                o.UsePkce = true;
                o.Scope.Clear();
                foreach (var scope in options.Scopes.DefaultIfEmpty("openid").Append("openid").Distinct(StringComparer.Ordinal))
                {
                    o.Scope.Add(scope);
                }
                o.MapInboundClaims = false;
                o.SaveTokens = true;
                o.GetClaimsFromUserInfoEndpoint = options.GetClaimsFromUserInfoEndpoint;
                o.RequireHttpsMetadata = !devIdp.Enabled;
                o.TokenValidationParameters.NameClaimType = "name";
                o.TokenValidationParameters.RoleClaimType = options.RoleClaim;
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.Always;
                o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SecurePolicy = CookieSecurePolicy.Always;
                o.Events = new OpenIdConnectEvents
                {
                    OnTokenValidated = context =>
                    {
                        Logger(context.HttpContext).LogInformation("Professional signed in: {Subject}", context.Principal?.FindFirst("sub")?.Value);
                        return Task.CompletedTask;
                    },
                    OnRemoteFailure = context =>
                    {
                        Logger(context.HttpContext).LogWarning("Professional sign-in failed: {Reason}", context.Failure?.GetType().Name);
                        context.Response.Redirect("/inloggen?mislukt=true");
                        context.HandleResponse();
                        return Task.CompletedTask;
                    },
                };
            });
        }

        if (devIdp.Enabled && options.IsConfigured)
        {
            builder.Services.AddDevelopmentIdentityProvider(new DevIdentitySettings(
                new Uri(options.Authority!), options.ClientId!, options.ClientSecret!, options.RoleClaim, options.ScreeningRole)
            {
                PractitionerRole = options.PractitionerRole,
                EditorRole = options.EditorRole,
            });
        }

        builder.Services.AddAuthorizationBuilder().AddPolicy(ScreeningPolicy, policy => policy
            .RequireAuthenticatedUser()
            .RequireClaim(options.RoleClaim, options.ScreeningRole))
            .AddPolicy(ProfilesPolicy, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(options.RoleClaim, options.PractitionerRole, options.EditorRole))
            .AddPolicy(EditorPolicy, policy => policy
                .RequireAuthenticatedUser()
                .RequireClaim(options.RoleClaim, options.EditorRole));
        return builder;
    }

    /// <summary>The quick exit for signed-in professionals: ends the session here, then leaves for the neutral site.</summary>
    public const string QuickExitPath = "/snel-weg";

    public static WebApplication MapProfessionalSignIn(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(QuickExitPath, async (HttpContext context, Microsoft.Extensions.Options.IOptions<SiteOptions> site) =>
        {
            await context.SignOutAsync(CookieScheme);
            context.Response.Headers.CacheControl = "no-store";
            return Results.Redirect(site.Value.QuickExitUrl);
        });
        if (app.Configuration.GetSection(DevIdentityProvider.SectionName).Get<DevelopmentIdentityProviderOptions>()?.Enabled == true &&
            app.Configuration.GetSection(ProfessionalSignInOptions.Section).Get<ProfessionalSignInOptions>()?.IsConfigured == true)
        {
            app.MapDevelopmentIdentityProvider();
        }
        return app;
    }

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProfessionalSignIn));
}
