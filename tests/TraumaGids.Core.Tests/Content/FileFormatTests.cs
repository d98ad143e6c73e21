using System.Text;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

/// <summary>File-level problems: front matter delimiters, YAML syntax, encoding and line endings.</summary>
public sealed class FileFormatTests
{
    private const string File = SampleContent.PractitionerPath;

    private static ContentSet LoadWithPractitioner(string text)
    {
        using var tree = ContentTree.Valid().With(File, text);
        return tree.Load();
    }

    [Fact]
    public void Load_NoOpeningDashes_ReportsLine1AndSkipsFile()
    {
        var content = LoadWithPractitioner(SampleContent.Practitioner[4..]);

        ContentAssert.SingleIssue(content, File, 1, "front matter", "moet beginnen met een regel '---'");
        Assert.Empty(content.Practitioners);
    }

    [Fact]
    public void Load_EmptyFile_ReportsMissingOpeningDashes()
    {
        var content = LoadWithPractitioner("");

        ContentAssert.SingleIssue(content, File, 1, "front matter", "'---'");
        Assert.Empty(content.Practitioners);
    }

    [Fact]
    public void Load_NoClosingDashes_ReportsMissingClosingLine()
    {
        var text = SampleContent.Practitioner.ReplaceOnce("laatst-beoordeeld: 2026-09-15\n---\n", "laatst-beoordeeld: 2026-09-15\n");

        var content = LoadWithPractitioner(text);

        ContentAssert.SingleIssue(content, File, 1, "front matter", "afsluitende regel '---'", "ontbreekt");
        Assert.Empty(content.Practitioners);
    }

    [Fact]
    public void Load_BrokenYaml_ReportsTheLineOfTheMistake()
    {
        var text = SampleContent.Practitioner.ReplaceOnce("discipline: gz-psycholoog", "discipline: gz: psycholoog");

        var content = LoadWithPractitioner(text);

        var issue = ContentAssert.SingleIssue(content, File, 3, "front matter", "YAML klopt niet");
        Assert.Equal(text.LineOf("discipline:"), issue.Line);
        Assert.Empty(content.Practitioners);
    }

    [Fact]
    public void Load_BrokenYamlFurtherDown_ReportsThatLine()
    {
        var text = SampleContent.Practitioner.ReplaceOnce("  weken: 6", "\tweken: 6");

        var content = LoadWithPractitioner(text);

        var issue = Assert.Single(content.Issues);
        Assert.Equal((File, "front matter"), (issue.File, issue.Field));
        Assert.Equal(text.LineOf("\tweken"), issue.Line);
        Assert.StartsWith("YAML klopt niet: ", issue.Message, StringComparison.Ordinal);
        Assert.True(issue.Message.Length > "YAML klopt niet: ".Length, "the YAML parser's explanation is kept");
    }

    [Fact]
    public void Load_TabIndentation_ReportsTheTabLineAndSaysUseSpaces()
    {
        var text = SampleContent.Practitioner.ReplaceOnce("  tot: 18", "\ttot: 18");

        ContentAssert.SingleIssue(LoadWithPractitioner(text), File, text.LineOf("\ttot"), "front matter", "tab", "spaties");
    }

    [Theory]
    [InlineData("methoden: [emdr, tf-cbt]", "methoden: [emdr, tf-cbt")]
    [InlineData("methoden: [emdr, tf-cbt]", "methoden: {emdr: ja")]
    [InlineData("naam: Drs. Anna de Vries", "naam: \"Drs. Anna de Vries")]
    public void Load_UnclosedBracketOrQuote_IsReportedNotThrown(string oldLine, string newLine)
    {
        var text = SampleContent.Practitioner.ReplaceOnce(oldLine, newLine);

        var content = LoadWithPractitioner(text);

        var issue = Assert.Single(content.Issues);
        Assert.Equal((File, "front matter"), (issue.File, issue.Field));
        Assert.StartsWith("YAML klopt niet", issue.Message, StringComparison.Ordinal);
        // The parser notices an unclosed bracket on the line after it at the latest.
        Assert.InRange(issue.Line, text.LineOf(newLine), text.LineOf(newLine) + 1);
        Assert.Empty(content.Practitioners);
    }

    [Fact]
    public void Load_DuplicateKey_IsReportedNotThrown()
    {
        var text = SampleContent.Practitioner.ReplaceOnce("organisatie: Praktijk De Linde", "naam: Anna");

        var content = LoadWithPractitioner(text);

        var issue = Assert.Single(content.Issues);
        Assert.Equal((File, "front matter", 4), (issue.File, issue.Field, issue.Line));
        Assert.Empty(content.Practitioners);
    }

    [Theory]
    [InlineData("- naam\n- discipline\n")]
    [InlineData("Drs. Anna de Vries\n")]
    [InlineData("")]
    [InlineData("# alleen commentaar\n")]
    public void Load_FrontMatterNotAMapping_ReportsLine2(string frontMatter)
    {
        var content = LoadWithPractitioner("---\n" + frontMatter + "---\nTekst.\n");

        ContentAssert.SingleIssue(content, File, 2, "front matter", "naam: waarde");
        Assert.Empty(content.Practitioners);
    }

    [Fact]
    public void Load_InvalidUtf8_ReportsEncodingAndSkipsFile()
    {
        var bytes = Encoding.UTF8.GetBytes(SampleContent.Practitioner.ReplaceOnce("Anna", "An\uFFFDna")).ToList();
        var at = bytes.IndexOf(0xEF); // the replacement character's first byte
        bytes.RemoveRange(at, 3);
        bytes.InsertRange(at, [0xC3, 0x28]); // a lead byte followed by a non-continuation byte
        using var tree = ContentTree.Valid().WithBytes(File, [.. bytes]);

        var content = tree.Load();

        ContentAssert.SingleIssue(content, File, 1, "bestand", "UTF-8");
        Assert.Empty(content.Practitioners);
    }

    [Fact]
    public void Load_Latin1File_ReportsEncoding()
    {
        var text = SampleContent.Practitioner.ReplaceOnce("Praktijk De Linde", "Praktijk Café");
        using var tree = ContentTree.Valid().WithBytes(File, Encoding.Latin1.GetBytes(text));

        var content = tree.Load();

        ContentAssert.SingleIssue(content, File, 1, "bestand", "UTF-8");
    }

    [Fact]
    public void Load_ByteOrderMark_ParsesFine()
    {
        using var tree = ContentTree.Valid().WithBytes(File, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(SampleContent.Practitioner)]);

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        Assert.Equal("Drs. Anna de Vries", Assert.Single(content.Practitioners).Name);
    }

    [Fact]
    public void Load_ByteOrderMark_KeepsLineNumbers()
    {
        var text = SampleContent.Practitioner.ReplaceOnce("  tot: 18", "  tot: 180");
        using var tree = ContentTree.Valid().WithBytes(File, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)]);

        var content = tree.Load();

        ContentAssert.SingleIssue(content, File, text.LineOf("  tot:"), "leeftijd.tot", "180", "0 t/m 120");
    }

    [Fact]
    public void Load_CrlfLineEndings_ParseLikeLf()
    {
        using var tree = ContentTree.Valid()
            .With(File, SampleContent.Practitioner.ReplaceLineEndings("\r\n"))
            .With(SampleContent.OfferPath, SampleContent.Offer.ReplaceLineEndings("\r\n"));

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        var p = Assert.Single(content.Practitioners);
        Assert.Equal("Drs. Anna de Vries", p.Name);
        Assert.Equal("Tot 1 januari geen nieuwe aanmeldingen.", p.ReferralStopNote);
        Assert.Equal(new DateOnly(2026, 9, 15), p.LastReviewed);
        Assert.DoesNotContain('\r', p.Body.Html);
        Assert.Equal(Assert.Single(LoadWithPractitioner(SampleContent.Practitioner).Practitioners).Body, p.Body);
        Assert.Equal("Richtlijn PTSS (2025)", Assert.Single(content.Offers).Guideline);
    }

    [Fact]
    public void Load_CrlfLineEndings_KeepLineNumbersInFrontMatterAndBody()
    {
        var text = SampleContent.Practitioner
            .ReplaceOnce("  weken: 6", "  weken: zes")
            .ReplaceOnce("(/aanbod/emdr)", "(/aanbod/bestaat-niet)");
        using var tree = ContentTree.Valid().With(File, text.ReplaceLineEndings("\r\n"));

        var content = tree.Load();

        Assert.Equal(2, content.Issues.Count);
        ContentAssert.HasIssue(content, File, text.LineOf("  weken:"), "wachttijd.weken", "'zes' is geen heel getal");
        ContentAssert.HasIssue(content, File, text.LineOf("Lees ook"), "tekst", "/aanbod/bestaat-niet");
    }

    [Fact]
    public void Load_CrlfWithoutAnyFrontMatterCloser_StillReportsMissingClosingLine()
    {
        var content = LoadWithPractitioner("---\r\nnaam: Anna\r\n");

        ContentAssert.SingleIssue(content, File, 1, "front matter", "afsluitende regel");
    }
}
