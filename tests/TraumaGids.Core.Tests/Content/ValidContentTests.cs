using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

public sealed class ValidContentTests
{
    [Fact]
    public void Load_ValidTree_HasNoIssuesAndOneOfEach()
    {
        using var tree = ContentTree.Valid();

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        Assert.Single(content.Practitioners);
        Assert.Single(content.Offers);
        Assert.Single(content.InfoPages);
    }

    [Fact]
    public void Load_ValidPractitioner_ParsesEveryField()
    {
        using var tree = ContentTree.Valid();

        var p = Assert.Single(tree.Load().Practitioners);

        Assert.Equal("anna-de-vries", p.Slug);
        Assert.Equal(SampleContent.PractitionerPath, p.SourceFile);
        Assert.Equal("Drs. Anna de Vries", p.Name);
        Assert.Equal("gz-psycholoog", p.Discipline);
        Assert.Equal("Praktijk De Linde", p.Organisation);
        Assert.Equal("Behandelt kinderen en jongeren na huiselijk geweld.", p.Summary);
        Assert.True(p.ExpertGroupMember);
        Assert.Equal(["kinderen", "jongeren"], p.TargetGroups);
        Assert.Equal(new AgeRange(4, 18), p.Ages);
        Assert.Equal(["emdr", "tf-cbt"], p.Methods);
        Assert.Equal(["huiselijk-geweld", "kindermishandeling"], p.Themes);
        Assert.Equal(["nl", "en"], p.Languages);
        Assert.Equal(["hilversum", "wijdemeren"], p.Municipalities);
        Assert.Equal(
            [new Location("Lindelaan 12", "1211 AB", "Hilversum"), new Location("Dorpsstraat 3", "1231AB", "Loosdrecht")],
            p.Locations);
        Assert.True(p.Online);
        Assert.Equal(["jeugdwet"], p.Funding);
        Assert.Equal(new WaitingTime(6, new DateOnly(2026, 10, 1)), p.WaitingTime);
        Assert.True(p.ReferralStop);
        Assert.Equal("Tot 1 januari geen nieuwe aanmeldingen.", p.ReferralStopNote);
        Assert.Equal("035 012 3456", p.Contact.Phone);
        Assert.Equal("anna.devries@example.org", p.Contact.Email);
        Assert.Equal(new Uri("https://example.org/praktijk-de-linde"), p.Contact.Website);
        Assert.Equal(new DateOnly(2026, 9, 15), p.LastReviewed);
        Assert.Equal(
            "<p>Ik werk met <strong>kinderen</strong> en jongeren die iets ergs hebben meegemaakt.</p>\n" +
            "<p>Lees ook <a href=\"/informatie/wat-is-trauma\">wat is trauma?</a> en <a href=\"/aanbod/emdr\">over EMDR</a>.</p>\n",
            p.Body.Html);
        Assert.Equal(
            "Ik werk met kinderen en jongeren die iets ergs hebben meegemaakt. Lees ook wat is trauma? en over EMDR.",
            p.Body.PlainText);
    }

    [Fact]
    public void Load_OptionalPractitionerFieldsLeftOut_GetTheirDefaults()
    {
        var text = SampleContent.Practitioner
            .RemoveField("organisatie").RemoveField("samenvatting").RemoveField("expertgroep")
            .RemoveField("themas").RemoveField("locaties").RemoveField("online")
            .RemoveField("aanmeldstop").RemoveField("aanmeldstop-toelichting");
        using var tree = ContentTree.Valid().With(SampleContent.PractitionerPath, text);

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        var p = Assert.Single(content.Practitioners);
        Assert.Null(p.Organisation);
        Assert.Null(p.Summary);
        Assert.False(p.ExpertGroupMember);
        Assert.Empty(p.Themes);
        Assert.Empty(p.Locations);
        Assert.False(p.Online);
        Assert.False(p.ReferralStop);
        Assert.Null(p.ReferralStopNote);
    }

    [Fact]
    public void Load_ValidOffer_ParsesEveryField()
    {
        using var tree = ContentTree.Valid();

        var offer = Assert.Single(tree.Load().Offers);

        Assert.Equal("emdr", offer.Slug);
        Assert.Equal(SampleContent.OfferPath, offer.SourceFile);
        Assert.Equal("EMDR", offer.Title);
        Assert.Equal("Een behandeling waarbij je terugdenkt aan de nare gebeurtenis.", offer.Summary);
        Assert.Equal(OfferType.Treatment, offer.Type);
        Assert.Equal(["kinderen", "jongeren", "volwassenen"], offer.TargetGroups);
        Assert.True(offer.FirstChoice);
        Assert.Equal("Richtlijn PTSS (2025)", offer.Guideline);
        Assert.Equal(new DateOnly(2026, 6, 1), offer.LastReviewed);
        Assert.Contains("<h2 id=\"voor-wie\">Voor wie?</h2>", offer.Body.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/informatie/wat-is-trauma\">Wat is trauma?</a>", offer.Body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SupportOffer_IsParsedAsSupport()
    {
        var text = SampleContent.Offer.ReplaceOnce("soort: behandeling", "soort: ondersteuning")
            .RemoveField("eerste-keus").RemoveField("richtlijn");
        using var tree = ContentTree.Valid().With(SampleContent.OfferPath, text);

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        var offer = Assert.Single(content.Offers);
        Assert.Equal(OfferType.Support, offer.Type);
        Assert.False(offer.FirstChoice);
        Assert.Null(offer.Guideline);
    }

    [Fact]
    public void Load_ValidInfoPage_ParsesEveryField()
    {
        using var tree = ContentTree.Valid();

        var page = Assert.Single(tree.Load().InfoPages);

        Assert.Equal("wat-is-trauma", page.Slug);
        Assert.Equal(SampleContent.InfoPagePath, page.SourceFile);
        Assert.Equal("Wat is trauma?", page.Title);
        Assert.Equal("Na iets heel ergs kun je lang last houden van angst.", page.Summary);
        Assert.Equal(1, page.Order);
        Assert.Equal([new PageLink(ContentKind.Offer, "emdr"), new PageLink(ContentKind.Practitioner, "anna-de-vries")], page.Related);
        Assert.Equal(new DateOnly(2026, 6, 1), page.LastReviewed);
        Assert.Equal("<p>Soms maak je iets heel ergs mee.</p>\n", page.Body.Html);
        Assert.Equal("Soms maak je iets heel ergs mee.", page.Body.PlainText);
    }

    [Fact]
    public void Load_InfoPageWithoutVolgorde_DefaultsTo100()
    {
        using var tree = ContentTree.Valid()
            .With(SampleContent.InfoPagePath, SampleContent.InfoPage.RemoveField("volgorde"));

        var page = Assert.Single(tree.Load().InfoPages);

        Assert.Equal(100, page.Order);
    }

    [Fact]
    public void Load_ValidVocabularies_KeepKeysLabelsAndOrder()
    {
        using var tree = ContentTree.Valid();

        var vocabularies = tree.Load().Vocabularies;

        Assert.Equal(["emdr", "tf-cbt", "psycho-educatie"], vocabularies.Methods.Entries.Select(e => e.Key));
        Assert.Equal("Zorgverzekeringswet", vocabularies.Funding.Label("zvw"));
        Assert.Equal("GZ-psycholoog", vocabularies.Disciplines.Label("gz-psycholoog"));
        Assert.True(vocabularies.Languages.Contains("en"));
        Assert.True(vocabularies.Municipalities.Contains("wijdemeren"));
        Assert.True(vocabularies.Themes.Contains("huiselijk-geweld"));
        Assert.True(vocabularies.TargetGroups.Contains("volwassenen"));
    }

    [Fact]
    public void Load_ValidTree_LinksPractitionersToTheirMethods()
    {
        using var tree = ContentTree.Valid();

        var content = tree.Load();

        Assert.Equal("anna-de-vries", Assert.Single(content.PractitionersOffering("emdr")).Slug);
        Assert.Empty(content.PractitionersOffering("psycho-educatie"));
    }

    [Fact]
    public void Staleness_FollowsTheReviewAndCheckDates()
    {
        using var tree = ContentTree.Valid();

        var p = Assert.Single(tree.Load().Practitioners);

        // Reviewed 2026-09-15: stale after a year. Waiting time checked 2026-10-01: stale after three months.
        Assert.False(p.IsStale(ContentTree.Today));
        Assert.False(p.IsStale(new DateOnly(2027, 9, 15)));
        Assert.True(p.IsStale(new DateOnly(2027, 9, 16)));
        Assert.False(p.IsWaitingTimeStale(ContentTree.Today));
        Assert.True(p.IsWaitingTimeStale(new DateOnly(2027, 1, 2)));
    }
}
