using System.Text.RegularExpressions;

namespace TraumaGids.Core.Search;

/// <summary>
/// A name written apart that the content writes as one word ("kid net" for KIDNET, "ex partner"), and
/// a name with a hyphen or space written as one word ("tfcbt" for TF-CBT): both are found as the
/// content has them. Typed words are joined when one of them occurs nowhere and the two together do,
/// and a typed word that occurs nowhere is split when its two parts do.
/// </summary>
internal static partial class SplitWords
{
    /// <summary>The text with each pair of words joined where that makes a known word of an unknown one.</summary>
    public static string Join(string text, Func<string, bool> known)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(known);
        var words = WordPattern().Matches(text).ToList();
        if (words.Count < 2)
        {
            return text;
        }
        var result = text;
        // Right to left, so earlier positions stay valid.
        for (var i = words.Count - 2; i >= 0; i--)
        {
            var (first, second) = (words[i], words[i + 1]);
            var between = text[(first.Index + first.Length)..second.Index];
            if (!string.IsNullOrWhiteSpace(between) && between.Trim() != "-")
            {
                continue;
            }
            var a = TextFolding.Fold(first.Value);
            var b = TextFolding.Fold(second.Value);
            if ((!known(a) || !known(b)) && known(a + b))
            {
                result = result[..first.Index] + first.Value + second.Value + result[(second.Index + second.Length)..];
                i--;
            }
        }
        return result;
    }

    /// <summary>
    /// The text with each word that occurs nowhere, but is two words that do, written as those two
    /// ("tfcbt" → "tf cbt"); of several ways to split, the one whose rarer part is most common.
    /// </summary>
    public static string Split(string text, Func<string, int> frequency)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(frequency);
        var words = WordPattern().Matches(text).ToList();
        var result = text;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var word = TextFolding.Fold(words[i].Value);
            if (word.Length < 4 || word.Length != words[i].Length || frequency(word) > 0)
            {
                continue;
            }
            (int Count, int At)? best = null;
            for (var at = 2; at <= word.Length - 2; at++)
            {
                // A stop word is no part: "aanvragen" is not "aan vragen", nor "opvang" "op vang".
                if (IsStopWord(word[..at]) || IsStopWord(word[at..]))
                {
                    continue;
                }
                var count = Math.Min(frequency(word[..at]), frequency(word[at..]));
                if (count > 0 && (best is null || count > best.Value.Count))
                {
                    best = (count, at);
                }
            }
            if (best is { At: var split })
            {
                result = result[..words[i].Index] + word[..split] + " " + word[split..] + result[(words[i].Index + words[i].Length)..];
            }
        }
        return result;
    }

    private static bool IsStopWord(string word) => DutchAnalysis.StopWords.Contains(word);

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
