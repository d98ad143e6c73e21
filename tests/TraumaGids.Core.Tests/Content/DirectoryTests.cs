using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

/// <summary>The content directory as a whole: folders, vocabulaires.yml, and skipping broken files.</summary>
public sealed class DirectoryTests
{
    private const string Vocab = Vocabularies.FileName;

    [Fact]
    public void Load_MissingDirectory_Throws()
    {
        var missing = Path.Combine(Path.GetTempPath(), "traumagids-missing-" + Guid.NewGuid().ToString("N"));

        var ex = Assert.Throws<DirectoryNotFoundException>(() => ContentLoader.Load(missing, ContentTree.Today));

        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ContentLoader.PractitionersFolder)]
    [InlineData(ContentLoader.OffersFolder)]
    [InlineData(ContentLoader.InfoPagesFolder)]
    public void Load_MissingFolder_IsReportedOnce(string folder)
    {
        // Without the folder its pages are gone, so links to them break too: keep the others link-free.
        using var tree = ContentTree.Folders()
            .With("behandelaars/piet.md", SampleContent.MinimalPractitioner("Piet"))
            .With("informatie/test.md", SampleContent.MinimalInfoPage("Test"))
            .Without(folder);

        var content = tree.Load();

        ContentAssert.SingleIssue(content, folder + "/", 0, "map", "ontbreekt");
        Assert.Equal(folder == ContentLoader.PractitionersFolder ? 0 : 1, content.Practitioners.Count);
        Assert.Equal(folder == ContentLoader.InfoPagesFolder ? 0 : 1, content.InfoPages.Count);
    }

    [Fact]
    public void Load_EmptyDirectory_ReportsVocabulariesAndAllFolders()
    {
        using var tree = ContentTree.Empty();

        var content = tree.Load();

        Assert.Equal(
            // The vocabularies first: every practitioner and offer depends on them.
            [Vocab, $"{ContentLoader.OffersFolder}/", $"{ContentLoader.PractitionersFolder}/", $"{ContentLoader.InfoPagesFolder}/"],
            content.Issues.Select(i => i.File));
    }

    [Fact]
    public void Load_MissingVocabularies_IsReportedAndPractitionersCannotLoad()
    {
        using var tree = ContentTree.Valid().Without(Vocab);

        var content = tree.Load();

        ContentAssert.HasIssue(content, Vocab, 0, "bestand", "ontbreekt");
        Assert.Empty(content.Practitioners);
        Assert.Empty(content.Offers);
        // Information pages use no vocabulary.
        Assert.Single(content.InfoPages);
    }

    [Fact]
    public void Load_BrokenVocabularies_ReportsTheLine()
    {
        var vocab = SampleContent.Vocabularies.ReplaceOnce("  tf-cbt: TF-CBT", "  tf-cbt: TF-CBT: cognitief");
        using var tree = ContentTree.Valid().With(Vocab, vocab);

        var content = tree.Load();

        ContentAssert.HasIssue(content, Vocab, vocab.LineOf("  tf-cbt:"), "bestand", "YAML klopt niet");
        Assert.Empty(content.Practitioners);
        Assert.Empty(content.Vocabularies.Methods.Entries);
    }

    [Fact]
    public void Load_VocabulariesWithUnclosedBracket_IsReportedNotThrown()
    {
        var vocab = SampleContent.Vocabularies.ReplaceOnce("  nl: Nederlands", "  nl: [Nederlands");
        using var tree = ContentTree.Valid().With(Vocab, vocab);

        var content = tree.Load();

        var issue = content.Issues.Single(i => i.File == Vocab);
        Assert.Equal("bestand", issue.Field);
        Assert.InRange(issue.Line, vocab.LineOf("  nl:"), vocab.LineOf("  nl:") + 1);
    }

    [Fact]
    public void Load_VocabulariesIndentedWithTab_PointsAtTheTab()
    {
        var vocab = SampleContent.Vocabularies.ReplaceOnce("  zvw: Zorgverzekeringswet", "\tzvw: Zorgverzekeringswet");
        using var tree = ContentTree.Valid().With(Vocab, vocab);

        var content = tree.Load();

        ContentAssert.HasIssue(content, Vocab, vocab.LineOf("\tzvw"), "bestand", "tab");
    }

    [Fact]
    public void Load_VocabulariesNotUtf8_IsReportedLikeAContentFile()
    {
        var vocab = SampleContent.Vocabularies.ReplaceOnce("  psychiater: Psychiater", "  psychiater: Psychiater (één)");
        using var tree = ContentTree.Valid().WithBytes(Vocab, System.Text.Encoding.Latin1.GetBytes(vocab));

        var content = tree.Load();

        ContentAssert.HasIssue(content, Vocab, 1, "bestand", "UTF-8");
        Assert.Empty(content.Vocabularies.Disciplines.Entries);
    }

    [Fact]
    public void Load_VocabulariesWithBomAndCrlf_LoadFine()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(SampleContent.Vocabularies.ReplaceLineEndings("\r\n"));
        using var tree = ContentTree.Valid().WithBytes(Vocab, [.. System.Text.Encoding.UTF8.Preamble, .. bytes]);

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        Assert.Equal("Psychiater", content.Vocabularies.Disciplines.Label("psychiater"));
    }

    [Fact]
    public void Load_VocabulariesNotAMapping_IsReported()
    {
        using var tree = ContentTree.Valid().With(Vocab, "- emdr\n- tf-cbt\n");

        var content = tree.Load();

        ContentAssert.HasIssue(content, Vocab, 1, "bestand", "doelgroepen:", "methoden:");
        Assert.Empty(content.Practitioners);
    }

    [Fact]
    public void Load_VocabularyListMissing_IsReportedAndValuesFromItAreUnknown()
    {
        var vocab = SampleContent.Vocabularies.RemoveField("talen");
        using var tree = ContentTree.Valid().With(Vocab, vocab);

        var content = tree.Load();

        ContentAssert.HasIssue(content, Vocab, 1, "talen", "verplicht");
        var practitionerIssue = Assert.Single(content.Issues, i => i.File == SampleContent.PractitionerPath && i.Field == "talen" && i.Message.Contains("'nl'", StringComparison.Ordinal));
        Assert.Contains("(lijst is leeg)", practitionerIssue.Message, StringComparison.Ordinal);
        Assert.Empty(content.Practitioners);
    }

    [Fact]
    public void Load_VocabularyKeyWithCapitals_IsReported()
    {
        var vocab = SampleContent.Vocabularies.ReplaceOnce("  psychiater: Psychiater", "  Psychiater: Psychiater");
        using var tree = ContentTree.Valid().With(Vocab, vocab);

        var content = tree.Load();

        ContentAssert.SingleIssue(content, Vocab, vocab.LineOf("  Psychiater:"), "disciplines.Psychiater", "kleine letters");
        Assert.False(content.Vocabularies.Disciplines.Contains("Psychiater"));
    }

    [Fact]
    public void Load_VocabularyLabelMissing_IsReported()
    {
        var vocab = SampleContent.Vocabularies.ReplaceOnce("  psychiater: Psychiater", "  psychiater:");
        using var tree = ContentTree.Valid().With(Vocab, vocab);

        var content = tree.Load();

        ContentAssert.SingleIssue(content, Vocab, vocab.LineOf("  psychiater:"), "disciplines.psychiater", "naam ontbreekt");
    }

    [Fact]
    public void Load_UnknownVocabularyList_IsReportedAsUnknownField()
    {
        var vocab = SampleContent.Vocabularies + "methodes:\n  yoga: Yoga\n";
        using var tree = ContentTree.Valid().With(Vocab, vocab);

        var content = tree.Load();

        ContentAssert.SingleIssue(content, Vocab, vocab.LineOf("methodes:"), "methodes", "onbekend veld", "methoden");
    }

    [Fact]
    public void Load_OneBrokenAndTwoValidPractitioners_LoadsTheTwoValidOnes()
    {
        using var tree = ContentTree.Valid()
            .With("behandelaars/b-kapot.md", SampleContent.MinimalPractitioner("Kapot").ReplaceOnce("methoden: [emdr]", "methoden: [yoga]"))
            .With("behandelaars/c-piet.md", SampleContent.MinimalPractitioner("Piet Jansen"));

        var content = tree.Load();

        var issue = Assert.Single(content.Issues);
        Assert.Equal(("behandelaars/b-kapot.md", "methoden"), (issue.File, issue.Field));
        Assert.Equal(["anna-de-vries", "c-piet"], content.Practitioners.Select(p => p.Slug).Order(StringComparer.Ordinal));
        Assert.Null(content.FindPractitioner("b-kapot"));
        Assert.Equal(2, content.PractitionersOffering("emdr").Count);
    }

    [Fact]
    public void Load_BrokenFilesOfEveryKind_SkipOnlyThoseFiles()
    {
        using var tree = ContentTree.Valid()
            .With("behandelaars/kapot.md", "geen front matter\n")
            .With("aanbod/tf-cbt.md", "---\ntitel: [\n---\n")
            .With("informatie/kapot.md", "---\ntitel: Kapot\n");

        var content = tree.Load();

        Assert.Equal(["aanbod/tf-cbt.md", "behandelaars/kapot.md", "informatie/kapot.md"], content.Issues.Select(i => i.File));
        Assert.Single(content.Practitioners);
        Assert.Single(content.Offers);
        Assert.Single(content.InfoPages);
    }

    [Fact]
    public void Load_FilesThatAreNotMarkdown_AreIgnored()
    {
        using var tree = ContentTree.Valid()
            .With("behandelaars/notities.txt", "geen inhoud")
            .With("informatie/.gitkeep", "");

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        Assert.Single(content.Practitioners);
    }

    [Fact]
    public void Load_Issues_AreSortedByFileThenLine()
    {
        using var tree = ContentTree.Valid()
            .With("informatie/z.md", SampleContent.MinimalInfoPage("Z", "[a](/informatie/weg)\n\n[b](/informatie/ook-weg)"))
            .With("behandelaars/a.md", SampleContent.MinimalPractitioner("A").ReplaceOnce("talen: [nl]", "talen: [xx]").ReplaceOnce("naam: A", "naam:"));

        var content = tree.Load();

        Assert.Equal(
            [("behandelaars/a.md", 2), ("behandelaars/a.md", 7), ("informatie/z.md", 6), ("informatie/z.md", 8)],
            content.Issues.Select(i => (i.File, i.Line)));
    }

    [Fact]
    public void Issue_ToString_IsFileLineFieldMessage()
    {
        var issue = new ContentIssue("behandelaars/a.md", 9, "methoden", "onbekende waarde 'x'");

        Assert.Equal("behandelaars/a.md:9: methoden: onbekende waarde 'x'", issue.ToString());
    }
}
