using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>
/// Something recognised in the typed text and used as a filter on practitioners: a municipality or
/// place ("bussum"), a language ("arabisch") or an age ("kind van 9", "15 jaar"). Shown to the visitor
/// with a link to search again without it.
/// </summary>
public sealed record UnderstoodFilter(string Facet, string Key, string Label, string TextWithout);

/// <summary>Finds municipalities, places, languages and ages in typed text.</summary>
internal sealed partial class QueryUnderstanding
{
    public const string AgeFacet = "leeftijd";

    /// <summary>How an intent is shown among the recognised words: "Volgorde: kortste wachttijd eerst".</summary>
    private static string IntentLabel(SearchIntent intent, Vocabularies vocabularies) => intent.Facet switch
    {
        SearchIntent.WaitingTimeOrder => WaitingTimeLabel,
        FacetNames.Online => "ook online",
        FacetNames.NoReferralStop => "zonder aanmeldstop",
        FacetNames.ReferralRoute => vocabularies.ReferralRoutes.Label(intent.Key),
        _ => vocabularies.Funding.Label(intent.Key),
    };

    private const string WaitingTimeLabel = "kortste wachttijd eerst";

    /// <summary>Phrases as folded lower-case word sequences, longest first, with what they mean.</summary>
    private readonly List<(string[] Words, string Facet, string Key, string Label)> _phrases;

    public QueryUnderstanding(Vocabularies vocabularies, SearchWords words)
    {
        ArgumentNullException.ThrowIfNull(vocabularies);
        ArgumentNullException.ThrowIfNull(words);
        var phrases = new List<(string[], string, string, string)>();
        foreach (var (key, label) in vocabularies.Municipalities.Entries)
        {
            phrases.Add((Words(label), FacetNames.Municipality, key, label));
        }
        foreach (var (place, key) in words.Places)
        {
            phrases.Add((Words(place), FacetNames.Municipality, key, vocabularies.Municipalities.Label(key)));
        }
        // "gooisemeren", "nederhorstdenberg": a name of several words typed as one.
        foreach (var (placeWords, facet, key, label) in phrases.Where(p => p.Item1.Length > 1).ToList())
        {
            phrases.Add(([string.Concat(placeWords)], facet, key, label));
        }
        foreach (var (key, label) in vocabularies.Languages.Entries)
        {
            // "Perzisch (Farsi)": both names count, and other names people type ("english", "turkish").
            var names = label.Split(['(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Concat(words.LanguageNames.Where(n => n.Value == key).Select(n => n.Key));
            foreach (var name in names)
            {
                phrases.Add((Words(name), FacetNames.Language, key, label));
                // "engelstalig", "arabischtalig": a language name with -talig is the language; and so is its
                // adjective, "turkse", "arabische" ("een turkse psycholoog").
                if (Words(name) is [var single])
                {
                    phrases.Add(([single + "talig"], FacetNames.Language, key, label));
                    if (single.EndsWith('s') || single.EndsWith("sch", StringComparison.Ordinal))
                    {
                        phrases.Add(([single + "e"], FacetNames.Language, key, label));
                    }
                }
            }
        }
        foreach (var (phrase, intent) in words.Intents)
        {
            phrases.Add((Words(phrase), intent.Facet, intent.Key, IntentLabel(intent, vocabularies)));
        }
        _phrases = [.. phrases.Where(p => p.Item1.Length > 0).OrderByDescending(p => p.Item1.Length)];
        _names = [.. _phrases
            .Where(p => p.Words is [{ Length: >= MisspeltLength - 1 }] && p.Facet is FacetNames.Municipality or FacetNames.Language)
            .Select(p => (p.Words[0], p.Facet, p.Key, p.Label))];
    }

    /// <summary>A word of this many letters that occurs nowhere may be a misspelt place or language name (of one letter less or more).</summary>
    private const int MisspeltLength = 6;

    /// <summary>The one-word place and language names, for misspelt ones.</summary>
    private readonly List<(string Word, string Facet, string Key, string Label)> _names;

    public sealed record Result(
        string Remaining, int? Age,
        IReadOnlyList<UnderstoodFilter> Filters, IReadOnlyDictionary<UnderstoodFilter, IReadOnlyList<string>> Phrases)
    {
        public bool Any => Filters.Count > 0;

        /// <summary>The recognised places, languages and ages: taken out of the text, they count as words the results have.</summary>
        public int TakenFromText => Filters.Count(f => f.Facet is FacetNames.Municipality or FacetNames.Language or AgeFacet);

        /// <summary>"snel terecht", "zonder wachtlijst": show the shortest waiting time first.</summary>
        public bool OrderByWaitingTime => Filters.Any(f => f.Facet == SearchIntent.WaitingTimeOrder);

        /// <summary>
        /// The text is a question ("wat is ptss", "heb ik een verwijzing nodig?"): it asks for an
        /// explanation more than for a practitioner, so information pages rank higher.
        /// </summary>
        public bool Question { get; init; }

        /// <summary>What the results are asked to be (a place, language, age, funding, online, no referral stop): not the order.</summary>
        public IEnumerable<UnderstoodFilter> Wishes => Filters.Where(f => f.Facet != SearchIntent.WaitingTimeOrder);
    }

    /// <param name="text">The typed text, normalised.</param>
    /// <param name="occurs">Whether a word occurs in the content as written: a word that does is never taken for a misspelt place or language.</param>
    public Result Parse(string text, Func<string, bool>? occurs = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int Start, int Length, string Facet, string Key, string Label)>();

        var age = AgePattern().Match(text);
        int? ageValue = null;
        if (age.Success && AgeValue(age.Groups["age"].Value) is { } a && a <= 120)
        {
            ageValue = a;
            spans.Add((age.Index, age.Length, AgeFacet, a.ToString(CultureInfo.InvariantCulture), $"{a} jaar"));
        }

        // "wachttijd korter dan 4 weken", "binnen 2 weken": the shortest waiting time first.
        foreach (Match limit in WaitingLimitPattern().Matches(text))
        {
            spans.Add((limit.Index, limit.Length, SearchIntent.WaitingTimeOrder, "", WaitingTimeLabel));
        }

        var tokens = WordPattern().Matches(text).Select(m => (Word: Fold(m.Value), m.Index, m.Length)).ToList();
        var used = new bool[tokens.Count];
        var typed = tokens.Select(t => t.Word).ToHashSet(StringComparer.Ordinal);
        foreach (var (words, facet, key, label) in _phrases)
        {
            // Most phrases start with a word that was not typed at all: skip them without a scan.
            if (!typed.Contains(words[0]))
            {
                continue;
            }
            for (var i = 0; i + words.Length <= tokens.Count; i++)
            {
                if (!FreeMatch(i))
                {
                    continue;
                }
                for (var k = 0; k < words.Length; k++)
                {
                    used[i + k] = true;
                }
                var last = tokens[i + words.Length - 1];
                spans.Add((tokens[i].Index, last.Index + last.Length - tokens[i].Index, facet, key, label));
            }

            // The phrase's words stand at position i, none of them taken by a longer phrase already.
            bool FreeMatch(int i)
            {
                for (var k = 0; k < words.Length; k++)
                {
                    if (used[i + k] || tokens[i + k].Word != words[k])
                    {
                        return false;
                    }
                }
                return true;
            }
        }

        if (occurs is not null)
        {
            // "hilversm", "arabish": a long word that occurs nowhere, one typo from exactly one place or language.
            for (var i = 0; i < tokens.Count; i++)
            {
                if (used[i] || tokens[i].Word.Length < MisspeltLength || occurs(tokens[i].Word))
                {
                    continue;
                }
                var near = _names.Where(n => EditDistance.AtMost(tokens[i].Word, n.Word, 1)).DistinctBy(n => (n.Facet, n.Key)).Take(2).ToList();
                if (near is [var name])
                {
                    used[i] = true;
                    spans.Add((tokens[i].Index, tokens[i].Length, name.Facet, name.Key, name.Label));
                }
            }
        }

        var filters = spans
            .Where(s => s.Facet == AgeFacet || !spans.Any(o => o.Facet == AgeFacet && s.Start >= o.Start && s.Start < o.Start + o.Length))
            .DistinctBy(s => (s.Facet, s.Key))
            .Select(s => new UnderstoodFilter(s.Facet, s.Key, s.Label, Without(text, spans.Where(o => o.Facet == s.Facet && o.Key == s.Key).Select(o => (o.Start, o.Length)))))
            .ToList();
        // A funding or online wish ("gratis", "beeldbellen") is also a word the content uses: it stays in the text.
        var remaining = Without(text, spans.Where(s => !StaysInText(s.Facet)).Select(s => (s.Start, s.Length)));
        // The words as typed ("bussum"), to rank practitioners that name them higher.
        var phrases = filters.ToDictionary(f => f, f => (IReadOnlyList<string>)[.. spans.Where(s => s.Facet == f.Facet && s.Key == f.Key).Select(s => text.Substring(s.Start, s.Length))]);
        return new Result(
            remaining,
            ageValue,
            filters,
            phrases)
        {
            Question = IsQuestion(tokens.Select(t => t.Word)),
        };
    }

    /// <summary>
    /// Words that open a question asking for an explanation ("wat is", "heb ik … nodig"); not "welke",
    /// "wie" or "waar", which ask for someone. Tried on the dev set: the question words alone ("wat",
    /// "hoe", "waarom", "wanneer") did less well; a question mark at the end changed nothing.
    /// </summary>
    private static readonly HashSet<string> QuestionWords = new(
        ["wat", "hoe", "waarom", "wanneer", "heb", "heeft", "hebben", "moet", "moeten", "mag", "kan", "kun", "kunnen", "is", "ben", "zijn",
         "krijg", "krijgt", "word", "wordt", "what", "how", "why", "when", "do", "does", "can", "should"],
        StringComparer.Ordinal);

    private static bool IsQuestion(IEnumerable<string> words) => words.FirstOrDefault() is { } first && QuestionWords.Contains(first);

    private static bool StaysInText(string facet) => facet is FacetNames.Funding or FacetNames.Online;

    private static string Without(string text, IEnumerable<(int Start, int Length)> spans)
    {
        var builder = new StringBuilder(text);
        foreach (var (start, length) in spans.OrderByDescending(s => s.Start))
        {
            builder.Remove(start, length).Insert(start, ' ');
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string[] Words(string phrase) => [.. WordPattern().Matches(phrase).Select(m => Fold(m.Value))];

    /// <summary>Lower case without accents: "Oekraïens" = "oekraiens".</summary>
    private static string Fold(string word) => TextFolding.Fold(word);

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}'’\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>"wachttijd korter dan 4 weken", "binnen 2 weken", "max. 6 weken wachten", "minder dan een maand".</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?:wachttijd|wachtlijst)\s+)?(?:korter\s+dan|minder\s+dan|niet\s+langer\s+dan|binnen|max(?:imaal|\.)?|hooguit|uiterlijk)\s+(?:\d{1,2}|een|twee|drie|vier|vijf|zes)\s*(?:weken|week|wk|maanden|maand)(?:\s+(?:wachttijd|wachten))?(?![\p{L}\d])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WaitingLimitPattern();

    /// <summary>An age in digits or, before -jarige, in words ("zevenjarige").</summary>
    private static int? AgeValue(string typed) =>
        int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var age) ? age
        : Array.IndexOf(NumberWords, typed.ToLowerInvariant()) is var index and > 0 ? index : null;

    /// <summary>The numbers in words, by value, as they stand before -jarige ("tweejarige" … "achttienjarige").</summary>
    private static readonly string[] NumberWords =
        ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien"];

    /// <summary>"15 jaar", "15-jarige", "zevenjarige", "9 jr", "kind van 9", "leeftijd 9", "is 12".</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?<age>\d{1,3})\s*-?\s*(?:jaar|jr\.?|jarige)(?![\p{L}])|(?<age>twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien)-?jarige(?![\p{L}])|(?:van|leeftijd|is)\s+(?<age>\d{1,3})(?![\d\p{L}]|\s*(?:weken|week|maanden|maand|dagen|keer|uur|kinderen)))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AgePattern();
}
