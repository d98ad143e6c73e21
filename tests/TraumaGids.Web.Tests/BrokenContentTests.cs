using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TraumaGids.Web.Tests;

/// <summary>A broken content file is skipped and reported; the rest of the site keeps working.</summary>
public sealed class BrokenContentTests : IDisposable
{
    private readonly string _content = Path.Combine(Path.GetTempPath(), "traumagids-broken-" + Guid.NewGuid().ToString("N"));

    public BrokenContentTests() => RepoPaths.CopyDirectory(RepoPaths.Content, _content);

    public void Dispose() => Directory.Delete(_content, recursive: true);

    private (string Slug, string Path) Practitioner(int index)
    {
        var files = Directory.GetFiles(Path.Combine(_content, "behandelaars"), "*.md").Order(StringComparer.Ordinal).ToList();
        return (System.IO.Path.GetFileNameWithoutExtension(files[index]), files[index]);
    }

    [Fact]
    public async Task A_practitioner_with_a_bad_field_is_skipped_logged_with_file_line_and_field_and_the_rest_is_served()
    {
        var (broken, path) = Practitioner(0);
        var (healthy, _) = Practitioner(1);
        var lines = File.ReadAllLines(path);
        var weeksLine = Array.FindIndex(lines, l => l.TrimStart().StartsWith("weken:", StringComparison.Ordinal));
        Assert.True(weeksLine > 0, "the example practitioner has a waiting time in weeks");
        lines[weeksLine] = lines[weeksLine][..lines[weeksLine].IndexOf(':', StringComparison.Ordinal)] + ": een paar";
        File.WriteAllLines(path, lines);

        using var factory = new SiteFactory(_content);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var skipped = await client.GetPageAsync($"/behandelaars/{broken}");
        var served = await client.GetPageAsync($"/behandelaars/{healthy}");
        var search = await client.GetPageAsync("/behandelaars");
        var health = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, skipped.Status);
        Assert.Equal(HttpStatusCode.OK, served.Status);
        Assert.DoesNotContain(search.Document.QuerySelectorAll(".hit__title a"), a => a.GetAttribute("href") == $"/behandelaars/{broken}");
        Assert.Contains($"behandelaars/{broken}.md:{weeksLine + 1}: wachttijd.weken: 'een paar' is geen heel getal", factory.Log.All, StringComparison.Ordinal);
        Assert.Equal("Degraded", await health.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_broken_vocabulary_file_is_named_first_and_health_is_unhealthy_without_practitioners()
    {
        var path = Path.Combine(_content, "vocabulaires.yml");
        var lines = File.ReadAllLines(path).ToList();
        lines.Add("  kapot: [niet afgesloten");
        File.WriteAllLines(path, lines);

        using var factory = new SiteFactory(_content);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        // Without vocabularies the region overview has no methods, places or languages: still a page, not an error.
        var region = await client.GetAsync(new Uri("/aanbod-in-de-regio", UriKind.Relative));
        var regionCsv = await client.GetAsync(new Uri("/aanbod-in-de-regio?handler=csv", UriKind.Relative));
        var skipped = factory.Log.Lines.Where(l => l.Contains("Content problem", StringComparison.Ordinal)).ToList();
        var check = new StringWriter();
        TraumaGids.Core.Content.ContentCheck.Run([_content], check, TextWriter.Null, DateOnly.FromDateTime(DateTime.Today));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, region.StatusCode);
        Assert.Equal(HttpStatusCode.OK, regionCsv.StatusCode);
        Assert.True(skipped.Count > 10, "every practitioner and offer is skipped");
        Assert.Contains("vocabulaires.yml:", skipped[0], StringComparison.Ordinal);
        Assert.Contains("vocabulaires.yml:", check.ToString().Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_to_a_skipped_page_are_named_in_the_log_with_the_linking_file_and_line()
    {
        var path = Path.Combine(_content, "informatie", "wat-is-trauma.md");
        var lines = File.ReadAllLines(path);
        lines[1] = "titel: [niet afgesloten";
        File.WriteAllLines(path, lines);
        var linking = Directory.GetFiles(_content, "*.md", SearchOption.AllDirectories)
            .Where(f => f != path && File.ReadAllText(f).Contains("informatie/wat-is-trauma", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(_content, f).Replace('\\', '/'))
            .ToList();
        Assert.NotEmpty(linking);

        using var factory = new SiteFactory(_content);
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/informatie/wat-is-trauma", UriKind.Relative))).StatusCode);
        var deadLinks = factory.Log.Lines.Where(l => l.Contains("werkt niet: die pagina is overgeslagen", StringComparison.Ordinal)).ToList();
        Assert.All(linking, file => Assert.Contains(deadLinks, l => l.Contains(file + ":", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Broken_yaml_and_a_missing_vocabulary_value_are_both_reported_and_skipped()
    {
        var (yamlBroken, yamlPath) = Practitioner(2);
        var (vocabularyBroken, vocabularyPath) = Practitioner(3);
        var yaml = File.ReadAllLines(yamlPath);
        yaml[1] = "naam: [niet afgesloten";
        File.WriteAllLines(yamlPath, yaml);
        var text = File.ReadAllText(vocabularyPath);
        File.WriteAllText(vocabularyPath, text.Replace("discipline: ", "discipline: tovenaar-", StringComparison.Ordinal));

        using var factory = new SiteFactory(_content);
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/behandelaars/{yamlBroken}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/behandelaars/{vocabularyBroken}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
        Assert.Contains($"behandelaars/{yamlBroken}.md:", factory.Log.All, StringComparison.Ordinal);
        Assert.Contains("YAML klopt niet", factory.Log.All, StringComparison.Ordinal);
        Assert.Contains($"behandelaars/{vocabularyBroken}.md:", factory.Log.All, StringComparison.Ordinal);
        Assert.Contains("discipline: onbekende waarde 'tovenaar-", factory.Log.All, StringComparison.Ordinal);
    }
}
