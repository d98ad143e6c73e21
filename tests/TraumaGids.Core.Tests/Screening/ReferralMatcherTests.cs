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
