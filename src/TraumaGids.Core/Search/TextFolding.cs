using System.Globalization;
using System.Text;

namespace TraumaGids.Core.Search;

/// <summary>Lower case without accents: "Oekraïens" = "oekraiens". Never throws, whatever the text holds.</summary>
internal static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLowerInvariant();
        string decomposed;
        try
        {
            decomposed = lower.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            // Text that is not valid Unicode (a lone surrogate, a noncharacter) cannot be normalised: fold what can be.
            return lower;
        }
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
