using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TraumaGids.Web.Pages.Bijwerken;

namespace TraumaGids.Web.Infrastructure;

/// <summary>Practitioners keep their own profiles current: the file writer and its audit trail.</summary>
public static class ProfileUpdateExtensions
{
    public static WebApplicationBuilder AddProfileUpdates(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddOptions<ProfileUpdateOptions>()
            .BindConfiguration(ProfileUpdateOptions.Section)
            .ValidateDataAnnotations()
            .Validate<IOptions<ContentOptions>>((o, content) => !IsInside(o.AuditFullPath(contentRoot), ContentDirectory(contentRoot, content.Value)),
                "ProfileUpdates:AuditPath must lie outside the content directory (the audit names who changed what; content is published)")
            .ValidateOnStart();
        builder.Services.AddSingleton<ProfileAccess>();
        // The editor overview's problem list; the live-content store may register its own first.
        builder.Services.AddSingleton<IContentProblems, LiveContentProblems>();
        builder.Services.AddSingleton(services => new AuditTrail(
            services.GetRequiredService<IOptions<ProfileUpdateOptions>>().Value.AuditFullPath(contentRoot)));
        builder.Services.AddSingleton(services => new ProfileFiles(
            ContentDirectory(contentRoot, services.GetRequiredService<IOptions<ContentOptions>>().Value),
            services.GetRequiredService<ContentStore>(),
            services.GetRequiredService<AuditTrail>(),
            services.GetRequiredService<ILogger<ProfileFiles>>()));
        return builder;
    }

    /// <summary>The content directory as <see cref="ServiceExtensions.AddContent"/> resolves it.</summary>
    private static string ContentDirectory(string contentRoot, ContentOptions options) => Path.GetFullPath(Path.Combine(contentRoot, options.Path));

    private static bool IsInside(string path, string directory) =>
        path.StartsWith(directory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
