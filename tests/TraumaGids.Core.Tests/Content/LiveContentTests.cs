using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Content;

/// <summary>Reloading a directory: the last good version of a broken file, and snapshots held across a swap.</summary>
public sealed class LiveContentTests : IDisposable
{
    private const string File = SampleContent.PractitionerPath;
    private readonly ContentTree _tree = ContentTree.Valid();

    public void Dispose() => _tree.Dispose();

    private LiveContent Load() => LiveContent.Load(_tree.Root, TimeProvider.System, grace: TimeSpan.Zero);

    [Fact]
    public async Task A_file_broken_by_an_edit_is_served_from_its_last_good_version_until_it_is_fixed()
    {
        using var live = Load();
        var broken = SampleContent.Practitioner.ReplaceOnce("  weken: 6", "  weken: zes");

        _tree.With(File, broken);
        var stale = await live.ReloadAsync();

        var file = Assert.Single(stale.StaleFiles);
        Assert.Equal(File, file.File);
        Assert.Equal($"{File}:{broken.LineOf("  weken:")}: wachttijd.weken: 'zes' is geen heel getal", Assert.Single(file.Problems).ToString());
        Assert.Equal(6, stale.Content.FindPractitioner("anna-de-vries")!.WaitingTime.Weeks);
        Assert.Empty(stale.Content.Issues);

        _tree.With(File, SampleContent.Practitioner.ReplaceOnce("  weken: 6", "  weken: 9"));
        var fixedAgain = await live.ReloadAsync();

        Assert.Empty(fixedAgain.StaleFiles);
        Assert.Equal(9, fixedAgain.Content.FindPractitioner("anna-de-vries")!.WaitingTime.Weeks);
    }

    [Fact]
    public async Task A_file_edited_again_while_broken_stays_stale_since_the_first_time()
    {
        using var live = Load();
        _tree.With(File, SampleContent.Practitioner.ReplaceOnce("  weken: 6", "  weken: zes"));
        var first = (await live.ReloadAsync()).StaleFiles[0].Since;

        _tree.With(File, SampleContent.Practitioner.ReplaceOnce("  weken: 6", "  weken: zeven"));
        var second = Assert.Single((await live.ReloadAsync()).StaleFiles);

        Assert.Equal(first, second.Since);
        Assert.Contains("'zeven'", second.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_vocabulary_file_keeps_the_last_good_lists()
    {
        using var live = Load();
        var practitioners = live.Current.Content.Practitioners.Count;

        _tree.With(Vocabularies.FileName, SampleContent.Vocabularies + "\n  kapot: [niet afgesloten\n");
        var snapshot = await live.ReloadAsync();

        Assert.Equal(Vocabularies.FileName, Assert.Single(snapshot.StaleFiles).File);
        Assert.Equal(practitioners, snapshot.Content.Practitioners.Count);
        Assert.NotEmpty(snapshot.Content.Vocabularies.Methods.Entries);
        Assert.Empty(snapshot.Content.Issues);
    }

    [Fact]
    public async Task A_new_file_that_never_loaded_is_skipped_and_reported_as_at_start_up()
    {
        using var live = Load();

        _tree.With("behandelaars/nieuw.md", SampleContent.Practitioner.ReplaceOnce("  weken: 6", "  weken: zes"));
        var snapshot = await live.ReloadAsync();

        Assert.Empty(snapshot.StaleFiles);
        Assert.Contains(snapshot.Content.Issues, i => i.File == "behandelaars/nieuw.md");
    }

    [Fact]
    public async Task A_deleted_file_disappears_and_its_last_good_version_is_forgotten()
    {
        using var live = Load();

        _tree.Without(File);
        var deleted = await live.ReloadAsync();
        _tree.With(File, SampleContent.Practitioner.ReplaceOnce("  weken: 6", "  weken: zes"));
        var back = await live.ReloadAsync();

        Assert.Null(deleted.Content.FindPractitioner("anna-de-vries"));
        Assert.Null(back.Content.FindPractitioner("anna-de-vries"));
        Assert.Empty(back.StaleFiles);
    }

    [Fact]
    public async Task Nothing_changed_keeps_the_same_snapshot()
    {
        using var live = Load();
        var before = live.Current;

        var after = await live.ReloadAsync();

        Assert.Same(before, after);
    }

    [Fact]
    public async Task A_held_snapshot_stays_searchable_after_a_swap_and_is_disposed_when_released()
    {
        using var live = Load();
        var lease = live.Acquire();
        var query = new SearchQuery { Text = "emdr" };
        var found = lease.Snapshot.Index.Search(query).Total;

        _tree.With(File, SampleContent.Practitioner.ReplaceOnce("naam: Drs. Anna de Vries", "naam: Anna Jansen"));
        var next = await live.ReloadAsync();

        Assert.NotSame(lease.Snapshot, next);
        Assert.False(lease.Snapshot.IsDisposed);
        Assert.Equal(found, lease.Snapshot.Index.Search(query).Total);
        lease.Dispose();
        Assert.True(lease.Snapshot.IsDisposed);
        Assert.False(next.IsDisposed);
    }
}
