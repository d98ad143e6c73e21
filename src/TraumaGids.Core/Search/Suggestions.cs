using System.Globalization;
using System.Text;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>A suggestion while typing: a page to open, or words to search for.</summary>
/// <param name="Path">The page to open, or null when <see cref="Text"/> is meant as search words.</param>
public sealed record Suggestion(string Text, string Kind, string? Path);

/// <summary>
/// Autocomplete: names and titles of all pages, and the labels of methods, themes, places, languages and
/// disciplines. A suggestion matches when every typed word is the start of one of its words (accents
/// and case ignored); titles that start with the typed text come first.
/// </summary>
internal sealed class Suggestions
{
    public const int MinLength = 2;
    public const int Max = 8;

    private readonly List<(Suggestion Suggestion, string Folded, string[] Words, int Order)> _entries;

    /// <summary>
    /// Every word of every entry with the entry's position, in ordinal order: the entries that have a
    /// word starting with a typed word are one range, found by binary search. With 10,000 names a
    /// keystroke then costs some microseconds instead of a scan of every entry (docs/performance.md).
    /// </summary>
    private readonly (string Word, int Entry)[] _words;

    public Suggestions(ContentSet content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var v = content.Vocabularies;
        var entries = new List<(Suggestion, int)>();
        entries.AddRange(content.Offers.Select(o => (new Suggestion(o.Title, "Aanbod", new PageLink(ContentKind.Offer, o.Slug).Path), 0)));
        entries.AddRange(content.InfoPages.Select(p => (new Suggestion(p.Title, "Informatie", new PageLink(ContentKind.InfoPage, p.Slug).Path), 1)));
        entries.AddRange(content.Practitioners.Select(p => (new Suggestion(p.Name, "Behandelaar", new PageLink(ContentKind.Practitioner, p.Slug).Path), 2)));
        foreach (var vocabulary in new[] { v.Themes, v.Municipalities, v.Languages, v.Disciplines, v.TargetGroups })
        {
            entries.AddRange(vocabulary.Entries.Select(e => (new Suggestion(SearchText(e.Value), "Zoeken", null), 3)));
        }
        entries.AddRange(content.SearchWords.Places.Keys.Select(place => (new Suggestion(CultureInfo.GetCultureInfo("nl-NL").TextInfo.ToTitleCase(place), "Zoeken", null), 3)));
        _entries = [.. entries
            .DistinctBy(e => (e.Item1.Text, e.Item1.Path))
            .Select(e => (e.Item1, Fold(e.Item1.Text), Words(Fold(e.Item1.Text)), e.Item2))];
        _words = [.. _entries
            .SelectMany((e, position) => e.Words.Distinct(StringComparer.Ordinal).Select(w => (w, position)))
            .OrderBy(w => w.w, StringComparer.Ordinal)];
    }

    public IReadOnlyList<Suggestion> For(string? typed)
    {
        var text = Fold(QueryText.Normalise(typed)).Trim();
        if (text.Length < MinLength)
        {
            return [];
        }
        var words = Words(text);
        if (words.Length == 0)
        {
            return [];
        }
        // Only entries with a word that starts with the longest typed word can match: look at those.
        var candidates = new List<int>();
        var longest = words.MaxBy(w => w.Length)!;
        for (var i = FirstAtOrAfter(longest); i < _words.Length && _words[i].Word.StartsWith(longest, StringComparison.Ordinal); i++)
        {
            candidates.Add(_words[i].Entry);
        }
        // In the entries' own order, as before the range: ties in the order below keep it.
        candidates.Sort();
        return [.. candidates
            .Distinct()
            .Select(position => _entries[position])
            .Where(e => words.All(w => e.Words.Any(x => x.StartsWith(w, StringComparison.Ordinal))))
            .OrderByDescending(e => e.Folded.StartsWith(text, StringComparison.Ordinal))
            .ThenBy(e => e.Order)
            .ThenBy(e => e.Suggestion.Text.Length)
            .ThenBy(e => e.Folded, StringComparer.Ordinal)
            .Take(Max)
            .Select(e => e.Suggestion)];
    }

    /// <summary>The position of the first word in <see cref="_words"/> that sorts at or after <paramref name="text"/>.</summary>
    private int FirstAtOrAfter(string text)
    {
        var low = 0;
        var high = _words.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (string.CompareOrdinal(_words[middle].Word, text) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /// <summary>"Perzisch (Farsi)" is searched as "Perzisch"; "Kinderen (4 tot 12 jaar)" as "Kinderen".</summary>
    private static string SearchText(string label)
    {
        var paren = label.IndexOf(" (", StringComparison.Ordinal);
        return paren > 0 ? label[..paren] : label;
    }

    private static string[] Words(string folded) =>
        folded.Split((char[])[' ', '-', '(', ')', ',', '.', '?', '/', '\''], StringSplitOptions.RemoveEmptyEntries);

    private static string Fold(string text) => TextFolding.Fold(text);
}
