using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

/// <summary>Every field check of a practitioner file, each on the valid sample with one thing broken.</summary>
public sealed class PractitionerValidationTests
{
    private const string File = SampleContent.PractitionerPath;

    private static ContentSet Load(string practitioner)
    {
        using var tree = ContentTree.Valid().With(File, practitioner);
        var content = tree.Load();
        Assert.Empty(content.Practitioners); // a file with any problem is skipped
        return content;
    }

    /// <summary>Replaces one line of the sample and expects one issue on that line.</summary>
    private static ContentIssue BreakLine(string oldLine, string newLine, string field, params string[] messageParts)
    {
        var text = SampleContent.Practitioner.ReplaceOnce(oldLine, newLine);
        return ContentAssert.SingleIssue(Load(text), File, text.LineOf(newLine), field, messageParts);
    }

    [Theory]
    [InlineData("naam")]
    [InlineData("discipline")]
    [InlineData("doelgroepen")]
    [InlineData("leeftijd")]
    [InlineData("methoden")]
    [InlineData("talen")]
    [InlineData("financiering")]
    [InlineData("wachttijd")]
    [InlineData("contact")]
    [InlineData("laatst-beoordeeld")]
    public void Load_RequiredFieldMissing_ReportsThatField(string field)
    {
        var content = Load(SampleContent.Practitioner.RemoveField(field));

        ContentAssert.SingleIssue(content, File, 2, field, "verplicht veld ontbreekt");
    }

    [Theory]
    [InlineData("naam: Drs. Anna de Vries", "naam:")]
    [InlineData("discipline: gz-psycholoog", "discipline:")]
    [InlineData("discipline: gz-psycholoog", "discipline: ~")]
    [InlineData("talen: [nl, en]", "talen:")]
    [InlineData("laatst-beoordeeld: 2026-09-15", "laatst-beoordeeld: null")]
    public void Load_RequiredFieldEmpty_ReportsItsOwnLine(string oldLine, string newLine)
    {
        var field = newLine[..newLine.IndexOf(':', StringComparison.Ordinal)];

        BreakLine(oldLine, newLine, field, "verplicht veld ontbreekt");
    }

    [Fact]
    public void Load_RequiredTextIsEmptyString_SaysItMayNotBeEmpty()
    {
        BreakLine("naam: Drs. Anna de Vries", "naam: '  '", "naam", "mag niet leeg zijn");
    }

    [Fact]
    public void Load_RequiredListIsEmpty_SaysTheListMayNotBeEmpty()
    {
        BreakLine("methoden: [emdr, tf-cbt]", "methoden: []", "methoden", "lijst mag niet leeg zijn");
    }

    [Theory]
    [InlineData("  van: 4", "leeftijd.van")]
    [InlineData("  tot: 18", "leeftijd.tot")]
    [InlineData("  weken: 6", "wachttijd.weken")]
    [InlineData("  gecontroleerd: 2026-10-01", "wachttijd.gecontroleerd")]
    [InlineData("    postcode: 1211 AB", "locaties[1].postcode")]
    [InlineData("    plaats: Loosdrecht", "locaties[2].plaats")]
    public void Load_NestedRequiredFieldMissing_ReportsFullFieldPathInsideItsBlock(string line, string field)
    {
        var text = SampleContent.Practitioner.RemoveLine(line);
        var parent = field[..field.IndexOfAny(['.', '['])];

        var issue = Assert.Single(Load(text).Issues);

        Assert.Equal((File, field), (issue.File, issue.Field));
        Assert.Contains("verplicht veld ontbreekt", issue.Message, StringComparison.Ordinal);
        // The block of the parent field: from its own line to the line the removed field was on.
        Assert.InRange(issue.Line, text.LineOf(parent + ":"), SampleContent.Practitioner.LineOf(line));
    }

    [Fact]
    public void Load_UnknownField_ReportsTypoWithKnownFields()
    {
        var issue = BreakLine("organisatie: Praktijk De Linde", "organisatei: Praktijk De Linde", "organisatei", "onbekend veld");

        Assert.Contains("organisatie", issue.Message.Replace("organisatei", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownNestedField_ReportsItWithItsPath()
    {
        var text = SampleContent.Practitioner.ReplaceOnce("  email: anna.devries@example.org", "  e-mail: anna.devries@example.org");

        var issue = ContentAssert.SingleIssue(Load(text), File, text.LineOf("  e-mail:"), "contact.e-mail", "onbekend veld");

        Assert.Contains("email", issue.Message.Replace("e-mail", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("doelgroepen: [kinderen, jongeren]", "doelgroepen: [kinderen, pubers]", "doelgroepen", "pubers", "kinderen, jongeren, volwassenen")]
    [InlineData("methoden: [emdr, tf-cbt]", "methoden: [emdrr, tf-cbt]", "methoden", "emdrr", "emdr, tf-cbt, psycho-educatie")]
    [InlineData("themas: [huiselijk-geweld, kindermishandeling]", "themas: [oorlog]", "themas", "oorlog", "huiselijk-geweld, kindermishandeling")]
    [InlineData("talen: [nl, en]", "talen: [nl, english]", "talen", "english", "nl, en")]
    [InlineData("gemeenten: [hilversum, wijdemeren]", "gemeenten: [hilversum, utrecht]", "gemeenten", "utrecht", "hilversum, wijdemeren")]
    [InlineData("financiering: [jeugdwet]", "financiering: [wmo]", "financiering", "wmo", "jeugdwet, zvw")]
    [InlineData("discipline: gz-psycholoog", "discipline: huisarts", "discipline", "huisarts", "gz-psycholoog, psychiater")]
    public void Load_UnknownVocabularyValue_ListsAllowedValues(string oldLine, string newLine, string field, string value, string allowed)
    {
        var vocabulary = field == "discipline" ? "disciplines" : field;

        BreakLine(oldLine, newLine, field, $"onbekende waarde '{value}'", vocabulary, Vocabularies.FileName, allowed);
    }

    [Fact]
    public void Load_UnknownValueInBlockList_ReportsTheLineOfThatItem()
    {
        var text = SampleContent.Practitioner.ReplaceOnce("methoden: [emdr, tf-cbt]", "methoden:\n  - emdr\n  - emdrr");

        ContentAssert.SingleIssue(Load(text), File, text.LineOf("  - emdrr"), "methoden", "'emdrr'");
    }

    [Fact]
    public void Load_DuplicateListValue_IsReported()
    {
        BreakLine("talen: [nl, en]", "talen: [nl, en, nl]", "talen", "'nl'", "twee keer");
    }

    [Theory]
    [InlineData("laatst-beoordeeld: 2026-09-15", "laatst-beoordeeld: 15-09-2026", "laatst-beoordeeld", "15-09-2026")]
    [InlineData("laatst-beoordeeld: 2026-09-15", "laatst-beoordeeld: 2026-02-30", "laatst-beoordeeld", "2026-02-30")]
    [InlineData("laatst-beoordeeld: 2026-09-15", "laatst-beoordeeld: 2026-9-15", "laatst-beoordeeld", "2026-9-15")]
    [InlineData("  gecontroleerd: 2026-10-01", "  gecontroleerd: 1-10-2026", "wachttijd.gecontroleerd", "1-10-2026")]
    [InlineData("  gecontroleerd: 2026-10-01", "  gecontroleerd: [2026-10-01]", "wachttijd.gecontroleerd", "lijst of blok")]
    public void Load_BadDate_AsksForYyyyMmDd(string oldLine, string newLine, string field, string shown)
    {
        BreakLine(oldLine, newLine, field, $"'{shown}' is geen datum", "JJJJ-MM-DD");
    }

    [Theory]
    [InlineData("laatst-beoordeeld: 2026-09-15", "laatst-beoordeeld: 2026-11-02", "laatst-beoordeeld")]
    [InlineData("  gecontroleerd: 2026-10-01", "  gecontroleerd: 2027-01-01", "wachttijd.gecontroleerd")]
    public void Load_FutureDate_IsReported(string oldLine, string newLine, string field)
    {
        BreakLine(oldLine, newLine, field, "toekomst");
    }

    [Fact]
    public void Load_DateIsToday_IsAccepted()
    {
        var text = SampleContent.Practitioner.ReplaceOnce("laatst-beoordeeld: 2026-09-15", "laatst-beoordeeld: 2026-11-01");
        using var tree = ContentTree.Valid().With(File, text);

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        Assert.Equal(ContentTree.Today, Assert.Single(content.Practitioners).LastReviewed);
    }

    [Theory]
    [InlineData("  weken: 6", "  weken: zes", "wachttijd.weken", "'zes' is geen heel getal")]
    [InlineData("  weken: 6", "  weken: 6.5", "wachttijd.weken", "'6.5' is geen heel getal")]
    [InlineData("  van: 4", "  van: vier", "leeftijd.van", "'vier' is geen heel getal")]
    [InlineData("  van: 4", "  van: [4]", "leeftijd.van", "geen heel getal")]
    public void Load_NonIntegerNumber_IsReported(string oldLine, string newLine, string field, string message)
    {
        BreakLine(oldLine, newLine, field, message);
    }

    [Theory]
    [InlineData("  weken: 6", "  weken: 105", "wachttijd.weken", "105", "0 t/m 104")]
    [InlineData("  tot: 18", "  tot: 121", "leeftijd.tot", "121", "0 t/m 120")]
    [InlineData("  van: 4", "  van: -1", "leeftijd.van", "-1", "0 t/m 120")]
    [InlineData("  weken: 6", "  weken: -2", "wachttijd.weken", "-2", "0 t/m 104")]
    public void Load_NumberOutOfRange_NamesTheRange(string oldLine, string newLine, string field, string number, string range)
    {
        BreakLine(oldLine, newLine, field, number, range);
    }

    [Fact]
    public void Load_AgeToBelowFrom_ReportsTotOnItsLine()
    {
        var text = SampleContent.Practitioner.ReplaceOnce("  van: 4", "  van: 12").ReplaceOnce("  tot: 18", "  tot: 4");

        ContentAssert.SingleIssue(Load(text), File, text.LineOf("  tot:"), "leeftijd.tot", "(4)", "(12)", "lager");
    }

    [Fact]
    public void Load_AgeFromEqualsTo_IsAccepted()
    {
        var text = SampleContent.Practitioner.ReplaceOnce("  tot: 18", "  tot: 4");
        using var tree = ContentTree.Valid().With(File, text);

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        Assert.Equal(new AgeRange(4, 4), Assert.Single(content.Practitioners).Ages);
    }

    [Theory]
    [InlineData("0211 AB")]
    [InlineData("1211 A")]
    [InlineData("1211-AB")]
    [InlineData("12111 AB")]
    public void Load_BadPostcode_IsReported(string postcode)
    {
        BreakLine("    postcode: 1211 AB", $"    postcode: {postcode}", "locaties[1].postcode", $"'{postcode}'", "postcode", "1211 AB");
    }

    [Fact]
    public void Load_BadPostcodeInSecondLocation_NamesTheSecondLocation()
    {
        BreakLine("    postcode: 1231ab", "    postcode: Loosdrecht", "locaties[2].postcode", "'Loosdrecht'");
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("035-bel-mij")]
    [InlineData("06 1234 5678 9012 3456")]
    public void Load_BadPhone_IsReported(string phone)
    {
        BreakLine("  telefoon: 035 012 3456", $"  telefoon: {phone}", "contact.telefoon", $"'{phone}'", "telefoonnummer");
    }

    [Theory]
    [InlineData("+31 35 012 3456")]
    [InlineData("035-0123456")]
    [InlineData("0350123456")]
    public void Load_GoodPhoneShapes_AreAccepted(string phone)
    {
        var text = SampleContent.Practitioner.ReplaceOnce("  telefoon: 035 012 3456", $"  telefoon: {phone}");
        using var tree = ContentTree.Valid().With(File, text);

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        Assert.Equal(phone, Assert.Single(content.Practitioners).Contact.Phone);
    }

    [Theory]
    [InlineData("anna.devries.example.org")]
    [InlineData("anna@example")]
    [InlineData("anna de vries@example.org")]
    public void Load_BadEmail_IsReported(string email)
    {
        BreakLine("  email: anna.devries@example.org", $"  email: {email}", "contact.email", $"'{email}'", "e-mailadres");
    }

    [Theory]
    [InlineData("ftp://example.org/praktijk")]
    [InlineData("javascript:alert(1)")]
    [InlineData("www.example.org")]
    [InlineData("/praktijk")]
    public void Load_WebsiteWithoutHttpScheme_IsReported(string website)
    {
        BreakLine("  website: https://example.org/praktijk-de-linde", $"  website: '{website}'", "contact.website", website, "https://");
    }

    [Fact]
    public void Load_ContactWithOnlyOneWay_IsAccepted()
    {
        var text = SampleContent.Practitioner.RemoveLine("  telefoon: 035 012 3456").RemoveLine("  email: anna.devries@example.org");
        using var tree = ContentTree.Valid().With(File, text);

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        var contact = Assert.Single(content.Practitioners).Contact;
        Assert.Equal((null, null), (contact.Phone, contact.Email));
        Assert.NotNull(contact.Website);
    }

    [Theory]
    [InlineData("contact: {}")]
    [InlineData("contact:\n  telefoon:\n  email: ''")]
    public void Load_ContactWithoutPhoneEmailOrWebsite_IsReportedOnContact(string contact)
    {
        var text = SampleContent.Practitioner.RemoveField("contact").ReplaceOnce("laatst-beoordeeld:", contact + "\nlaatst-beoordeeld:");

        var issue = Assert.Single(Load(text).Issues);

        Assert.Equal((File, "contact"), (issue.File, issue.Field));
        Assert.Contains("telefoonnummer, e-mailadres of website", issue.Message, StringComparison.Ordinal);
        Assert.InRange(issue.Line, text.LineOf("contact:"), text.LineOf("laatst-beoordeeld:") - 1);
    }

    [Fact]
    public void Load_NoMunicipalitiesAndNotOnline_IsReported()
    {
        var text = SampleContent.Practitioner.RemoveField("gemeenten").ReplaceOnce("online: true", "online: false");

        ContentAssert.SingleIssue(Load(text), File, 2, "gemeenten", "gemeente", "online: true");
    }

    [Fact]
    public void Load_EmptyMunicipalitiesAndNotOnline_IsReportedOnThatLine()
    {
        var text = SampleContent.Practitioner.ReplaceOnce("gemeenten: [hilversum, wijdemeren]", "gemeenten: []").RemoveField("online");

        ContentAssert.SingleIssue(Load(text), File, text.LineOf("gemeenten:"), "gemeenten", "online: true");
    }

    [Fact]
    public void Load_NoMunicipalitiesButOnline_IsAccepted()
    {
        using var tree = ContentTree.Valid().With(File, SampleContent.Practitioner.RemoveField("gemeenten"));

        var content = tree.Load();

        ContentAssert.NoIssues(content);
        var p = Assert.Single(content.Practitioners);
        Assert.Empty(p.Municipalities);
        Assert.True(p.Online);
    }

    [Theory]
    [InlineData("online: true", "online: misschien", "online", "true of false")]
    [InlineData("expertgroep: true", "expertgroep: [true]", "expertgroep", "true of false")]
    [InlineData("naam: Drs. Anna de Vries", "naam: [Anna, de Vries]", "naam", "tekst")]
    [InlineData("methoden: [emdr, tf-cbt]", "methoden: {emdr: ja}", "methoden", "lijst")]
    [InlineData("methoden: [emdr, tf-cbt]", "methoden: [emdr, [tf-cbt]]", "methoden", "item")]
    public void Load_WrongKindOfValue_IsReported(string oldLine, string newLine, string field, string message)
    {
        BreakLine(oldLine, newLine, field, message);
    }

    [Fact]
    public void Load_BlockWhereAMapIsExpected_IsReported()
    {
        var text = SampleContent.Practitioner.RemoveField("leeftijd").ReplaceOnce("methoden:", "leeftijd: 4 tot 18\nmethoden:");

        ContentAssert.SingleIssue(Load(text), File, text.LineOf("leeftijd:"), "leeftijd", "blok");
    }

    [Fact]
    public void Load_LocationsNotAList_IsReported()
    {
        var text = SampleContent.Practitioner.RemoveField("locaties").ReplaceOnce("online:", "locaties: Lindelaan 12\nonline:");

        ContentAssert.SingleIssue(Load(text), File, text.LineOf("locaties:"), "locaties", "lijst");
    }

    [Fact]
    public void Load_SeveralProblemsInOneFile_AreAllReportedAtOnce()
    {
        var text = SampleContent.Practitioner
            .ReplaceOnce("discipline: gz-psycholoog", "discipline: huisarts")
            .ReplaceOnce("  weken: 6", "  weken: zes")
            .ReplaceOnce("  email: anna.devries@example.org", "  email: geen")
            .ReplaceOnce("(/aanbod/emdr)", "(/aanbod/yoga)");

        var content = Load(text);

        Assert.Equal(
            [
                (text.LineOf("discipline:"), "discipline"),
                (text.LineOf("  weken:"), "wachttijd.weken"),
                (text.LineOf("  email:"), "contact.email"),
                (text.LineOf("Lees ook"), "tekst"),
            ],
            content.Issues.Select(i => (i.Line, i.Field)));
    }
}
