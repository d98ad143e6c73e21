using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

/// <summary>The fields of issue 16: <c>verwijzen</c>, <c>aanmeldstop-tot</c> and <c>beheerders</c>, and the <c>verwijsroutes</c> list.</summary>
public sealed class HowToReferTests
{
    private const string File = SampleContent.PractitionerPath;

    private const string Block = """
        verwijzen:
          routes: [verwijsbrief-huisarts, wijkteam]
          telefoon: 035 123 4567
          email: intake@example.org
          bereikbaar: ma, di en do 9.00-12.00

        """;

    /// <summary>The sample practitioner with extra front matter lines inserted before <c>contact:</c>.</summary>
    private static string With(string lines) =>
        SampleContent.Practitioner.ReplaceOnce("\ncontact:\n", "\n" + lines.ReplaceLineEndings("\n") + "contact:\n");

    private static ContentSet Load(string practitioner, string? vocabularies = null)
    {
        using var tree = ContentTree.Valid().With(File, practitioner);
        if (vocabularies is not null)
        {
            tree.With(Vocabularies.FileName, vocabularies);
        }
        return tree.Load();
    }

    private static ContentIssue Single(string text, string lineStart, string field, params string[] messageParts)
    {
        var content = Load(text);
        Assert.Empty(content.Practitioners);
        return ContentAssert.SingleIssue(content, File, text.LineOf(lineStart), field, messageParts);
    }

    [Fact]
    public void Load_FullBlock_ParsesEveryField()
    {
        var content = Load(With(Block + "aanmeldstop-tot: 2027-03-01\nbeheerders: [a.kaya@example.org, 8f3c-subject]\n"));

        ContentAssert.NoIssues(content);
        var p = Assert.Single(content.Practitioners);
        Assert.Equal(["verwijsbrief-huisarts", "wijkteam"], p.HowToRefer!.Routes);
        Assert.Equal("035 123 4567", p.HowToRefer.Phone);
        Assert.Equal("intake@example.org", p.HowToRefer.Email);
        Assert.Equal("ma, di en do 9.00-12.00", p.HowToRefer.Reachable);
        Assert.Equal(new DateOnly(2027, 3, 1), p.ReferralStopUntil); // an end date may lie in the future
        Assert.Equal(["a.kaya@example.org", "8f3c-subject"], p.Managers);
        Assert.Equal("Verwijsbrief van de huisarts", content.Vocabularies.ReferralRoutes.Label("verwijsbrief-huisarts"));
    }

    [Fact]
    public void Load_OnlyRoutes_LeavesTheRestEmpty()
    {
        var content = Load(With("verwijzen:\n  routes: zelf-aanmelden\n"));

        ContentAssert.NoIssues(content);
        var refer = Assert.Single(content.Practitioners).HowToRefer!;
        Assert.Equal(["zelf-aanmelden"], refer.Routes); // one route may be written without brackets
        Assert.Equal((null, null, null), (refer.Phone, refer.Email, refer.Reachable));
    }

    [Fact]
    public void Load_FieldsAbsent_MeanNoInformationAndNobodyManages()
    {
        var content = Load(SampleContent.Practitioner);

        ContentAssert.NoIssues(content);
        var p = Assert.Single(content.Practitioners);
        Assert.Null(p.HowToRefer);
        Assert.Null(p.ReferralStopUntil);
        Assert.Empty(p.Managers);
    }

    [Fact]
    public void Load_UnknownRoute_ListsTheAllowedRoutes()
    {
        Single(With("verwijzen:\n  routes: [huisarts]\n"), "  routes:", "verwijzen.routes",
            "onbekende waarde 'huisarts'", "verwijsroutes", Vocabularies.FileName, "verwijsbrief-huisarts, wijkteam, zelf-aanmelden");
    }

    [Fact]
    public void Load_BlockWithoutRoutes_AsksForThem()
    {
        var text = With("verwijzen:\n  bereikbaar: altijd\n");

        // A missing field is reported at its block, which starts at the block's first field.
        Single(text, "  bereikbaar:", "verwijzen.routes", "verplicht veld ontbreekt");
    }

    [Theory]
    [InlineData("  telefoon: bel ons", "verwijzen.telefoon", "geen telefoonnummer")]
    [InlineData("  email: intake-at-example.org", "verwijzen.email", "geen e-mailadres")]
    [InlineData("  bereik: ma", "verwijzen.bereik", "onbekend veld")]
    public void Load_BadFieldInBlock_IsReportedOnItsLine(string line, string field, string message)
    {
        Single(With("verwijzen:\n  routes: [wijkteam]\n" + line + "\n"), line, field, message);
    }

    [Fact]
    public void Load_BlockIsAText_SaysItMustBeABlock()
    {
        Single(With("verwijzen: via de huisarts\n"), "verwijzen:", "verwijzen", "blok met velden");
    }

    [Fact]
    public void Load_StopEndDateWithoutStop_IsReported()
    {
        var text = SampleContent.Practitioner.ReplaceOnce("aanmeldstop: true", "aanmeldstop: false")
            .ReplaceOnce("\ncontact:\n", "\naanmeldstop-tot: 2027-03-01\ncontact:\n");

        Single(text, "aanmeldstop-tot:", "aanmeldstop-tot", "aanmeldstop: true");
    }

    [Fact]
    public void Load_StopEndDateNotADate_IsReported()
    {
        Single(With("aanmeldstop-tot: 1 maart\n"), "aanmeldstop-tot:", "aanmeldstop-tot", "geen datum", "JJJJ-MM-DD");
    }

    [Theory]
    [InlineData("beheerders: [Anna de Vries]", "geen e-mailadres of inlog-id")]
    [InlineData("beheerders: [a.kaya@example.org, A.Kaya@example.org]", "twee keer")]
    public void Load_BadManager_IsReported(string line, string message)
    {
        Single(With(line + "\n"), "beheerders:", "beheerders", message);
    }

    [Fact]
    public void Load_VocabulariesWithoutRouteList_StillLoadButARouteIsUnknown()
    {
        var withoutRoutes = SampleContent.Vocabularies[..SampleContent.Vocabularies.IndexOf("verwijsroutes:", StringComparison.Ordinal)];

        var plain = Load(SampleContent.Practitioner, withoutRoutes);
        var text = With("verwijzen:\n  routes: [wijkteam]\n");
        var withRoute = Load(text, withoutRoutes);

        ContentAssert.NoIssues(plain);
        Assert.Empty(plain.Vocabularies.ReferralRoutes.Entries);
        ContentAssert.SingleIssue(withRoute, File, text.LineOf("  routes:"), "verwijzen.routes", "'wijkteam'", "(lijst is leeg)");
    }

    [Fact]
    public void Load_BadRouteKeyInVocabularies_IsReportedThere()
    {
        var vocabularies = SampleContent.Vocabularies + "  Huisarts: Via de huisarts\n";

        var content = Load(SampleContent.Practitioner, vocabularies);

        ContentAssert.SingleIssue(content, Vocabularies.FileName, vocabularies.LineOf("  Huisarts:"), "verwijsroutes.Huisarts", "kleine letters");
    }
}
