using TraumaGids.Core.OpenData;

namespace TraumaGids.Core.Tests.OpenData;

public sealed class HsdsQueryTests
{
    private static (HsdsQuery? Query, HsdsQueryError? Error) Parse(params (string Name, string Value)[] parameters) =>
        HsdsQuery.Parse(name => parameters.Where(p => p.Name == name).Select(p => (string?)p.Value).ToList());

    [Fact]
    public void Defaults_without_parameters()
    {
        var (query, error) = Parse();

        Assert.Null(error);
        Assert.Equal((1, HsdsQuery.DefaultPerPage, false, null), (query!.Page, query.PerPage, query.Ndjson, query.Search));
    }

    [Theory]
    [InlineData("page", "3", 3, HsdsQuery.DefaultPerPage)]
    [InlineData("per_page", "1", 1, 1)]
    [InlineData("per_page", "200", 1, 200)]
    public void Good_paging_is_taken(string name, string value, int page, int perPage)
    {
        var (query, error) = Parse((name, value));

        Assert.Null(error);
        Assert.Equal((page, perPage), (query!.Page, query.PerPage));
    }

    [Theory]
    [InlineData("page", "0")]
    [InlineData("page", "+1")]
    [InlineData("page", " 1")]
    [InlineData("page", "2147483648")]
    [InlineData("per_page", "201")]
    [InlineData("per_page", "0")]
    [InlineData("per_page", "")]
    [InlineData("format", "csv")]
    [InlineData("modified_after", "2026-10-01T10:00")]
    [InlineData("modified_after", "01-10-2026")]
    [InlineData("taxonomy_id", "emdr")]
    public void Bad_values_name_their_parameter_in_dutch(string name, string value)
    {
        var (query, error) = Parse((name, value));

        Assert.Null(query);
        Assert.Equal(name, error!.Parameter);
        Assert.Contains($"'{name}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_given_twice_is_refused()
    {
        Assert.Equal("per_page", Parse(("per_page", "5"), ("per_page", "5")).Error!.Parameter);
    }

    [Fact]
    public void A_long_value_is_not_echoed_whole()
    {
        var error = Parse(("page", new string('9', 500))).Error!;

        Assert.True(error.Message.Length < 150, error.Message);
    }

    [Theory]
    [InlineData("2026-10-01", "2026-10-01T00:00:00+00:00")]
    [InlineData("2026-10-01T12:30:00Z", "2026-10-01T12:30:00+00:00")]
    [InlineData("2026-10-01T12:30:00+02:00", "2026-10-01T10:30:00+00:00")]
    [InlineData("2026-10-01T12:30:00.123Z", "2026-10-01T12:30:00.123+00:00")]
    public void Modified_after_takes_a_date_or_a_moment_with_its_offset(string value, string expected)
    {
        var (query, error) = Parse(("modified_after", value));

        Assert.Null(error);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), query!.ModifiedAfter);
    }

    [Fact]
    public void Ndjson_and_blank_search()
    {
        var (query, _) = Parse(("format", "ndjson"), ("search", "   "));

        Assert.True(query!.Ndjson);
        Assert.Null(query.Search);
    }
}
