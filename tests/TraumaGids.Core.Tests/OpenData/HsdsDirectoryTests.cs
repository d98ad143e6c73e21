using TraumaGids.Core.Content;
using TraumaGids.Core.OpenData;
using TraumaGids.Core.Tests.Search;

namespace TraumaGids.Core.Tests.OpenData;

/// <summary>The mapping of practitioners to HSDS objects, on small content built in the test.</summary>
public sealed class HsdsDirectoryTests
{
    private static readonly Uri Site = new("https://traumagids.example/");

    private static Practitioner With(string slug, string name, Func<Practitioner, Practitioner>? change = null)
    {
        var p = TestContent.Practitioner(slug, name, ["kinderen", "jongeren"], 4, 18, ["emdr", "tf-cbt"], ["hilversum", "huizen"], ["nl", "ar"], ["jeugdwet"], 6, "Tekst.");
        return change is null ? p : change(p);
    }

    private static HsdsDirectory Build(params Practitioner[] practitioners) => HsdsDirectory.Build(TestContent.Content(practitioners), Site);

    [Fact]
    public void A_practitioner_becomes_one_service_with_ages_languages_areas_and_checked_date()
    {
        var p = With("anna", "Anna de Vries", p => p with
        {
            WaitingTime = new WaitingTime(6, new DateOnly(2026, 10, 5)),
            LastReviewed = new DateOnly(2026, 9, 1),
        });

        var service = Assert.Single(Build(p).Services);

        Assert.Equal(StableId.For("behandelaar:anna"), service.Id);
        Assert.Equal("Anna de Vries", service.Name);
        Assert.Equal(4, service.MinimumAge);
        Assert.Equal(18, service.MaximumAge);
        Assert.Equal("2026-10-05", service.AssuredDate);
        // The later of review and waiting-time check.
        Assert.Equal("2026-10-05T00:00:00.000Z", service.LastModified);
        Assert.Equal(["nl", "ar"], service.Languages!.Select(l => l.Code));
        Assert.Equal(["Nederlands", "Arabisch"], service.Languages!.Select(l => l.Name));
        Assert.Equal(["Hilversum", "Huizen"], service.ServiceAreas!.Select(a => a.Name));
        Assert.Equal(["Jeugdwet"], service.Funding!.Select(f => f.Source));
        Assert.Equal("6 weken (gecontroleerd op 5-10-2026)", service.WaitTime);
        Assert.Equal("active", service.Status);
        Assert.Null(service.Alert);
        Assert.Equal("https://traumagids.example/behandelaars/anna", service.Url);
    }

    [Fact]
    public void Methods_themes_target_groups_and_funding_are_terms_of_our_own_taxonomies()
    {
        var directory = Build(With("anna", "Anna"));
        var service = directory.Services[0];

        string[] Codes(string taxonomy) => service.Attributes!.Where(a => a.TaxonomyTerm!.Taxonomy == taxonomy).Select(a => a.TaxonomyTerm!.Code).ToArray();
        Assert.Equal(["emdr", "tf-cbt"], Codes("methoden"));
        Assert.Equal(["huiselijk-geweld"], Codes("themas"));
        Assert.Equal(["kinderen", "jongeren"], Codes("doelgroepen"));
        Assert.Equal(["jeugdwet"], Codes("financiering"));
        Assert.Equal(["gz-psycholoog"], Codes("disciplines"));
        Assert.Equal(["doelgroepen", "methoden", "themas", "financiering", "disciplines", "kenmerken"], directory.Taxonomies.Select(t => t.Name));
        Assert.All(service.Attributes!, a =>
        {
            Assert.Equal(service.Id, a.LinkId);
            Assert.Equal("service", a.LinkEntity);
            Assert.Equal(a.TaxonomyTerm!.Id, a.TaxonomyTermId);
            Assert.Same(a.TaxonomyTerm, directory.FindTaxonomyTerm(a.TaxonomyTermId));
        });
        // Every vocabulary entry is a term, used or not.
        Assert.Equal(TestContent.Vocabularies.Methods.Entries.Count, directory.TaxonomyTerms.Count(t => t.Taxonomy == "methoden"));
    }

    [Fact]
    public void How_to_refer_is_the_application_process_and_terms_of_the_referral_routes()
    {
        var vocabularies = TestContent.Vocabularies with
        {
            ReferralRoutes = new Vocabulary("verwijsroutes", [new("verwijsbrief-huisarts", "Verwijsbrief van de huisarts"), new("zelf-aanmelden", "Zelf aanmelden")]),
        };
        var anna = With("anna", "Anna", p => p with { HowToRefer = new HowToRefer(["verwijsbrief-huisarts", "zelf-aanmelden"], "035 012 3456", "intake@example.org", "ma–do 9–12 uur") });
        var directory = HsdsDirectory.Build(new ContentSet(vocabularies, [anna, With("bram", "Bram")], [], [], []), Site);

        var service = directory.Services.Single(s => s.Name == "Anna");
        Assert.Equal("Verwijsbrief van de huisarts; Zelf aanmelden. Aanmelden: 035 012 3456, intake@example.org. Bereikbaar: ma–do 9–12 uur", service.ApplicationProcess);
        Assert.Equal(["verwijsbrief-huisarts", "zelf-aanmelden"],
            service.Attributes!.Where(a => a.TaxonomyTerm!.Taxonomy == "verwijsroutes").Select(a => a.TaxonomyTerm!.Code));
        Assert.All(service.Attributes!.Where(a => a.TaxonomyTerm!.Taxonomy == "verwijsroutes"), a => Assert.Equal("referral_route", a.LinkType));
        Assert.Null(directory.Services.Single(s => s.Name == "Bram").ApplicationProcess);
        // The intake phone and e-mail are also a contact an importer can read without parsing text.
        var intake = Assert.Single(service.Contacts!);
        Assert.Equal(("Aanmelding", "intake@example.org", service.Id), (intake.Name, intake.Email, intake.ServiceId));
        var phone = Assert.Single(intake.Phones!);
        Assert.Equal(("035 012 3456", intake.Id), (phone.Number, phone.ContactId));
        Assert.Empty(directory.Services.Single(s => s.Name == "Bram").Contacts!);
    }

    [Fact]
    public void A_method_with_its_own_page_is_described_by_it()
    {
        var emdr = Build(With("anna", "Anna")).TaxonomyTerms.Single(t => t.Taxonomy == "methoden" && t.Code == "emdr");
        var net = Build(With("anna", "Anna")).TaxonomyTerms.Single(t => t.Taxonomy == "methoden" && t.Code == "net");

        Assert.Equal("Een behandeling voor nare herinneringen.", emdr.Description);
        Assert.Equal("https://traumagids.example/aanbod/emdr", emdr.TermUri);
        Assert.Equal("NET", net.Description);
        Assert.Null(net.TermUri);
    }

    [Fact]
    public void A_referral_stop_keeps_the_service_active_with_an_alert_and_a_feature_term()
    {
        var service = Build(With("anna", "Anna", p => p with { ReferralStop = true, ReferralStopNote = "Tot 1 maart vol." })).Services[0];

        Assert.Equal("active", service.Status);
        Assert.Equal("Aanmeldstop: Tot 1 maart vol.", service.Alert);
        var stop = Assert.Single(service.Attributes!, a => a.TaxonomyTerm!.Code == HsdsDirectory.ReferralStopTerm);
        Assert.Equal(HsdsDirectory.FeaturesTaxonomy, stop.TaxonomyTerm!.Taxonomy);
        Assert.Equal("Tot 1 maart vol.", stop.Value);
        Assert.DoesNotContain(Build(With("anna", "Anna")).Services[0].Attributes!, a => a.TaxonomyTerm!.Code == HsdsDirectory.ReferralStopTerm);
    }

    [Fact]
    public void A_referral_stop_until_a_date_says_until_when()
    {
        var service = Build(With("anna", "Anna", p => p with { ReferralStop = true, ReferralStopUntil = new DateOnly(2027, 3, 1) })).Services[0];

        Assert.Equal("Aanmeldstop tot 2027-03-01", service.Alert);
    }

    [Fact]
    public void The_waiting_time_is_also_a_number_on_a_feature_term()
    {
        var service = Build(With("anna", "Anna")).Services[0];

        Assert.Equal("6", Assert.Single(service.Attributes!, a => a.TaxonomyTerm!.Code == HsdsDirectory.WaitingWeeksTerm).Value);
    }

    [Fact]
    public void Practitioners_at_one_address_share_a_location_and_online_is_a_virtual_location_of_their_own()
    {
        var address = new Location("Vaartweg 50", "1217 SV", "Hilversum");
        var anna = With("anna", "Anna", p => p with { Locations = [address], Online = true });
        // The same address typed a little differently.
        var bram = With("bram", "Bram", p => p with { Locations = [new Location("vaartweg 50", "1217sv", "Hilversum")] });

        var directory = Build(anna, bram);

        var annaLocations = directory.Services.Single(s => s.Name == "Anna").ServiceAtLocations!;
        var bramLocation = Assert.Single(directory.Services.Single(s => s.Name == "Bram").ServiceAtLocations!);
        Assert.Equal(2, annaLocations.Count);
        Assert.Equal(annaLocations[0].LocationId, bramLocation.LocationId);
        Assert.NotEqual(annaLocations[0].Id, bramLocation.Id);
        var physical = annaLocations[0].Location!;
        Assert.Equal("physical", physical.LocationType);
        var street = Assert.Single(physical.Addresses!);
        Assert.Equal(("Vaartweg 50", "Hilversum", "1217 SV", "NL", "Noord-Holland"), (street.Address1, street.City, street.PostalCode, street.Country, street.StateProvince));
        Assert.Equal("virtual", annaLocations[1].Location!.LocationType);
        Assert.Equal("https://traumagids.example/behandelaars/anna", annaLocations[1].Location!.Url);
        Assert.Equal(3, directory.ServiceAtLocations.Count);
        Assert.All(directory.ServiceAtLocations, sal => Assert.Equal(sal.ServiceId, sal.Service!.Id));
    }

    [Fact]
    public void One_organisation_for_practitioners_who_name_it_alike_and_a_practice_of_their_own_for_the_others()
    {
        var anna = With("anna", "Anna", p => p with { Organisation = "Praktijk Vechtoever" });
        var bram = With("bram", "Bram", p => p with { Organisation = " praktijk  vechtoever " });
        var chantal = With("chantal", "Chantal", p => p with { Contact = new ContactDetails("035 111 2222", "c@example.org", new Uri("https://chantal.example/")) });

        var directory = Build(anna, bram, chantal);

        Assert.Equal(2, directory.Organizations.Count);
        var shared = directory.Organizations.Single(o => o.Name == "Praktijk Vechtoever");
        Assert.Equal(["Anna", "Bram"], shared.Services!.Select(s => s.Name));
        Assert.All(shared.Services!, s => Assert.Null(s.Attributes));
        var own = directory.Organizations.Single(o => o.Name == "Chantal");
        Assert.Equal("c@example.org", own.Email);
        Assert.Equal("https://chantal.example/", own.Website);
        Assert.Equal("035 111 2222", Assert.Single(own.Phones!).Number);
        Assert.All(directory.Services, s => Assert.Equal(s.OrganizationId, s.Organization!.Id));
        // A website of their own is the service's address.
        Assert.Equal("https://chantal.example/", directory.Services.Single(s => s.Name == "Chantal").Url);
    }

    [Fact]
    public void Ids_do_not_depend_on_the_host_or_on_the_order_of_the_content()
    {
        var practitioners = new[] { With("anna", "Anna", p => p with { Locations = [new Location("Weg 1", "1234 AB", "Laren")] }), With("bram", "Bram") };

        var one = HsdsDirectory.Build(TestContent.Content(practitioners), Site);
        var other = HsdsDirectory.Build(TestContent.Content(practitioners.Reverse()), new Uri("http://localhost:5000/"));

        static IEnumerable<Guid> Ids(HsdsDirectory d) => d.Services.Select(s => s.Id)
            .Concat(d.Organizations.Select(o => o.Id))
            .Concat(d.ServiceAtLocations.Select(s => s.Id))
            .Concat(d.TaxonomyTerms.Select(t => t.Id))
            .Order();
        Assert.Equal(Ids(one), Ids(other));
    }

    [Fact]
    public void Flat_forms_leave_out_every_array_and_nested_object()
    {
        var flat = Build(With("anna", "Anna")).Services[0].Flat();

        Assert.Null(flat.Phones);
        Assert.Null(flat.Attributes);
        Assert.Null(flat.Languages);
        Assert.Null(flat.ServiceAreas);
        Assert.Null(flat.ServiceAtLocations);
        Assert.Null(flat.Organization);
        Assert.Null(flat.Funding);
        Assert.Equal(4, flat.MinimumAge);
    }
}
