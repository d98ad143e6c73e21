using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Tests;

/// <summary>
/// The stored start-up index (<c>Search:IndexCache</c>): the site stores it after it started, a second site
/// on the same content opens it instead of writing it, and both answer the same. The setting is refused
/// inside the content directory.
/// </summary>
public sealed class StoredIndexTests : IDisposable
{
    private readonly string _content = Path.Combine(Path.GetTempPath(), "traumagids-stored-content-" + Guid.NewGuid().ToString("N"));
    private readonly string _store = Path.Combine(Path.GetTempPath(), "traumagids-stored-index-" + Guid.NewGuid().ToString("N"));

    public StoredIndexTests() => RepoPaths.CopyDirectory(RepoPaths.Content, _content);

    public void Dispose()
    {
        Directory.Delete(_content, recursive: true);
        if (Directory.Exists(_store))
        {
            Directory.Delete(_store, recursive: true);
        }
    }

    private SiteFactory Site(string? store = null) => new(_content, new Dictionary<string, string?> { ["Search:IndexCache"] = store ?? _store });

    /// <summary>The result list of a search page: titles in order, and the facet counts.</summary>
    private static async Task<string> Results(SiteFactory site, string query)
    {
        var html = await site.CreateClient().GetStringAsync("/zoeken?" + query);
        var page = new HtmlParser().ParseDocument(html);
        return string.Join('\n', page.QuerySelectorAll("main h2, main h3, main label").Select(e => e.TextContent.Trim()));
    }

    private static readonly string[] Queries = ["q=emdr", "q=huiselijk+geweld+kinderen", "q=hulp+in+het+pools", "q=snel+terecht+angst", "leeftijd=8&q=trauma"];

    [Fact]
    public async Task A_site_stores_its_index_after_start_up_and_the_next_start_opens_it_and_answers_the_same()
    {
        var first = new List<string>();
        using (var site = Site())
        {
            var live = site.Services.GetRequiredService<ContentStore>().Live;
            foreach (var query in Queries)
            {
                first.Add(await Results(site, query));
            }
            await live.StartedUp;

            Assert.False(live.Current.Index.OpenedFromStore);
            Assert.Equal(1, live.Store!.Saved);
            Assert.Contains(site.Log.Lines, l => l.Contains("[Information] Stored search index: Search index stored in " + _store, StringComparison.Ordinal));
            Assert.Contains(site.Log.Lines, l => l.Contains("indexed in", StringComparison.Ordinal) && l.Contains("(written)", StringComparison.Ordinal));
        }
        Assert.Single(Directory.GetDirectories(_store));

        using var second = Site();
        var again = second.Services.GetRequiredService<ContentStore>().Live;

        Assert.True(again.Current.Index.OpenedFromStore);
        Assert.Equal(1, again.Store!.Opened);
        Assert.Contains(second.Log.Lines, l => l.Contains("(opened from the stored index)", StringComparison.Ordinal));
        foreach (var (query, n) in Queries.Select((q, n) => (q, n)))
        {
            Assert.Equal(first[n], await Results(second, query));
        }
        Assert.NotEmpty(first[0]);
        await again.StartedUp;
        Assert.Equal(0, again.Store.Saved);
        Assert.DoesNotContain(second.Log.Lines, l => l.StartsWith("[Warning]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_damaged_stored_index_is_logged_as_a_warning_and_the_site_starts_as_without_it()
    {
        using (var site = Site())
        {
            // The index is stored after the first answer.
            await site.CreateClient().GetStringAsync("/zoeken?q=emdr");
            await site.Services.GetRequiredService<ContentStore>().Live.StartedUp;
        }
        var folder = Assert.Single(Directory.GetDirectories(_store));
        File.WriteAllText(Path.Combine(folder, "manifest.txt"), "kapot");

        using var second = Site();
        var live = second.Services.GetRequiredService<ContentStore>().Live;
        var response = await second.CreateClient().GetAsync("/zoeken?q=emdr");
        await live.StartedUp;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(live.Current.Index.OpenedFromStore);
        Assert.Contains(second.Log.Lines, l => l.StartsWith("[Warning] Stored search index: The stored search index " + folder + " cannot be used", StringComparison.Ordinal));
        Assert.Equal(1, live.Store!.Saved);
    }

    [Fact]
    public void A_store_inside_the_content_directory_fails_the_start()
    {
        using var site = Site(store: Path.Combine(_content, "zoekindex"));

        var failure = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("Search:IndexCache must lie outside the content directory", failure.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_content, "zoekindex")));
    }

    [Fact]
    public void The_test_sites_keep_no_index_and_the_site_keeps_it_next_to_the_app_by_default()
    {
        using var site = new SiteFactory();

        Assert.Null(site.Services.GetRequiredService<ContentStore>().Live.Store);
        Assert.Equal("zoekindex", new SearchOptions().IndexCache);
    }
}
