using TraumaGids.Core.Screening;

namespace TraumaGids.Core.Tests.Screening;

public sealed class ScreeningAdvisorTests(ExampleContent example) : IClassFixture<ExampleContent>
{
    private readonly Instrument _cries = example.Cries;

    private ScreeningScore Score(int total, int age = 12)
    {
        var answers = Enumerable.Range(1, 13).ToDictionary(i => i, i => i <= total / 5 ? "vaak" : "helemaal-niet");
        return ScreeningEngine.Score(_cries, new ScreeningAnswers("kind", age, answers));
    }

    private static ScreeningContext Context(int? weeks = 8, bool ongoing = false, params string[] signals) => new(weeks, ongoing, signals);

    [Fact]
    public void Above_the_cutoff_refers_without_waiting_for_safety()
    {
        var advice = ScreeningAdvisor.Advise(Score(35), Context(weeks: 2));

        Assert.Equal(AdviceDecision.Refer, advice.Decision);
        Assert.Equal(
            [_cries.Advice.Always, _cries.Advice.Refer, _cries.Advice.DoNotWait, _cries.Advice.Meldcode, _cries.Advice.NotADiagnosis],
            advice.Texts);
        Assert.Contains(advice.Reasons, r => r.Contains("(35) is gelijk aan of hoger dan het afkappunt (30)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_recent_event_below_the_cutoff_without_signals_is_screened_again_after_four_weeks()
    {
        var advice = ScreeningAdvisor.Advise(Score(20), Context(weeks: 3));

        Assert.Equal(AdviceDecision.Rescreen, advice.Decision);
        Assert.Equal(_cries.Advice.Always, advice.Texts[0]);
        Assert.Contains(_cries.Advice.Rescreen, advice.Texts);
        Assert.DoesNotContain(_cries.Advice.Refer, advice.Texts);
    }

    [Theory]
    [InlineData("functioneren")]
    [InlineData("risicofactoren")]
    [InlineData("comorbiditeit")]
    public void An_early_referral_sign_refers_even_below_the_cutoff_and_soon_after_the_event(string signal)
    {
        var advice = ScreeningAdvisor.Advise(Score(10), Context(1, false, signal));

        Assert.Equal(AdviceDecision.Refer, advice.Decision);
        Assert.Contains(advice.Reasons, r => r.StartsWith("Signaal voor eerder verwijzen:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_ongoing_situation_is_not_a_reason_to_wait_four_weeks()
    {
        var advice = ScreeningAdvisor.Advise(Score(20), Context(weeks: 1, ongoing: true));

        Assert.Equal(AdviceDecision.NoReferral, advice.Decision);
        Assert.Contains("De situatie is nog gaande.", advice.Reasons);
    }

    [Fact]
    public void Below_the_cutoff_after_four_weeks_without_signals_no_referral_is_advised()
    {
        var advice = ScreeningAdvisor.Advise(Score(25), Context(weeks: 4));

        Assert.Equal(AdviceDecision.NoReferral, advice.Decision);
        Assert.Contains(_cries.Advice.NoReferral, advice.Texts);
        Assert.Equal(_cries.Advice.NotADiagnosis, advice.Texts[^1]);
    }

    [Fact]
    public void Outside_the_validated_ages_the_advice_says_to_use_another_instrument()
    {
        var advice = ScreeningAdvisor.Advise(Score(45, age: 6), Context(weeks: 8));

        Assert.Equal(AdviceDecision.OtherInstrument, advice.Decision);
        Assert.Contains(_cries.Advice.OutsideAges, advice.Texts);
        Assert.Contains(advice.Reasons, r => r.Contains("niet gevalideerd", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unscored_form_gets_no_advice_but_the_reminder()
    {
        var answers = Enumerable.Range(1, 12).ToDictionary(i => i, _ => "vaak");
        var score = ScreeningEngine.Score(_cries, new ScreeningAnswers("kind", 12, answers));

        var advice = ScreeningAdvisor.Advise(score, Context());

        Assert.Equal(AdviceDecision.NotScored, advice.Decision);
        Assert.Equal([_cries.Advice.NotADiagnosis], advice.Texts);
    }
}
