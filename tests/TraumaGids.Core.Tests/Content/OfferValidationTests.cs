using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

public sealed class OfferValidationTests
{
    private const string File = SampleContent.OfferPath;

    private static ContentSet Load(string offer)
    {
        using var tree = ContentTree.Valid().With(File, offer);
        var content = tree.Load();
        Assert.Empty(content.Offers);
        return content;
    }

    [Theory]
    [InlineData("titel")]
    [InlineData("samenvatting")]
    [InlineData("soort")]
    [InlineData("doelgroepen")]
    [InlineData("laatst-beoordeeld")]
    public void Load_RequiredFieldMissing_ReportsThatField(string field)
    {
        ContentAssert.SingleIssue(Load(SampleContent.Offer.RemoveField(field)), File, 2, field, "verplicht veld ontbreekt");
    }

    [Fact]
    public void Load_FileNameNotAMethodKey_SaysItMustBeOne()
    {
        using var tree = ContentTree.Valid().With("aanbod/yoga.md", SampleContent.Offer.ReplaceOnce("titel: EMDR", "titel: Yoga"));

        var content = tree.Load();

        var issue = Assert.Single(content.Issues);
        Assert.Equal(("aanbod/yoga.md", "slug"), (issue.File, issue.Field));
        Assert.InRange(issue.Line, 1, 2);
        Assert.Contains("'yoga'", issue.Message, StringComparison.Ordinal);
        Assert.Contains("methoden", issue.Message, StringComparison.Ordinal);
        Assert.Equal("emdr", Assert.Single(content.Offers).Slug);
    }

    [Fact]
    public void Load_OfferForAnotherMethodKey_IsAccepted()
    {
        using var tree = ContentTree.Valid().With("aanbod/tf-cbt.md", SampleContent.Offer.ReplaceOnce("titel: EMDR", "titel: TF-CBT"));

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        Assert.Equal(["emdr", "tf-cbt"], content.Offers.Select(o => o.Slug));
    }

    [Fact]
    public void Load_UnknownSoort_NamesBothChoices()
    {
        var text = SampleContent.Offer.ReplaceOnce("soort: behandeling", "soort: therapie");

        ContentAssert.SingleIssue(Load(text), File, text.LineOf("soort:"), "soort", "'therapie'", "'behandeling'", "'ondersteuning'");
    }

    [Fact]
    public void Load_FirstChoiceWithoutGuideline_AsksForTheGuideline()
    {
        var text = SampleContent.Offer.RemoveField("richtlijn");

        ContentAssert.SingleIssue(Load(text), File, 2, "richtlijn", "verplicht");
    }

    [Fact]
    public void Load_FirstChoiceWithEmptyGuideline_IsReportedOnItsLine()
    {
        var text = SampleContent.Offer.ReplaceOnce("richtlijn: Richtlijn PTSS (2025)", "richtlijn:");

        ContentAssert.SingleIssue(Load(text), File, text.LineOf("richtlijn:"), "richtlijn", "verplicht");
    }

    [Fact]
    public void Load_EmptyBody_IsReportedOnTheFirstBodyLine()
    {
        var text = SampleContent.Offer[..(SampleContent.Offer.IndexOf("---\n## Voor wie", StringComparison.Ordinal) + 4)] + "\n  \n";

        ContentAssert.SingleIssue(Load(text), File, text.LineOf("laatst-beoordeeld:") + 2, "tekst", "tekst", "ontbreekt");
    }

    [Fact]
    public void Load_UnknownTargetGroup_ListsAllowedValues()
    {
        var text = SampleContent.Offer.ReplaceOnce("doelgroepen: [kinderen, jongeren, volwassenen]", "doelgroepen: [kinderen, ouderen]");

        ContentAssert.SingleIssue(Load(text), File, text.LineOf("doelgroepen:"), "doelgroepen", "'ouderen'", "kinderen, jongeren, volwassenen");
    }

    [Fact]
    public void Load_UnknownField_IsReported()
    {
        var text = SampleContent.Offer.ReplaceOnce("eerste-keus: true", "eerste-keuze: true").RemoveField("richtlijn");

        ContentAssert.SingleIssue(Load(text), File, text.LineOf("eerste-keuze:"), "eerste-keuze", "onbekend veld", "eerste-keus");
    }

    [Fact]
    public void Load_FieldWithoutName_IsReportedAsSuch()
    {
        var text = SampleContent.Offer.ReplaceOnce("eerste-keus: true", "eerste-keus: true\n: los\n");

        ContentAssert.SingleIssue(Load(text), File, text.LineOf(": los"), "(veld zonder naam)", "onbekend veld");
    }
}
