using System.Net;
using System.Text;

namespace TraumaGids.Core.Search;

/// <summary>
/// Highlighted snippets without Lucene's Highlighter package: the stored text is analysed again with
/// the index's own analyzer (with offsets), the window of words with the most matches is chosen, and
/// the text is HTML-encoded with every match wrapped in &lt;mark&gt;.
/// </summary>
internal static class Snippets
{
    /// <summary>Words in a snippet window.</summary>
    private const int WindowTerms = 24;

    private const int MaxChars = 240;

    /// <summary>How much text around the first literal match is analysed.</summary>
    private const int StretchChars = 700;

    /// <summary>
    /// The stretch of text to analyse: from a little before the first literal occurrence of a typed word,
    /// its stem or a one-word synonym (case ignored), or the start of the text when none occurs literally.
    /// </summary>
    private static (int Offset, string Text) Stretch(string text, QueryText query)
    {
        var anchors = query.Terms
            .SelectMany(t => new[] { t.Stem, t.Word }.Concat(t.Synonyms.Where(s => s.Count == 1).Select(s => s[0])))
            .Where(a => a.Length >= 3)
            .Distinct(StringComparer.Ordinal);
        var first = anchors
            .Select(a => text.IndexOf(a, StringComparison.OrdinalIgnoreCase))
            .Where(i => i >= 0)
            .DefaultIfEmpty(0)
            .Min();
        var start = Math.Max(0, first - 120);
        if (start > 0)
        {
            var space = text.LastIndexOf(' ', start);
            start = space < 0 ? 0 : space + 1;
        }
        var end = Math.Min(text.Length, start + StretchChars);
        return (start, text[start..end]);
    }

    /// <summary>A word as the unstemmed word analyzer gives it: lower case, accents removed.</summary>
    private static string Fold(string word)
    {
        if (System.Text.Ascii.IsValid(word))
        {
            return word.ToLowerInvariant();
        }
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }
        return folded.ToString();
    }

    public static string Build(string text, QueryText? query, DutchAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(analysis);
        if (text.Length == 0)
        {
            return "";
        }
        // One analysis pass (stems with offsets; stop words cannot match anyway), and only over a stretch
        // around the first place a typed word or its stem appears literally: a whole text is not needed.
        var (offset, analysed) = query is null || query.Terms.Count == 0 ? (0, "") : Stretch(text, query);
        var terms = DutchAnalysis.Terms(analysis.Query, IndexFields.Body.Name, analysed)
            .Select(t => (t.Term, Start: t.Start + offset, End: t.End + offset))
            .ToList();
        var matches = terms.Select(t => query!.Matches(Fold(text[t.Start..t.End]), t.Term)).ToArray();
        if (!matches.Contains(true))
        {
            return WebUtility.HtmlEncode(Shorten(text));
        }

        // The densest window: the most matching terms among WindowTerms consecutive terms; earliest wins a tie.
        var best = 0;
        var bestCount = -1;
        var count = 0;
        for (var i = 0; i < terms.Count; i++)
        {
            count += matches[i] ? 1 : 0;
            if (i >= WindowTerms)
            {
                count -= matches[i - WindowTerms] ? 1 : 0;
            }
            var start = Math.Max(0, i - WindowTerms + 1);
            if (count > bestCount)
            {
                bestCount = count;
                best = start;
            }
        }
        // Start at the first match inside the window when the window would begin long before it.
        var first = Array.IndexOf(matches, true, best);
        var from = first - best > 6 ? first - 3 : best;
        var charStart = from == 0 ? 0 : terms[from].Start;
        var charEnd = charStart;
        var last = from;
        for (var i = from; i < terms.Count && i < from + WindowTerms && terms[i].End - charStart <= MaxChars; i++)
        {
            charEnd = terms[i].End;
            last = i;
        }
        if (last == terms.Count - 1)
        {
            charEnd = text.Length;
        }

        var html = new StringBuilder();
        if (charStart > 0)
        {
            html.Append("… ");
        }
        var position = charStart;
        for (var i = from; i <= last; i++)
        {
            if (!matches[i])
            {
                continue;
            }
            html.Append(WebUtility.HtmlEncode(text[position..terms[i].Start]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(text[terms[i].Start..terms[i].End])).Append("</mark>");
            position = terms[i].End;
        }
        html.Append(WebUtility.HtmlEncode(text[position..charEnd]));
        if (charEnd < text.Length)
        {
            html.Append(" …");
        }
        return html.ToString();
    }

    /// <summary>The start of a text, cut at a word boundary.</summary>
    private static string Shorten(string text)
    {
        if (text.Length <= MaxChars)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', MaxChars);
        return text[..(cut > MaxChars / 2 ? cut : MaxChars)] + " …";
    }
}
