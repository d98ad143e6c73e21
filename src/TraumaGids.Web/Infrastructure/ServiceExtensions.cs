using Microsoft.Extensions.Options;
using TraumaGids.Core.Content;
using TraumaGids.Core.Search;
using Serilog;

namespace TraumaGids.Web.Infrastructure;

/// <summary>The building blocks Program.cs lists, one method each.</summary>
public static class ServiceExtensions
{
    /// <summary>Serilog to the console, configured from the <c>Serilog</c> section.</summary>
    public static WebApplicationBuilder AddStructuredLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            // Whatever the configuration says: ASP.NET Core's own request lines contain the full URL with
            // the query string (search words), so they never go below Warning. Our request log names the path only.
            .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.AspNetCore.HttpLogging", Serilog.Events.LogEventLevel.Warning)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Async(sink => sink.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture)),
            // Each host owns its logger (several hosts run side by side in the tests); nothing goes through the static Log.
            preserveStaticLogger: true);
        return builder;
    }

    public static WebApplicationBuilder AddSiteOptions(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteOptions>()
            .BindConfiguration(SiteOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>
    /// Loads the content directory and builds the search index at start-up, then keeps both current while
    /// the site runs (<see cref="ContentWatching"/>).
    /// </summary>
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => Directory.Exists(o.FullPath(contentRoot)),
                $"Content:Path does not point to an existing directory (relative paths start at {contentRoot})")
            .ValidateOnStart();
        builder.Services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.Section)
            .Validate<IOptions<ContentOptions>>((o, content) => !IsInside(o.IndexCacheFullPath(contentRoot), content.Value.FullPath(contentRoot)),
                "Search:IndexCache must lie outside the content directory (the content is watched and published)")
            .ValidateOnStart();
        builder.Services.AddHttpContextAccessor();
        // The load starts now, while the rest of the host is built; the store takes it if it is of the same directory and clock.
        if (ContentHeadStart.Begin(builder) is { } headStart)
        {
            // Registered by factory: the store resolves it at start-up, and the container disposes it with the site (dropping a load nobody took).
            builder.Services.AddSingleton(_ => headStart);
        }
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<ContentOptions>>().Value;
            var directory = options.FullPath(contentRoot);
            var store = services.GetRequiredService<IOptions<SearchOptions>>().Value.IndexCacheFullPath(contentRoot);
            var time = services.GetRequiredService<TimeProvider>();
            var live = services.GetService<ContentHeadStart>()?.Take(directory, time, store) ??
                LiveContent.Load(directory, time, store: store is null ? null : new IndexStore(store), laterWithin: ContentStore.StartUpLaterWithin);
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<ContentStore>();
            // What the store did at start-up is logged now; what it does after the first answer (storing the index) as it happens.
            live.Store?.OnNote(note => logger.Log(note.Warning ? LogLevel.Warning : LogLevel.Information, "Stored search index: {IndexStoreNote:l}", note.Message));
            ContentLog.Write(logger, live.LastLoad!, directory, "loaded");
            return new ContentStore(live, services.GetRequiredService<IHttpContextAccessor>(), services.GetRequiredService<TimeProvider>());
        });
        builder.Services.AddSingleton<IContentReloader>(services => services.GetRequiredService<ContentStore>());
        // Build the store during start-up, not on the first request, so problems are logged at once.
        builder.Services.AddHostedService<ContentWarmup>();
        builder.Services.AddHostedService<ContentWatching>();
        return builder;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="directory"/> or lies inside it (false for no path).</summary>
    internal static bool IsInside(string? path, string directory)
    {
        if (path is null)
        {
            return false;
        }
        var relative = Path.GetRelativePath(directory, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }

    public static WebApplicationBuilder AddWebUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
        {
            // Everything under /screening needs a signed-in professional with the screening role.
            options.Conventions.AuthorizeFolder("/Screening", ProfessionalSignIn.ScreeningPolicy);
            // Pages with a sign-in or a form cookie: HTTPS only outside Development (HttpsRequirementMiddleware).
            options.Conventions.AddFolderApplicationModelConvention("/Screening", page => page.EndpointMetadata.Add(HttpsRequiredMetadata.Instance));
            options.Conventions.AddPageApplicationModelConvention("/Account/Uitloggen", page => page.EndpointMetadata.Add(HttpsRequiredMetadata.Instance));
            // Practitioners update their own profiles; editors any profile, and see the overview.
            options.Conventions.AuthorizeFolder("/Bijwerken", ProfessionalSignIn.ProfilesPolicy);
            options.Conventions.AddFolderApplicationModelConvention("/Bijwerken", page => page.EndpointMetadata.Add(HttpsRequiredMetadata.Instance));
            options.Conventions.AuthorizeFolder("/Beheer", ProfessionalSignIn.EditorPolicy);
            options.Conventions.AddFolderApplicationModelConvention("/Beheer", page => page.EndpointMetadata.Add(HttpsRequiredMetadata.Instance));
        });
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddAntiforgery(options =>
        {
            // Only forms that need it get a token: the public pages have no POST form and so no cookie.
            // Antiforgery refuses to issue a Secure-only cookie over plain http, which the local run
            // (http://localhost) uses; everywhere else it is __Host- prefixed and Secure.
            options.Cookie.Name = development ? "TraumaGids-Antiforgery" : "__Host-TraumaGids-Antiforgery";
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        builder.Services.AddHealthChecks().AddCheck<ContentHealthCheck>("content").AddCheck<SiteFilesHealthCheck>("site-files")
            .AddCheck<IdentityProviderHealthCheck>("identity-provider");
        builder.Services.Configure<RouteOptions>(o =>
        {
            o.LowercaseUrls = true;
            o.AppendTrailingSlash = false;
        });
        return builder;
    }

    private sealed class ContentWarmup(ContentStore store) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            // Loads the content (LiveContent.Load), which goes on after the first answer with what that does
            // not need: did-you-mean, autocomplete, the index parts and giving back the memory building took.
            GC.KeepAlive(store);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
