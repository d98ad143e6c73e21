using TraumaGids.Core.Content;
using TraumaGids.Core.Search;
using TraumaGids.Core.Tests.Search.Evaluation;

namespace TraumaGids.Core.Tests.Search;

/// <summary>
/// The start-up index kept on disk by the key of what it was built from (<see cref="IndexStore"/>): stored
/// after start-up, opened by the next start with the same content and code, missed after any change that
/// reaches the index, and never fatal when the folder is damaged. An opened index finds exactly what a
/// written one finds.
/// </summary>
public sealed class IndexStoreTests : IDisposable
{
    private readonly string _content = Path.Combine(Path.GetTempPath(), "traumagids-store-content-" + Guid.NewGuid().ToString("N"));
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "traumagids-store-" + Guid.NewGuid().ToString("N"));
    private readonly List<IndexStoreNote> _notes = [];

    public IndexStoreTests() => Copy(Path.Combine(JudgedSet.RepoRoot, "content"), _content);

    public void Dispose()
    {
        Directory.Delete(_content, recursive: true);
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private IndexStore Store()
    {
        var store = new IndexStore(_folder);
        store.OnNote(note =>
        {
            lock (_notes)
            {
                _notes.Add(note);
            }
        });
        return store;
    }

    /// <summary>Starts as the site does (content loaded, index opened or written), and waits for what start-up does after the first answer.</summary>
    private async Task<(bool Opened, string Results, IndexStore Store)> Start()
    {
        var store = Store();
        using var live = LiveContent.Load(_content, TimeProvider.System, TimeSpan.Zero, store);
        var opened = live.Current.Index.OpenedFromStore;
        var results = IndexPartsTests.Results(live.Current.Index);
        await live.StartedUp;
        return (opened, results, store);
    }

    private string[] Keys() => Directory.Exists(_folder) ? [.. Directory.GetDirectories(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!] : [];

    private void Edit(string relativePath, string oldValue, string newValue)
    {
        var path = Path.Combine(_content, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(oldValue, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(oldValue, newValue, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_index_is_stored_after_start_up_and_the_next_start_opens_it_and_finds_the_same()
    {
        var first = await Start();
        var second = await Start();

        Assert.False(first.Opened);
        // An empty store has nothing to open: the first start wrote the index without looking for its key.
        Assert.DoesNotContain(_notes, n => n.Message.StartsWith("No stored search index", StringComparison.Ordinal));
        Assert.Equal(1, first.Store.Saved);
        var key = Assert.Single(Keys());
        Assert.Matches("^[0-9a-f]{32}$", key);
        Assert.True(second.Opened);
        Assert.Equal(1, second.Store.Opened);
        Assert.Equal(0, second.Store.Saved);
        Assert.Equal(first.Results, second.Results);
        Assert.DoesNotContain(_notes, n => n.Warning);
    }

    [Fact]
    public void An_opened_index_finds_exactly_what_a_written_one_finds()
    {
        var content = ContentLoader.Load(_content, DateOnly.FromDateTime(DateTime.Today));
        var store = Store();
        using var whole = SearchIndex.Build(content);
        using var written = SearchIndex.BuildFirst(content, new IndexParts(), store);
        written.Store();
        using var opened = SearchIndex.BuildFirst(content, new IndexParts(), store);

        Assert.False(written.OpenedFromStore);
        Assert.True(opened.OpenedFromStore);
        // The judged queries and the browse set: totals, hits with their scores, facet counts, did-you-mean.
        Assert.Equal(IndexPartsTests.Results(whole), IndexPartsTests.Results(opened));
        foreach (var query in JudgedSet.First().Queries.Concat(JudgedSet.Dev().Queries).Select(q => new SearchQuery { Text = q.Text, PageSize = 20 }))
        {
            var expected = whole.Search(query);
            var actual = opened.Search(query);
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Hits.Select(h => (h.Slug, h.Score)), actual.Hits.Select(h => (h.Slug, h.Score)));
            Assert.Equal(expected.Facets.SelectMany(f => f.Values.Select(v => (f.Name, v.Key, v.Count))), actual.Facets.SelectMany(f => f.Values.Select(v => (f.Name, v.Key, v.Count))));
        }
    }

    [Theory]
    [InlineData("behandelaars", "weken: ")]
    [InlineData("zoekwoorden.yml", null)]
    [InlineData("vocabulaires.yml", null)]
    public async Task A_change_that_reaches_the_index_is_a_miss_and_is_stored_beside_the_last_key(string what, string? field)
    {
        await Start();
        var before = Keys();

        if (what == "behandelaars")
        {
            // One practitioner's waiting time: a number in the index (the order by waiting time).
            var file = Directory.GetFiles(Path.Combine(_content, what), "*.md").Order(StringComparer.Ordinal).First();
            var text = File.ReadAllText(file);
            var at = text.IndexOf(field!, StringComparison.Ordinal) + field!.Length;
            var end = text.IndexOf('\n', at);
            File.WriteAllText(file, string.Concat(text.AsSpan(0, at), text[at..end] == "30" ? "31" : "30", text.AsSpan(end)));
        }
        else if (what == SearchWords.FileName)
        {
            // One more synonym group: the analysis the index is written with changes.
            var path = Path.Combine(_content, what);
            var text = File.ReadAllText(path);
            Assert.Contains("synoniemen:\n", text, StringComparison.Ordinal);
            File.WriteAllText(path, text.Replace("synoniemen:\n", "synoniemen:\n  - [zebrapad, oversteekplaats]\n", StringComparison.Ordinal));
        }
        else
        {
            // A label of a method: it is in every practitioner's tags that has it.
            Edit(what, "  emdr: EMDR\n", "  emdr: EMDR-therapie\n");
        }
        var changed = await Start();

        Assert.False(changed.Opened);
        Assert.Equal(1, changed.Store.Saved);
        Assert.Equal(2, Keys().Length);
        Assert.Contains(before[0], Keys());
    }

    [Fact]
    public async Task A_reloaded_index_is_stored_too_and_a_restart_after_the_edit_opens_it()
    {
        var store = Store();
        using (var live = LiveContent.Load(_content, TimeProvider.System, TimeSpan.Zero, store))
        {
            await live.StartedUp;
            Edit(SearchWords.FileName, "synoniemen:\n", "synoniemen:\n  - [zebrapad, oversteekplaats]\n");
            await live.ReloadAsync(reread: true);

            Assert.True(await live.Stored);
            Assert.Equal(2, store.Saved);
            Assert.Contains(IndexBuilder.StoreKey(live.Current.Content), Keys());
        }

        var restart = await Start();

        Assert.True(restart.Opened);
        Assert.DoesNotContain(_notes, n => n.Warning);
    }

    [Fact]
    public async Task A_file_written_again_with_the_same_text_is_a_hit()
    {
        await Start();
        // Another write time, the same bytes: the key is of what the index is built from, not of file times.
        var path = Path.Combine(_content, SearchWords.FileName);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));

        Assert.True((await Start()).Opened);
    }

    [Fact]
    public void Another_build_of_the_code_gives_another_key()
    {
        var content = ContentLoader.Load(_content, DateOnly.FromDateTime(DateTime.Today));

        var key = IndexBuilder.StoreKey(content);

        Assert.Equal(key, IndexBuilder.StoreKey(content));
        Assert.NotEqual(key, IndexBuilder.StoreKey(content, code: "another build"));
        Assert.Contains(typeof(IndexStore).Assembly.ManifestModule.ModuleVersionId.ToString(), IndexStore.CodeKey, StringComparison.Ordinal);
        Assert.Contains(typeof(Lucene.Net.Index.IndexWriter).Assembly.ManifestModule.ModuleVersionId.ToString(), IndexStore.CodeKey, StringComparison.Ordinal);
    }

    [Fact]
    public void The_key_follows_what_todays_date_makes_of_the_same_files()
    {
        // A practitioner whose check date lies in the future is skipped until that day: the same bytes, another index.
        var path = Directory.GetFiles(Path.Combine(_content, "behandelaars"), "*.md").Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(path);
        var at = text.IndexOf("gecontroleerd: ", StringComparison.Ordinal) + "gecontroleerd: ".Length;
        var today = DateOnly.FromDateTime(DateTime.Today);
        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text.AsSpan(at + 10)));

        var before = ContentLoader.Load(_content, today);
        var after = ContentLoader.Load(_content, today.AddDays(1));

        Assert.Equal(before.Practitioners.Count + 1, after.Practitioners.Count);
        Assert.NotEqual(IndexBuilder.StoreKey(before), IndexBuilder.StoreKey(after));
    }

    public static TheoryData<string> Damage() => ["a changed byte", "a file cut short", "a missing file", "a manifest cut short", "no manifest", "an empty folder"];

    [Theory]
    [MemberData(nameof(Damage))]
    public async Task A_damaged_folder_is_reported_the_index_is_written_as_without_it_and_the_folder_replaced(string damage)
    {
        var first = await Start();
        var folder = Path.Combine(_folder, Assert.Single(Keys()));
        var largest = new DirectoryInfo(folder).GetFiles().Where(f => f.Name != "manifest.txt").OrderByDescending(f => f.Length).First().FullName;
        var manifest = Path.Combine(folder, "manifest.txt");
        switch (damage)
        {
            case "a changed byte":
                var bytes = File.ReadAllBytes(largest);
                bytes[bytes.Length / 2] ^= 0x20;
                File.WriteAllBytes(largest, bytes);
                break;
            case "a file cut short":
                using (var stream = new FileStream(largest, FileMode.Open))
                {
                    stream.SetLength(stream.Length / 2);
                }
                break;
            case "a missing file":
                File.Delete(largest);
                break;
            case "a manifest cut short":
                var lines = File.ReadAllLines(manifest);
                File.WriteAllLines(manifest, lines[..^2]);
                break;
            case "no manifest":
                File.Delete(manifest);
                break;
            default:
                Directory.Delete(folder, recursive: true);
                Directory.CreateDirectory(folder);
                break;
        }

        var damaged = await Start();
        var repaired = await Start();

        Assert.False(damaged.Opened);
        Assert.Equal(first.Results, damaged.Results);
        var warning = Assert.Single(_notes, n => n.Warning);
        Assert.Contains(folder, warning.Message, StringComparison.Ordinal);
        Assert.Equal(1, damaged.Store.Saved);
        Assert.True(repaired.Opened);
        Assert.Equal(first.Results, repaired.Results);
        Assert.Equal([Path.GetFileName(folder)], Keys());
    }

    [Fact]
    public async Task An_unwritable_store_is_reported_and_start_up_goes_on()
    {
        // A file where the store's folder should be: nothing can be stored there.
        File.WriteAllText(_folder, "");
        try
        {
            var first = await Start();

            Assert.False(first.Opened);
            Assert.Equal(0, first.Store.Saved);
            Assert.Contains(_notes, n => n.Warning && n.Message.Contains("could not be stored", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(_folder);
        }
    }

    [Fact]
    public void Older_keys_are_removed_and_other_folders_left_alone()
    {
        var content = ContentLoader.Load(_content, DateOnly.FromDateTime(DateTime.Today));
        var store = Store();
        Directory.CreateDirectory(Path.Combine(_folder, "iets-anders"));
        var keys = new List<string>();
        for (var n = 0; n < 3; n++)
        {
            // Three builds of the code: three keys.
            var key = IndexBuilder.StoreKey(content, code: "build " + n);
            keys.Add(key);
            using var index = SearchIndex.Build(content);
            store.Save(key, index.Directory, index.ItemCount);
            Directory.SetLastWriteTimeUtc(Path.Combine(_folder, key), DateTime.UtcNow.AddMinutes(n - 10));
        }

        Assert.Equal(new[] { keys[1], keys[2], "iets-anders" }.Order(StringComparer.Ordinal), Keys());
    }

    [Fact]
    public void Two_processes_storing_the_same_key_at_once_leave_one_whole_folder()
    {
        var content = ContentLoader.Load(_content, DateOnly.FromDateTime(DateTime.Today));
        var key = IndexBuilder.StoreKey(content);
        using var index = SearchIndex.Build(content);
        var stores = Enumerable.Range(0, 4).Select(_ => Store()).ToArray();

        Parallel.ForEach(stores, store => store.Save(key, index.Directory, index.ItemCount));

        Assert.Equal([key], Keys());
        Assert.InRange(stores.Sum(s => s.Saved), 1, stores.Length);
        Assert.DoesNotContain(_notes, n => n.Warning);
        using var opened = SearchIndex.BuildFirst(content, new IndexParts(), Store());
        Assert.True(opened.OpenedFromStore);
    }
}
