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
            .Validate<IOptions<ContentOptions>>((o, content) => !ServiceExtensions.IsInside(o.AuditFullPath(contentRoot), content.Value.FullPath(contentRoot)),
                "ProfileUpdates:AuditPath must lie outside the content directory (the audit names who changed what; content is published)")
            .ValidateOnStart();
        builder.Services.AddSingleton<ProfileAccess>();
        // The editor overview's problem list, from the live content snapshot.
        builder.Services.AddSingleton<IContentProblems, LiveContentProblems>();
        builder.Services.AddSingleton(services => new AuditTrail(
            services.GetRequiredService<IOptions<ProfileUpdateOptions>>().Value.AuditFullPath(contentRoot)));
        builder.Services.AddSingleton(services => new ProfileFiles(
            services.GetRequiredService<IOptions<ContentOptions>>().Value.FullPath(contentRoot),
            services.GetRequiredService<ContentStore>(),
            services.GetRequiredService<AuditTrail>(),
            services.GetRequiredService<ILogger<ProfileFiles>>()));
        return builder;
    }
}
