using System.Globalization;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>
/// Reads a <see cref="SearchQuery"/> from URL parameters and writes one back, so a search is a plain,
/// shareable link. Reading accepts anything a URL can carry (repeated, unknown or malformed values):
/// what it cannot use is left out and explained in a Dutch notice, never an exception.
/// </summary>
public static class SearchParameters
{
    public const string Text = "q";
    public const string Age = "leeftijd";
    public const string Online = FacetNames.Online;
    public const string NoReferralStop = FacetNames.NoReferralStop;
    public const string ExpertGroup = FacetNames.ExpertGroup;
    public const string Sort = "sorteer";
    public const string Page = "pagina";

    /// <summary>The value of the on/off filters in a URL (<c>online=ja</c>).</summary>
    public const string Yes = "ja";

    /// <summary>Longer text is cut: nobody types more, and the index only looks at the first words.</summary>
    public const int MaxTextLength = 200;

    public const int MaxAge = 120;

    private const int MaxPage = 10_000;

    /// <param name="values">All values of one URL parameter (empty when absent).</param>
    /// <param name="vocabularies">The allowed filter values.</param>
    public static (SearchQuery Query, IReadOnlyList<string> Notices) Read(Func<string, IEnumerable<string?>> values, Vocabularies vocabularies)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(vocabularies);
        var notices = new List<string>();
        var unknownValue = false;

        IReadOnlyList<string> Keys(string name, Vocabulary vocabulary)
        {
            var result = new List<string>();
            foreach (var value in values(name))
            {
                var key = value?.Trim();
                if (string.IsNullOrEmpty(key))
                {
                    continue;
                }
                if (!vocabulary.Contains(key))
                {
                    unknownValue = true;
                }
                else if (!result.Contains(key))
                {
                    result.Add(key);
                }
            }
            return result;
        }

        var kinds = new List<ContentKind>();
        foreach (var value in values(FacetNames.Kind))
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }
            var kind = ContentKinds.FromKey(value.Trim());
            if (kind is null)
            {
                unknownValue = true;
            }
            else if (!kinds.Contains(kind.Value))
            {
                kinds.Add(kind.Value);
            }
        }

        var text = First(values, Text);
        if (text is not null && text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
            if (char.IsHighSurrogate(text[^1]))
            {
                text = text[..^1];
            }
            notices.Add($"Je zoekvraag was erg lang. We zoeken alleen met de eerste {MaxTextLength} tekens.");
        }

        int? age = null;
        var ageText = First(values, Age);
        if (ageText is not null)
        {
            if (int.TryParse(ageText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed <= MaxAge)
            {
                age = parsed;
            }
            else
            {
                notices.Add($"Vul bij leeftijd een heel getal in van 0 tot en met {MaxAge}, bijvoorbeeld 9. We zoeken nu zonder leeftijd.");
            }
        }

        var sort = First(values, Sort) == "wachttijd" ? SearchSort.WaitingTime : SearchSort.Relevance;
        var page = int.TryParse(First(values, Page), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is >= 1 and <= MaxPage ? p : 1;

        var query = new SearchQuery
        {
            Text = text,
            Kinds = kinds,
            TargetGroups = Keys(FacetNames.TargetGroup, vocabularies.TargetGroups),
            Age = age,
            Methods = Keys(FacetNames.Method, vocabularies.Methods),
            Municipalities = Keys(FacetNames.Municipality, vocabularies.Municipalities),
            OnlineOnly = First(values, Online) == Yes,
            Languages = Keys(FacetNames.Language, vocabularies.Languages),
            Funding = Keys(FacetNames.Funding, vocabularies.Funding),
            ReferralRoutes = Keys(FacetNames.ReferralRoute, vocabularies.ReferralRoutes),
            NoReferralStop = First(values, NoReferralStop) == Yes,
            ExpertGroupOnly = First(values, ExpertGroup) == Yes,
            Sort = sort,
            Page = page,
        };
        if (unknownValue)
        {
            notices.Add("Een of meer filters in de link bestaan niet (meer). Die hebben we weggelaten.");
        }
        return (query, notices);
    }

    /// <summary>The URL parameters of a query, in a stable order; defaults are left out.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Write(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var result = new List<KeyValuePair<string, string>>();
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            result.Add(new(Text, query.Text));
        }
        result.AddRange(query.Kinds.Select(k => new KeyValuePair<string, string>(FacetNames.Kind, k.Key())));
        result.AddRange(query.TargetGroups.Select(v => new KeyValuePair<string, string>(FacetNames.TargetGroup, v)));
        if (query.Age is { } age)
        {
            result.Add(new(Age, age.ToString(CultureInfo.InvariantCulture)));
        }
        result.AddRange(query.Methods.Select(v => new KeyValuePair<string, string>(FacetNames.Method, v)));
        result.AddRange(query.Municipalities.Select(v => new KeyValuePair<string, string>(FacetNames.Municipality, v)));
        if (query.OnlineOnly)
        {
            result.Add(new(Online, Yes));
        }
        result.AddRange(query.Languages.Select(v => new KeyValuePair<string, string>(FacetNames.Language, v)));
        result.AddRange(query.Funding.Select(v => new KeyValuePair<string, string>(FacetNames.Funding, v)));
        result.AddRange(query.ReferralRoutes.Select(v => new KeyValuePair<string, string>(FacetNames.ReferralRoute, v)));
        if (query.NoReferralStop)
        {
            result.Add(new(NoReferralStop, Yes));
        }
        if (query.ExpertGroupOnly)
        {
            result.Add(new(ExpertGroup, Yes));
        }
        if (query.Sort == SearchSort.WaitingTime)
        {
            result.Add(new(Sort, "wachttijd"));
        }
        if (query.Page > 1)
        {
            result.Add(new(Page, query.Page.ToString(CultureInfo.InvariantCulture)));
        }
        return result;
    }

    private static string? First(Func<string, IEnumerable<string?>> values, string name) =>
        values(name).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
}
