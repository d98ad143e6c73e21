using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using TraumaGids.Core.Screening;

namespace TraumaGids.Core.Tests.Screening;

/// <summary>The FHIR R4 base specification and a validator over it: loaded once for all FHIR tests.</summary>
public sealed class FhirValidation
{
    private readonly Validator _validator;

    public FhirValidation()
    {
        var resolver = new CachedResolver(ZipSource.CreateValidationSource());
        _validator = new Validator(resolver, LocalTerminologyService.CreateDefaultForCore(resolver));
    }

    /// <summary>The errors (and fatal issues) the validator finds against the base profiles.</summary>
    public IReadOnlyList<string> Errors(Resource resource)
    {
        lock (_validator)
        {
            var outcome = _validator.Validate(resource);
            return [.. outcome.Issue
                .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
                .Select(i => $"{string.Join(",", i.Expression)}: {i.Details?.Text}")];
        }
    }
}

public sealed class ScreeningFhirTests(ExampleContent example, FhirValidation fhir) : IClassFixture<ExampleContent>, IClassFixture<FhirValidation>
{
    private static readonly Uri Site = new("https://traumagids.example.org/");
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 14, 5, 0, TimeSpan.FromHours(1));

    private Instrument Find(string id) => example.Content.FindInstrument(id)!;

    private static Coding CodingOf(DataType? value) => Assert.IsType<Coding>(value);

    private static decimal? Points(Coding coding) => Assert.IsType<FhirDecimal>(coding.GetExtension(ScreeningFhir.OrdinalValueUrl)?.Value).Value;

    private static int? IntegerOf(QuestionnaireResponse.ItemComponent item) => Assert.IsType<Integer>(item.Answer.Single().Value).Value;

    /// <summary>Every item answered with the option worth the given points (or the highest below it).</summary>
    private static Dictionary<int, string> Answers(Instrument instrument, int points) =>
        instrument.Items.ToDictionary(i => i.Number, i => instrument.OptionsFor(i).Where(a => a.Weight <= points).MaxBy(a => a.Weight)!.Key);

    private (QuestionnaireResponse Response, ScreeningScore Score) Respond(Instrument instrument, int points, int age, ScreeningContext? context = null)
    {
        context ??= new ScreeningContext(6, false, [instrument.EarlyReferralSignals[0].Key]);
        var answers = Answers(instrument, points);
        var score = ScreeningEngine.Score(instrument, new ScreeningAnswers(instrument.Versions[0].Key, age, answers));
        var advice = ScreeningAdvisor.Advise(score, context, example.Content.Instruments);
        return (ScreeningFhir.Response(score, context, advice, answers, Site, Now), score);
    }

    public static TheoryData<string, int> Instruments => new() { { "cries-13", 12 }, { "cats-3-6", 5 }, { "cats-7-17", 12 }, { "pcl-5", 30 } };

    [Theory]
    [MemberData(nameof(Instruments))]
    public void Each_instrument_is_a_questionnaire_that_validates_against_the_r4_base_profiles(string id, int age)
    {
        _ = age;
        var instrument = Find(id);

        var questionnaire = ScreeningFhir.Questionnaire(instrument, Site);

        Assert.Empty(fhir.Errors(questionnaire));
        Assert.Equal($"https://traumagids.example.org/fhir/Questionnaire/{id}", questionnaire.Url);
        Assert.Equal(PublicationStatus.Active, questionnaire.Status);
        var questions = questionnaire.Item.Single(i => i.LinkId == "vragen").Item;
        Assert.Equal(instrument.Items.Select(i => $"v{i.Number}"), questions.Select(q => q.LinkId));
        // The points of every answer, in the R4 ordinalValue extension.
        foreach (var (item, question) in instrument.Items.Zip(questions))
        {
            Assert.Equal(instrument.OptionsFor(item).Select(a => (decimal)a.Weight),
                question.AnswerOption.Select(o => Points(CodingOf(o.Value))!.Value));
        }
        var scores = questionnaire.Item.Single(i => i.LinkId == "scores").Item;
        Assert.All(scores, s => Assert.True(s.ReadOnly));
        Assert.Contains(scores, s => s.LinkId == "score-totaal" && s.GetExtension(ScreeningFhir.CalculatedExpressionUrl) is not null);
    }

    [Theory]
    [MemberData(nameof(Instruments))]
    public void A_scored_screening_is_a_response_that_validates_and_fits_its_questionnaire(string id, int age)
    {
        var instrument = Find(id);
        var (response, score) = Respond(instrument, 2, age);

        Assert.Empty(fhir.Errors(response));
        Assert.Empty(ResponseChecker.Check(ScreeningFhir.Questionnaire(instrument, Site), response));
        Assert.Equal(QuestionnaireResponse.QuestionnaireResponseStatus.Completed, response.Status);
        var scores = response.Item.Single(i => i.LinkId == "scores").Item;
        foreach (var line in score.Scales.Concat(score.Composites))
        {
            Assert.Equal(line.Score, IntegerOf(scores.Single(s => s.LinkId == $"score-{line.Key}")));
        }
        Assert.Equal("verwijzen voor diagnostiek en traumabehandeling", Assert.IsType<FhirString>(scores.Single(s => s.LinkId == "advies").Answer.Single().Value).Value);
    }

    [Fact]
    public void The_cries13_response_carries_the_hand_computed_scores_and_the_answers_points()
    {
        var cries = Find("cries-13");
        // Every item "Soms" (3): intrusion 12, avoidance 12, arousal 15, CRIES-8 24, total 39.
        var (response, _) = Respond(cries, 3, 12);

        var scores = response.Item.Single(i => i.LinkId == "scores").Item.Where(i => i.LinkId != "advies").ToDictionary(i => i.LinkId!, IntegerOf);
        Assert.Equal(12, scores["score-herbeleving"]);
        Assert.Equal(12, scores["score-vermijding"]);
        Assert.Equal(15, scores["score-prikkelbaarheid"]);
        Assert.Equal(24, scores["score-cries-8"]);
        Assert.Equal(39, scores["score-totaal"]);
        var first = CodingOf(response.Item.Single(i => i.LinkId == "vragen").Item[0].Answer[0].Value);
        Assert.Equal("soms", first.Code);
        Assert.Equal(3m, Points(first));
        Assert.Equal("https://traumagids.example.org/fhir/Questionnaire/cries-13", response.Questionnaire);
        // Nothing that names the child: no subject, no identifier, no author.
        Assert.Null(response.Subject);
        Assert.Null(response.Identifier);
        Assert.Null(response.Author);
    }

    [Fact]
    public void The_checker_finds_an_unknown_linkId_an_unknown_code_and_a_missing_required_item()
    {
        var cries = Find("cries-13");
        var questionnaire = ScreeningFhir.Questionnaire(cries, Site);
        var (response, _) = Respond(cries, 3, 12);
        var questions = response.Item.Single(i => i.LinkId == "vragen").Item;
        questions[0].LinkId = "v01";
        CodingOf(questions[1].Answer[0].Value).Code = "meestal";
        response.Item.RemoveAll(i => i.LinkId == "leeftijd");

        var problems = ResponseChecker.Check(questionnaire, response);

        Assert.Contains("vragen/v01: no such linkId in the questionnaire", problems);
        Assert.Contains(problems, p => p.StartsWith("vragen/v2: code 'meestal'", StringComparison.Ordinal));
        Assert.Contains("vragen/v1: required, not answered", problems);
        Assert.Contains("leeftijd: required, not answered", problems);
        // The validator alone does not see any of this.
        Assert.Empty(fhir.Errors(response));
    }

    [Fact]
    public void The_validator_does_check_the_base_profiles()
    {
        // Sanity: a questionnaire without its required status, and an item without its type, are errors.
        var questionnaire = ScreeningFhir.Questionnaire(Find("cries-13"), Site);
        questionnaire.Status = null;
        questionnaire.Item[0].Type = null;

        var errors = fhir.Errors(questionnaire);

        Assert.True(errors.Count >= 2, string.Join("\n", errors));
    }

    [Fact]
    public void An_unscored_form_cannot_become_a_response()
    {
        var cries = Find("cries-13");
        var answers = Answers(cries, 3);
        answers.Remove(5);
        var score = ScreeningEngine.Score(cries, new ScreeningAnswers("kind", 12, answers));
        var context = new ScreeningContext(6, false, []);

        Assert.Throws<ArgumentException>(() => ScreeningFhir.Response(score, context, ScreeningAdvisor.Advise(score, context), answers, Site, Now));
    }

    [Fact]
    public void The_json_is_fhir_json()
    {
        var json = ScreeningFhir.Serialize(ScreeningFhir.Questionnaire(Find("pcl-5"), Site));

        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal("Questionnaire", document.RootElement.GetProperty("resourceType").GetString());
        Assert.Equal("Pcl5", document.RootElement.GetProperty("name").GetString());
    }
}
