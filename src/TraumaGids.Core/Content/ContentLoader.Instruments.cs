using TraumaGids.Core.Screening;

namespace TraumaGids.Core.Content;

/// <summary>Screening instruments: <c>instrumenten/&lt;id&gt;.yml</c>, validated like all other content.</summary>
public static partial class ContentLoader
{
    public const string InstrumentsFolder = "instrumenten";

    /// <summary>The folder is optional: a region without screening simply has none.</summary>
    private static List<Instrument> LoadInstruments(LoadContext context, List<ContentIssue> allIssues)
    {
        var result = new List<Instrument>();
        foreach (var relative in context.Files.In(InstrumentsFolder))
        {
            var issues = new List<ContentIssue>();
            var fields = ReadYamlFile(context.Files.Files[relative], issues);
            Instrument? instrument = null;
            if (fields is not null)
            {
                instrument = ParseInstrument(context, fields, relative, Path.GetFileNameWithoutExtension(relative).ToLowerInvariant());
                fields.RejectUnknownFields();
            }
            if (instrument is not null && issues.Count == 0)
            {
                result.Add(instrument);
                context.Loaded.Add(relative);
            }
            allIssues.AddRange(issues);
        }
        return result;
    }

    private static YamlFields? ReadYamlFile(ContentFile file, List<ContentIssue> issues)
    {
        var relative = file.RelativePath;
        var text = Text(file, issues);
        var root = text is null ? null : ParseMapping(text, 0, text.Length, relative, 0, "bestand", "moet een blok met velden zijn ('naam: waarde')", issues);
        return root is null ? null : new YamlFields(root, relative, 0, issues);
    }

    private static Instrument? ParseInstrument(LoadContext context, YamlFields f, string relative, string defaultId)
    {
        var id = f.String("id", required: true);
        if (id is not null && id != defaultId)
        {
            f.Error("id", $"'{id}' moet gelijk zijn aan de bestandsnaam ('{defaultId}')");
        }
        var name = f.String("naam", required: true);
        var fullName = f.String("volledige-naam", required: true);
        var period = f.String("periode", required: true);
        var ages = ParseAges(f.Map("leeftijd", required: true));
        var order = f.Int("volgorde", required: false, 0, 1000) ?? 100;

        var answerScales = new List<AnswerScale>();
        var answers = ParseAnswers(f, AnswerScale.DefaultKey, required: true);
        answerScales.Add(new AnswerScale(AnswerScale.DefaultKey, answers));
        foreach (var block in f.MapList("antwoordschalen", required: false))
        {
            var key = block.String("sleutel", required: true);
            var options = ParseAnswers(block, "antwoorden", required: true);
            block.RejectUnknownFields();
            if (key is not null && (!YamlFields.IsSlug(key) || key == AnswerScale.DefaultKey))
            {
                block.Error("sleutel", $"'{key}' is geen geldige sleutel; gebruik kleine letters, cijfers en streepjes, niet '{AnswerScale.DefaultKey}'");
            }
            else if (key is not null && answerScales.Any(x => x.Key == key))
            {
                block.Error("sleutel", $"'{key}' staat er twee keer in");
            }
            else if (key is not null)
            {
                answerScales.Add(new AnswerScale(key, options));
            }
        }
        var answerScaleKeys = answerScales.Select(a => a.Key).ToList();

        var scales = ParseNamedList(f, "schalen", (key, scaleName, _) => new Scale(key, scaleName));
        var scaleKeys = scales.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);

        var scores = ParseNamedList(f, "scores", (key, scoreName, block) =>
        {
            var parts = new List<string>();
            foreach (var (value, node) in block.StringList("schalen", required: true))
            {
                if (!scaleKeys.Contains(value))
                {
                    block.Error(node, "schalen", $"schaal '{value}' bestaat niet; kies uit: {string.Join(", ", scaleKeys)}");
                }
                else
                {
                    parts.Add(value);
                }
            }
            return new CompositeScore(key, scoreName, parts);
        });
        var scoreKeys = scaleKeys.Concat(scores.Select(s => s.Key)).ToHashSet(StringComparer.Ordinal);

        var versions = ParseNamedList(f, "versies", (key, versionName, block) =>
        {
            var cutoffs = new List<Cutoff>();
            foreach (var c in block.MapList("afkappunten", required: false))
            {
                var score = c.String("score", required: true);
                var minimum = c.Int("vanaf", required: true, 0, 10_000);
                var source = c.String("bron", required: true);
                var primary = c.Bool("primair");
                c.RejectUnknownFields();
                if (score is not null && !scoreKeys.Contains(score))
                {
                    c.Error("score", $"score '{score}' bestaat niet; kies een schaal of score: {string.Join(", ", scoreKeys)}");
                }
                else if (score is not null && minimum is not null && source is not null)
                {
                    cutoffs.Add(new Cutoff(score, minimum.Value, source, primary));
                }
            }
            if (cutoffs.Count > 0 && cutoffs.Count(c => c.Primary) != 1)
            {
                block.Error("afkappunten", "precies één afkappunt moet 'primair: true' hebben; dat bepaalt het advies");
            }
            return new InstrumentVersion(key, versionName, cutoffs);
        });

        var items = new List<Item>();
        var questions = f.MapList("vragen", required: true);
        for (var position = 1; position <= questions.Count; position++)
        {
            // Checked against the position, not the items accepted so far: one bad item is one problem.
            var q = questions[position - 1];
            var number = q.Int("nummer", required: true, 1, 1000);
            var text = q.String("tekst", required: true);
            var scale = q.String("schaal", required: true);
            var answerScale = q.String("antwoorden", required: false) ?? AnswerScale.DefaultKey;
            q.RejectUnknownFields();
            if (number is not null && number != position)
            {
                q.Error("nummer", $"verwacht vraag {position}; nummer de vragen 1, 2, 3, … zonder gaten");
            }
            else if (scale is not null && !scaleKeys.Contains(scale))
            {
                q.Error("schaal", $"schaal '{scale}' bestaat niet; kies uit: {string.Join(", ", scaleKeys)}");
            }
            else if (!answerScaleKeys.Contains(answerScale))
            {
                q.Error("antwoorden", $"antwoordschaal '{answerScale}' bestaat niet; kies uit: {string.Join(", ", answerScaleKeys)}");
            }
            else if (number is not null && text is not null && scale is not null)
            {
                items.Add(new Item(number.Value, text, scale, answerScale));
            }
        }

        var signals = ParseNamedList(f, "signalen", (key, text, _) => new Signal(key, text), nameField: "tekst");
        var methods = f.Keys("eerste-keus-methoden", context.Vocabularies.Methods, required: true);
        var themes = f.Keys("passende-themas", context.Vocabularies.Themes, required: false);
        var parentInfo = new List<PageLink>();
        foreach (var (value, node) in f.StringList("informatie-voor-ouders", required: false))
        {
            var link = PageLink.TryParse(value);
            if (link is null || !context.SlugsOnDisk[link.Kind].Contains(link.Slug))
            {
                f.Error(node, "informatie-voor-ouders", $"pagina '{value}' bestaat niet");
            }
            else
            {
                parentInfo.Add(link);
            }
        }
        var sources = f.StringList("bronnen", required: true).Select(s => s.Value).ToList();
        var advice = ParseAdvice(f.Map("advies", required: true));
        if (advice is not null && advice.Borderline is null && versions.Any(v => v.Cutoffs.Any(c => !c.Primary)))
        {
            f.Error("advies", "'grensgeval' is verplicht als een versie een tweede afkappunt heeft: dat advies geldt als alleen dat afkappunt bereikt is");
        }

        if (id is null || name is null || fullName is null || period is null || ages is null || advice is null || answers.Count == 0)
        {
            return null;
        }
        return new Instrument
        {
            Id = id,
            SourceFile = relative,
            Name = name,
            FullName = fullName,
            Period = period,
            ValidAges = ages,
            Order = order,
            AnswerScales = answerScales,
            Scales = scales,
            Scores = scores,
            Versions = versions,
            Items = items,
            EarlyReferralSignals = signals,
            FirstChoiceMethods = methods,
            RelevantThemes = themes,
            ParentInformation = parentInfo,
            Sources = sources,
            Advice = advice,
        };
    }

    /// <summary>A list of answers (<c>sleutel</c>, <c>tekst</c>, <c>gewicht</c>) with unique keys, at least two.</summary>
    private static List<AnswerOption> ParseAnswers(YamlFields f, string field, bool required)
    {
        var answers = new List<AnswerOption>();
        foreach (var a in f.MapList(field, required))
        {
            var key = a.String("sleutel", required: true);
            var label = a.String("tekst", required: true);
            var weight = a.Int("gewicht", required: true, 0, 100);
            a.RejectUnknownFields();
            if (key is not null && !YamlFields.IsSlug(key))
            {
                a.Error("sleutel", $"'{key}' is geen geldige sleutel; gebruik kleine letters, cijfers en streepjes");
            }
            else if (key is not null && answers.Any(x => x.Key == key))
            {
                a.Error("sleutel", $"'{key}' staat er twee keer in");
            }
            else if (key is not null && label is not null && weight is not null)
            {
                answers.Add(new AnswerOption(key, label, weight.Value));
            }
        }
        if (answers.Count is > 0 and < 2)
        {
            f.Error(field, "noem minstens twee antwoorden");
        }
        return answers;
    }

    /// <summary>A list of blocks with a unique <c>sleutel</c> and a name field; the parse function adds the rest.</summary>
    private static List<T> ParseNamedList<T>(YamlFields f, string field, Func<string, string, YamlFields, T> parse, string nameField = "naam")
    {
        var result = new List<T>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in f.MapList(field, required: true))
        {
            var key = block.String("sleutel", required: true);
            var name = block.String(nameField, required: true);
            if (key is not null && !YamlFields.IsSlug(key))
            {
                block.Error("sleutel", $"'{key}' is geen geldige sleutel; gebruik kleine letters, cijfers en streepjes");
            }
            else if (key is not null && !keys.Add(key))
            {
                block.Error("sleutel", $"'{key}' staat er twee keer in");
            }
            else if (key is not null && name is not null)
            {
                result.Add(parse(key, name, block));
            }
            block.RejectUnknownFields();
        }
        return result;
    }

    private static AdviceTexts? ParseAdvice(YamlFields? f)
    {
        if (f is null)
        {
            return null;
        }
        var always = f.String("altijd", required: true);
        var rescreen = f.String("opnieuw-screenen", required: true);
        var refer = f.String("verwijzen", required: true);
        var doNotWait = f.String("niet-wachten", required: true);
        var noReferral = f.String("geen-verwijzing", required: true);
        var meldcode = f.String("meldcode", required: true);
        var notADiagnosis = f.String("geen-diagnose", required: true);
        var outside = f.String("buiten-leeftijd", required: true);
        var borderline = f.String("grensgeval", required: false);
        var youngChild = f.String("jonge-kinderen", required: false);
        f.RejectUnknownFields();
        return always is null || rescreen is null || refer is null || doNotWait is null || noReferral is null ||
               meldcode is null || notADiagnosis is null || outside is null
            ? null
            : new AdviceTexts(always, rescreen, refer, doNotWait, noReferral, meldcode, notADiagnosis, outside, borderline, youngChild);
    }
}
