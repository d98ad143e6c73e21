using System.Globalization;

namespace TraumaGids.Web.Infrastructure;

/// <summary>Formatting for Dutch readers: dates as "1 oktober 2026", counts with the right noun.</summary>
public static class Dutch
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("nl-NL");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string Weeks(int weeks) => weeks switch
    {
        0 => "geen wachttijd",
        1 => "1 week",
        _ => $"{weeks} weken",
    };

    public static string Ages(int from, int to) => to >= 99 ? $"vanaf {from} jaar" : $"{from} tot en met {to} jaar";

    /// <summary>"a", "a en b", "a, b en c" (the core's, for the screening advice, said once).</summary>
    public static string List(IEnumerable<string> items) => TraumaGids.Core.Screening.DutchText.List(items);

    /// <summary>Labels inside a sentence: "Verwijsbrief van de huisarts, via het wijkteam en zelf aanmelden".</summary>
    public static string ListInSentence(IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return List(labels.Select((label, i) => i == 0 || label.Length < 2 || char.IsUpper(label[1])
            ? label
            : char.ToLower(label[0], Culture) + label[1..]));
    }

    public static string Count(int count, string one, string many) =>
        count == 1 ? $"1 {one}" : $"{count.ToString("N0", Culture)} {many}";
}
