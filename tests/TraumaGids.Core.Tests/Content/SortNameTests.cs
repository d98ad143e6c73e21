using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

/// <summary>The A–Z order of names: by surname, titles left out, tussenvoegsels after the surname.</summary>
public sealed class SortNameTests
{
    [Theory]
    [InlineData("Anna de Vries", "Vries, Anna de")]
    [InlineData("Drs. Anna de Vries", "Vries, Anna de")]
    [InlineData("Dr. Wim Brouwer", "Brouwer, Wim")]
    [InlineData("dr. Wim Brouwer", "Brouwer, Wim")]
    [InlineData("drs Wim Brouwer", "Brouwer, Wim")]
    [InlineData("Prof. dr. Wim Brouwer", "Brouwer, Wim")]
    [InlineData("Prof.dr. Wim Brouwer", "Brouwer, Wim")]
    [InlineData("Mr. Esther van Leeuwen", "Leeuwen, Esther van")]
    [InlineData("Pieter van der Berg", "Berg, Pieter van der")]
    [InlineData("Joost in 't Veld", "Veld, Joost in 't")]
    [InlineData("Sanne Bakker MSc", "Bakker, Sanne")]
    [InlineData("Sanne Bakker, GZ-psycholoog", "Bakker, Sanne")]
    [InlineData("Carmen Martínez López", "Martínez López, Carmen")]
    [InlineData("Samira El Idrissi", "El Idrissi, Samira")]
    [InlineData("Jan De Smet", "De Smet, Jan")]
    [InlineData("Marloes Jansen-de Vries", "Jansen-de Vries, Marloes")]
    [InlineData("Anna Maria van Dijk", "Dijk, Anna Maria van")]
    [InlineData("Tesfay", "Tesfay")]
    [InlineData("Dr.", "Dr.")]
    [InlineData("   ", "")]
    public void A_name_is_split_as_a_Dutch_list_writes_it(string name, string listed)
    {
        Assert.Equal(listed, SortName.Split(name).ToString());
    }

    [Fact]
    public void Names_sort_by_surname_not_by_title_or_given_name()
    {
        string[] names =
        [
            "Drs. Anna de Vries", "Dr. Wim Brouwer", "Ahmet Kaya", "Esther van Leeuwen", "dr. Mirjam Hoekstra",
            "Ingrid de Boer", "Deniz Yılmaz", "Carmen Martínez López", "Pieter van Dijk", "Zoë Özdemir", "Bas Vriesland",
        ];

        var sorted = names.OrderBy(SortName.Key, StringComparer.Ordinal).ToList();

        Assert.Equal(
            [
                "Ingrid de Boer", "Dr. Wim Brouwer", "Pieter van Dijk", "dr. Mirjam Hoekstra", "Ahmet Kaya", "Esther van Leeuwen",
                "Carmen Martínez López", "Zoë Özdemir", "Drs. Anna de Vries", "Bas Vriesland", "Deniz Yılmaz",
            ],
            sorted);
    }

    [Fact]
    public void The_same_surname_sorts_by_given_name()
    {
        string[] names = ["Piet de Vries", "Anna de Vries", "Anna Vries"];

        Assert.Equal(["Anna Vries", "Anna de Vries", "Piet de Vries"], names.OrderBy(SortName.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_sort_name_from_the_content_is_used_as_written()
    {
        Assert.True(string.CompareOrdinal(SortName.KeyAsWritten("Lotgenotengroep Gooi"), SortName.Key("Lotte Jansen")) > 0);
        Assert.True(string.CompareOrdinal(SortName.KeyAsWritten("Lotgenotengroep Gooi"), SortName.Key("Marieke Post")) < 0);
    }
}
