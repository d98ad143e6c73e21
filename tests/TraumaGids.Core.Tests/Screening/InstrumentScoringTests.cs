using TraumaGids.Core.Screening;

namespace TraumaGids.Core.Tests.Screening;

/// <summary>
/// CATS (3-6 and 7-17) and PCL-5 as content, scored by the same engine as the CRIES-13: hand-computed score
/// vectors on both sides of every cut-off, the clusters, the answer scales and the items outside the total.
/// </summary>
public sealed class InstrumentScoringTests(ExampleContent example) : IClassFixture<ExampleContent>
{
    private static readonly string[] PclScores = ["b", "c", "d", "e", "totaal"];

    /// <summary>Answers by points: item n gets the answer worth weights[n-1] on its own answer scale.</summary>
    private static Dictionary<int, string> ByWeight(Instrument instrument, params int[] weights)
    {
        Assert.Equal(instrument.Items.Count, weights.Length);
        return instrument.Items.ToDictionary(i => i.Number, i => instrument.OptionsFor(i).Single(a => a.Weight == weights[i.Number - 1]).Key);
    }

    private static int[] Weights(int count, int value, params (int Item, int Weight)[] except)
    {
        var result = Enumerable.Repeat(value, count).ToArray();
        foreach (var (item, weight) in except)
        {
            result[item - 1] = weight;
        }
        return result;
    }

    private static int Line(ScreeningScore score, string key) =>
        score.Scales.Concat(score.Composites).Single(l => l.Key == key).Score;

    [Fact]
    public void The_cats_3_6_has_16_symptom_items_0_to_3_and_5_no_yes_items_outside_the_total()
    {
        var cats = example.Cats36;

        Assert.Equal(21, cats.Items.Count);
        Assert.Equal(new TraumaGids.Core.Content.AgeRange(3, 6), cats.ValidAges);
        Assert.Equal([0, 1, 2, 3], cats.Answers.Select(a => a.Weight));
        Assert.All(cats.Items.Take(16), i => Assert.Equal([0, 1, 2, 3], cats.OptionsFor(i).Select(a => a.Weight)));
        Assert.All(cats.Items.Skip(16), i => Assert.Equal(["nee", "ja"], cats.OptionsFor(i).Select(a => a.Key)));
        Assert.Equal(48, cats.MaxScore("totaal"));
        Assert.Equal(5, cats.MaxScore("functioneren"));
        Assert.Equal(Enumerable.Range(1, 16), cats.ItemsOf("totaal").Select(i => i.Number));
    }

    [Theory]
    // 15 x 1 (and 1 x 0) = 15; all five functioning questions "ja" change nothing in the total.
    [InlineData(15, false)]
    // 16 x 1 = 16: the cut-off.
    [InlineData(16, true)]
    public void The_cats_3_6_cutoff_is_16(int ones, bool reached)
    {
        var cats = example.Cats36;
        var weights = Weights(21, 1);
        for (var n = ones + 1; n <= 16; n++)
        {
            weights[n - 1] = 0;
        }

        var score = ScreeningEngine.Score(cats, new ScreeningAnswers("verzorger", 5, ByWeight(cats, weights)));

        Assert.True(score.IsScored);
        Assert.Equal(ones, Line(score, "totaal"));
        Assert.Equal(ones, Line(score, "symptomen"));
        Assert.Equal(5, Line(score, "functioneren"));
        var primary = score.Cutoffs.Single(c => c.Primary);
        Assert.Equal(16, primary.Minimum);
        Assert.Equal(reached, primary.Reached);
        Assert.Equal(reached, score.AbovePrimaryCutoff);
    }

    [Fact]
    public void The_cats_3_6_maximum_is_48()
    {
        var score = ScreeningEngine.Score(example.Cats36, new ScreeningAnswers("verzorger", 4, ByWeight(example.Cats36, Weights(21, 3, (17, 0), (18, 0), (19, 0), (20, 0), (21, 0)))));

        Assert.Equal(48, Line(score, "totaal"));
        Assert.Equal(0, Line(score, "functioneren"));
    }

    [Fact]
    public void The_cats_7_17_has_four_dsm5_clusters_over_20_items_and_a_maximum_of_60()
    {
        var cats = example.Cats717;

        Assert.Equal(25, cats.Items.Count);
        Assert.Equal([1, 2, 3, 4, 5], cats.ItemsOf("herbeleving").Select(i => i.Number));
        Assert.Equal([6, 7], cats.ItemsOf("vermijding").Select(i => i.Number));
        Assert.Equal([8, 9, 10, 11, 12, 13, 14], cats.ItemsOf("negatieve-stemming").Select(i => i.Number));
        Assert.Equal([15, 16, 17, 18, 19, 20], cats.ItemsOf("prikkelbaarheid").Select(i => i.Number));
        Assert.Equal(60, cats.MaxScore("totaal"));
        Assert.Equal(["zelf", "verzorger"], cats.Versions.Select(v => v.Key));
    }

    [Theory]
    [InlineData("zelf")]
    [InlineData("verzorger")]
    public void The_cats_7_17_clusters_sum_their_own_items(string version)
    {
        // 5 x 3, 2 x 2, 7 x 1, 6 x 0; functioning 1 0 1 0 1.
        int[] weights = [3, 3, 3, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1];

        var score = ScreeningEngine.Score(example.Cats717, new ScreeningAnswers(version, 12, ByWeight(example.Cats717, weights)));

        Assert.Equal(15, Line(score, "herbeleving"));
        Assert.Equal(4, Line(score, "vermijding"));
        Assert.Equal(7, Line(score, "negatieve-stemming"));
        Assert.Equal(0, Line(score, "prikkelbaarheid"));
        Assert.Equal(3, Line(score, "functioneren"));
        Assert.Equal(26, Line(score, "totaal"));
        Assert.True(score.AbovePrimaryCutoff);
    }

    [Theory]
    [InlineData("zelf", 20, false)]
    [InlineData("zelf", 21, true)]
    [InlineData("verzorger", 20, false)]
    [InlineData("verzorger", 21, true)]
    public void The_cats_7_17_cutoff_is_21_in_both_versions(string version, int total, bool reached)
    {
        // 20 x 1 = 20; item 1 at 2 makes 21. Functioning all "ja": not counted.
        var weights = Weights(25, 1, total == 21 ? [(1, 2)] : []);

        var score = ScreeningEngine.Score(example.Cats717, new ScreeningAnswers(version, 12, ByWeight(example.Cats717, weights)));

        Assert.Equal(total, Line(score, "totaal"));
        var primary = score.Cutoffs.Single(c => c.Primary);
        Assert.Equal(21, primary.Minimum);
        Assert.Equal(reached, score.AbovePrimaryCutoff);
    }

    [Fact]
    public void The_pcl5_has_clusters_b_c_d_e_answers_0_to_4_and_a_maximum_of_80()
    {
        var pcl = example.Pcl5;

        Assert.Equal(20, pcl.Items.Count);
        Assert.Equal([0, 1, 2, 3, 4], pcl.Answers.Select(a => a.Weight));
        Assert.Equal([1, 2, 3, 4, 5], pcl.ItemsOf("b").Select(i => i.Number));
        Assert.Equal([6, 7], pcl.ItemsOf("c").Select(i => i.Number));
        Assert.Equal([8, 9, 10, 11, 12, 13, 14], pcl.ItemsOf("d").Select(i => i.Number));
        Assert.Equal([15, 16, 17, 18, 19, 20], pcl.ItemsOf("e").Select(i => i.Number));
        Assert.Equal([20, 8, 28, 24, 80], PclScores.Select(pcl.MaxScore));
        Assert.Equal(new TraumaGids.Core.Content.AgeRange(18, 120), pcl.ValidAges);
    }

    [Theory]
    // Items 1-10 at 3 = 30: B 15, C 6, D 9, E 0.
    [InlineData(30, false, 15, 6, 9)]
    // And item 11 at 1 = 31: D 10. The chosen cut-off, 31, is the lower end of 31-33.
    [InlineData(31, true, 15, 6, 10)]
    public void The_pcl5_cutoff_is_31(int total, bool reached, int b, int c, int d)
    {
        var weights = Weights(20, 0, [.. Enumerable.Range(1, 10).Select(n => (n, 3))]);
        if (total == 31)
        {
            weights[10] = 1;
        }

        var score = ScreeningEngine.Score(example.Pcl5, new ScreeningAnswers("zelf", 30, ByWeight(example.Pcl5, weights)));

        Assert.Equal(total, Line(score, "totaal"));
        Assert.Equal(b, Line(score, "b"));
        Assert.Equal(c, Line(score, "c"));
        Assert.Equal(d, Line(score, "d"));
        Assert.Equal(0, Line(score, "e"));
        var primary = score.Cutoffs.Single(x => x.Primary);
        Assert.Equal(31, primary.Minimum);
        Assert.Equal(reached, score.AbovePrimaryCutoff);
        Assert.Contains("31", primary.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answer_from_another_answer_scale_is_refused()
    {
        var answers = ByWeight(example.Cats717, Weights(25, 0));
        answers[1] = "ja";
        answers[21] = "bijna-altijd";

        var score = ScreeningEngine.Score(example.Cats717, new ScreeningAnswers("zelf", 12, answers));

        Assert.False(score.IsScored);
        Assert.Contains(score.Errors, e => e.Field == "vraag-1" && e.Message == "Vraag 1: dit antwoord bestaat niet. Kies uit: Nooit, Af en toe, De helft van de tijd, Bijna altijd.");
        Assert.Contains(score.Errors, e => e.Field == "vraag-21" && e.Message == "Vraag 21: dit antwoord bestaat niet. Kies uit: Nee, Ja.");
    }

    [Theory]
    [InlineData(2, new string[0])]
    [InlineData(3, new[] { "cats-3-6" })]
    [InlineData(6, new[] { "cats-3-6" })]
    [InlineData(7, new[] { "cats-7-17" })]
    [InlineData(8, new[] { "cries-13", "cats-7-17" })]
    [InlineData(17, new[] { "cries-13", "cats-7-17" })]
    [InlineData(18, new[] { "cries-13", "pcl-5" })]
    [InlineData(19, new[] { "pcl-5" })]
    [InlineData(80, new[] { "pcl-5" })]
    public void The_start_page_offers_the_instruments_that_fit_the_age(int age, string[] expected) =>
        Assert.Equal(expected, InstrumentChooser.Fitting(example.Content.Instruments, age).Select(i => i.Id));
}
