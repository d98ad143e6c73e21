using TraumaGids.Core.OpenData;

namespace TraumaGids.Core.Tests.OpenData;

public sealed class HsdsPagingTests
{
    private static readonly int[] Items = Enumerable.Range(1, 23).ToArray();

    [Theory]
    // page, per page: expected size, first, last, empty
    [InlineData(1, 10, 10, true, false, false)]
    [InlineData(2, 10, 10, false, false, false)]
    [InlineData(3, 10, 3, false, true, false)]
    [InlineData(4, 10, 0, false, true, true)]
    [InlineData(1, 23, 23, true, true, false)]
    [InlineData(1, 200, 23, true, true, false)]
    [InlineData(int.MaxValue, 200, 0, false, true, true)]
    public void Pages_cut_the_list_and_say_where_they_are(int page, int perPage, int size, bool first, bool last, bool empty)
    {
        var result = HsdsLists.Page(Items, new HsdsQuery { Page = page, PerPage = perPage });

        Assert.Equal(23, result.TotalItems);
        Assert.Equal((23 + perPage - 1) / perPage, result.TotalPages);
        Assert.Equal(page, result.PageNumber);
        Assert.Equal(size, result.Size);
        Assert.Equal(size, result.Contents.Count);
        Assert.Equal((first, last, empty), (result.FirstPage, result.LastPage, result.Empty));
        if (size > 0)
        {
            Assert.Equal(((page - 1) * perPage) + 1, result.Contents[0]);
        }
    }

    [Fact]
    public void An_empty_list_is_one_empty_first_and_last_page()
    {
        var result = HsdsLists.Page(Array.Empty<int>(), new HsdsQuery());

        Assert.Equal((0, 0, 0, true, true, true), (result.TotalItems, result.TotalPages, result.Size, result.FirstPage, result.LastPage, result.Empty));
    }
}
