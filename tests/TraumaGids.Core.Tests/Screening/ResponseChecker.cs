using Hl7.Fhir.Model;

namespace TraumaGids.Core.Tests.Screening;

/// <summary>
/// What the FHIR validator does not check (FirelyTeam/firely-validator-api #146): that a response fits its
/// questionnaire. Every answered <c>linkId</c> must exist at the same place, every coding must be one of the
/// item's answer options (system and code), every value must have the item's type, and every required item
/// must be answered.
/// </summary>
internal static class ResponseChecker
{
    public static List<string> Check(Questionnaire questionnaire, QuestionnaireResponse response)
    {
        var problems = new List<string>();
        if (response.Questionnaire != questionnaire.Url)
        {
            problems.Add($"questionnaire '{response.Questionnaire}' is not '{questionnaire.Url}'");
        }
        Check(questionnaire.Item, response.Item, "", problems);
        return problems;
    }

    private static void Check(List<Questionnaire.ItemComponent> defined, List<QuestionnaireResponse.ItemComponent> given, string path, List<string> problems)
    {
        foreach (var item in given)
        {
            var definition = defined.FirstOrDefault(d => d.LinkId == item.LinkId);
            if (definition is null)
            {
                problems.Add($"{path}{item.LinkId}: no such linkId in the questionnaire");
                continue;
            }
            if (item.Answer.Count > 1 && definition.Repeats != true)
            {
                problems.Add($"{path}{item.LinkId}: {item.Answer.Count} answers to a question that does not repeat");
            }
            foreach (var answer in item.Answer)
            {
                var typeFits = (definition.Type, answer.Value) switch
                {
                    (Questionnaire.QuestionnaireItemType.Choice, Coding) => true,
                    (Questionnaire.QuestionnaireItemType.Integer, Integer) => true,
                    (Questionnaire.QuestionnaireItemType.Boolean, FhirBoolean) => true,
                    (Questionnaire.QuestionnaireItemType.String, FhirString) => true,
                    _ => false,
                };
                if (!typeFits)
                {
                    problems.Add($"{path}{item.LinkId}: a {answer.Value?.TypeName ?? "missing value"} does not fit a {definition.Type} item");
                }
                if (answer.Value is Coding coding && !definition.AnswerOption.Any(o => o.Value is Coding c && c.System == coding.System && c.Code == coding.Code))
                {
                    problems.Add($"{path}{item.LinkId}: code '{coding.Code}' ({coding.System}) is not an answer option");
                }
            }
            Check(definition.Item, item.Item, $"{path}{item.LinkId}/", problems);
        }
        foreach (var required in defined.Where(d => d.Required == true && given.All(g => g.LinkId != d.LinkId)))
        {
            problems.Add($"{path}{required.LinkId}: required, not answered");
        }
    }
}
