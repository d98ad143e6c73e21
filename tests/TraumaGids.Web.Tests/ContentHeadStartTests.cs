using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Tests;

/// <summary>
/// The content load starts while the host is built (<see cref="ContentHeadStart"/>); the site takes it only
/// for the directory and clock its services resolve to, so tests (and anything else) that replace them
/// after Program registered the services get their own.
/// </summary>
public sealed class ContentHeadStartTests : IDisposable
{
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private readonly string _content = Path.Combine(Path.GetTempPath(), "traumagids-headstart-" + Guid.NewGuid().ToString("N"));

    public ContentHeadStartTests() => RepoPaths.CopyDirectory(RepoPaths.Content, _content);

    public void Dispose() => Directory.Delete(_content, recursive: true);

    private ContentHeadStart Begin(string? store = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Content:Path"] = _content;
        builder.Configuration["Search:IndexCache"] = store ?? "";
        return ContentHeadStart.Begin(builder) ?? throw new InvalidOperationException("no head start for an existing directory");
    }

    [Fact]
    public void The_load_started_ahead_is_taken_for_its_directory_with_the_system_clock_once()
    {
        using var headStart = Begin();

        using var live = headStart.Take(Path.GetFullPath(_content), TimeProvider.System, store: null);

        Assert.NotNull(live);
        Assert.Equal(Path.GetFullPath(_content), live.Directory);
        Assert.NotEmpty(live.Current.Content.Practitioners);
        Assert.Null(headStart.Take(Path.GetFullPath(_content), TimeProvider.System, store: null));
    }

    [Fact]
    public void The_load_started_ahead_is_not_taken_for_another_clock_directory_or_index_store()
    {
        using var otherClock = Begin();
        using var otherDirectory = Begin();
        using var otherStore = Begin();

        Assert.Null(otherClock.Take(Path.GetFullPath(_content), new FixedClock(DateTimeOffset.UtcNow), store: null));
        Assert.Null(otherDirectory.Take(Path.GetFullPath(RepoPaths.Content), TimeProvider.System, store: null));
        Assert.Null(otherStore.Take(Path.GetFullPath(_content), TimeProvider.System, store: _content + "-zoekindex"));
    }

    [Fact]
    public void A_directory_that_does_not_exist_is_not_loaded_ahead()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Content:Path"] = Path.Combine(_content, "bestaat-niet");

        Assert.Null(ContentHeadStart.Begin(builder));
    }

    [Fact]
    public void A_site_with_its_own_clock_loads_its_content_with_that_clock()
    {
        var clock = new FixedClock(new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.Zero));
        using var site = new SiteFactory(_content, clock: clock);

        var live = site.Services.GetRequiredService<ContentStore>().Live;

        Assert.Equal(clock.GetUtcNow(), live.Current.LoadedAt);
        Assert.Equal(Path.GetFullPath(_content), live.Directory);
    }
}
