using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using TraumaGids.Core.Content;

namespace TraumaGids.Web.Tests;

/// <summary>
/// /aanbod-in-de-regio against an oracle: every figure on the page and in the CSV equals a plain count
/// over the content the site loaded, written here again without the core's code (its own age bands,
/// its own median, its own idea of "meant for").
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class RegionPageTests(SiteFixture site)
{
    private const string Url = "/aanbod-in-de-regio";

    /// <summary>The age groups as the page promises them: the doelgroepen keys with ages, and all ages.</summary>
    public static TheoryData<string, int, int> Bands => new()
    {
        { "alle", 0, 120 },
        { "jonge-kinderen", 0, 3 },
        { "kinderen", 4, 11 },
        { "jongeren", 12, 17 },
        { "jongvolwassenen", 18, 24 },
        { "volwassenen", 25, 64 },
        { "ouderen", 65, 120 },
    };

    private readonly HttpClient _client = site.Client;
    private ContentSet Content => site.Content;
    private Vocabularies Vocabularies => site.Content.Vocabularies;

    private static string PageFor(string band) => band == "alle" ? Url : $"{Url}?leeftijdsgroep={band}";

    private static string Short(string label) => label.Contains(" (", StringComparison.Ordinal) ? label[..label.IndexOf(" (", StringComparison.Ordinal)] : label;

    // ---- The oracle: plain LINQ over the loaded content. ----

    private static bool Overlaps(Practitioner p, int from, int to) => p.Ages.From <= to && p.Ages.To >= from;

    /// <summary>A column: a municipality label, "Online" or "Hele regio".</summary>
    private bool WorksAt(Practitioner p, string place) => place switch
    {
        "Hele regio" => true,
        "Online" => p.Online,
        _ => p.Municipalities.Any(m => Vocabularies.Municipalities.Label(m) == place),
    };

    private List<Practitioner> Offering(string method, int from, int to, string place) =>
        [.. Content.Practitioners.Where(p => p.Methods.Contains(method) && Overlaps(p, from, to) && WorksAt(p, place))];

    private bool MeantFor(string method, string band) =>
        band == "alle" || Content.FindOffer(method) is not { } offer || offer.TargetGroups.Contains(band);

    private List<Practitioner> Treating(string language, int from, int to) =>
        [.. Content.Practitioners.Where(p => p.Languages.Contains(language) && Overlaps(p, from, to)
            && p.Methods.Any(m => Content.FindOffer(m)?.Type != OfferType.Support))];

    private static double? Median(IEnumerable<Practitioner> practitioners)
    {
        var weeks = practitioners.Where(p => !p.ReferralStop).Select(p => (double)p.WaitingTime.Weeks).Order().ToArray();
        return weeks.Length == 0 ? null : weeks.Length % 2 == 1 ? weeks[weeks.Length / 2] : (weeks[(weeks.Length / 2) - 1] + weeks[weeks.Length / 2]) / 2;
    }

    private static string WeeksText(double weeks) => weeks switch
    {
        0 => "geen wachttijd",
        1 => "1 week",
        _ => $"{weeks.ToString("0.#", CultureInfo.GetCultureInfo("nl-NL"))} weken",
    };

    private List<string> Places() =>
        [.. Vocabularies.Municipalities.Entries.Select(e => e.Value), "Online", "Hele regio"];

    // ---- Reading the page. ----

    private static List<IElement> Rows(Page page, string table) =>
        [.. page.Document.QuerySelectorAll($"table#{table} tbody tr")];

    private static string Cell(IElement row, int column) => Html.Squash(row.Children[column].TextContent);

    private static List<string> Items(IElement cell) => [.. cell.QuerySelectorAll("li").Select(li => Html.Squash(li.TextContent))];

    [Theory]
    [MemberData(nameof(Bands))]
    public async Task The_counts_per_method_and_place_equal_a_plain_count_over_the_content(string band, int from, int to)
    {
        var page = await _client.GetPageAsync(PageFor(band));
        Assert.Equal(HttpStatusCode.OK, page.Status);

        var header = page.Document.QuerySelectorAll("table#cijfers-per-gemeente thead th").Select(th => Html.Squash(th.TextContent)).ToList();
        Assert.Equal(["Methode", .. Places()], header);
        // A row for each method meant for the band, or offered to it by anyone (also with a referral stop).
        var expectedMethods = Vocabularies.Methods.Entries.Select(e => e.Key)
            .Where(m => MeantFor(m, band) || Offering(m, from, to, "Hele regio").Count > 0).ToList();
        var rows = Rows(page, "cijfers-per-gemeente");
        Assert.Equal(expectedMethods.Select(Vocabularies.Methods.Label), rows.Select(r => Cell(r, 0)));

        var checkedCells = 0;
        foreach (var (method, row) in expectedMethods.Zip(rows))
        {
            var places = Places();
            for (var c = 0; c < places.Count; c++)
            {
                var offering = Offering(method, from, to, places[c]);
                var available = offering.Count(p => !p.ReferralStop);
                var stopped = offering.Count(p => p.ReferralStop);
                var text = available == 0 && !MeantFor(method, band) ? "–" : available.ToString(CultureInfo.InvariantCulture);
                var expected = stopped > 0 ? $"{text} +{stopped} stop" : text;
                Assert.True(expected == Cell(row, c + 1), $"{band}, {method}, {places[c]}: expected '{expected}', page says '{Cell(row, c + 1)}'");
                var gap = MeantFor(method, band) && available == 0;
                Assert.True(gap == row.Children[c + 1].ClassList.Contains("gap"), $"{band}, {method}, {places[c]}: gap {gap}");
                checkedCells++;
            }
        }
        Assert.True(checkedCells >= 9, "the table has figures");
    }

    [Theory]
    [MemberData(nameof(Bands))]
    public async Task The_heat_map_shows_the_numbers_of_the_table(string band, int from, int to)
    {
        var page = await _client.GetPageAsync(PageFor(band));
        var svg = page.Document.QuerySelector("svg.chart--heatmap")!;

        // An image with a name and a description, followed by the table.
        Assert.Equal("img", svg.GetAttribute("role"));
        var labelledBy = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal(["title", "desc"], labelledBy.Select(id => svg.QuerySelector($"#{id}")!.LocalName));
        var ages = band == "alle" ? "Alle leeftijden" : to >= 99 ? $"vanaf {from} jaar" : $"{from} tot en met {to} jaar";
        Assert.Contains(ages, svg.QuerySelector("title")!.TextContent, StringComparison.Ordinal);

        var chartRows = svg.Children.Where(e => e.LocalName == "g" && e.GetAttribute("class") is null).ToList();
        var tableRows = Rows(page, "cijfers-per-gemeente");
        // One row per method, then the legend.
        Assert.Equal(tableRows.Count + 1, chartRows.Count);
        foreach (var (chartRow, tableRow) in chartRows.Zip(tableRows))
        {
            var texts = chartRow.Children.Where(e => e.LocalName == "text").Select(t => t.TextContent).ToList();
            Assert.Equal(Short(Cell(tableRow, 0)), texts[0]);
            // Every column but the whole region; an empty cell where the table says "–".
            var expected = Enumerable.Range(1, tableRow.Children.Length - 2)
                .Select(c => tableRow.Children[c].ChildNodes[0].TextContent.Trim())
                .Where(t => t != "–");
            Assert.Equal(expected, texts.Skip(1));
        }
    }

    [Theory]
    [MemberData(nameof(Bands))]
    public async Task The_median_waiting_time_per_method_equals_a_plain_median_over_available_practitioners(string band, int from, int to)
    {
        var page = await _client.GetPageAsync(PageFor(band));

        var rows = Rows(page, "cijfers-wachttijd");
        Assert.NotEmpty(rows);
        var bars = page.Document.QuerySelectorAll("svg.chart--bars g").ToList();
        Assert.Equal(rows.Count, bars.Count);
        foreach (var (row, bar) in rows.Zip(bars))
        {
            var method = Vocabularies.Methods.Entries.Single(e => e.Value == Cell(row, 0)).Key;
            var offering = Offering(method, from, to, "Hele regio");
            var median = Median(offering);
            Assert.Equal(median is { } m ? WeeksText(m) : "–", Cell(row, 1));
            Assert.Equal(offering.Count(p => !p.ReferralStop).ToString(CultureInfo.InvariantCulture), Cell(row, 2));
            // The bar says the same, and has no length without a median.
            var barTexts = bar.QuerySelectorAll("text").Select(t => t.TextContent).ToList();
            Assert.Equal([Short(Cell(row, 0)), median is { } w ? WeeksText(w) : "niemand"], barTexts);
            Assert.Equal(median is not null, bar.QuerySelector("rect") is not null);
        }
    }

    [Theory]
    [MemberData(nameof(Bands))]
    public async Task The_gaps_are_the_meant_combinations_nobody_available_offers(string band, int from, int to)
    {
        var page = await _client.GetPageAsync(PageFor(band));
        var methods = Vocabularies.Methods.Entries.Select(e => e.Key).Where(m => MeantFor(m, band)).ToList();
        bool Missing(string method, string place) => Offering(method, from, to, place).All(p => p.ReferralStop);

        var nowhere = methods.Where(m => Missing(m, "Hele regio")).ToList();
        Assert.Equal(nowhere.Select(Vocabularies.Methods.Label), page.Document.QuerySelectorAll("#nergens li").Select(li => Html.Squash(li.TextContent)));

        var rows = Rows(page, "gaten-per-gemeente");
        Assert.Equal(Vocabularies.Municipalities.Entries.Select(e => e.Value), rows.Select(r => Cell(r, 0)));
        foreach (var row in rows)
        {
            var place = Cell(row, 0);
            var missing = methods.Where(m => !nowhere.Contains(m) && Missing(m, place)).ToList();
            var online = missing.Where(m => !Missing(m, "Online")).ToList();
            Assert.Equal(missing.Select(m => Short(Vocabularies.Methods.Label(m))), Items(row.Children[1]));
            if (missing.Count == 0)
            {
                Assert.Equal("Geen gaten", Cell(row, 1));
            }
            Assert.Equal(online.Select(m => Short(Vocabularies.Methods.Label(m))), Items(row.Children[2]));
        }

        // Languages: practitioners who treat (not only support), available, in the region or online.
        var languageRows = Rows(page, "cijfers-per-taal");
        Assert.Equal(Vocabularies.Languages.Entries.Select(e => e.Value), languageRows.Select(r => Cell(r, 0)));
        var noLanguage = new List<string>();
        foreach (var (language, row) in Vocabularies.Languages.Entries.Zip(languageRows))
        {
            var treating = Treating(language.Key, from, to);
            var available = treating.Count(p => !p.ReferralStop);
            var stopped = treating.Count(p => p.ReferralStop);
            Assert.Equal(stopped > 0 ? $"{available} +{stopped} stop" : $"{available}", Cell(row, 1));
            if (available == 0)
            {
                noLanguage.Add(language.Value);
            }
        }
        var sentence = page.Document.QuerySelector("#talen-zonder");
        if (noLanguage.Count == 0)
        {
            Assert.Null(sentence);
        }
        else
        {
            Assert.Equal($"Niemand die {Dutch(noLanguage)} spreekt.", Html.Squash(sentence!.TextContent));
        }
    }

    private static string Dutch(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " en " + items[^1];

    [Fact]
    public async Task The_example_content_shows_real_gaps_a_language_without_a_child_therapist_and_the_referral_stops()
    {
        var page = await _client.GetPageAsync(PageFor("kinderen"));

        // Not an empty test: the example content has gaps in municipalities and languages without a child therapist.
        Assert.Contains(Rows(page, "gaten-per-gemeente"), r => Items(r.Children[1]).Count > 0);
        Assert.NotNull(page.Document.QuerySelector("#talen-zonder"));

        var stops = Content.Practitioners.Where(p => p.ReferralStop).ToList();
        Assert.NotEmpty(stops);
        var rows = Rows(page, "aanmeldstops-lijst");
        Assert.Equal(stops.Select(p => p.Name), rows.Select(r => Cell(r, 0)));
        Assert.Equal(stops.Select(p => $"/behandelaars/{p.Slug}"), rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")));
        Assert.Contains($"{stops.Count} behandelaars nemen nu geen nieuwe cliënten aan", Html.Squash(page.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_has_a_byte_order_mark_a_header_and_every_figure_of_the_oracle()
    {
        var response = await _client.GetAsync(new Uri($"{Url}?handler=csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("aanbod-in-de-regio.csv", response.Content.Headers.ContentDisposition!.FileName);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var records = ParseCsv(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));

        Assert.Equal(["Soort", "Sleutel", "Naam", "Leeftijdsgroep", "Leeftijd van", "Leeftijd tot en met", "Plaats", "Nemen nieuwe cliënten aan", "Aanmeldstop", "Mediane wachttijd in weken", "Geen aanbod"], records[0]);
        Assert.All(records, r => Assert.Equal(11, r.Count));
        var rows = records.Skip(1).ToDictionary(r => (r[0], r[1], r[3], r[6]));
        var expectedCount = 0;
        foreach (var band in Bands)
        {
            var (key, from, to) = ((string)band[0], (int)band[1], (int)band[2]);
            foreach (var method in Vocabularies.Methods.Entries)
            {
                foreach (var place in Places())
                {
                    var offering = Offering(method.Key, from, to, place);
                    var available = offering.Count(p => !p.ReferralStop);
                    var gap = !MeantFor(method.Key, key) ? "n.v.t." : available == 0 ? "ja" : "nee";
                    Assert.Equal(
                        ["Methode", method.Key, method.Value, key, $"{from}", $"{to}", place, $"{available}", $"{offering.Count(p => p.ReferralStop)}", Median(offering)?.ToString("0.#", CultureInfo.GetCultureInfo("nl-NL")) ?? "", gap],
                        rows[("Methode", method.Key, key, place)]);
                    expectedCount++;
                }
            }
            foreach (var language in Vocabularies.Languages.Entries)
            {
                var treating = Treating(language.Key, from, to);
                var available = treating.Count(p => !p.ReferralStop);
                Assert.Equal(
                    ["Taal", language.Key, language.Value, key, $"{from}", $"{to}", "Hele regio", $"{available}", $"{treating.Count(p => p.ReferralStop)}", Median(treating)?.ToString("0.#", CultureInfo.GetCultureInfo("nl-NL")) ?? "", available == 0 ? "ja" : "nee"],
                    rows[("Taal", language.Key, key, "Hele regio")]);
                expectedCount++;
            }
        }
        Assert.Equal(expectedCount, records.Count - 1);
        // The example has half weeks: the decimal comma Dutch Excel expects.
        Assert.Contains(records, r => r[9].Contains(',', StringComparison.Ordinal));
    }

    /// <summary>RFC 4180 with ';': quoted fields may hold separators, doubled quotes and line breaks.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ';')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }
        Assert.True(field.Length == 0 && record.Count == 0, "the file ends with a line break");
        return records;
    }

    [Fact]
    public async Task An_unknown_age_group_shows_all_ages_with_a_message_and_the_page_sets_no_cookie()
    {
        var page = await _client.GetPageAsync($"{Url}?leeftijdsgroep=%3Cscript%3E");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Die leeftijdsgroep kennen we niet", page.Text, StringComparison.Ordinal);
        Assert.Equal("Alle leeftijden", Html.Squash(page.Document.QuerySelector("nav a[aria-current='page']")!.TextContent));
        Assert.DoesNotContain("<script>", page.Html, StringComparison.Ordinal);
        Assert.False(page.Response.Headers.Contains("Set-Cookie"));
        Assert.Contains("Deze cijfers zijn dus een voorbeeld", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_links_to_the_overview_and_the_overview_links_every_age_group_and_the_csv()
    {
        var home = await _client.GetPageAsync("/");
        Assert.NotNull(home.Document.QuerySelector($"footer a[href='{Url}']"));

        var page = await _client.GetPageAsync(Url);
        var links = page.Document.QuerySelectorAll("nav[aria-labelledby='kies-groep'] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(Bands.Select(b => PageFor((string)b[0])), links);
        Assert.NotNull(page.Document.QuerySelector($"a[href='{Url}?handler=csv']"));
        // Every scrolling region can be reached by keyboard and has a name.
        Assert.All(page.Document.QuerySelectorAll(".scroll"), e =>
        {
            Assert.Equal("0", e.GetAttribute("tabindex"));
            Assert.Equal("region", e.GetAttribute("role"));
            Assert.True(e.HasAttribute("aria-label") || e.HasAttribute("aria-labelledby"));
        });
    }
}
