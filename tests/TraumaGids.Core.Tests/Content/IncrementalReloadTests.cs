using System.Text.Json;
using TraumaGids.Core.Content;
using TraumaGids.Core.Search;
using TraumaGids.Core.Tests.Search;

namespace TraumaGids.Core.Tests.Content;

/// <summary>
/// A reload parses only changed files (<see cref="ContentLoadCache"/>) and writes only the index parts
/// with changed items (<see cref="IndexParts"/>): after any kind of change, the content and the search
/// results must be exactly those of a load and build from scratch. Runs on a copy of the example content,
/// with parts of about four documents so that the example has many of them.
/// </summary>
public sealed class IncrementalReloadTests : IDisposable
{
    private const string Anna = "behandelaars/anna-de-vries.md";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "traumagids-incremental-" + Guid.NewGuid().ToString("N"));
    private readonly IndexParts _parts = new(chunk: 4, minimum: 0);

    public IncrementalReloadTests()
    {
        var source = Path.Combine(TraumaGids.Core.Tests.Search.Evaluation.JudgedSet.RepoRoot, "content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_root, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        _parts.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private LiveContent Load() => LiveContent.Load(_root, TimeProvider.System, TimeSpan.Zero, _parts);

    private string Read(string relative) => File.ReadAllText(Path.Combine(_root, relative));

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_root, relative), text);

    /// <summary>Loads and builds the directory from scratch and checks that the reloaded snapshot is the same.</summary>
    private void AssertSameAsFromScratch(ContentSnapshot reloaded)
    {
        var fresh = ContentLoader.Load(ContentFiles.Read(_root), DateOnly.FromDateTime(DateTime.Now));
        Assert.Equal(Json(fresh), Json(reloaded.Content));
        using var index = SearchIndex.Build(fresh);
        Assert.Equal(IndexPartsTests.Results(index), IndexPartsTests.Results(reloaded.Index));
        Assert.Equal(index.ItemCount, reloaded.Index.ItemCount);
    }

    private static string Json(ContentSet content) => JsonSerializer.Serialize(new
    {
        content.Practitioners,
        content.Offers,
        content.InfoPages,
        Issues = content.Issues.Select(i => i.ToString()),
        BrokenLinks = content.BrokenLinks.Select(i => i.ToString()),
        ServedFiles = content.ServedFiles.Order(StringComparer.Ordinal),
        Instruments = content.Instruments.Select(i => i.Id),
        content.Vocabularies,
        content.SearchWords,
    });

    private static Task<ContentSnapshot> Reload(LiveContent live) => live.ReloadAsync();

    [Fact]
    public async Task An_edited_file_is_parsed_and_indexed_again_alone_with_the_same_result_as_from_scratch()
    {
        using var live = Load();
        var before = live.Current.Content;

        Write(Anna, Read(Anna).Replace("  weken: 6", "  weken: 11", StringComparison.Ordinal)
            .Replace("samenvatting: ", "samenvatting: Ook online, snel terecht. ", StringComparison.Ordinal));
        var snapshot = await Reload(live);

        Assert.Equal(11, snapshot.Content.FindPractitioner("anna-de-vries")!.WaitingTime.Weeks);
        AssertSameAsFromScratch(snapshot);
        // Every other item is the instance of the last load, and one part of many was written.
        Assert.All(snapshot.Content.Practitioners.Where(p => p.Slug != "anna-de-vries"),
            p => Assert.Same(before.FindPractitioner(p.Slug), p));
        Assert.NotSame(before.FindPractitioner("anna-de-vries"), snapshot.Content.FindPractitioner("anna-de-vries"));
        // Start-up wrote the index whole and then, in the background, the parts; the reload waited for them.
        Assert.Equal(1, _parts.LastBuild.Written);
        Assert.True(_parts.LastBuild.Reused > 5, $"{_parts.LastBuild.Reused} parts reused");
    }

    [Fact]
    public async Task Added_deleted_and_renamed_files_give_the_same_result_as_from_scratch()
    {
        using var live = Load();

        Write("behandelaars/zora-nieuw.md", Read(Anna).Replace("naam: ", "naam: Zora Nieuw, eerder ", StringComparison.Ordinal));
        AssertSameAsFromScratch(await Reload(live));
        Assert.True(_parts.LastBuild.Reused > 0);

        File.Delete(Path.Combine(_root, "behandelaars/ahmet-kaya.md"));
        var deleted = await Reload(live);
        Assert.Null(deleted.Content.FindPractitioner("ahmet-kaya"));
        AssertSameAsFromScratch(deleted);

        File.Move(Path.Combine(_root, "behandelaars/zora-nieuw.md"), Path.Combine(_root, "behandelaars/zora-hernoemd.md"));
        var renamed = await Reload(live);
        Assert.NotNull(renamed.Content.FindPractitioner("zora-hernoemd"));
        Assert.Null(renamed.Content.FindPractitioner("zora-nieuw"));
        AssertSameAsFromScratch(renamed);
    }

    [Fact]
    public async Task Removing_and_restoring_a_page_others_link_to_checks_those_links_again()
    {
        using var live = Load();
        const string Page = "informatie/na-je-melding-bij-veilig-thuis.md";
        var text = Read(Page);

        File.Delete(Path.Combine(_root, Page));
        var removed = await Reload(live);

        Assert.Contains(removed.Content.Issues, i => i.File == "informatie/hulp-krijgen.md" && i.Message.Contains("bestaat niet", StringComparison.Ordinal));
        AssertSameAsFromScratch(removed);

        Write(Page, text);
        var restored = await Reload(live);

        Assert.DoesNotContain(restored.Content.Issues, i => i.File == "informatie/hulp-krijgen.md");
        AssertSameAsFromScratch(restored);
    }

    [Fact]
    public async Task A_broken_file_is_served_from_its_last_good_version_as_without_the_caches()
    {
        using var live = Load();
        var good = Read(Anna);

        Write(Anna, good.Replace("  weken: 6", "  weken: zes", StringComparison.Ordinal));
        var stale = await Reload(live);

        Assert.Equal(Anna, Assert.Single(stale.StaleFiles).File);
        Assert.Equal(6, stale.Content.FindPractitioner("anna-de-vries")!.WaitingTime.Weeks);
        // The same content and index as loading the last good text from scratch.
        Write(Anna, good);
        AssertSameAsFromScratch(stale);
    }

    [Fact]
    public async Task A_changed_vocabulary_file_makes_every_item_again()
    {
        using var live = Load();
        var before = live.Current.Content;

        Write(Vocabularies.FileName, Read(Vocabularies.FileName).Replace("  emdr: EMDR", "  emdr: EMDR (oogbewegingen)", StringComparison.Ordinal));
        var snapshot = await Reload(live);

        Assert.Equal(0, _parts.LastBuild.Reused);
        Assert.All(snapshot.Content.Practitioners, p => Assert.NotSame(before.FindPractitioner(p.Slug), p));
        Assert.Contains(snapshot.Index.Search(new SearchQuery { Text = "oogbewegingen" }).Hits, h => h.Slug == "anna-de-vries");
        AssertSameAsFromScratch(snapshot);
    }

    [Fact]
    public async Task A_changed_search_words_file_writes_the_whole_index_again()
    {
        using var live = Load();
        var before = live.Current.Index.Search(new SearchQuery { Text = "lindeboom" }).Total;

        Write(SearchWords.FileName, Read(SearchWords.FileName).Replace("synoniemen:\n", "synoniemen:\n  - [lindeboom, emdr]\n", StringComparison.Ordinal));
        var snapshot = await Reload(live);

        Assert.Equal(0, _parts.LastBuild.Reused);
        Assert.True(snapshot.Index.Search(new SearchQuery { Text = "lindeboom" }).Total > before);
        AssertSameAsFromScratch(snapshot);
    }
}
