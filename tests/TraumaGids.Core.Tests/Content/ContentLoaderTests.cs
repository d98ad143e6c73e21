using System.Text;
using TraumaGids.Core.Content;
using static TraumaGids.Core.Tests.Content.ContentDirectory;

namespace TraumaGids.Core.Tests.Content;

public sealed class ContentLoaderTests : IDisposable
{
    private const string PractitionerFile = "behandelaars/anna-de-vries.md";
    private readonly ContentDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>Writes a broken practitioner, loads, and returns the only issue (the file must be skipped).</summary>
    private ContentIssue SingleIssue(string practitionerText, string file = PractitionerFile)
    {
        _dir.Write(file, practitionerText);
        var content = _dir.Load();
        var issue = Assert.Single(content.Issues);
        Assert.Equal(file, issue.File);
        Assert.Null(content.FindPractitioner(Path.GetFileNameWithoutExtension(file)));
        return issue;
    }

    private static void AssertIssue(ContentIssue issue, int line, string field, string messagePart)
    {
        Assert.Equal(line, issue.Line);
        Assert.Equal(field, issue.Field);
        Assert.Contains(messagePart, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_directory_loads_every_field()
    {
        var content = _dir.Load();

        Assert.Empty(content.Issues);
        var p = Assert.Single(content.Practitioners);
        Assert.Equal("anna-de-vries", p.Slug);
        Assert.Equal(PractitionerFile, p.SourceFile);
        Assert.Equal("Drs. Anna de Vries", p.Name);
        Assert.Equal("gz-psycholoog", p.Discipline);
        Assert.Equal("Praktijk De Linde", p.Organisation);
        Assert.Equal("Behandelt kinderen.", p.Summary);
        Assert.True(p.ExpertGroupMember);
        Assert.Equal(["kinderen", "jongeren"], p.TargetGroups);
        Assert.Equal(new AgeRange(4, 18), p.Ages);
        Assert.Equal(["emdr", "tf-cbt"], p.Methods);
        Assert.Equal(["huiselijk-geweld"], p.Themes);
        Assert.Equal(["nl", "en"], p.Languages);
        Assert.Equal(["hilversum"], p.Municipalities);
        Assert.Equal([new Location("Lindelaan 12", "1211 AB", "Hilversum")], p.Locations);
        Assert.True(p.Online);
        Assert.Equal(["jeugdwet"], p.Funding);
        Assert.Equal(new WaitingTime(6, new DateOnly(2026, 10, 1)), p.WaitingTime);
        Assert.False(p.ReferralStop);
        Assert.Equal("035 012 3456", p.Contact.Phone);
        Assert.Equal("anna@example.org", p.Contact.Email);
        Assert.Equal(new Uri("https://example.org/linde"), p.Contact.Website);
        Assert.Equal(new DateOnly(2026, 9, 15), p.LastReviewed);
        Assert.Equal("<p>Ik werk met <strong>kinderen</strong>. Lees over <a href=\"/aanbod/emdr\">EMDR</a>.</p>\n", p.Body.Html);
        Assert.Equal("Ik werk met kinderen. Lees over EMDR.", p.Body.PlainText);

        var offer = Assert.Single(content.Offers);
        Assert.Equal(("emdr", "EMDR", OfferType.Treatment, true, "Richtlijn PTSS (2025)"), (offer.Slug, offer.Title, offer.Type, offer.FirstChoice, offer.Guideline));
        Assert.Equal([p], content.PractitionersOffering("emdr"));

        var info = Assert.Single(content.InfoPages);
        Assert.Equal([new PageLink(ContentKind.Offer, "emdr")], info.Related);
        Assert.Equal(1, info.Order);
    }

    [Fact]
    public void Staleness_follows_the_review_and_check_dates()
    {
        var p = _dir.Load().Practitioners.Single();

        Assert.False(p.IsStale(Today));
        Assert.True(p.IsStale(new DateOnly(2027, 9, 16)));
        Assert.False(p.IsWaitingTimeStale(Today));
        Assert.True(p.IsWaitingTimeStale(new DateOnly(2027, 1, 2)));
    }

    // ---- one test per validation error: file, line, field and a useful message ----

    [Theory]
    [InlineData("  weken: 6", "  weken: zes", 22, "wachttijd.weken", "'zes' is geen heel getal")]
    [InlineData("  weken: 6", "  weken: 200", 22, "wachttijd.weken", "getal 200 valt buiten 0 t/m 104")]
    [InlineData("  van: 4", "  van: -1", 9, "leeftijd.van", "getal -1 valt buiten 0 t/m 120")]
    [InlineData("  tot: 18", "  tot: 2", 10, "leeftijd.tot", "'tot' (2) is lager dan 'van' (4)")]
    [InlineData("laatst-beoordeeld: 2026-09-15", "laatst-beoordeeld: 15-09-2026", 29, "laatst-beoordeeld", "'15-09-2026' is geen datum; schrijf JJJJ-MM-DD")]
    [InlineData("laatst-beoordeeld: 2026-09-15", "laatst-beoordeeld: 2026-02-30", 29, "laatst-beoordeeld", "is geen datum")]
    [InlineData("  gecontroleerd: 2026-10-01", "  gecontroleerd: 2027-01-01", 23, "wachttijd.gecontroleerd", "datum 2027-01-01 ligt in de toekomst")]
    [InlineData("methoden: [emdr, tf-cbt]", "methoden: [emdr, emdrr]", 11, "methoden", "onbekende waarde 'emdrr'; kies uit methoden in vocabulaires.yml: emdr, tf-cbt")]
    [InlineData("methoden: [emdr, tf-cbt]", "methoden: [emdr, emdr]", 11, "methoden", "'emdr' staat er twee keer in")]
    [InlineData("methoden: [emdr, tf-cbt]", "methoden: []", 11, "methoden", "lijst mag niet leeg zijn")]
    [InlineData("discipline: gz-psycholoog", "discipline: tovenaar", 3, "discipline", "onbekende waarde 'tovenaar'")]
    [InlineData("gemeenten: [hilversum]", "gemeenten: [amsterdam]", 14, "gemeenten", "onbekende waarde 'amsterdam'")]
    [InlineData("expertgroep: true", "expertgroep: misschien", 6, "expertgroep", "moet true of false zijn")]
    [InlineData("    postcode: 1211 AB", "    postcode: 12114", 17, "locaties[1].postcode", "'12114' is geen Nederlandse postcode")]
    [InlineData("  telefoon: 035 012 3456", "  telefoon: bel me", 26, "contact.telefoon", "'bel me' is geen telefoonnummer")]
    [InlineData("  email: anna@example.org", "  email: anna-at-example", 27, "contact.email", "'anna-at-example' is geen e-mailadres")]
    [InlineData("  website: https://example.org/linde", "  website: javascript:alert(1)", 28, "contact.website", "is geen webadres; begin met https://")]
    [InlineData("naam: Drs. Anna de Vries", "naam: [Anna, Bram]", 2, "naam", "moet een tekst zijn")]
    [InlineData("naam: Drs. Anna de Vries", "naam: \"\"", 2, "naam", "mag niet leeg zijn")]
    [InlineData("organisatie: Praktijk De Linde", "organistie: Praktijk De Linde", 4, "organistie", "onbekend veld; bekende velden zijn:")]
    [InlineData("  van: 4", "  van: 4\n  vanaf: 5", 10, "leeftijd.vanaf", "onbekend veld")]
    public void A_bad_field_is_reported_with_file_line_and_field(string line, string replacement, int expectedLine, string field, string message)
    {
        var issue = SingleIssue(Replace(PractitionerText, line, replacement));

        AssertIssue(issue, expectedLine, field, message);
    }

    [Fact]
    public void A_block_field_written_as_text_is_reported()
    {
        var text = RemoveField(PractitionerText, "leeftijd").Replace("methoden:", "leeftijd: 4-18\nmethoden:", StringComparison.Ordinal);

        AssertIssue(SingleIssue(text), 8, "leeftijd", "moet een blok met velden zijn");
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
    public void A_missing_required_practitioner_field_is_reported(string field)
    {
        var issue = SingleIssue(RemoveField(PractitionerText, field));

        AssertIssue(issue, 2, field, "verplicht veld ontbreekt");
    }

    [Fact]
    public void Contact_needs_at_least_one_way_to_reach_the_practitioner()
    {
        var text = RemoveField(PractitionerText, "contact").Replace("laatst-beoordeeld:", "contact: {}\nlaatst-beoordeeld:", StringComparison.Ordinal);

        AssertIssue(SingleIssue(text), 25, "contact", "noem minstens een telefoonnummer, e-mailadres of website");
    }

    [Fact]
    public void A_practitioner_without_municipalities_must_work_online()
    {
        var text = Replace(RemoveField(PractitionerText, "gemeenten"), "online: true", "online: false");

        AssertIssue(SingleIssue(text), 2, "gemeenten", "noem minstens één gemeente, of zet 'online: true'");
    }

    [Fact]
    public void Online_only_practitioners_need_no_municipality()
    {
        _dir.Write(PractitionerFile, RemoveField(PractitionerText, "gemeenten"));

        var content = _dir.Load();

        Assert.Empty(content.Issues);
        Assert.Empty(content.Practitioners.Single().Municipalities);
    }

    // ---- structure of the file ----

    [Fact]
    public void Broken_yaml_is_reported_at_its_line()
    {
        var issue = SingleIssue(Replace(PractitionerText, "organisatie: Praktijk De Linde", "organisatie: Praktijk: De Linde"));

        AssertIssue(issue, 4, "front matter", "YAML klopt niet");
    }

    [Fact]
    public void An_unclosed_list_is_reported_at_its_line_not_thrown()
    {
        var issue = SingleIssue(Replace(PractitionerText, "talen: [nl, en]", "talen: [nl, en"));

        AssertIssue(issue, 13, "front matter", "een [ of { zonder ] of }");
        Assert.Equal(4, SingleIssue(Replace(PractitionerText, "organisatie: Praktijk De Linde", "organisatie: \"Praktijk De Linde")).Line);
    }

    [Fact]
    public void A_file_must_start_with_three_dashes()
    {
        AssertIssue(SingleIssue(PractitionerText[4..]), 1, "front matter", "moet beginnen met een regel '---'");
    }

    [Fact]
    public void The_closing_dashes_must_be_there()
    {
        var lines = PractitionerText.Split('\n').ToList();
        lines.RemoveAt(lines.LastIndexOf("---"));

        AssertIssue(SingleIssue(string.Join('\n', lines)), 1, "front matter", "de afsluitende regel '---' na de velden ontbreekt");
    }

    [Fact]
    public void Front_matter_must_be_fields_not_a_list()
    {
        AssertIssue(SingleIssue("---\n- een\n- twee\n---\nTekst"), 2, "front matter", "geen lijst van 'naam: waarde'");
    }

    [Fact]
    public void Invalid_utf8_is_reported()
    {
        _dir.WriteBytes(PractitionerFile, [.. Encoding.UTF8.GetBytes("---\nnaam: Caf"), 0xE9, .. Encoding.UTF8.GetBytes("\n---\n")]);

        var issue = Assert.Single(_dir.Load().Issues);

        AssertIssue(issue, 1, "bestand", "is geen geldige UTF-8-tekst");
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_parse_with_the_same_line_numbers()
    {
        var text = "\uFEFF" + Replace(PractitionerText, "  weken: 6", "  weken: zes").Replace("\n", "\r\n", StringComparison.Ordinal);
        _dir.WriteBytes(PractitionerFile, Encoding.UTF8.GetBytes(text));

        var issue = Assert.Single(_dir.Load().Issues);

        AssertIssue(issue, 22, "wachttijd.weken", "'zes' is geen heel getal");
    }

    // ---- slugs and links ----

    [Fact]
    public void Two_files_cannot_claim_the_same_slug()
    {
        _dir.Write("behandelaars/zz-kopie.md", PractitionerText.Replace("naam: Drs. Anna de Vries", "naam: Kopie\nslug: anna-de-vries", StringComparison.Ordinal));

        var content = _dir.Load();

        var issue = Assert.Single(content.Issues);
        AssertIssue(issue, 3, "slug", "'anna-de-vries' wordt al gebruikt door behandelaars/anna-de-vries.md");
        Assert.Equal("behandelaars/zz-kopie.md", issue.File);
        Assert.Equal("Drs. Anna de Vries", content.FindPractitioner("anna-de-vries")!.Name);
    }

    [Fact]
    public void A_slug_must_be_lowercase_letters_digits_and_hyphens()
    {
        var issue = SingleIssue(PractitionerText.Replace("naam: Drs. Anna de Vries", "naam: Anna\nslug: Anna de Vries", StringComparison.Ordinal));

        AssertIssue(issue, 3, "slug", "'Anna de Vries' is geen geldige slug");
    }

    [Fact]
    public void A_link_in_the_text_to_a_page_that_does_not_exist_is_reported_with_its_line()
    {
        var issue = SingleIssue(PractitionerText + "\n\nZie ook [dit](/informatie/bestaat-niet).");

        AssertIssue(issue, 33, "tekst", "link naar '/informatie/bestaat-niet' wijst naar een pagina die niet bestaat");
    }

    [Fact]
    public void An_unsafe_link_scheme_is_neutralised_and_reported()
    {
        var issue = SingleIssue(PractitionerText + "\n[klik](javascript:alert(1))");

        AssertIssue(issue, 32, "tekst", "link 'javascript:alert(1)' is niet toegestaan");
    }

    [Fact]
    public void A_link_to_a_file_that_exists_but_is_broken_does_not_cascade()
    {
        _dir.Write("aanbod/emdr.md", Replace(OfferText, "soort: behandeling", "soort: tovenarij"));

        var content = _dir.Load();

        var issue = Assert.Single(content.Issues);
        Assert.Equal("aanbod/emdr.md", issue.File);
        Assert.NotNull(content.FindPractitioner("anna-de-vries"));
        Assert.NotNull(content.FindInfoPage("wat-is-trauma"));
    }

    // ---- offers and information pages ----

    [Fact]
    public void An_offer_file_name_must_be_a_method_key()
    {
        _dir.Write("aanbod/toverij.md", OfferText);

        var issue = Assert.Single(_dir.Load().Issues);

        Assert.Equal("aanbod/toverij.md", issue.File);
        AssertIssue(issue, 2, "slug", "'toverij' staat niet in de lijst methoden in vocabulaires.yml");
    }

    [Fact]
    public void An_offer_type_must_be_treatment_or_support()
    {
        _dir.Write("aanbod/emdr.md", Replace(OfferText, "soort: behandeling", "soort: therapie"));

        AssertIssue(Assert.Single(_dir.Load().Issues), 4, "soort", "onbekende waarde 'therapie'; kies 'behandeling' of 'ondersteuning'");
    }

    [Fact]
    public void A_first_choice_offer_must_name_its_guideline()
    {
        _dir.Write("aanbod/emdr.md", RemoveField(OfferText, "richtlijn"));

        AssertIssue(Assert.Single(_dir.Load().Issues), 2, "richtlijn", "verplicht veld ontbreekt");
    }

    [Fact]
    public void Related_pages_must_exist()
    {
        _dir.Write("informatie/wat-is-trauma.md", Replace(InfoPageText, "gerelateerd: [aanbod/emdr]", "gerelateerd: [aanbod/emdr, informatie/weg, iets]"));

        var issues = _dir.Load().Issues;

        Assert.Equal(2, issues.Count);
        AssertIssue(issues[0], 5, "gerelateerd", "pagina 'informatie/weg' bestaat niet");
        AssertIssue(issues[1], 5, "gerelateerd", "'iets' is geen pagina");
    }

    [Fact]
    public void Information_pages_need_a_text()
    {
        _dir.Write("informatie/wat-is-trauma.md", InfoPageText.Split("---\n# Trauma")[0] + "---\n");

        AssertIssue(Assert.Single(_dir.Load().Issues), 8, "tekst", "de tekst onder de velden ontbreekt");
    }

    // ---- the directory and the vocabularies ----

    [Fact]
    public void A_missing_folder_is_reported_and_the_rest_loaded()
    {
        _dir.Delete("aanbod");

        var content = _dir.Load();

        var issue = Assert.Single(content.Issues, i => i.File == "aanbod/");
        AssertIssue(issue, 0, "map", "map ontbreekt");
        Assert.Empty(content.Offers);
        Assert.Contains(content.Issues, i => i.File == "informatie/wat-is-trauma.md" && i.Field == "gerelateerd");
    }

    [Fact]
    public void A_missing_vocabulary_file_is_reported()
    {
        _dir.Delete("vocabulaires.yml");

        var content = _dir.Load();

        Assert.Contains(content.Issues, i => i.File == "vocabulaires.yml" && i.Message.StartsWith("ontbreekt", StringComparison.Ordinal));
        Assert.Empty(content.Practitioners);
    }

    [Fact]
    public void A_broken_vocabulary_file_is_reported_at_its_line()
    {
        _dir.Write("vocabulaires.yml", VocabulariesText.Replace("  tf-cbt: TF-CBT", "  tf-cbt: [TF-CBT", StringComparison.Ordinal));

        var issue = _dir.Load().Issues.First(i => i.File == "vocabulaires.yml");

        AssertIssue(issue, 7, "bestand", "YAML klopt niet");
    }

    [Fact]
    public void A_vocabulary_key_must_be_a_slug_and_have_a_label()
    {
        _dir.Write("vocabulaires.yml", VocabulariesText.Replace("  tf-cbt: TF-CBT", "  TF CBT: TF-CBT\n  net:", StringComparison.Ordinal));

        var issues = _dir.Load().Issues.Where(i => i.File == "vocabulaires.yml").ToList();

        Assert.Contains(issues, i => i.Field == "methoden.TF CBT" && i.Message.Contains("kleine letters", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Field == "methoden.net" && i.Message.Contains("naam ontbreekt", StringComparison.Ordinal));
    }

    // ---- skipping and markdown safety ----

    [Fact]
    public void One_broken_practitioner_is_skipped_and_the_others_load()
    {
        _dir.Write("behandelaars/bram.md", PractitionerText.Replace("Drs. Anna de Vries", "Bram", StringComparison.Ordinal));
        _dir.Write("behandelaars/chris.md", Replace(PractitionerText, "  weken: 6", "  weken: veel"));

        var content = _dir.Load();

        Assert.Equal(["anna-de-vries", "bram"], content.Practitioners.Select(p => p.Slug).Order());
        Assert.Equal("behandelaars/chris.md", Assert.Single(content.Issues).File);
    }

    [Fact]
    public void Raw_html_in_markdown_is_not_rendered()
    {
        _dir.Write(PractitionerFile, PractitionerText + "\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>");

        var html = _dir.Load().Practitioners.Single().Body.Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_headings_start_below_the_page_title()
    {
        var html = _dir.Load().InfoPages.Single().Body.Html;

        Assert.StartsWith("<h2 id=\"trauma\">Trauma</h2>", html, StringComparison.Ordinal);
    }
}
