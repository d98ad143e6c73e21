using Serilog;

namespace TraumaGids.Web.Infrastructure;

public static class PipelineExtensions
{
    public static WebApplication UseTraumaGidsPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // A friendly Dutch page for every failure, never a stack trace (also in Development).
        app.UseExceptionHandler("/fout/500");
        app.UseStatusCodePagesWithReExecute("/fout/{0}");
        // Request logging names the path only, never the query string: searches can be sensitive.
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        });
        app.UseRouting();
        // Before anything reads the request: a method the endpoint has no handler for, forms over plain
        // HTTP outside Development, and an identity provider that does not answer each get their own page.
        app.UseMiddleware<MethodGuardMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseMiddleware<HttpsRequirementMiddleware>();
        }
        app.UseMiddleware<FormLimitMiddleware>();
        app.UseMiddleware<IdentityProviderOutageMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapTraumaGidsEndpoints(this WebApplication app)
    {
        var missing = SiteFilesHealthCheck.Missing(app.Environment);
        if (missing.Count > 0)
        {
            // Said once at start-up, loudly; /health stays unhealthy until it is fixed.
            app.Logger.LogCritical("{Problem}", SiteFilesHealthCheck.Describe(app.Environment, missing));
        }
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/health");
        return app;
    }
}
