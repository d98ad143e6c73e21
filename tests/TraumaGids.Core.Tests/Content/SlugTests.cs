using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

/// <summary>Addresses: the file name, a <c>slug:</c> override, and two files claiming one address.</summary>
public sealed class SlugTests
{
    private const string File = SampleContent.PractitionerPath;

    [Fact]
    public void Load_SlugField_OverridesTheFileName()
    {
        var text = SampleContent.Practitioner.ReplaceOnce("laatst-beoordeeld:", "slug: anna\nlaatst-beoordeeld:");
        using var tree = ContentTree.Valid().With(File, text)
            .With(SampleContent.InfoPagePath, SampleContent.InfoPage.ReplaceOnce("behandelaars/anna-de-vries", "behandelaars/anna"));

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        Assert.Equal("anna", Assert.Single(content.Practitioners).Slug);
        Assert.NotNull(content.FindPractitioner("anna"));
        Assert.Null(content.FindPractitioner("anna-de-vries"));
    }

    [Theory]
    [InlineData("Anna de Vries")]
    [InlineData("anna_de_vries")]
    [InlineData("anna--de-vries")]
    [InlineData("-anna")]
    [InlineData("Anna")]
    public void Load_BadSlugField_IsReportedOnItsLine(string slug)
    {
        var text = SampleContent.Practitioner.ReplaceOnce("laatst-beoordeeld:", $"slug: {slug}\nlaatst-beoordeeld:");
        using var tree = ContentTree.Valid().With(File, text);

        var content = tree.Load();

        ContentAssert.HasIssue(content, File, text.LineOf("slug:"), "slug", $"'{slug}' is geen geldige slug", "kleine letters");
        Assert.Empty(content.Practitioners);
    }

    [Fact]
    public void Load_BadFileName_IsReportedAsBadSlug()
    {
        using var tree = ContentTree.Valid().With("behandelaars/piet_jansen.md", SampleContent.MinimalPractitioner("Piet Jansen"));

        var content = tree.Load();

        var issue = Assert.Single(content.Issues);
        Assert.Equal(("behandelaars/piet_jansen.md", "slug"), (issue.File, issue.Field));
        Assert.InRange(issue.Line, 1, 2);
        Assert.Contains("'piet_jansen'", issue.Message, StringComparison.Ordinal);
        Assert.Equal("anna-de-vries", Assert.Single(content.Practitioners).Slug);
    }

    [Fact]
    public void Load_DuplicateSlugViaSlugField_IsReportedOnTheSlugLineOfTheLaterFile()
    {
        var piet = SampleContent.MinimalPractitioner("Piet Jansen", "slug: anna-de-vries\n");
        using var tree = ContentTree.Valid().With("behandelaars/piet-jansen.md", piet);

        var content = tree.Load();

        Assert.Equal(2, content.Issues.Count);
        var later = content.Issues.Single(i => i.File == "behandelaars/piet-jansen.md");
        Assert.Equal((piet.LineOf("slug:"), "slug"), (later.Line, later.Field));
        Assert.Contains("'anna-de-vries'", later.Message, StringComparison.Ordinal);
        Assert.Contains(SampleContent.PractitionerPath, later.Message, StringComparison.Ordinal);
        Assert.Contains("piet-jansen.md wordt overgeslagen", content.Issues.Single(i => i.File == SampleContent.PractitionerPath).Message, StringComparison.Ordinal);
        Assert.Equal("Drs. Anna de Vries", Assert.Single(content.Practitioners).Name);
    }

    [Fact]
    public void Load_TwoFilesWithTheSameSlugField_LoadsOnlyTheFirst_AndReportsBoth()
    {
        using var tree = ContentTree.Valid()
            .With("behandelaars/a.md", SampleContent.MinimalPractitioner("A", "slug: dezelfde\n"))
            .With("behandelaars/b.md", SampleContent.MinimalPractitioner("B", "slug: dezelfde\n"));

        var content = tree.Load();

        Assert.Equal(2, content.Issues.Count);
        var (first, second) = (content.Issues[0], content.Issues[1]);
        Assert.Equal(("behandelaars/a.md", "slug"), (first.File, first.Field));
        Assert.Contains("behandelaars/b.md wordt overgeslagen", first.Message, StringComparison.Ordinal);
        Assert.Equal(("behandelaars/b.md", "slug"), (second.File, second.Field));
        Assert.Contains("behandelaars/a.md", second.Message, StringComparison.Ordinal);
        Assert.Equal("A", content.FindPractitioner("dezelfde")!.Name);
        Assert.Equal(2, content.Practitioners.Count);
    }

    [Fact]
    public void Load_LinksToAPageThatIsSkipped_AreReportedOnTheLinkingFile_WhichIsStillServed()
    {
        var linking = SampleContent.MinimalInfoPage("Hulp", "Lees eerst\n[wat is trauma?](/informatie/wat-is-trauma).", "gerelateerd: [informatie/wat-is-trauma]\n");
        using var tree = ContentTree.Valid()
            .With(SampleContent.InfoPagePath, SampleContent.InfoPage.ReplaceOnce("titel:", "titel: [kapot\nx:"))
            .With("informatie/hulp.md", linking);

        var content = tree.Load();

        Assert.DoesNotContain(content.Issues, i => i.File == "informatie/hulp.md");
        var dead = content.BrokenLinks.Where(i => i.File == "informatie/hulp.md").ToList();
        Assert.Equal(2, dead.Count);
        Assert.Contains(dead, i => i.Field == "gerelateerd" && i.Line == linking.LineOf("gerelateerd:"));
        Assert.Contains(dead, i => i.Field == "tekst" && i.Line == linking.LineOf("[wat is trauma?]"));
        Assert.All(dead, i => Assert.Contains("'/informatie/wat-is-trauma' werkt niet", i.Message.Replace("'informatie/", "'/informatie/", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.NotNull(content.FindInfoPage("hulp"));
        Assert.Null(content.FindInfoPage("wat-is-trauma"));
    }

    [Fact]
    public void Load_SameSlugInDifferentFolders_IsFine()
    {
        using var tree = ContentTree.Valid().With("informatie/emdr.md", SampleContent.MinimalInfoPage("Over EMDR"));

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        Assert.NotNull(content.FindOffer("emdr"));
        Assert.NotNull(content.FindInfoPage("emdr"));
    }

    [Fact]
    public void Load_LinkToTheSlugFieldAddress_IsNotReported()
    {
        using var tree = ContentTree.Valid()
            .With("informatie/hulp.md", SampleContent.MinimalInfoPage("Hulp", "Tekst.", "slug: hulp-krijgen\n"))
            .With("informatie/test.md", SampleContent.MinimalInfoPage("Test", "Zie [hulp](/informatie/hulp-krijgen).", "gerelateerd: [informatie/hulp-krijgen]\n"));

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        Assert.Equal([new PageLink(ContentKind.InfoPage, "hulp-krijgen")], content.FindInfoPage("test")!.Related);
    }

    [Fact]
    public void Load_LinkToTheFileNameOfAPageWithASlugField_IsReported()
    {
        var test = SampleContent.MinimalInfoPage("Test", "Zie [hulp](/informatie/hulp).", "gerelateerd: [informatie/hulp]\n");
        using var tree = ContentTree.Valid()
            .With("informatie/hulp.md", SampleContent.MinimalInfoPage("Hulp", "Tekst.", "slug: hulp-krijgen\n"))
            .With("informatie/test.md", test);

        var content = tree.Load();

        Assert.Equal(2, content.Issues.Count);
        ContentAssert.HasIssue(content, "informatie/test.md", test.LineOf("gerelateerd:"), "gerelateerd", "'informatie/hulp'");
        ContentAssert.HasIssue(content, "informatie/test.md", test.LineOf("Zie [hulp]"), "tekst", "'/informatie/hulp'");
    }
}
