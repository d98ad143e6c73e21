using TraumaGids.Core.Content;
using TraumaGids.Core.Screening;
using TraumaGids.Core.Tests.Search;

namespace TraumaGids.Core.Tests.Screening;

public sealed class ReferralMatcherTests(ExampleContent example) : IClassFixture<ExampleContent>
{
    [Theory]
    [InlineData(9, "hilversum")]
    [InlineData(15, "huizen")]
    [InlineData(8, "eemnes")]
    [InlineData(12, null)]
    public void Every_suggestion_treats_the_age_offers_a_first_choice_method_serves_the_place_and_is_open(int age, string? municipality)
    {
        var suggestions = ReferralMatcher.Suggest(example.Content, example.Cries, age, municipality, ExampleContent.Today);

        Assert.NotEmpty(suggestions);
        Assert.InRange(suggestions.Count, 1, ReferralMatcher.MaxSuggestions);
        Assert.All(suggestions, s =>
        {
            var p = s.Practitioner;
            Assert.True(p.Ages.Contains(age));
            Assert.True(p.Methods.Contains("emdr") || p.Methods.Contains("tf-cbt"));
            Assert.True(municipality is null || p.Municipalities.Contains(municipality) || p.Online);
            Assert.False(p.ReferralStop);
            Assert.Contains("Geen aanmeldstop.", s.Reasons);
        });
        // Ranked by fit, then by waiting time.
        Assert.Equal(suggestions.OrderByDescending(s => s.Fit).ThenBy(s => s.Practitioner.WaitingTime.Weeks).Select(s => s.Practitioner.Slug),
            suggestions.Select(s => s.Practitioner.Slug));
    }

    [Fact]
    public void Fit_comes_before_waiting_time_and_the_reasons_say_why()
    {
        Practitioner Make(string slug, string[] methods, string[] municipalities, bool online, int weeks, bool stop = false, int from = 4) =>
            TestContent.Practitioner(slug, slug, ["kinderen"], from, 18, methods, municipalities, ["nl"], ["jeugdwet"], weeks, "Tekst.", online, stop) with
            { ExpertGroupMember = slug.StartsWith("lid", StringComparison.Ordinal) };
        var content = new ContentSet(TestContent.Vocabularies,
        [
            Make("online-snel", ["emdr"], [], online: true, weeks: 0),
            Make("lid-hilversum-beide", ["emdr", "tf-cbt"], ["hilversum"], online: false, weeks: 12),
            Make("hilversum-emdr", ["emdr"], ["hilversum"], online: false, weeks: 2),
            Make("huizen", ["emdr"], ["huizen"], online: false, weeks: 0),
            Make("stop", ["emdr", "tf-cbt"], ["hilversum"], online: false, weeks: 0, stop: true),
            Make("te-oud", ["emdr"], ["hilversum"], online: false, weeks: 0, from: 12),
            Make("geen-eerste-keus", ["net"], ["hilversum"], online: false, weeks: 0),
        ], [], [], []);

        var suggestions = ReferralMatcher.Suggest(content, example.Cries, 9, "hilversum", ExampleContent.Today);

        Assert.Equal(["lid-hilversum-beide", "hilversum-emdr", "online-snel"], suggestions.Select(s => s.Practitioner.Slug));
        var best = suggestions[0].Reasons;
        Assert.Contains("Biedt EMDR en TF-CBT: eerste keus in de richtlijn.", best);
        Assert.Contains("Werkt in Hilversum.", best);
        Assert.Contains("Lid van de Expertgroep Trauma.", best);
        Assert.Contains("Behandelt kinderen en jongeren van 4 tot en met 18 jaar.", best);
        Assert.Contains("Werkt online, niet in deze gemeente.", suggestions[2].Reasons);
    }
}

public sealed class ReferralTextTests(ExampleContent example) : IClassFixture<ExampleContent>
{
    [Theory]
    [InlineData(8, 65, "kinderen, jongeren en volwassenen van 8 tot en met 65 jaar")]
    [InlineData(0, 18, "kinderen en jongeren van 0 tot en met 18 jaar")]
    [InlineData(4, 11, "kinderen van 4 tot en met 11 jaar")]
    [InlineData(4, 12, "kinderen en jongeren van 4 tot en met 12 jaar")]
    [InlineData(12, 25, "jongeren en volwassenen van 12 tot en met 25 jaar")]
    [InlineData(18, 70, "volwassenen van 18 tot en met 70 jaar")]
    [InlineData(18, 99, "volwassenen vanaf 18 jaar")]
    [InlineData(7, 99, "kinderen, jongeren en volwassenen vanaf 7 jaar")]
    public void A_practitioners_ages_read_right(int from, int to, string expected) =>
        Assert.Equal(expected, DutchText.AgeGroups(new AgeRange(from, to)));

    [Fact]
    public void The_suggestion_of_a_practitioner_for_8_to_65_names_children_young_people_and_adults()
    {
        var p = TestContent.Practitioner("p", "p", ["kinderen"], 8, 65, ["emdr"], ["hilversum"], ["nl"], ["jeugdwet"], 3, "Tekst.", false, false);
        var content = new ContentSet(TestContent.Vocabularies, [p], [], [], []);

        var suggestion = Assert.Single(ReferralMatcher.Suggest(content, example.Cries, 9, "hilversum", ExampleContent.Today));

        Assert.Contains("Behandelt kinderen, jongeren en volwassenen van 8 tot en met 65 jaar.", suggestion.Reasons);
        Assert.DoesNotContain(suggestion.Reasons, r => r.Contains("kinderen en jongeren van 8 tot en met 65", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(14, false)]
    [InlineData(15, true)]
    public void A_wait_above_the_treeknorm_of_14_weeks_is_marked(int weeks, bool marked)
    {
        var p = TestContent.Practitioner("p", "p", ["kinderen"], 4, 18, ["emdr"], ["hilversum"], ["nl"], ["jeugdwet"], weeks, "Tekst.", false, false);
        var content = new ContentSet(TestContent.Vocabularies, [p], [], [], []);

        var suggestion = Assert.Single(ReferralMatcher.Suggest(content, example.Cries, 9, "hilversum", ExampleContent.Today));

        Assert.Equal(weeks, suggestion.WaitingWeeks);
        Assert.Equal(marked, suggestion.ExceedsTreeknorm);
    }
}
