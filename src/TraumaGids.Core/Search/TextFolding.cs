using System.Buffers;
using System.Globalization;
using System.Text;

namespace TraumaGids.Core.Search;

/// <summary>
/// Lower case without accents ("Oekraïens" = "oekraiens"), for any text at all: lone surrogates and
/// Unicode noncharacters (U+FFFE, U+FDD0…) are left out first, because <see cref="string.Normalize()"/>
/// throws on them.
/// </summary>
internal static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Ascii.IsValid(text))
        {
            return text.ToLowerInvariant();
        }
        var decomposed = WellFormed(text).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }
        return folded.ToString();
    }

    /// <summary>U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+1FFFF, …).</summary>
    public static bool IsNoncharacter(int codePoint) =>
        codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>The text without lone surrogates and noncharacters; the same instance when it has none.</summary>
    public static string WellFormed(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? kept = null;
        var i = 0;
        while (i < text.Length)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length);
            var keep = status == OperationStatus.Done && !IsNoncharacter(rune.Value);
            if (!keep && kept is null)
            {
                kept = new StringBuilder(text.Length).Append(text, 0, i);
            }
            if (keep)
            {
                kept?.Append(text, i, length);
            }
            i += Math.Max(length, 1);
        }
        return kept?.ToString() ?? text;
    }
}
