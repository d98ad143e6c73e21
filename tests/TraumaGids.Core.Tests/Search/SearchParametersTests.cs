using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

public sealed class SearchParametersTests
{
    private static (SearchQuery Query, IReadOnlyList<string> Notices) Read(params (string Name, string? Value)[] parameters) =>
        SearchParameters.Read(name => parameters.Where(p => p.Name == name).Select(p => p.Value), TestContent.Vocabularies);

    [Fact]
    public void Reads_every_parameter()
    {
        var (query, notices) = Read(("q", " emdr "), ("soort", "behandelaar"), ("doelgroep", "kinderen"), ("leeftijd", "9"),
            ("methode", "emdr"), ("methode", "net"), ("gemeente", "laren"), ("online", "ja"), ("taal", "ar"),
            ("financiering", "gratis"), ("zonder-aanmeldstop", "ja"), ("expertgroep", "ja"), ("sorteer", "wachttijd"), ("pagina", "3"));

        Assert.Empty(notices);
        Assert.Equal("emdr", query.Text);
        Assert.Equal([ContentKind.Practitioner], query.Kinds);
        Assert.Equal(["kinderen"], query.TargetGroups);
        Assert.Equal(9, query.Age);
        Assert.Equal(["emdr", "net"], query.Methods);
        Assert.Equal(["laren"], query.Municipalities);
        Assert.True(query.OnlineOnly);
        Assert.Equal(["ar"], query.Languages);
        Assert.Equal(["gratis"], query.Funding);
        Assert.True(query.NoReferralStop);
        Assert.True(query.ExpertGroupOnly);
        Assert.Equal(SearchSort.WaitingTime, query.Sort);
        Assert.Equal(3, query.Page);
    }

    [Fact]
    public void Writing_and_reading_back_gives_the_same_query()
    {
        var (query, _) = Read(("q", "kind slaapt slecht"), ("doelgroep", "jongeren"), ("leeftijd", "15"), ("gemeente", "huizen"),
            ("gemeente", "laren"), ("online", "ja"), ("expertgroep", "ja"), ("sorteer", "wachttijd"), ("pagina", "2"));

        var written = SearchParameters.Write(query);
        var (again, _) = SearchParameters.Read(name => written.Where(p => p.Key == name).Select(p => (string?)p.Value), TestContent.Vocabularies);

        Assert.Equal(query.Text, again.Text);
        Assert.Equal(query.TargetGroups, again.TargetGroups);
        Assert.Equal(query.Age, again.Age);
        Assert.Equal(query.Municipalities, again.Municipalities);
        Assert.Equal(query.OnlineOnly, again.OnlineOnly);
        Assert.True(again.ExpertGroupOnly);
        Assert.Equal(query.Sort, again.Sort);
        Assert.Equal(query.Page, again.Page);
    }

    [Fact]
    public void Defaults_are_not_written()
    {
        Assert.Empty(SearchParameters.Write(new SearchQuery()));
        Assert.Equal([new KeyValuePair<string, string>("q", "emdr")], SearchParameters.Write(new SearchQuery { Text = "emdr", Page = 1 }));
    }

    [Theory]
    [InlineData("negen")]
    [InlineData("-1")]
    [InlineData("121")]
    [InlineData("9.5")]
    [InlineData("99999999999999999999")]
    public void A_bad_age_is_ignored_with_a_notice(string age)
    {
        var (query, notices) = Read(("leeftijd", age));

        Assert.Null(query.Age);
        Assert.Contains(notices, n => n.StartsWith("Vul bij leeftijd een heel getal in", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_and_repeated_filter_values_are_dropped_with_one_notice()
    {
        var (query, notices) = Read(("methode", "emdr"), ("methode", "emdr"), ("methode", "toverij"), ("gemeente", "amsterdam"), ("soort", "x"));

        Assert.Equal(["emdr"], query.Methods);
        Assert.Empty(query.Municipalities);
        Assert.Empty(query.Kinds);
        Assert.Single(notices);
    }

    [Fact]
    public void Very_long_text_is_cut_without_splitting_a_surrogate_pair()
    {
        var text = new string('a', SearchParameters.MaxTextLength - 1) + "😀" + "rest";

        var (query, notices) = Read(("q", text));

        Assert.Equal(SearchParameters.MaxTextLength - 1, query.Text!.Length);
        Assert.Single(notices);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("abc")]
    [InlineData("10001")]
    public void A_bad_page_number_means_the_first_page(string page)
    {
        Assert.Equal(1, Read(("pagina", page)).Query.Page);
    }
}
