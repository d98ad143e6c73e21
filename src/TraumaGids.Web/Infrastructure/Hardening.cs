using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;

namespace TraumaGids.Web.Infrastructure;

/// <summary>Section <c>RateLimits</c>: requests per client per minute; 429 with a Dutch page above it.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;
    public int SearchPerMinute { get; set; } = 120;
    public int SuggestionsPerMinute { get; set; } = 600;
    public int ScreeningPerMinute { get; set; } = 30;
    public int ProfilesPerMinute { get; set; } = 30;
    /// <summary>The open-data API (<c>/api/hsds/</c>): an importer pages through the directory at 200 items a request.</summary>
    public int OpenDataPerMinute { get; set; } = 120;
}

/// <summary>
/// Limits, proxies and shared keys: everything that protects the site as a whole, registered once.
/// </summary>
public static class Hardening
{
    public const string SearchPolicy = "zoeken";
    public const string SuggestionsPolicy = "suggesties";
    public const string ScreeningPolicy = "screening";
    public const string ProfilesPolicy = "profielen";
    public const string OpenDataPolicy = "open-data";

    /// <summary>Nothing on this site uploads anything: a screening form is a few hundred bytes.</summary>
    public const long MaxRequestBodyBytes = 64 * 1024;

    public static WebApplicationBuilder AddHardening(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        RequireAllowedHosts(builder);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.ValueCountLimit = 200;
            form.ValueLengthLimit = 4 * 1024;
            form.KeyLengthLimit = 200;
            form.MultipartBodyLengthLimit = MaxRequestBodyBytes;
        });

        // Behind a TLS proxy (a load balancer, an ingress): trust X-Forwarded-For/-Proto from the proxies
        // named in configuration, so client addresses (rate limits) and HTTPS (HSTS, Secure cookies) are right.
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var network in builder.Configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
            foreach (var proxy in builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });

        // Replicas share the keys that protect sign-in cookies and antiforgery tokens: a directory all of
        // them mount (or Redis, see the README). Without it each instance keeps its own keys.
        var dataProtection = builder.Services.AddDataProtection().SetApplicationName("TraumaGids");
        var keys = builder.Configuration["DataProtection:KeysPath"];
        if (!string.IsNullOrWhiteSpace(keys))
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        }

        var limits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Say when to try again: the rest of the client's window, in whole seconds.
            options.OnRejected = (context, _) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter =
                    Math.Clamp((int)Math.Ceiling(wait.TotalSeconds), 1, 60).ToString(CultureInfo.InvariantCulture);
                // API clients get JSON they can read (also cross-origin) instead of the Dutch HTML page.
                return context.HttpContext.Request.Path.StartsWithSegments("/api")
                    ? new ValueTask(OpenData.OpenDataResponse.Problem(context.HttpContext, StatusCodes.Status429TooManyRequests,
                        "Te veel verzoeken", "Te veel verzoeken in korte tijd. Probeer het over een minuut opnieuw."))
                    : ValueTask.CompletedTask;
            };
            options.AddPolicy(SearchPolicy, context => PerClient(context, limits.Enabled, limits.SearchPerMinute));
            options.AddPolicy(SuggestionsPolicy, context => PerClient(context, limits.Enabled, limits.SuggestionsPerMinute));
            options.AddPolicy(ScreeningPolicy, context => PerClient(context, limits.Enabled, limits.ScreeningPerMinute));
            options.AddPolicy(ProfilesPolicy, context => PerClient(context, limits.Enabled, limits.ProfilesPerMinute));
            options.AddPolicy(OpenDataPolicy, context => PerClient(context, limits.Enabled, limits.OpenDataPerMinute));
        });
        return builder;
    }

    /// <summary>
    /// Host filtering (<c>AllowedHosts</c>, built into ASP.NET Core) answers 400 to any other Host header, so
    /// no redirect (sign-in, the OpenID Connect redirect URI) is ever built from a forged one. Outside
    /// Development the setting must name the site's host names: <c>*</c> or nothing fails the start.
    /// </summary>
    private static void RequireAllowedHosts(WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment())
        {
            return;
        }
        var hosts = (builder.Configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (hosts.Length == 0 || hosts.Contains("*", StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"AllowedHosts is '{builder.Configuration["AllowedHosts"]}' in {builder.Environment.EnvironmentName}. Outside Development it must name the site's " +
                "host names, separated by ';' (for example AllowedHosts=traumagids.example.nl), so a forged Host header is refused " +
                "instead of ending up in redirects.");
        }
    }

    /// <summary>
    /// A fixed window per client: a signed-in professional by account (colleagues may share an office
    /// address), anyone else by address.
    /// </summary>
    private static RateLimitPartition<string> PerClient(HttpContext context, bool enabled, int perMinute)
    {
        if (!enabled)
        {
            return RateLimitPartition.GetNoLimiter("off");
        }
        var client = context.User.FindFirst("sub")?.Value is { } subject
            ? "user:" + subject
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
