using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

public sealed class InfoPageValidationTests
{
    private const string File = SampleContent.InfoPagePath;

    private static ContentSet Load(string page)
    {
        using var tree = ContentTree.Valid().With(File, page);
        var content = tree.Load();
        Assert.Empty(content.InfoPages);
        return content;
    }

    [Theory]
    [InlineData("titel")]
    [InlineData("samenvatting")]
    [InlineData("laatst-beoordeeld")]
    public void Load_RequiredFieldMissing_ReportsThatField(string field)
    {
        ContentAssert.SingleIssue(Load(SampleContent.InfoPage.RemoveField(field)), File, 2, field, "verplicht veld ontbreekt");
    }

    [Fact]
    public void Load_RelatedPageDoesNotExist_IsReportedOnItsLine()
    {
        var text = SampleContent.InfoPage.ReplaceOnce("gerelateerd: [aanbod/emdr, behandelaars/anna-de-vries]", "gerelateerd:\n  - aanbod/emdr\n  - informatie/bestaat-niet");

        ContentAssert.SingleIssue(Load(text), File, text.LineOf("  - informatie/bestaat-niet"), "gerelateerd", "'informatie/bestaat-niet'", "bestaat niet");
    }

    [Theory]
    [InlineData("wat-is-trauma")]
    [InlineData("zoeken/emdr")]
    [InlineData("aanbod/")]
    public void Load_RelatedIsNotAPagePath_ShowsAnExample(string related)
    {
        var text = SampleContent.InfoPage.ReplaceOnce("gerelateerd: [aanbod/emdr, behandelaars/anna-de-vries]", $"gerelateerd: [{related}]");

        ContentAssert.SingleIssue(Load(text), File, text.LineOf("gerelateerd:"), "gerelateerd", $"'{related}' is geen pagina", "aanbod/emdr");
    }

    [Fact]
    public void Load_RelatedWithLeadingSlash_IsAccepted()
    {
        using var tree = ContentTree.Valid().With(File,
            SampleContent.InfoPage.ReplaceOnce("[aanbod/emdr, behandelaars/anna-de-vries]", "[/aanbod/emdr]"));

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        Assert.Equal([new PageLink(ContentKind.Offer, "emdr")], Assert.Single(content.InfoPages).Related);
    }

    [Theory]
    [InlineData("volgorde: 1001", "1001", "0 t/m 1000")]
    [InlineData("volgorde: -5", "-5", "0 t/m 1000")]
    [InlineData("volgorde: eerst", "'eerst' is geen heel getal", "")]
    public void Load_BadOrder_IsReported(string line, string part1, string part2)
    {
        var text = SampleContent.InfoPage.ReplaceOnce("volgorde: 1", line);

        ContentAssert.SingleIssue(Load(text), File, text.LineOf("volgorde:"), "volgorde", part1, part2);
    }

    [Fact]
    public void Load_EmptyBody_IsReported()
    {
        var text = SampleContent.InfoPage.ReplaceOnce("Soms maak je iets heel ergs mee.\n", "");

        ContentAssert.SingleIssue(Load(text), File, text.LineOf("laatst-beoordeeld:") + 2, "tekst", "ontbreekt");
    }
}
