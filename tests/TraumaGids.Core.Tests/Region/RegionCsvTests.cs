using System.Text;
using TraumaGids.Core.Region;
using TraumaGids.Core.Tests.Search;

namespace TraumaGids.Core.Tests.Region;

public sealed class RegionCsvTests
{
    [Theory]
    [InlineData("EMDR", "EMDR")]
    [InlineData("Kinderen; jongeren", "\"Kinderen; jongeren\"")]
    [InlineData("De \"Brug\"", "\"De \"\"Brug\"\"\"")]
    [InlineData("regel 1\nregel 2", "\"regel 1\nregel 2\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-3", "-3")]
    [InlineData("4,5", "4,5")]
    [InlineData("", "")]
    public void Fields_are_quoted_when_needed_and_formulas_defused(string value, string written)
    {
        Assert.Equal(written, RegionCsv.Field(value));
    }

    [Fact]
    public void The_file_starts_with_a_byte_order_mark_and_a_header_and_has_a_row_per_figure()
    {
        var overview = RegionOverview.Compute(TestContent.Content());
        var bytes = RegionCsv.ToBytes(overview);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        Assert.Equal("", lines[^1]);
        Assert.Equal(string.Join(';', RegionCsv.Header), lines[0]);
        // 7 views × (4 methods × 5 places + 3 languages).
        Assert.Equal(1 + (7 * ((4 * 5) + 3)), lines.Length - 1);
        Assert.Contains("Methode;emdr;EMDR;kinderen;4;11;Hele regio;2;0;3;nee", lines);
        Assert.Contains("Methode;tf-cbt;TF-CBT;jongeren;12;17;Laren;0;1;;ja", lines);
        Assert.Contains("Methode;tf-cbt;TF-CBT;volwassenen;25;64;Laren;0;0;;n.v.t.", lines);
        Assert.Contains("Taal;ar;Arabisch;jongeren;12;17;Hele regio;0;1;;ja", lines);
        Assert.Contains("Methode;emdr;EMDR;alle;0;120;Huizen;1;0;2;nee", lines);
    }

    [Fact]
    public void A_half_week_median_has_a_decimal_comma()
    {
        // NET for adults 25-64: Bram 2 weeks, Frank 5 instead of 4.
        var practitioners = TestContent.Practitioners.Select(p => p.Slug == "frank" ? p with { WaitingTime = p.WaitingTime with { Weeks = 5 } } : p);
        var lines = Encoding.UTF8.GetString(RegionCsv.ToBytes(RegionOverview.Compute(TestContent.Content(practitioners)))).Split("\r\n");

        Assert.Contains("Methode;net;NET;volwassenen;25;64;Hele regio;2;0;3,5;nee", lines);
    }
}
