using TraumaGids.Core.Shortlists;

namespace TraumaGids.Core.Tests.Shortlists;

/// <summary>The shortlist read from and written to the address: known practitioners only, each once, at most ten.</summary>
public sealed class ShortlistTests
{
    private static readonly HashSet<string> Known = [.. Enumerable.Range(1, 14).Select(n => $"p{n}"), "anna-de-vries", "wim-brouwer"];

    private static (Shortlist List, IReadOnlyList<string> Notices) Read(params string?[] values) => Shortlist.Read(values, Known.Contains);

    [Fact]
    public void Reads_the_slugs_in_order()
    {
        var (list, notices) = Read("anna-de-vries,wim-brouwer");

        Assert.Equal(["anna-de-vries", "wim-brouwer"], list.Slugs);
        Assert.Empty(notices);
        Assert.Equal("anna-de-vries,wim-brouwer", list.Value);
    }

    [Fact]
    public void Repeated_parameters_spaces_capitals_and_empty_parts_are_read_kindly()
    {
        var (list, notices) = Read(" Anna-de-Vries ,,", "wim-brouwer", null, "");

        Assert.Equal(["anna-de-vries", "wim-brouwer"], list.Slugs);
        Assert.Empty(notices);
    }

    [Fact]
    public void Duplicates_are_listed_once_without_a_notice()
    {
        var (list, notices) = Read("p1,p2,p1", "p2");

        Assert.Equal(["p1", "p2"], list.Slugs);
        Assert.Empty(notices);
    }

    [Theory]
    [InlineData("p1,bestaat-niet,p2", "Eén behandelaar")]
    [InlineData("p1,<script>,../etc,p2", "Een paar behandelaars")]
    public void Unknown_practitioners_are_left_out_with_a_notice(string value, string notice)
    {
        var (list, notices) = Read(value);

        Assert.Equal(["p1", "p2"], list.Slugs);
        Assert.StartsWith(notice, Assert.Single(notices), StringComparison.Ordinal);
        Assert.DoesNotContain("script", notices[0], StringComparison.Ordinal);
    }

    [Fact]
    public void At_most_ten_are_kept_the_first_ten()
    {
        var (list, notices) = Read(string.Join(',', Enumerable.Range(1, 14).Select(n => $"p{n}")));

        Assert.Equal(Shortlist.MaxSize, list.Count);
        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"p{n}"), list.Slugs);
        Assert.True(list.IsFull);
        Assert.Contains("hoogstens 10", Assert.Single(notices), StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_address_is_read_only_in_part_and_never_throws()
    {
        var (list, notices) = Read(string.Join(',', Enumerable.Repeat("x", 100_000)) + ",p1");

        Assert.Empty(list.Slugs);
        Assert.Single(notices);
    }

    [Fact]
    public void Adding_and_removing_give_new_lists_and_keep_the_order()
    {
        var list = Read("p1,p2").List;

        Assert.Equal(["p1", "p2", "p3"], list.With("p3").Slugs);
        Assert.Same(list, list.With("p1"));
        Assert.Equal(["p2"], list.Without("p1").Slugs);
        Assert.Same(list, list.Without("p9"));
        Assert.Null(list.Without("p1").Without("p2").Value);
        Assert.Equal(["p1", "p2"], list.Slugs);
    }

    [Fact]
    public void A_full_list_takes_no_more()
    {
        var full = Read(string.Join(',', Enumerable.Range(1, 10).Select(n => $"p{n}"))).List;

        Assert.Same(full, full.With("p11"));
        Assert.Equal(9, full.Without("p3").Count);
    }
}
