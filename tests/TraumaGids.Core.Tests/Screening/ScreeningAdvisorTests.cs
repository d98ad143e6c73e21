using TraumaGids.Core.Screening;

namespace TraumaGids.Core.Tests.Screening;

/// <summary>
/// Every advice rule at its boundary (ages 3, 4, 5, 7, 8, 18, 19; weeks 3 and 4; CRIES-8 16 and 17 with a
/// total below 30), with the real CRIES-13 definition and the site's other instruments.
/// </summary>
public sealed class ScreeningAdvisorTests(ExampleContent example) : IClassFixture<ExampleContent>
{
    private readonly Instrument _cries = example.Cries;

    private static readonly Dictionary<int, string> KeyOfWeight = new() { [0] = "helemaal-niet", [1] = "zelden", [3] = "soms", [5] = "vaak" };

    /// <summary>Items 1.. answered with the given weights, the rest "Helemaal niet".</summary>
    private ScreeningScore Weights(int[] weights, int? age = 12, string version = "kind")
    {
        var answers = Enumerable.Range(1, 13).ToDictionary(i => i, i => KeyOfWeight[i <= weights.Length ? weights[i - 1] : 0]);
        return ScreeningEngine.Score(_cries, new ScreeningAnswers(version, age, answers));
    }

    /// <summary>A total made of fives on the first items (multiples of 5 only).</summary>
    private ScreeningScore Total(int total, int? age = 12, string version = "kind") =>
        Weights([.. Enumerable.Repeat(5, total / 5)], age, version);

    private ScreeningAdvice Advise(ScreeningScore score, int? weeks = 8, bool ongoing = false, params string[] signals) =>
        ScreeningAdvisor.Advise(score, new ScreeningContext(weeks, ongoing, signals), example.Content.Instruments);

    [Fact]
    public void Above_the_cutoff_four_weeks_after_refers_without_waiting_for_safety()
    {
        var advice = Advise(Total(35), weeks: 4);

        Assert.Equal(AdviceDecision.Refer, advice.Decision);
        Assert.Equal("verwijzen voor diagnostiek en traumabehandeling", advice.Title);
        Assert.Equal(_cries.Advice.Always, advice.Texts[0]);
        Assert.Equal([_cries.Advice.Refer, _cries.Advice.DoNotWait], advice.Texts.Skip(1).Take(2));
        Assert.Equal([_cries.Advice.Meldcode, _cries.Advice.NotADiagnosis], advice.Texts.TakeLast(2));
        Assert.Contains(advice.Reasons, r => r.Contains("(35) is gelijk aan of hoger dan het afkappunt (30)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(3, AdviceDecision.Rescreen)]
    [InlineData(4, AdviceDecision.Refer)]
    public void Above_the_cutoff_less_than_four_weeks_after_without_a_sign_is_screened_again_with_psycho_education(int weeks, AdviceDecision expected)
    {
        var advice = Advise(Total(45), weeks: weeks);

        Assert.Equal(expected, advice.Decision);
        Assert.Equal(_cries.Advice.Always, advice.Texts[0]);
        Assert.Equal(weeks < 4, advice.Texts.Contains(_cries.Advice.Rescreen));
        Assert.Equal(weeks >= 4, advice.Texts.Contains(_cries.Advice.Refer));
        if (weeks < 4)
        {
            Assert.Equal("over 4 weken opnieuw screenen", advice.Title);
            Assert.Contains(advice.Reasons, r => r.Contains("(45) is gelijk aan of hoger dan het afkappunt (30)", StringComparison.Ordinal)
                && r.Contains("minder dan 4 weken geleden", StringComparison.Ordinal));
            // The page tells the worker what to do when the child can no longer function.
            Assert.Contains("Vink dan dat signaal aan", _cries.Advice.Rescreen, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(3, AdviceDecision.Rescreen)]
    [InlineData(4, AdviceDecision.NoReferral)]
    public void Below_the_cutoff_the_weeks_decide_between_screening_again_and_no_referral(int weeks, AdviceDecision expected)
    {
        var advice = Advise(Total(25), weeks: weeks);

        Assert.Equal(expected, advice.Decision);
        Assert.Equal(weeks >= 4, advice.Texts.Contains(_cries.Advice.NoReferral));
    }

    [Fact]
    public void An_ongoing_situation_is_no_reason_to_wait_four_weeks()
    {
        Assert.Equal(AdviceDecision.Refer, Advise(Total(45), weeks: 1, ongoing: true).Decision);
        var below = Advise(Total(20), weeks: 1, ongoing: true);
        Assert.Equal(AdviceDecision.NoReferral, below.Decision);
        Assert.Contains("De situatie is nog gaande.", below.Reasons);
        Assert.Equal(AdviceDecision.Refer, Advise(Total(45), weeks: null, ongoing: true).Decision);
    }

    [Theory]
    [InlineData("functioneren")]
    [InlineData("risicofactoren")]
    [InlineData("comorbiditeit")]
    public void An_early_referral_sign_refers_even_below_the_cutoff_and_soon_after_the_event(string signal)
    {
        var advice = Advise(Total(10), 1, false, signal);

        Assert.Equal(AdviceDecision.Refer, advice.Decision);
        Assert.Contains(advice.Reasons, r => r.StartsWith("Signaal voor eerder verwijzen:", StringComparison.Ordinal));
        Assert.Contains(_cries.Advice.DoNotWait, advice.Texts);
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(3, 10)]
    [InlineData(4, 2)]
    [InlineData(4, 10)]
    public void Ages_0_to_4_refer_now_to_a_practitioner_for_young_children_whatever_the_weeks(int age, int weeks)
    {
        var advice = Advise(Total(0, age: age), weeks: weeks);

        Assert.Equal(AdviceDecision.Refer, advice.Decision);
        Assert.Contains(advice.Reasons, r => r.StartsWith($"Het kind is {age} jaar.", StringComparison.Ordinal));
        Assert.Contains(_cries.Advice.YoungChild!, advice.Texts);
        Assert.Contains(_cries.Advice.Refer, advice.Texts);
        Assert.DoesNotContain(_cries.Advice.Rescreen, advice.Texts);
    }

    [Theory]
    [InlineData(2, AdviceDecision.Rescreen)]
    [InlineData(10, AdviceDecision.OtherInstrument)]
    public void At_5_the_age_alone_is_no_reason_to_refer(int weeks, AdviceDecision expected)
    {
        var advice = Advise(Total(0, age: 5), weeks: weeks);

        Assert.Equal(expected, advice.Decision);
        Assert.DoesNotContain(advice.Reasons, r => r.StartsWith("Het kind is 5 jaar.", StringComparison.Ordinal));
        Assert.DoesNotContain(_cries.Advice.YoungChild!, advice.Texts);
    }

    [Theory]
    [InlineData(7, false, "Gebruik voor 7 jaar: CATS (7 tot en met 17 jaar).")]
    [InlineData(8, true, "Voor 8 jaar past ook: CATS (7 tot en met 17 jaar).")]
    [InlineData(18, true, "Voor 18 jaar past ook: PCL-5 (vanaf 18 jaar).")]
    [InlineData(19, false, "Gebruik voor 19 jaar: PCL-5 (vanaf 18 jaar).")]
    public void The_cutoff_applies_from_8_to_18_inclusive_and_the_fitting_instruments_are_named(int age, bool validated, string named)
    {
        var advice = Advise(Total(45, age: age));

        Assert.Contains(named, advice.Texts);
        Assert.All(advice.Texts, t => Assert.DoesNotContain("vanaf 18 jaar een instrument", t, StringComparison.Ordinal));

        Assert.Equal(validated ? AdviceDecision.Refer : AdviceDecision.OtherInstrument, advice.Decision);
        Assert.Equal(!validated, advice.Texts.Contains(_cries.Advice.OutsideAges));
        Assert.Equal(validated ? "verwijzen voor diagnostiek en traumabehandeling" : "een andere vragenlijst gebruiken", advice.Title);
    }

    [Theory]
    [InlineData(16, 25, AdviceDecision.NoReferral)]
    [InlineData(17, 25, AdviceDecision.Borderline)]
    [InlineData(17, 29, AdviceDecision.Borderline)]
    [InlineData(17, 30, AdviceDecision.Refer)]
    public void Cries8_at_17_with_a_total_below_30_is_borderline_screen_again_and_discuss(int cries8, int total, AdviceDecision expected)
    {
        // CRIES-8 from intrusion and avoidance items (1, 2, 4, 6, 7), the rest of the total from arousal items (3, 5, 11, 12, 13).
        int[] weights = cries8 == 16 ? [5, 5, 0, 5, 0, 1] : [5, 5, 0, 5, 0, 1, 1];
        var arousal = total - cries8;
        var score = WithArousal(weights, arousal);
        Assert.Equal(cries8, score.Composites.Single(c => c.Key == "cries-8").Score);
        Assert.Equal(total, score.Composites.Single(c => c.Key == "totaal").Score);

        var advice = Advise(score);

        Assert.Equal(expected, advice.Decision);
        Assert.Equal(expected == AdviceDecision.Borderline, advice.Texts.Contains(_cries.Advice.Borderline!));
        Assert.Equal(expected == AdviceDecision.NoReferral, advice.Texts.Contains(_cries.Advice.NoReferral));
        if (expected == AdviceDecision.Borderline)
        {
            Assert.Equal("grensgeval: over 4 weken opnieuw screenen en bespreken in het team", advice.Title);
            Assert.Contains(advice.Reasons, r => r.Contains($"({cries8}) is gelijk aan of hoger dan het afkappunt (17)", StringComparison.Ordinal)
                && r.Contains($"({total}) ligt onder het afkappunt (30)", StringComparison.Ordinal));
        }
    }

    /// <summary>The given weights on items 1.., then arousal points spread over items 3, 5, 11, 12, 13 (fives, a three, ones).</summary>
    private ScreeningScore WithArousal(int[] weights, int arousal)
    {
        var answers = Enumerable.Range(1, 13).ToDictionary(i => i, i => KeyOfWeight[i <= weights.Length ? weights[i - 1] : 0]);
        foreach (var item in new[] { 3, 5, 11, 12, 13 })
        {
            var w = arousal >= 5 ? 5 : arousal >= 3 ? 3 : arousal >= 1 ? 1 : 0;
            answers[item] = KeyOfWeight[w];
            arousal -= w;
        }
        Assert.Equal(0, arousal);
        return ScreeningEngine.Score(_cries, new ScreeningAnswers("kind", 12, answers));
    }

    [Fact]
    public void The_parent_version_has_no_borderline_its_cutoff_alone_decides()
    {
        var answers = Enumerable.Range(1, 13).ToDictionary(i => i, i => i is 1 or 2 or 4 or 6 ? "vaak" : "helemaal-niet");
        var score = ScreeningEngine.Score(_cries, new ScreeningAnswers("ouder", 12, answers));

        Assert.Equal(AdviceDecision.NoReferral, Advise(score).Decision);
    }

    [Fact]
    public void A_borderline_result_less_than_four_weeks_after_is_screened_again()
    {
        var advice = Advise(WithArousal([5, 5, 0, 5, 0, 1, 1], 8), weeks: 3);

        Assert.Equal(AdviceDecision.Rescreen, advice.Decision);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(7)]
    public void The_parent_version_under_8_never_says_to_use_the_parent_version(int age)
    {
        var advice = Advise(Total(45, age: age, version: "ouder"));

        Assert.Equal(AdviceDecision.OtherInstrument, advice.Decision);
        Assert.Contains(age < 7 ? "Gebruik voor 5 jaar: CATS (3 tot en met 6 jaar)." : "Gebruik voor 7 jaar: CATS (7 tot en met 17 jaar).", advice.Texts);
        Assert.All(advice.Texts, t => Assert.DoesNotContain("ouderversie", t, StringComparison.OrdinalIgnoreCase));
        Assert.All(advice.Reasons, t => Assert.DoesNotContain("ouderversie", t, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void An_unscored_form_gets_no_advice_but_the_reminder()
    {
        var answers = Enumerable.Range(1, 12).ToDictionary(i => i, _ => "vaak");
        var score = ScreeningEngine.Score(_cries, new ScreeningAnswers("kind", 12, answers));

        var advice = Advise(score);

        Assert.Equal(AdviceDecision.NotScored, advice.Decision);
        Assert.Equal([_cries.Advice.NotADiagnosis], advice.Texts);
    }

    [Theory]
    [InlineData(3, AdviceDecision.Refer)]
    [InlineData(4, AdviceDecision.Refer)]
    [InlineData(5, AdviceDecision.NoReferral)]
    public void The_cats_for_3_to_6_refers_at_3_and_4_whatever_the_score(int age, AdviceDecision expected)
    {
        var cats = example.Cats36;
        var answers = cats.Items.ToDictionary(i => i.Number, i => cats.OptionsFor(i)[0].Key);
        var score = ScreeningEngine.Score(cats, new ScreeningAnswers("verzorger", age, answers));

        var advice = Advise(score, weeks: 8);

        Assert.Equal(expected, advice.Decision);
        Assert.Equal(age <= 4, advice.Texts.Contains(cats.Advice.YoungChild!));
    }

    [Theory]
    [InlineData(31, 3, AdviceDecision.Rescreen)]
    [InlineData(31, 4, AdviceDecision.Refer)]
    [InlineData(30, 4, AdviceDecision.NoReferral)]
    public void The_pcl5_follows_the_same_rules_for_adults(int total, int weeks, AdviceDecision expected)
    {
        // Items 1-10 at 3 (30), item 11 at 1 for 31.
        var pcl = example.Pcl5;
        var answers = pcl.Items.ToDictionary(i => i.Number, i => pcl.OptionsFor(i)[i.Number <= 10 ? 3 : i.Number == 11 && total == 31 ? 1 : 0].Key);
        var score = ScreeningEngine.Score(pcl, new ScreeningAnswers("zelf", 30, answers));
        Assert.Equal(total, score.Composites.Single(c => c.Key == "totaal").Score);

        var advice = Advise(score, weeks: weeks);

        Assert.Equal(expected, advice.Decision);
        Assert.DoesNotContain(advice.Reasons, r => r.Contains("kind", StringComparison.OrdinalIgnoreCase));
    }
}
