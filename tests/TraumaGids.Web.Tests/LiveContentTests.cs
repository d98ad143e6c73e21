using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TraumaGids.Core.Content;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Tests;

/// <summary>
/// Content edited on disk while the site runs: the file watcher reloads it without a restart, a broken
/// edit keeps the last good version (and says so in /health and the log), and every replica on the
/// same directory follows.
/// </summary>
public sealed class LiveContentTests : IDisposable
{
    /// <summary>Long enough for a slow, shared machine; the wait ends as soon as the swap happens.</summary>
    private static readonly TimeSpan SwapTimeout = TimeSpan.FromSeconds(60);

    private readonly string _content = Path.Combine(Path.GetTempPath(), "traumagids-live-" + Guid.NewGuid().ToString("N"));

    public LiveContentTests() => RepoPaths.CopyDirectory(RepoPaths.Content, _content);

    public void Dispose() => Directory.Delete(_content, recursive: true);

    private string PractitionerPath(string slug) => Path.Combine(_content, "behandelaars", slug + ".md");

    private static ContentStore Store(SiteFactory site) => site.Services.GetRequiredService<ContentStore>();

    private static HttpClient Client(SiteFactory site) =>
        site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = SiteFactory.TestServerAddress });

    /// <summary>
    /// Makes a change on disk and waits (by the store's event, not a fixed sleep) until every site has
    /// swapped in a snapshot that satisfies <paramref name="done"/>.
    /// </summary>
    private static async Task ChangeAndWaitAsync(Action change, Func<ContentSnapshot, bool> done, params SiteFactory[] sites)
    {
        var waits = sites.Select(site =>
        {
            var live = Store(site).Live;
            var swapped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnSwapped(object? sender, ContentLoadReport report)
            {
                if (done(report.Snapshot))
                {
                    swapped.TrySetResult();
                }
            }
            live.Swapped += OnSwapped;
            return (live, swapped, (EventHandler<ContentLoadReport>)OnSwapped);
        }).ToList();
        try
        {
            change();
            foreach (var (live, swapped, _) in waits)
            {
                if (!done(live.Current))
                {
                    await swapped.Task.WaitAsync(SwapTimeout);
                }
            }
        }
        finally
        {
            foreach (var (live, _, handler) in waits)
            {
                live.Swapped -= handler;
            }
        }
    }

    private static void Replace(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_edit_on_disk_appears_without_a_restart()
    {
        using var site = new SiteFactory(_content);
        using var client = Client(site);
        Assert.Contains("Drs. Anna de Vries", (await client.GetPageAsync("/behandelaars/anna-de-vries")).Html, StringComparison.Ordinal);

        await ChangeAndWaitAsync(
            () => Replace(PractitionerPath("anna-de-vries"), "naam: Drs. Anna de Vries", "naam: Dr. Anna de Vries-Bakker"),
            snapshot => snapshot.Content.FindPractitioner("anna-de-vries")?.Name == "Dr. Anna de Vries-Bakker",
            site);

        var profile = await client.GetPageAsync("/behandelaars/anna-de-vries");
        var search = await client.GetPageAsync("/zoeken?q=bakker");
        Assert.Equal(HttpStatusCode.OK, profile.Status);
        Assert.Contains("Dr. Anna de Vries-Bakker", profile.Html, StringComparison.Ordinal);
        Assert.Contains(search.Document.QuerySelectorAll(".hit__title a"), a => a.GetAttribute("href") == "/behandelaars/anna-de-vries");
        Assert.True(Store(site).Live.Current.Version > 1);
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_version_reports_it_and_a_fix_clears_it()
    {
        using var site = new SiteFactory(_content);
        using var client = Client(site);
        var path = PractitionerPath("anna-de-vries");
        var lines = File.ReadAllLines(path);
        var weeksLine = Array.FindIndex(lines, l => l.TrimStart().StartsWith("weken:", StringComparison.Ordinal));
        var weeks = site.Services.GetRequiredService<ContentStore>().Content.FindPractitioner("anna-de-vries")!.WaitingTime.Weeks;
        var good = File.ReadAllText(path);
        Assert.Equal("Healthy", await (await client.GetAsync(new Uri("/health", UriKind.Relative))).Content.ReadAsStringAsync());

        await ChangeAndWaitAsync(
            () =>
            {
                lines[weeksLine] = lines[weeksLine][..lines[weeksLine].IndexOf(':', StringComparison.Ordinal)] + ": een paar";
                File.WriteAllLines(path, lines);
            },
            snapshot => snapshot.StaleFiles.Count > 0,
            site);

        var profile = await client.GetPageAsync("/behandelaars/anna-de-vries");
        var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var stale = Assert.Single(Store(site).StaleFiles);
        Assert.Equal(HttpStatusCode.OK, profile.Status);
        Assert.Equal(weeks, Store(site).Content.FindPractitioner("anna-de-vries")!.WaitingTime.Weeks);
        Assert.Equal("behandelaars/anna-de-vries.md", stale.File);
        Assert.StartsWith($"behandelaars/anna-de-vries.md:{weeksLine + 1}: wachttijd.weken: 'een paar' is geen heel getal", Assert.Single(stale.Problems).ToString(), StringComparison.Ordinal);
        Assert.Equal("Degraded", await health.Content.ReadAsStringAsync());
        Assert.Contains("last good version served since", site.Log.All, StringComparison.Ordinal);
        Assert.Contains($"behandelaars/anna-de-vries.md:{weeksLine + 1}: wachttijd.weken:", site.Log.All, StringComparison.Ordinal);

        await ChangeAndWaitAsync(
            () => File.WriteAllText(path, good.Replace("naam: Drs. Anna de Vries", "naam: Drs. Anna de Vries (hersteld)", StringComparison.Ordinal)),
            snapshot => snapshot.StaleFiles.Count == 0,
            site);

        Assert.Equal("Healthy", await (await client.GetAsync(new Uri("/health", UriKind.Relative))).Content.ReadAsStringAsync());
        Assert.Contains("(hersteld)", (await client.GetPageAsync("/behandelaars/anna-de-vries")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_vocabulary_file_keeps_the_last_good_lists_and_every_practitioner()
    {
        using var site = new SiteFactory(_content);
        using var client = Client(site);
        var practitioners = Store(site).Content.Practitioners.Count;
        var path = Path.Combine(_content, "vocabulaires.yml");

        await ChangeAndWaitAsync(
            () => File.AppendAllText(path, "  kapot: [niet afgesloten\n"),
            snapshot => snapshot.StaleFiles.Any(s => s.File == "vocabulaires.yml"),
            site);

        var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        var search = await client.GetPageAsync("/behandelaars");
        Assert.Equal(practitioners, Store(site).Content.Practitioners.Count);
        Assert.Empty(Store(site).Content.Issues);
        Assert.Equal(HttpStatusCode.OK, search.Status);
        Assert.NotEmpty(search.Document.QuerySelectorAll(".hit__title a"));
        Assert.Equal("Degraded", await health.Content.ReadAsStringAsync());
        Assert.Contains("vocabulaires.yml:", Assert.Single(Store(site).StaleFiles).Problems[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_file_disappears()
    {
        using var site = new SiteFactory(_content);
        using var client = Client(site);
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync("/behandelaars/anna-de-vries")).Status);

        await ChangeAndWaitAsync(
            () => File.Delete(PractitionerPath("anna-de-vries")),
            snapshot => snapshot.Content.FindPractitioner("anna-de-vries") is null,
            site);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync("/behandelaars/anna-de-vries")).Status);
        Assert.Equal("Healthy", await (await client.GetAsync(new Uri("/health", UriKind.Relative))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Two_replicas_on_one_content_directory_both_show_the_change()
    {
        using var first = new SiteFactory(_content);
        using var second = new SiteFactory(_content);
        using var firstClient = Client(first);
        using var secondClient = Client(second);
        await firstClient.GetPageAsync("/");
        await secondClient.GetPageAsync("/");

        await ChangeAndWaitAsync(
            () => Replace(PractitionerPath("anna-de-vries"), "naam: Drs. Anna de Vries", "naam: Anna de Vries-Kok"),
            snapshot => snapshot.Content.FindPractitioner("anna-de-vries")?.Name == "Anna de Vries-Kok",
            first, second);

        Assert.Contains("Anna de Vries-Kok", (await firstClient.GetPageAsync("/behandelaars/anna-de-vries")).Html, StringComparison.Ordinal);
        Assert.Contains("Anna de Vries-Kok", (await secondClient.GetPageAsync("/behandelaars/anna-de-vries")).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reload_asked_for_after_writing_a_file_serves_it_when_it_returns()
    {
        using var site = new SiteFactory(_content, new Dictionary<string, string?> { ["Content:Watch"] = "false" });
        using var client = Client(site);
        var reloader = site.Services.GetRequiredService<IContentReloader>();
        await client.GetPageAsync("/");

        Replace(PractitionerPath("anna-de-vries"), "naam: Drs. Anna de Vries", "naam: Anna de Vries-Smit");
        await reloader.RequestReloadAsync();

        Assert.Contains("Anna de Vries-Smit", (await client.GetPageAsync("/behandelaars/anna-de-vries")).Html, StringComparison.Ordinal);
    }
}
