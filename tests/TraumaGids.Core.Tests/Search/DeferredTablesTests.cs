using TraumaGids.Core.Content;
using TraumaGids.Core.Search;
using TraumaGids.Core.Tests.Screening;

namespace TraumaGids.Core.Tests.Search;

/// <summary>
/// Start-up leaves did-you-mean and autocomplete for after the first answer (<see cref="SearchIndex.BuildFirst"/>).
/// Until they are made, typing gets no suggestions; searches find exactly what they find afterwards (a typo
/// match makes the did-you-mean table when it needs it). Then both work as in an index built whole.
/// </summary>
public sealed class DeferredTablesTests(ExampleContent example) : IClassFixture<ExampleContent>
{
    [Fact]
    public void Before_the_tables_are_made_searches_find_the_same_and_typing_gets_no_suggestions()
    {
        using var complete = SearchIndex.Build(example.Content);
        using var parts = new IndexParts(chunk: 4, minimum: 0);
        using var first = SearchIndex.BuildFirst(example.Content, parts);

        Assert.True(complete.TablesComplete);
        Assert.False(first.TablesComplete);
        Assert.NotEmpty(complete.Suggest("anna"));
        Assert.Empty(first.Suggest("anna"));
        // Every search of the set, typos included, in this order on the fresh index: the same totals, hits,
        // scores, counts and did-you-mean.
        Assert.Equal(IndexPartsTests.Results(complete), IndexPartsTests.Results(first));
    }

    [Fact]
    public void Once_made_the_tables_answer_as_in_an_index_built_whole()
    {
        using var complete = SearchIndex.Build(example.Content);
        using var parts = new IndexParts(chunk: 4, minimum: 0);
        using var first = SearchIndex.BuildFirst(example.Content, parts);

        first.CompleteTables();

        Assert.True(first.TablesComplete);
        foreach (var typed in new[] { "anna", "emd", "hilv", "arab", "ver" })
        {
            Assert.Equal(complete.Suggest(typed), first.Suggest(typed));
        }
        Assert.Equal("nachtmerries", first.Search(new SearchQuery { Text = "nachtmeries" }).DidYouMean);
    }

    [Fact]
    public void A_small_directory_makes_the_tables_at_once()
    {
        // Below the parts' minimum (the example content against the default 2,000) nothing is left for later.
        using var parts = new IndexParts();
        using var first = SearchIndex.BuildFirst(example.Content, parts);

        Assert.True(first.TablesComplete);
        Assert.NotEmpty(first.Suggest("anna"));
    }

    [Fact]
    public async Task Live_content_makes_the_tables_after_start_up()
    {
        var root = Path.Combine(TraumaGids.Core.Tests.Search.Evaluation.JudgedSet.RepoRoot, "content");
        using var parts = new IndexParts(chunk: 4, minimum: 0);
        using var live = LiveContent.Load(root, TimeProvider.System, TimeSpan.Zero, parts);

        await live.StartedUp;

        Assert.True(live.Current.Index.TablesComplete);
        Assert.NotEmpty(live.Current.Index.Suggest("anna"));
    }

    [Fact]
    public async Task The_site_makes_them_after_its_first_answer_and_a_reload_before_it_goes_first()
    {
        var root = Path.Combine(TraumaGids.Core.Tests.Search.Evaluation.JudgedSet.RepoRoot, "content");
        using var parts = new IndexParts(chunk: 4, minimum: 0);
        // No answer within an hour: only Answered starts the work.
        using var live = LiveContent.Load(root, TimeProvider.System, TimeSpan.Zero, parts, laterWithin: TimeSpan.FromHours(1));

        var reloaded = await live.ReloadAsync(reread: true).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(live.StartedUp.IsCompleted);
        Assert.Same(live.Current, reloaded);

        live.Answered();
        await live.StartedUp;

        Assert.True(live.Current.Index.TablesComplete);
        // The parts for the next reload were written after the answer.
        Assert.False(parts.IsEmpty);
    }
}
