using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace TraumaGids.Web.Pages.AanbodInDeRegio;

/// <summary>
/// Two small charts as inline SVG, drawn on the server: no script, nothing from another host. Each chart
/// is an image with a title and a description (<c>role="img"</c>); the page puts the table with the same
/// figures right after it, for screen readers and for anyone who wants the numbers. Colours come from
/// presentation attributes and classes in site.css (the content security policy allows no inline styles);
/// every value is also written as text, so colour is never the only sign.
/// </summary>
public static class SvgCharts
{
    /// <summary>A heat-map row: a label and one value per column; null leaves the cell empty (does not apply).</summary>
    public sealed record Row(string Label, IReadOnlyList<int?> Values);

    /// <summary>A bar: a label, its length (null: no bar) and the text written next to it.</summary>
    public sealed record Bar(string Label, double? Value, string Text);

    private const int LabelWidth = 280;
    private const int CellWidth = 60;
    private const int CellHeight = 26;
    private const int HeaderHeight = 92;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>Fill and text colour of the five shades (0, 1, 2, 3–4, 5+); contrast of text on fill at least 4.5:1.</summary>
    private static readonly (string Fill, string Text, string Legend)[] Shades =
    [
        ("#fbe9e7", "#7a1209", "0: gat"),
        ("#e6f2f5", "#1b1f24", "1"),
        ("#b3d9e3", "#1b1f24", "2"),
        ("#6fb3c6", "#1b1f24", "3-4"),
        ("#0b5d73", "#fff", "5+"),
    ];

    /// <summary>
    /// A grid of counts, one row per label and one column per place; a cell's shade grows with its count
    /// (0, 1, 2, 3–4, 5 and more), a 0 is drawn as a gap, null leaves the cell empty. A legend follows the grid.
    /// Drawn at its own size (the page lets it scroll sideways): scaled down to 320 px it would be unreadable.
    /// </summary>
    public static IHtmlContent Heatmap(string id, string title, string description, IReadOnlyList<string> columns, IReadOnlyList<Row> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var width = LabelWidth + (columns.Count * CellWidth);
        var legendTop = HeaderHeight + (rows.Count * CellHeight) + 12;
        var svg = Open(id, title, description, "chart chart--heatmap", width, legendTop + CellHeight, fixedSize: true);
        // One cell per shade, used by reference: a grid of 15 × 9 cells stays a few kilobytes.
        svg.Append("<defs>");
        for (var s = 0; s < Shades.Length; s++)
        {
            svg.Append(Inv($"<rect id=\"{id}{s}\" y=\"-17\" width=\"{CellWidth - 2}\" height=\"{CellHeight - 2}\" fill=\"{Shades[s].Fill}\"{(s == 0 ? " stroke=\"#a3180d\"" : "")}/>"));
        }
        svg.Append("</defs><g class=\"chart__head\">");
        for (var c = 0; c < columns.Count; c++)
        {
            // Slanted, so long names fit above a narrow column.
            var x = LabelWidth + (c * CellWidth) + (CellWidth / 2);
            svg.Append(Inv($"<text transform=\"translate({x},{HeaderHeight - 8}) rotate(-40)\">")).Append(Encode(columns[c])).Append("</text>");
        }
        svg.Append("</g>");
        for (var r = 0; r < rows.Count; r++)
        {
            svg.Append(Inv($"<g transform=\"translate(0,{HeaderHeight + (r * CellHeight) + 18})\"><text class=\"chart__label\" x=\"{LabelWidth - 8}\">"))
                .Append(Encode(rows[r].Label)).Append("</text>");
            for (var c = 0; c < columns.Count && c < rows[r].Values.Count; c++)
            {
                if (rows[r].Values[c] is { } value)
                {
                    Cell(svg, id, LabelWidth + (c * CellWidth), Shade(value), value.ToString(CultureInfo.InvariantCulture));
                }
            }
            svg.Append("</g>");
        }
        svg.Append(Inv($"<g transform=\"translate(0,{legendTop + 18})\"><text class=\"chart__label\" x=\"{LabelWidth - 8}\">Behandelaars:</text>"));
        for (var s = 0; s < Shades.Length; s++)
        {
            Cell(svg, id, LabelWidth + (s * CellWidth), s, Shades[s].Legend);
        }
        svg.Append("</g>");
        return Close(svg);
    }

    private static void Cell(StringBuilder svg, string id, int x, int shade, string text)
    {
        svg.Append(Inv($"<use href=\"#{id}{shade}\" x=\"{x + 1}\"/><text x=\"{x + (CellWidth / 2)}\""));
        if (Shades[shade].Text != Shades[1].Text)
        {
            svg.Append(Inv($" fill=\"{Shades[shade].Text}\""));
        }
        svg.Append('>').Append(text).Append("</text>");
    }

    /// <summary>The shade class of a count: 0 (a gap), 1, 2, 3 (3–4) or 4 (5 and more).</summary>
    public static int Shade(int value) => value switch
    {
        <= 0 => 0,
        1 => 1,
        2 => 2,
        < 5 => 3,
        _ => 4,
    };

    /// <summary>Horizontal bars, each with its label above it, drawn 320 wide and scaled to the column (readable at 320 px).</summary>
    public static IHtmlContent Bars(string id, string title, string description, IReadOnlyList<Bar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        const int Width = 320;
        const int RowHeight = 38;
        const int BarRoom = 240;
        var max = Math.Max(1, bars.Count == 0 ? 0 : bars.Max(b => b.Value ?? 0));
        var svg = Open(id, title, description, "chart chart--bars", Width, (bars.Count * RowHeight) + 4, fixedSize: false);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var length = bar.Value is { } value ? Math.Max(2, (int)Math.Round(value / max * BarRoom)) : 0;
            svg.Append(Inv($"<g transform=\"translate(0,{i * RowHeight})\"><text x=\"0\" y=\"14\">")).Append(Encode(bar.Label)).Append("</text>");
            if (length > 0)
            {
                svg.Append(Inv($"<rect y=\"19\" width=\"{length}\" height=\"14\" class=\"chart__bar\"/>"));
            }
            svg.Append(Inv($"<text x=\"{length + 6}\" y=\"31\" class=\"chart__value\">")).Append(Encode(bar.Text)).Append("</text></g>");
        }
        return Close(svg);
    }

    private static StringBuilder Open(string id, string title, string description, string cssClass, int width, int height, bool fixedSize)
    {
        var svg = new StringBuilder(4096);
        svg.Append(Inv($"<svg class=\"{cssClass}\" viewBox=\"0 0 {width} {height}\""));
        if (fixedSize)
        {
            svg.Append(Inv($" width=\"{width}\" height=\"{height}\""));
        }
        svg.Append(Inv($" role=\"img\" aria-labelledby=\"{id}-titel {id}-uitleg\"><title id=\"{id}-titel\">"))
            .Append(Encode(title)).Append(Inv($"</title><desc id=\"{id}-uitleg\">")).Append(Encode(description)).Append("</desc>");
        return svg;
    }

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Encode(string text) => Encoder.Encode(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
