using TraumaGids.Core.Screening;

namespace TraumaGids.Core.Tests.Screening;

public sealed class ScreeningEngineTests(ExampleContent example) : IClassFixture<ExampleContent>
{
    private readonly Instrument _cries = example.Cries;

    private static readonly int[] Intrusion = [1, 4, 8, 9];
    private static readonly int[] Avoidance = [2, 6, 7, 10];
    private static readonly int[] Arousal = [3, 5, 11, 12, 13];

    private static readonly Dictionary<int, string> KeyOfWeight = new() { [0] = "helemaal-niet", [1] = "zelden", [3] = "soms", [5] = "vaak" };

    /// <summary>All 13 items answered "Helemaal niet", except the given ones.</summary>
    private static Dictionary<int, string> Answers(params (int Item, int Weight)[] answers)
    {
        var result = Enumerable.Range(1, 13).ToDictionary(i => i, _ => "helemaal-niet");
        foreach (var (item, weight) in answers)
        {
            result[item] = KeyOfWeight[weight];
        }
        return result;
    }

    private ScreeningScore Score(Dictionary<int, string> answers, string version = "kind", int? age = 12) =>
        ScreeningEngine.Score(_cries, new ScreeningAnswers(version, age, answers));

    private static int Line(IEnumerable<ScoreLine> lines, string key) => lines.Single(l => l.Key == key).Score;

    [Fact]
    public void The_definition_has_13_items_weights_0_1_3_5_and_three_subscales()
    {
        Assert.Equal(13, _cries.Items.Count);
        Assert.Equal([0, 1, 3, 5], _cries.Answers.Select(a => a.Weight));
        Assert.Equal(Intrusion, _cries.ItemsOf("herbeleving").Select(i => i.Number));
        Assert.Equal(Avoidance.Order(), _cries.ItemsOf("vermijding").Select(i => i.Number));
        Assert.Equal(Arousal, _cries.ItemsOf("prikkelbaarheid").Select(i => i.Number));
        Assert.Equal(new TraumaGids.Core.Content.AgeRange(8, 18), _cries.ValidAges);
    }

    [Fact]
    public void All_zero_scores_zero_everywhere()
    {
        var score = Score(Answers());

        Assert.True(score.IsScored);
        Assert.All(score.Scales, s => Assert.Equal(0, s.Score));
        Assert.All(score.Composites, s => Assert.Equal(0, s.Score));
        Assert.False(score.AbovePrimaryCutoff);
    }

    [Fact]
    public void All_often_scores_the_maximum_65()
    {
        var score = Score(Enumerable.Range(1, 13).ToDictionary(i => i, _ => "vaak"));

        Assert.Equal(20, Line(score.Scales, "herbeleving"));
        Assert.Equal(20, Line(score.Scales, "vermijding"));
        Assert.Equal(25, Line(score.Scales, "prikkelbaarheid"));
        Assert.Equal(40, Line(score.Composites, "cries-8"));
        Assert.Equal(65, Line(score.Composites, "totaal"));
        Assert.Equal([20, 20, 25], score.Scales.Select(s => s.Maximum));
        Assert.True(score.AbovePrimaryCutoff);
    }

    public static TheoryData<int, string> ItemScales()
    {
        var data = new TheoryData<int, string>();
        foreach (var i in Intrusion) { data.Add(i, "herbeleving"); }
        foreach (var i in Avoidance) { data.Add(i, "vermijding"); }
        foreach (var i in Arousal) { data.Add(i, "prikkelbaarheid"); }
        return data;
    }

    [Theory]
    [MemberData(nameof(ItemScales))]
    public void Each_item_counts_in_its_own_subscale_only(int item, string scale)
    {
        var score = Score(Answers((item, 5)));

        foreach (var line in score.Scales)
        {
            Assert.Equal(line.Key == scale ? 5 : 0, line.Score);
        }
        Assert.Equal(5, Line(score.Composites, "totaal"));
        Assert.Equal(scale == "prikkelbaarheid" ? 0 : 5, Line(score.Composites, "cries-8"));
    }

    /// <summary>Answers giving exactly the total: fives, then a three, then ones.</summary>
    private static Dictionary<int, string> Total(int total)
    {
        var answers = new List<(int, int)>();
        var item = 1;
        while (total >= 5) { answers.Add((item++, 5)); total -= 5; }
        if (total >= 3) { answers.Add((item++, 3)); total -= 3; }
        while (total >= 1) { answers.Add((item++, 1)); total -= 1; }
        return Answers([.. answers]);
    }

    [Theory]
    [InlineData("kind", 29, false)]
    [InlineData("kind", 30, true)]
    [InlineData("kind", 31, true)]
    [InlineData("ouder", 29, false)]
    [InlineData("ouder", 30, false)]
    [InlineData("ouder", 31, true)]
    public void The_total_cutoff_depends_on_the_version(string version, int total, bool reached)
    {
        var score = Score(Total(total), version);

        Assert.Equal(total, Line(score.Composites, "totaal"));
        var primary = score.Cutoffs.Single(c => c.Primary);
        Assert.Equal("totaal", primary.Score);
        Assert.Equal(version == "kind" ? 30 : 31, primary.Minimum);
        Assert.Equal(reached, primary.Reached);
        Assert.Equal(reached, score.AbovePrimaryCutoff);
        Assert.False(string.IsNullOrWhiteSpace(primary.Source));
    }

    [Theory]
    [InlineData(16, false)]
    [InlineData(17, true)]
    public void The_cries8_cutoff_is_17_in_the_child_version(int cries8, bool reached)
    {
        // Intrusion and avoidance items only: 5 + 5 + 5 + 1 (+ 1).
        var score = Score(cries8 == 16 ? Answers((1, 5), (2, 5), (4, 5), (6, 1)) : Answers((1, 5), (2, 5), (4, 5), (6, 1), (7, 1)));

        Assert.Equal(cries8, Line(score.Composites, "cries-8"));
        var cutoff = score.Cutoffs.Single(c => c.Score == "cries-8");
        Assert.Equal(17, cutoff.Minimum);
        Assert.Equal(reached, cutoff.Reached);
        Assert.False(cutoff.Primary);
        Assert.False(score.AbovePrimaryCutoff);
        Assert.DoesNotContain(Score(Answers(), "ouder").Cutoffs, c => c.Score == "cries-8");
    }

    [Fact]
    public void An_incomplete_form_is_not_scored_and_names_the_missing_items()
    {
        var answers = Answers();
        answers.Remove(3);
        answers.Remove(7);

        var score = Score(answers);

        Assert.False(score.IsScored);
        Assert.Equal([3, 7], score.MissingItems);
        Assert.Empty(score.Scales);
        Assert.Null(score.AbovePrimaryCutoff);
    }

    [Fact]
    public void Tampered_values_are_errors_not_scores()
    {
        var answers = Answers();
        answers[3] = "2";
        answers[14] = "vaak";

        var score = Score(answers, version: "buurman");

        Assert.False(score.IsScored);
        Assert.Equal(3, score.Errors.Count);
        Assert.Contains(score.Errors, e => e.Field == "versie" && e.Message.StartsWith("Kies welke versie", StringComparison.Ordinal));
        Assert.Contains(score.Errors, e => e.Field == "vraag-3" && e.Message.StartsWith("Vraag 3: dit antwoord bestaat niet", StringComparison.Ordinal));
        Assert.Contains(score.Errors, e => e.Message.StartsWith("Vraag 14 bestaat niet", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(7, false)]
    [InlineData(8, true)]
    [InlineData(18, true)]
    [InlineData(19, false)]
    [InlineData(null, true)]
    public void Outside_8_to_18_the_sums_are_given_but_no_cutoff_is_judged(int? age, bool validated)
    {
        var score = Score(Total(40), age: age);

        Assert.True(score.IsScored);
        Assert.Equal(validated, score.AgeValidated);
        Assert.Equal(40, Line(score.Composites, "totaal"));
        Assert.Equal(validated ? true : null, score.AbovePrimaryCutoff);
    }
}
