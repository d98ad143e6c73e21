using System.Net;

namespace TraumaGids.Web.Tests;

/// <summary>
/// The site's own files (style sheet, script, icon) must be in its web root. Started from the build
/// folder outside Development they are not, and the site answered them with empty 200s: every page
/// looked broken while /health said "Healthy".
/// </summary>
public sealed class SiteFilesTests
{
    [Fact]
    public async Task Without_its_own_files_the_site_reports_unhealthy_and_says_how_to_start_it()
    {
        var empty = Directory.CreateTempSubdirectory("traumagids-webroot-");
        try
        {
            using var site = new SiteFactory(environment: "Production", settings: new Dictionary<string, string?>
            {
                ["ProfessionalSignIn:Authority"] = "",
                ["webroot"] = empty.FullName,
            });
            var client = site.Browser();

            var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
            var home = await client.GetPageAsync("/");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
            // The pages are still served: the content is what people come for.
            Assert.Equal(HttpStatusCode.OK, home.Status);
            Assert.Contains($"lacks favicon.svg, css/site.css, js/snel-weg.js, js/site.js", site.Log.All, StringComparison.Ordinal);
            Assert.Contains("Start the published app (dotnet publish)", site.Log.All, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task With_its_own_files_in_production_the_site_is_healthy_and_logs_no_such_problem()
    {
        using var site = new SiteFactory(environment: "Production", settings: new Dictionary<string, string?> { ["ProfessionalSignIn:Authority"] = "" });
        var client = site.Browser();

        var health = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.DoesNotContain("lacks", site.Log.All, StringComparison.Ordinal);
    }
}
