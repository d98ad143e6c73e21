using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Screening;

/// <summary>The instrument file is validated like all content: a broken one is named with its line and field, and skipped.</summary>
public sealed class InstrumentLoadingTests : IDisposable
{
    private const string File = "instrumenten/cries-13.yml";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "traumagids-instrument-" + Guid.NewGuid().ToString("N"));
    private readonly string[] _lines;
    private readonly string _repo;

    public InstrumentLoadingTests()
    {
        var source = new DirectoryInfo(AppContext.BaseDirectory);
        while (!System.IO.File.Exists(Path.Combine(source!.FullName, "TraumaGids.sln")))
        {
            source = source.Parent;
        }
        _repo = source.FullName;
        var content = Path.Combine(source.FullName, "content");
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_root, Path.GetRelativePath(content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Copy(file, target);
        }
        _lines = System.IO.File.ReadAllLines(Path.Combine(_root, File));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private int LineOf(string text) => Array.FindIndex(_lines, l => l.Trim() == text) + 1;

    private ContentIssue Break(string line, string replacement) => Assert.Single(BreakAll(line, replacement));

    private IReadOnlyList<ContentIssue> BreakAll(string line, string replacement)
    {
        var index = Array.FindIndex(_lines, l => l.Trim() == line);
        Assert.True(index >= 0, $"'{line}' not in the instrument file");
        var lines = _lines.ToArray();
        lines[index] = lines[index][..lines[index].IndexOf(line, StringComparison.Ordinal)] + replacement;
        System.IO.File.WriteAllLines(Path.Combine(_root, File), lines);

        var content = ContentLoader.Load(_root, ExampleContent.Today);

        Assert.Null(content.FindInstrument("cries-13"));
        Assert.All(content.Issues, i => Assert.Equal(File, i.File));
        return content.Issues;
    }

    [Fact]
    public void The_example_instrument_loads_without_problems()
    {
        var content = ContentLoader.Load(_root, ExampleContent.Today);

        Assert.Empty(content.Issues);
        Assert.NotNull(content.FindInstrument("cries-13"));
    }

    [Fact]
    public void A_cutoff_on_an_unknown_score_is_reported()
    {
        var issue = Break("- score: cries-8", "- score: cries-9");

        Assert.Equal(File, issue.File);
        Assert.Equal(LineOf("- score: cries-8"), issue.Line);
        Assert.Equal("versies[1].afkappunten[2].score", issue.Field);
        Assert.StartsWith("score 'cries-9' bestaat niet", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_must_be_numbered_without_gaps()
    {
        var issue = Break("- nummer: 7", "- nummer: 8");

        Assert.Equal(LineOf("- nummer: 7"), issue.Line);
        Assert.Equal("vragen[7].nummer", issue.Field);
        Assert.Contains("verwacht vraag 7", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_must_belong_to_an_existing_scale()
    {
        var issue = Break("schaal: prikkelbaarheid", "schaal: slaap");

        Assert.Equal("vragen[3].schaal", issue.Field);
        Assert.Contains("schaal 'slaap' bestaat niet", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weight_must_be_a_number()
    {
        var issue = Break("gewicht: 3", "gewicht: drie");

        Assert.Equal("antwoorden[3].gewicht", issue.Field);
        Assert.Equal("'drie' is geen heel getal", issue.Message);
    }

    [Fact]
    public void First_choice_methods_must_exist()
    {
        var issue = Break("eerste-keus-methoden: [emdr, tf-cbt]", "eerste-keus-methoden: [emdr, tfcbt]");

        Assert.Equal("eerste-keus-methoden", issue.Field);
        Assert.Contains("onbekende waarde 'tfcbt'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_version_needs_exactly_one_primary_cutoff()
    {
        var issue = Break("vanaf: 17", "vanaf: 17\n        primair: true");

        Assert.Equal("versies[1].afkappunten", issue.Field);
        Assert.Contains("precies één afkappunt", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_advice_text_is_required()
    {
        var issues = BreakAll("meldcode: Gaat het om huiselijk geweld of kindermishandeling? Volg de stappen van de meldcode.", "meldcod: x");

        Assert.Contains(issues, i => i.Field == "advies.meldcode" && i.Message == "verplicht veld ontbreekt");
        Assert.Contains(issues, i => i.Field == "advies.meldcod" && i.Message.StartsWith("onbekend veld", StringComparison.Ordinal));
    }

    [Fact]
    public void A_version_with_a_second_cutoff_needs_the_borderline_advice()
    {
        var issue = Break("grensgeval: De CRIES-8-score bereikt het afkappunt, de totaalscore niet. Dat is een grensgeval. Screen na 4 weken opnieuw en bespreek de uitslag in het team. Verwijs als de klachten dan niet minder zijn geworden.", "# no borderline text");

        Assert.Equal("advies", issue.Field);
        Assert.Contains("'grensgeval' is verplicht", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_must_name_an_existing_answer_scale()
    {
        var issue = Break("schaal: prikkelbaarheid", "schaal: prikkelbaarheid\n    antwoorden: ja-nee");

        Assert.Equal("vragen[3].antwoorden", issue.Field);
        Assert.Contains("antwoordschaal 'ja-nee' bestaat niet", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_instrument_of_the_example_content_loads()
    {
        var content = ContentLoader.Load(_root, ExampleContent.Today);

        Assert.Empty(content.Issues);
        Assert.Equal(["cats-3-6", "cats-7-17", "cries-13", "pcl-5"], content.Instruments.Select(i => i.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_complete_example_in_the_docs_loads_and_scores()
    {
        var docs = System.IO.File.ReadAllText(Path.Combine(_repo, "docs", "content.md"));
        var start = docs.IndexOf("```yaml", docs.IndexOf("<!-- instrument-voorbeeld -->", StringComparison.Ordinal), StringComparison.Ordinal) + "```yaml".Length;
        var yaml = docs[start..docs.IndexOf("```", start, StringComparison.Ordinal)];
        System.IO.File.WriteAllText(Path.Combine(_root, "instrumenten", "voorbeeld.yml"), yaml);

        var content = ContentLoader.Load(_root, ExampleContent.Today);

        Assert.Empty(content.Issues);
        var example = content.FindInstrument("voorbeeld");
        Assert.NotNull(example);
        Assert.Equal(50, example.Order);
        Assert.NotNull(example.Advice.Borderline);
        Assert.NotNull(example.Advice.YoungChild);
        // Item 1 "Vaak" (2), item 2 "Nooit", item 3 "Ja" (no/yes, in no cut-off): the short score reaches its
        // cut-off of 2, the total (2) not its 3: borderline.
        var score = TraumaGids.Core.Screening.ScreeningEngine.Score(example, new TraumaGids.Core.Screening.ScreeningAnswers("kind", 10,
            new Dictionary<int, string> { [1] = "vaak", [2] = "nooit", [3] = "ja" }));
        Assert.True(score.IsBorderline);
        Assert.Equal(2, score.Composites.Single(c => c.Key == "totaal").Score);
        Assert.Equal(1, score.Scales.Single(c => c.Key == "functioneren").Score);
        Assert.Equal(1, score.Scales.Single(c => c.Key == "functioneren").Maximum);
    }
}
