using System.Globalization;
using System.Text;

namespace TraumaGids.Core.Region;

/// <summary>
/// The whole overview as one CSV table for a spreadsheet, one row per figure: every method and language,
/// every age band (and all ages), every place. Written for Dutch Excel, which reads a double-click-opened
/// file with the list separator of the Dutch locale (<c>;</c>) and a comma for decimals, and takes a
/// UTF-8 file for UTF-8 only when it starts with a byte order mark. Fields are quoted as RFC 4180 says
/// (a <c>;</c>, quote or line break in a field), and text that a spreadsheet would run as a formula
/// (<c>= + - @</c> first) gets a leading apostrophe.
/// </summary>
public static class RegionCsv
{
    public const char Separator = ';';

    public const string ContentType = "text/csv; charset=utf-8";

    public const string FileName = "aanbod-in-de-regio.csv";

    /// <summary>UTF-8 with a byte order mark.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static IReadOnlyList<string> Header { get; } =
    [
        "Soort", "Sleutel", "Naam", "Leeftijdsgroep", "Leeftijd van", "Leeftijd tot en met", "Plaats",
        "Nemen nieuwe cliënten aan", "Aanmeldstop", "Mediane wachttijd in weken", "Geen aanbod",
    ];

    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The file's bytes: byte order mark, header row, one row per figure, CRLF line ends.</summary>
    public static byte[] ToBytes(RegionOverview overview)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, Encoding))
        {
            Write(overview, writer);
        }
        return stream.ToArray();
    }

    public static void Write(RegionOverview overview, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(writer);
        var vocabularies = overview.Vocabularies;
        WriteRow(writer, Header);
        foreach (var band in AgeBand.Views)
        {
            foreach (var method in overview.Methods)
            {
                foreach (var place in overview.Places)
                {
                    var cell = overview.Cell(method, band, place);
                    var gap = !overview.IsMeantFor(method, band) ? "n.v.t." : cell.Available == 0 ? "ja" : "nee";
                    WriteRow(writer, Row("Methode", method, vocabularies.Methods.Label(method), band, place.Label, cell, gap));
                }
            }
            foreach (var language in overview.Languages)
            {
                var cell = overview.LanguageCell(language, band);
                WriteRow(writer, Row("Taal", language, vocabularies.Languages.Label(language), band, RegionPlace.Region.Label, cell, cell.Available == 0 ? "ja" : "nee"));
            }
        }
    }

    private static string[] Row(string kind, string key, string name, AgeBand band, string place, RegionCell cell, string gap) =>
    [
        kind, key, name, band.Key, band.From.ToString(CultureInfo.InvariantCulture), band.To.ToString(CultureInfo.InvariantCulture), place,
        cell.Available.ToString(CultureInfo.InvariantCulture), cell.Stopped.ToString(CultureInfo.InvariantCulture),
        cell.MedianWeeks?.ToString("0.#", Dutch) ?? "", gap,
    ];

    private static void WriteRow(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(Separator);
            }
            writer.Write(Field(fields[i]));
        }
        writer.Write("\r\n");
    }

    /// <summary>One field, quoted when it has to be, defused when a spreadsheet would read it as a formula.</summary>
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, NumberStyles.Number, Dutch, out _))
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
