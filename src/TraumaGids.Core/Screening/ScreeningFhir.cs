using System.Globalization;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace TraumaGids.Core.Screening;

/// <summary>
/// Any <see cref="Instrument"/> as a FHIR R4 <c>Questionnaire</c>, and a scored screening as a
/// <c>QuestionnaireResponse</c> for case systems. Items are found by <c>linkId</c>: <c>versie</c>,
/// <c>leeftijd</c>, <c>weken</c>, <c>gaande</c>, <c>signalen</c>, the group <c>vragen</c> with <c>v1</c> … <c>vN</c>
/// (answers as codings carrying their points in the R4 <c>ordinalValue</c> extension), and the read-only group
/// <c>scores</c> with one calculated item per scale and score (<c>score-&lt;key&gt;</c>, with an SDC
/// <c>calculatedExpression</c> that sums the points) and the advice. Nothing is kept: the response is made
/// from the posted form and sent at once.
/// </summary>
public static class ScreeningFhir
{
    public const string OrdinalValueUrl = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    public const string CalculatedExpressionUrl = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression";
    public const string JsonMediaType = "application/fhir+json";

    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).Pretty();

    /// <summary>The canonical URL of an instrument's Questionnaire under the site's public address.</summary>
    public static string QuestionnaireUrl(Uri siteBase, Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(siteBase);
        ArgumentNullException.ThrowIfNull(instrument);
        return new Uri(siteBase, $"/fhir/Questionnaire/{instrument.Id}").AbsoluteUri;
    }

    /// <summary>The code system of an instrument's answers (versions, signs and answer keys).</summary>
    public static string AnswerSystem(Uri siteBase, Instrument instrument) => QuestionnaireUrl(siteBase, instrument) + "/codes";

    public static string Serialize(Resource resource) => JsonSerializer.Serialize(resource, resource.GetType(), Json);

    public static Questionnaire Questionnaire(Instrument instrument, Uri siteBase)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var system = AnswerSystem(siteBase, instrument);
        var questions = new Questionnaire.ItemComponent { LinkId = "vragen", Text = $"Vragen, over {instrument.Period}", Type = Hl7.Fhir.Model.Questionnaire.QuestionnaireItemType.Group, Required = true };
        foreach (var item in instrument.Items)
        {
            questions.Item.Add(new Questionnaire.ItemComponent
            {
                LinkId = ItemLinkId(item),
                Prefix = item.Number.ToString(CultureInfo.InvariantCulture),
                Text = item.Text,
                Type = Hl7.Fhir.Model.Questionnaire.QuestionnaireItemType.Choice,
                Required = true,
                AnswerOption = [.. instrument.OptionsFor(item).Select(a => new Questionnaire.AnswerOptionComponent { Value = AnswerCoding(system, a) })],
            });
        }
        var scores = new Questionnaire.ItemComponent { LinkId = "scores", Text = "Scores (berekend)", Type = Hl7.Fhir.Model.Questionnaire.QuestionnaireItemType.Group };
        foreach (var (key, name) in ScoreKeys(instrument))
        {
            var calculated = new Questionnaire.ItemComponent
            {
                LinkId = ScoreLinkId(key),
                Text = $"{name} (0 tot {instrument.MaxScore(key)})",
                Type = Hl7.Fhir.Model.Questionnaire.QuestionnaireItemType.Integer,
                ReadOnly = true,
            };
            var links = string.Join(" | ", instrument.ItemsOf(key).Select(i => $"'{ItemLinkId(i)}'"));
            calculated.Extension.Add(new Extension(CalculatedExpressionUrl, new Expression
            {
                Language = "text/fhirpath",
                Expression_ = $"%resource.item.where(linkId = 'vragen').item.where(linkId in ({links})).answer.value.extension('{OrdinalValueUrl}').value.sum()",
            }));
            scores.Item.Add(calculated);
        }
        scores.Item.Add(new Questionnaire.ItemComponent { LinkId = "advies", Text = "Advies volgens de richtlijn", Type = Hl7.Fhir.Model.Questionnaire.QuestionnaireItemType.String, ReadOnly = true });

        return new Questionnaire
        {
            Id = instrument.Id,
            Url = QuestionnaireUrl(siteBase, instrument),
            Name = ComputableName(instrument.Id),
            Title = instrument.FullName,
            Status = PublicationStatus.Active,
            Publisher = "TraumaGids",
            Description = $"{instrument.FullName}, gevalideerd voor {DutchText.Ages(instrument.ValidAges)}. De vraagteksten zijn korte omschrijvingen, niet de officiële tekst van de vragenlijst. Bronnen: {string.Join(" ", instrument.Sources)}",
            Item =
            [
                new() { LinkId = "versie", Text = "Welke versie is ingevuld?", Type = Hl7.Fhir.Model.Questionnaire.QuestionnaireItemType.Choice, Required = true,
                    AnswerOption = [.. instrument.Versions.Select(v => new Questionnaire.AnswerOptionComponent { Value = new Coding(system, "versie-" + v.Key, v.Name) })] },
                new() { LinkId = "leeftijd", Text = "Leeftijd (jaar)", Type = Hl7.Fhir.Model.Questionnaire.QuestionnaireItemType.Integer, Required = true },
                new() { LinkId = "weken", Text = "Aantal weken sinds de gebeurtenis", Type = Hl7.Fhir.Model.Questionnaire.QuestionnaireItemType.Integer },
                new() { LinkId = "gaande", Text = "De situatie is nog gaande", Type = Hl7.Fhir.Model.Questionnaire.QuestionnaireItemType.Boolean },
                new() { LinkId = "signalen", Text = "Signalen om eerder te verwijzen", Type = Hl7.Fhir.Model.Questionnaire.QuestionnaireItemType.Choice, Repeats = true,
                    AnswerOption = [.. instrument.EarlyReferralSignals.Select(s => new Questionnaire.AnswerOptionComponent { Value = new Coding(system, "signaal-" + s.Key, s.Text) })] },
                questions,
                scores,
            ],
        };
    }

    /// <summary>A scored screening as a completed response to the instrument's Questionnaire. Throws for an unscored form.</summary>
    public static QuestionnaireResponse Response(ScreeningScore score, ScreeningContext context, ScreeningAdvice advice, IReadOnlyDictionary<int, string> answers, Uri siteBase, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(answers);
        if (!score.IsScored || score.Version is null || score.Age is null)
        {
            throw new ArgumentException("Only a scored screening can be turned into a QuestionnaireResponse.", nameof(score));
        }
        var instrument = score.Instrument;
        var system = AnswerSystem(siteBase, instrument);
        var items = new List<QuestionnaireResponse.ItemComponent>
        {
            Answered("versie", new Coding(system, "versie-" + score.Version.Key, score.Version.Name)),
            Answered("leeftijd", new Integer(score.Age)),
        };
        if (context.WeeksSinceEvent is { } weeks)
        {
            items.Add(Answered("weken", new Integer(weeks)));
        }
        items.Add(Answered("gaande", new FhirBoolean(context.Ongoing)));
        var signals = instrument.EarlyReferralSignals.Where(s => context.Signals.Contains(s.Key)).ToList();
        if (signals.Count > 0)
        {
            items.Add(new QuestionnaireResponse.ItemComponent
            {
                LinkId = "signalen",
                Answer = [.. signals.Select(s => new QuestionnaireResponse.AnswerComponent { Value = new Coding(system, "signaal-" + s.Key, s.Text) })],
            });
        }
        var questions = new QuestionnaireResponse.ItemComponent { LinkId = "vragen" };
        foreach (var item in instrument.Items)
        {
            var option = instrument.OptionsFor(item).Single(a => a.Key == answers[item.Number]);
            questions.Item.Add(new QuestionnaireResponse.ItemComponent { LinkId = ItemLinkId(item), Text = item.Text, Answer = [new() { Value = AnswerCoding(system, option) }] });
        }
        items.Add(questions);
        var scores = new QuestionnaireResponse.ItemComponent { LinkId = "scores" };
        foreach (var line in score.Scales.Concat(score.Composites))
        {
            scores.Item.Add(Answered(ScoreLinkId(line.Key), new Integer(line.Score)));
        }
        scores.Item.Add(Answered("advies", new FhirString(advice.Title)));
        items.Add(scores);

        return new QuestionnaireResponse
        {
            Questionnaire = QuestionnaireUrl(siteBase, instrument),
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Authored = now.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
            Item = items,
        };
    }

    private static QuestionnaireResponse.ItemComponent Answered(string linkId, DataType value) =>
        new() { LinkId = linkId, Answer = [new() { Value = value }] };

    private static string ItemLinkId(Item item) => $"v{item.Number}";

    private static string ScoreLinkId(string key) => $"score-{key}";

    private static IEnumerable<(string Key, string Name)> ScoreKeys(Instrument instrument) =>
        instrument.Scales.Select(s => (s.Key, s.Name)).Concat(instrument.Scores.Select(s => (s.Key, s.Name)));

    /// <summary>An answer as a coding with its points in the R4 ordinalValue extension.</summary>
    private static Coding AnswerCoding(string system, AnswerOption answer)
    {
        var coding = new Coding(system, answer.Key, answer.Label);
        coding.Extension.Add(new Extension(OrdinalValueUrl, new FhirDecimal(answer.Weight)));
        return coding;
    }

    /// <summary>"cries-13" → "Cries13": a name a computer can use (FHIR's que-0).</summary>
    private static string ComputableName(string id) =>
        string.Concat(id.Split('-').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
