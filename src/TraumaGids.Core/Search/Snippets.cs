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

    /// <summary>What may follow the last word of a snippet at the end of a text (a full stop, a closing word that is no term).</summary>
    private const int ShortTail = 20;

    /// <summary>How much text around the first literal match is analysed.</summary>
    private const int StretchChars = 700;

    /// <summary>
    /// The stretch of text to analyse: from a little before the first literal occurrence of a typed word,
    /// its stem or a one-word synonym (case ignored), or the start of the text when none occurs literally.
    /// </summary>
    private static (int Offset, int Length) Stretch(string text, QueryText query)
    {
        var first = int.MaxValue;
        foreach (var anchor in query.Anchors)
        {
            var at = text.IndexOf(anchor, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at < first)
            {
                first = at;
            }
        }
        first = first == int.MaxValue ? 0 : first;
        var start = Math.Max(0, first - 120);
        if (start > 0)
        {
            var space = text.LastIndexOf(' ', start);
            start = space < 0 ? 0 : space + 1;
        }
        var end = Math.Min(text.Length, start + StretchChars);
        return (start, end - start);
    }

    /// <summary>A word as the unstemmed word analyzer gives it: lower case, accents removed.</summary>
    private static string Fold(string word) => TextFolding.Fold(word);

    /// <summary>The terms of a whole text (stems with their offsets), as the snippet analysis gives them.</summary>
    public static (string Term, int Start, int End)[] Analyse(string text, DutchAnalysis analysis, Func<string, string> pool)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(pool);
        return [.. DutchAnalysis.Terms(analysis.Query, IndexFields.Body.Name, text).Select(t => (pool(t.Term), t.Start, t.End))];
    }

    /// <param name="text">The item's text.</param>
    /// <param name="query">What was searched; null or without words: the start of the text.</param>
    /// <param name="analysed">The terms of the whole text (<see cref="Analyse"/>), asked for only when needed.</param>
    public static string Build(string text, QueryText? query, Func<(string Term, int Start, int End)[]> analysed)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(analysed);
        if (text.Length == 0)
        {
            return "";
        }
        // Only a stretch around the first place a typed word or its stem appears literally is looked at:
        // a whole text is not needed. Its terms come from the analysis of the whole text, which the
        // index keeps per item once it has been needed (analysing again for every hit cost more than
        // the search itself on a small directory).
        var terms = ArraySegment<(string Term, int Start, int End)>.Empty;
        // Whether the stretch's terms run to the end of the text's terms (then the snippet may too).
        var toTheEnd = true;
        if (query is not null && query.Terms.Count > 0)
        {
            var (offset, length) = Stretch(text, query);
            var all = analysed();
            var lowest = LowerBound(all, offset);
            var end = lowest;
            while (end < all.Length && all[end].End <= offset + length)
            {
                end++;
            }
            terms = new ArraySegment<(string Term, int Start, int End)>(all, lowest, end - lowest);
            toTheEnd = end == all.Length;
        }
        // The stem decides for most words; only a word that might be a typo of a typed word is folded and compared.
        var matches = new bool[terms.Count];
        var any = false;
        for (var i = 0; i < terms.Count; i++)
        {
            var (term, start, end) = terms[i];
            matches[i] = query!.MatchesStem(term) || (query.MayBeTypo(end - start) && query.MatchesTypo(Fold(text[start..end])));
            any |= matches[i];
        }
        if (!any)
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
        // From the text's start only when the window starts at its first term (the stretch may start later).
        var charStart = from == 0 && terms.Offset == 0 ? 0 : terms[from].Start;
        var charEnd = terms[from].End;
        var last = from;
        for (var i = from + 1; i < terms.Count && i < from + WindowTerms && terms[i].End - charStart <= MaxChars; i++)
        {
            charEnd = terms[i].End;
            last = i;
        }
        if (last == terms.Count - 1 && toTheEnd && text.Length - charEnd <= ShortTail)
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

    /// <summary>The first term that starts at or after an offset (terms are in text order).</summary>
    private static int LowerBound((string Term, int Start, int End)[] terms, int offset)
    {
        int low = 0, high = terms.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (terms[middle].Start < offset)
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
