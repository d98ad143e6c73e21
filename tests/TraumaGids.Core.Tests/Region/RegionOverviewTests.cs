using TraumaGids.Core.Content;
using TraumaGids.Core.Region;
using TraumaGids.Core.Tests.Screening;
using TraumaGids.Core.Tests.Search;

namespace TraumaGids.Core.Tests.Region;

/// <summary>The overview over <see cref="TestContent"/>, whose six practitioners are known by heart.</summary>
public sealed class RegionOverviewTests
{
    private static readonly RegionOverview Overview = RegionOverview.Compute(TestContent.Content());

    private static AgeBand Band(string key) => AgeBand.Find(key)!;

    private static RegionPlace Place(string key) => Overview.Places.Single(p => p.Key == key);

    [Fact]
    public void Columns_are_the_municipalities_in_vocabulary_order_then_online_then_the_region()
    {
        Assert.Equal(["hilversum", "huizen", "laren", "online", "regio"], Overview.Places.Select(p => p.Key));
        Assert.Equal(["Hilversum", "Huizen", "Laren", "Online", "Hele regio"], Overview.Places.Select(p => p.Label));
    }

    [Fact]
    public void A_practitioner_counts_in_each_of_their_municipalities_online_when_they_treat_online_and_once_in_the_region()
    {
        // EMDR for children 4-11: Anna in Hilversum (4-18), Dirk only online (4-12).
        var kinderen = Band("kinderen");
        Assert.Equal(1, Overview.Cell("emdr", kinderen, Place("hilversum")).Available);
        Assert.Equal(0, Overview.Cell("emdr", kinderen, Place("huizen")).Total);
        Assert.Equal(1, Overview.Cell("emdr", kinderen, RegionPlace.Online).Available);
        Assert.Equal(2, Overview.Cell("emdr", kinderen, RegionPlace.Region).Available);
        // Chantal works in Hilversum and Laren: two columns, one person in the region.
        var jongeren = Band("jongeren");
        Assert.Equal(1, Overview.Cell("tf-cbt", jongeren, Place("hilversum")).Stopped);
        Assert.Equal(1, Overview.Cell("tf-cbt", jongeren, Place("laren")).Stopped);
        Assert.Equal(new RegionCell(1, 1, 6), Overview.Cell("tf-cbt", jongeren, RegionPlace.Region));
    }

    [Theory]
    [InlineData("jonge-kinderen", 0)]  // nobody starts below 4
    [InlineData("kinderen", 2)]        // Anna 4-18, Dirk 4-12
    [InlineData("jongeren", 2)]        // Dirk's 12 overlaps 12-17
    [InlineData("jongvolwassenen", 2)] // Anna's 18 overlaps 18-24, and Bram
    [InlineData("volwassenen", 1)]     // Bram 18-99
    [InlineData("ouderen", 1)]
    [InlineData("alle", 3)]
    public void A_practitioner_counts_in_every_band_their_ages_overlap_even_by_one_year(string band, int emdr)
    {
        Assert.Equal(emdr, Overview.Cell("emdr", Band(band), RegionPlace.Region).Available);
    }

    [Fact]
    public void The_median_waiting_time_leaves_out_referral_stops_and_takes_the_mean_of_the_two_middle_values()
    {
        // EMDR for children: Dirk 0 and Anna 6 weeks.
        Assert.Equal(3.0, Overview.Cell("emdr", Band("kinderen"), RegionPlace.Region).MedianWeeks);
        // EMDR, all ages: 0, 2, 6.
        Assert.Equal(2.0, Overview.Cell("emdr", AgeBand.AllAges, RegionPlace.Region).MedianWeeks);
        // TF-CBT in Laren: only Chantal, who has a stop: no median.
        Assert.Null(Overview.Cell("tf-cbt", Band("jongeren"), Place("laren")).MedianWeeks);
        // NET, all ages: Bram 2 and Frank 9 weeks.
        var practitioners = TestContent.Practitioners.Select(p => p.Slug == "frank" ? p with { WaitingTime = p.WaitingTime with { Weeks = 9 } } : p);
        Assert.Equal(5.5, RegionOverview.Compute(TestContent.Content(practitioners)).Cell("net", AgeBand.AllAges, RegionPlace.Region).MedianWeeks);
    }

    [Fact]
    public void A_method_is_meant_for_the_bands_of_its_offer_page_and_without_one_for_every_band()
    {
        Assert.True(Overview.IsMeantFor("tf-cbt", Band("jongeren")));
        Assert.False(Overview.IsMeantFor("tf-cbt", Band("volwassenen")));
        Assert.True(Overview.IsMeantFor("tf-cbt", AgeBand.AllAges));
        Assert.True(Overview.IsMeantFor("net", Band("jonge-kinderen")));
        // Rows: meant for the band, or offered to it anyway (EMDR's page says kinderen and volwassenen; Anna and Dirk treat teenagers).
        Assert.Equal(["emdr", "tf-cbt", "net", "lotgenotencontact"], Overview.MethodsFor(Band("jongeren")));
        Assert.DoesNotContain("tf-cbt", Overview.MethodsFor(Band("ouderen")));
    }

    [Fact]
    public void A_referral_stop_leaves_a_gap_and_a_method_missing_everywhere_is_named_once_not_per_municipality()
    {
        var jongeren = Overview.Gaps(Band("jongeren"));
        // TF-CBT for teenagers: Anna in Hilversum; in Laren only Chantal, who takes no one now.
        var laren = jongeren.Municipalities.Single(g => g.Municipality.Key == "laren");
        Assert.Contains("tf-cbt", laren.Methods);
        Assert.DoesNotContain("tf-cbt", jongeren.Municipalities.Single(g => g.Municipality.Key == "hilversum").Methods);
        // EMDR is not meant for teenagers on its offer page: never a gap for them.
        Assert.All(jongeren.Municipalities, g => Assert.DoesNotContain("emdr", g.Methods));

        var toddlers = Overview.Gaps(Band("jonge-kinderen"));
        Assert.Equal(["net", "lotgenotencontact"], toddlers.Nowhere);
        Assert.All(toddlers.Municipalities, g => Assert.Empty(g.Methods));
        Assert.Equal(["hilversum", "huizen", "laren"], toddlers.Municipalities.Select(g => g.Municipality.Key));
    }

    [Fact]
    public void A_gap_in_a_municipality_says_when_the_method_is_offered_online()
    {
        var huizen = Overview.Gaps(Band("kinderen")).Municipalities.Single(g => g.Municipality.Key == "huizen");

        Assert.Equal(["emdr", "tf-cbt"], huizen.Methods);
        Assert.Equal(["emdr"], huizen.OnlineMethods); // Dirk treats children online
    }

    [Fact]
    public void Languages_count_practitioners_who_treat_and_take_new_clients()
    {
        var kinderen = Band("kinderen");
        Assert.Equal(1, Overview.LanguageCell("uk", kinderen).Available); // Dirk, online
        Assert.Equal(new RegionCell(0, 1, null), Overview.LanguageCell("ar", Band("jongeren"))); // Chantal has a stop
        Assert.Equal(["ar"], Overview.Gaps(Band("jongeren")).Languages);
        Assert.Equal(["ar", "uk"], Overview.Gaps(Band("volwassenen")).Languages);

        // Eva only leads a peer group: once lotgenotencontact is support, she no longer counts for Dutch.
        Assert.Equal(3, Overview.LanguageCell("nl", Band("volwassenen")).Available);
        var support = new Offer
        {
            Slug = "lotgenotencontact", SourceFile = "aanbod/lotgenotencontact.md", Title = "Lotgenotencontact", Summary = "Praten met anderen.",
            Type = OfferType.Support, TargetGroups = ["volwassenen"], LastReviewed = TestContent.Today, Body = TestContent.Body("Groep."),
        };
        var content = new ContentSet(TestContent.Vocabularies, TestContent.Practitioners, [.. TestContent.Offers, support], TestContent.InfoPages, []);
        Assert.Equal(2, RegionOverview.Compute(content).LanguageCell("nl", Band("volwassenen")).Available);
    }

    [Fact]
    public void Referral_stops_are_listed_by_name()
    {
        Assert.Equal(["chantal"], Overview.ReferralStops.Select(p => p.Slug));
        Assert.Equal(6, Overview.PractitionerCount);
    }

    [Fact]
    public void Empty_content_gives_zeros_and_every_meant_method_as_missing_everywhere()
    {
        var empty = RegionOverview.Compute(new ContentSet(TestContent.Vocabularies, [], TestContent.Offers, [], []));

        Assert.Equal(new RegionCell(0, 0, null), empty.Cell("emdr", AgeBand.AllAges, RegionPlace.Region));
        Assert.Equal(["emdr", "net", "lotgenotencontact"], empty.Gaps(Band("volwassenen")).Nowhere);
        Assert.Empty(empty.ReferralStops);
    }

    [Fact]
    public void The_overview_is_computed_once_per_content_set_and_anew_for_reloaded_content()
    {
        var content = TestContent.Content();
        var reloaded = TestContent.Content(TestContent.Practitioners.Where(p => p.Slug != "anna"));

        Assert.Same(RegionOverview.For(content), RegionOverview.For(content));
        Assert.NotSame(RegionOverview.For(content), RegionOverview.For(reloaded));
        Assert.Equal(2, RegionOverview.For(content).Cell("emdr", Band("kinderen"), RegionPlace.Region).Available);
        Assert.Equal(1, RegionOverview.For(reloaded).Cell("emdr", Band("kinderen"), RegionPlace.Region).Available);
    }

    [Fact]
    public void An_age_band_from_elsewhere_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Overview.Cell("emdr", new AgeBand("peuters", 2, 3), RegionPlace.Region));
    }
}

/// <summary>The age bands against the real vocabulary.</summary>
public sealed class AgeBandTests(ExampleContent example) : IClassFixture<ExampleContent>
{
    [Fact]
    public void The_bands_cover_every_age_once_from_young_to_old()
    {
        for (var age = 0; age <= 120; age++)
        {
            var point = new AgeRange(age, age);
            Assert.Single(AgeBand.Bands, b => b.Overlaps(point));
            Assert.True(AgeBand.AllAges.Overlaps(point));
        }
        Assert.Equal(AgeBand.Bands.OrderBy(b => b.From), AgeBand.Bands);
    }

    [Fact]
    public void Every_band_is_a_target_group_of_the_vocabulary_and_named_after_it()
    {
        var groups = example.Content.Vocabularies.TargetGroups;
        Assert.All(AgeBand.Bands, b => Assert.True(groups.Contains(b.Key), $"{b.Key} is not in doelgroepen"));
        Assert.Equal("Kinderen (4 tot en met 11 jaar)", AgeBand.Find("kinderen")!.Label(example.Content.Vocabularies));
        Assert.Equal("Ouderen (vanaf 65 jaar)", AgeBand.Find("ouderen")!.Label(example.Content.Vocabularies));
        Assert.Equal("Alle leeftijden", AgeBand.AllAges.Label(example.Content.Vocabularies));
        Assert.Null(AgeBand.Find("peuters"));
        Assert.Null(AgeBand.Find(null));
    }

    [Theory]
    [InlineData(0, 3, true)]
    [InlineData(3, 4, true)]
    [InlineData(11, 30, true)]
    [InlineData(0, 3, false, 4)]
    [InlineData(12, 18, false, 4)]
    public void Overlap_is_inclusive_at_both_ends(int from, int to, bool overlaps, int bandFrom = 0)
    {
        var band = bandFrom == 0 ? new AgeBand("x", 3, 11) : new AgeBand("x", bandFrom, 11);
        Assert.Equal(overlaps, band.Overlaps(new AgeRange(from, to)));
    }

    [Fact]
    public void The_example_content_has_a_gap_to_show_and_a_dutch_speaking_child_therapist()
    {
        var overview = RegionOverview.Compute(example.Content);
        var kinderen = AgeBand.Find("kinderen")!;
        Assert.True(overview.LanguageCell("nl", kinderen).Available > 0);
        Assert.Contains(overview.Gaps(kinderen).Municipalities, g => g.Methods.Count > 0);
    }
}
