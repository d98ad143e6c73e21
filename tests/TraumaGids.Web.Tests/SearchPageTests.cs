using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using TraumaGids.Core.Content;

namespace TraumaGids.Web.Tests;

/// <summary>/zoeken and /behandelaars through the real pipeline: filters, counts, paging, sorting, bad input.</summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed partial class SearchPageTests(SiteFixture site)
{
    private readonly HttpClient _client = site.Client;

    private static int Total(Page page)
    {
        var title = Html.Squash(page.Document.QuerySelector("#resultaten")!.TextContent);
        var match = TotalPattern().Match(title);
        return match.Success ? int.Parse(match.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("nl-NL")) : 0;
    }

    private static List<string> HitLinks(Page page) =>
        page.Document.QuerySelectorAll(".hits .hit__title a").Select(a => a.GetAttribute("href")!).ToList();

    private static int FacetCount(Page page, string name, string value)
    {
        // The box sits inside its label, which also shows the count.
        var label = page.Document.QuerySelector($"label.check input[type='checkbox'][name='{name}'][value='{value}']")!.ParentElement!.QuerySelector(".count")!.TextContent;
        return int.Parse(label.Trim('(', ')'), CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Search_finds_all_kinds_and_labels_each_result()
    {
        var page = await _client.GetPageAsync("/zoeken?q=emdr");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(Total(page) > 0);
        var kinds = page.Document.QuerySelectorAll(".hits .hit__kind").Select(e => e.TextContent.Trim()).ToHashSet();
        Assert.Contains("Behandelaar", kinds);
        Assert.Contains("Aanbod", kinds);
        Assert.NotNull(page.Document.QuerySelector(".hit__snippet mark"));
    }

    [Fact]
    public async Task Filters_narrow_the_results_to_matching_practitioners()
    {
        var all = await _client.GetPageAsync("/behandelaars");
        var filtered = await _client.GetPageAsync("/behandelaars?methode=emdr&gemeente=hilversum&leeftijd=9");

        var expected = site.Content.Practitioners
            .Where(p => p.Methods.Contains("emdr") && p.Municipalities.Contains("hilversum") && p.Ages.Contains(9))
            .ToList();
        Assert.NotEmpty(expected);
        Assert.True(Total(filtered) < Total(all));
        Assert.Equal(expected.Count, Total(filtered));
        var shown = HitLinks(filtered);
        Assert.All(shown, href => Assert.Contains(expected, p => href == $"/behandelaars/{p.Slug}"));
        // The chosen filters are listed and each can be removed with one link.
        var chips = filtered.Document.QuerySelectorAll(".active-filters .chip").Select(c => Html.Squash(c.TextContent)).ToList();
        Assert.Contains(chips, c => c.StartsWith("Methode: EMDR", StringComparison.Ordinal));
        Assert.Contains(chips, c => c.StartsWith("Gemeente: Hilversum", StringComparison.Ordinal));
        Assert.Contains(chips, c => c.StartsWith("Leeftijd: 9 jaar", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Facet_counts_tell_how_many_results_each_value_gives()
    {
        var page = await _client.GetPageAsync("/behandelaars?methode=emdr");

        foreach (var municipality in new[] { "hilversum", "huizen", "eemnes" })
        {
            var count = FacetCount(page, "gemeente", municipality);
            var narrowed = await _client.GetPageAsync($"/behandelaars?methode=emdr&gemeente={municipality}");
            Assert.Equal(Total(narrowed), count);
            Assert.Equal(site.Content.Practitioners.Count(p => p.Methods.Contains("emdr") && p.Municipalities.Contains(municipality)), count);
        }
    }

    [Fact]
    public async Task No_referral_stop_filter_leaves_out_practitioners_with_a_stop()
    {
        var page = await _client.GetPageAsync("/behandelaars?zonder-aanmeldstop=ja");

        Assert.Equal(site.Content.Practitioners.Count(p => !p.ReferralStop), Total(page));
        Assert.Empty(page.Document.QuerySelectorAll(".hits .badge--stop"));
    }

    [Fact]
    public async Task Sorting_by_waiting_time_puts_the_shortest_wait_first_and_stops_last()
    {
        var links = new List<string>();
        for (var pageNumber = 1; ; pageNumber++)
        {
            var page = await _client.GetPageAsync($"/behandelaars?sorteer=wachttijd&pagina={pageNumber}");
            var hits = HitLinks(page);
            if (hits.Count == 0)
            {
                break;
            }
            links.AddRange(hits);
        }
        var practitioners = links.Select(href => site.Content.FindPractitioner(href.Split('/')[^1])!).ToList();

        Assert.Equal(site.Content.Practitioners.Count, practitioners.Count);
        Assert.Equal(
            practitioners.OrderBy(p => p.ReferralStop).ThenBy(p => p.WaitingTime.Weeks).Select(p => (p.ReferralStop, p.WaitingTime.Weeks)),
            practitioners.Select(p => (p.ReferralStop, p.WaitingTime.Weeks)));
    }

    [Fact]
    public async Task Paging_shows_each_practitioner_once_and_links_pages()
    {
        var first = await _client.GetPageAsync("/behandelaars");
        var second = await _client.GetPageAsync("/behandelaars?pagina=2");

        Assert.Equal(10, HitLinks(first).Count);
        Assert.Empty(HitLinks(first).Intersect(HitLinks(second)));
        Assert.NotNull(first.Document.QuerySelector(".pager a[rel='next'][href='/behandelaars?pagina=2']"));
        Assert.Equal("1", first.Document.QuerySelector(".pager a[aria-current='page']")!.TextContent.Replace("Pagina", "", StringComparison.Ordinal).Trim());
    }

    [Fact]
    public async Task Zero_results_page_offers_ways_forward_and_urgent_help()
    {
        var page = await _client.GetPageAsync("/zoeken?q=qqqzzzxxx&gemeente=laren");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Niets gevonden", Html.Squash(page.Document.QuerySelector("#resultaten")!.TextContent).Split(" voor")[0]);
        var zero = page.Document.QuerySelector(".zero")!;
        Assert.NotNull(zero.QuerySelector("a[href='tel:112']"));
        Assert.NotNull(zero.QuerySelector("a[href='tel:08002000']"));
        Assert.NotNull(zero.QuerySelector("a[href='/zoeken?q=qqqzzzxxx']")); // without filters
        Assert.NotNull(zero.QuerySelector("a[href='/zoeken?gemeente=laren']")); // without words
        Assert.StartsWith("Over ‘qqqzzzxxx’ staat niets op deze site.", Html.Squash(zero.QuerySelector("p")!.TextContent), StringComparison.Ordinal);

        // A word the site has, with filters that leave nothing: the word is not said to be missing.
        var filtered = await _client.GetPageAsync("/zoeken?q=emdr&leeftijd=120");
        Assert.Equal(0, Total(filtered));
        Assert.StartsWith("We hebben niets gevonden", Html.Squash(filtered.Document.QuerySelector(".zero p")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Words_found_nowhere_are_named_above_the_results_of_the_other_words()
    {
        var page = await _client.GetPageAsync("/zoeken?q=" + Uri.EscapeDataString("nachtmerries na een hondenbeet van de buurman"));

        Assert.True(Total(page) > 0);
        var notices = page.Document.QuerySelectorAll(".notice").Select(n => Html.Squash(n.TextContent)).ToList();
        Assert.Contains("Deze woorden staan nergens op de site: hondenbeet, buurman. De resultaten gaan over je andere woorden.", notices);
    }

    [Fact]
    public async Task A_question_about_another_service_finds_nothing_and_gets_urgent_help()
    {
        // "kinderen" is on many pages, "zwemles" on none and it is no everyday word: nothing here answers it.
        var page = await _client.GetPageAsync("/zoeken?q=" + Uri.EscapeDataString("zwemles voor kinderen bussum"));

        Assert.Equal(0, Total(page));
        Assert.Equal("Niets gevonden", Html.Squash(page.Document.QuerySelector("#resultaten")!.TextContent).Split(" voor")[0]);
        Assert.StartsWith("Over ‘zwemles’ staat niets op deze site.", Html.Squash(page.Document.QuerySelector(".zero p")!.TextContent), StringComparison.Ordinal);
        Assert.DoesNotContain(page.Document.QuerySelectorAll(".notice"), n => n.TextContent.Contains("nergens", StringComparison.Ordinal));
        Assert.NotNull(page.Document.QuerySelector(".zero a[href='tel:112']"));
        Assert.NotNull(page.Document.QuerySelector(".zero a[href='tel:08002000']"));
    }

    [Fact]
    public async Task A_word_of_the_sites_own_subject_that_no_page_has_is_not_called_another_subject()
    {
        // "nudes" is a synonym of "naaktfoto" in zoekwoorden.yml, and the example region has no page about it yet:
        // a young person asking should not read that this site is about something else.
        var page = await _client.GetPageAsync("/zoeken?q=nudes");

        Assert.Equal(0, Total(page));
        var message = Html.Squash(page.Document.QuerySelector(".zero p")!.TextContent);
        Assert.StartsWith("Over ‘nudes’ staat nog niets op deze site.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("gaat over hulp na iets ergs", page.Document.QuerySelector(".zero")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector(".zero a[href='tel:08002000']"));
    }

    [Fact]
    public async Task A_typo_still_finds_the_word_and_did_you_mean_offers_the_spelling()
    {
        var page = await _client.GetPageAsync("/zoeken?q=nachtmeries");

        Assert.Contains(HitLinks(page), href => href == "/informatie/tekenen-bij-kinderen");
        Assert.Equal("nachtmerries", page.Document.QuerySelector(".did-you-mean a")?.TextContent);
        Assert.Contains("nachtmerries", page.Document.QuerySelector(".hit__snippet mark")?.TextContent, StringComparison.Ordinal);

        var typo = await _client.GetPageAsync("/zoeken?q=lotgenotencontakt");
        Assert.Contains(HitLinks(typo), href => href == "/aanbod/lotgenotencontact");

        var exact = await _client.GetPageAsync("/zoeken?q=emdr");
        Assert.Null(exact.Document.QuerySelector(".did-you-mean"));
    }

    [Fact]
    public async Task Bad_age_and_unknown_filter_values_get_a_friendly_notice()
    {
        var page = await _client.GetPageAsync("/behandelaars?leeftijd=negen&methode=bestaat-niet");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var notices = page.Document.QuerySelectorAll(".notice").Select(n => n.TextContent).ToList();
        Assert.Contains(notices, n => n.Contains("Vul bij leeftijd een heel getal in", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains("bestaan niet (meer)", StringComparison.Ordinal));
        Assert.Equal(site.Content.Practitioners.Count, Total(page));
    }

    public static TheoryData<string> HostileQueries =>
    [
        "\"", "\"unbalanced quote", "emdr AND (kind OR", "*", "?", "~", "title:emdr^10", "[a TO z]", "\\", "/", "!!!",
        new string('a', 10_000), string.Concat(Enumerable.Repeat("emdr ", 2_000)),
        "😀🧒🏽‍🦱 kind", "\u0000\u0001\u001f", "\ud800", "%", "%%25", "<script>alert(1)</script>", "'; DROP TABLE--",
        "ﷺ ‮ ‭", "k\u0301ind", "NOT", "AND OR NOT", "-", "+emdr -kind", "{}", "||&&",
    ];

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Any_text_gets_a_normal_page(string text)
    {
        foreach (var path in new[] { "/zoeken", "/behandelaars" })
        {
            var page = await _client.GetPageAsync($"{path}?q={Uri.EscapeDataString(text)}");

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.NotNull(page.Document.QuerySelector("#resultaten"));
            Assert.DoesNotContain("<script>alert", page.Html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/zoeken?q=%E0%A4%A")]
    [InlineData("/zoeken?q=%ZZ%&methode=%FF")]
    [InlineData("/zoeken?pagina=-5&leeftijd=999999999999&sorteer=%00")]
    [InlineData("/zoeken?pagina=99999")]
    [InlineData("/zoeken?soort=behandelaar&soort=behandelaar&soort=iets")]
    [InlineData("/behandelaars?gemeente=hilversum&gemeente=hilversum&gemeente=huizen")]
    public async Task Malformed_parameters_get_a_normal_page(string url)
    {
        var page = await _client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("#resultaten"));
    }

    [Fact]
    public async Task Search_words_never_reach_the_log_or_the_page_title()
    {
        const string secret = "geheimwoordxq7";
        var page = await _client.GetPageAsync($"/zoeken?q={secret}&leeftijd=7");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain(secret, page.Document.Title, StringComparison.Ordinal);
        // The request log line is written when the response ends, which may be just after the client has it.
        await site.Log.WaitForAsync("RequestPath=\"/zoeken\" StatusCode=200");
        Assert.DoesNotContain(secret, site.Log.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_words_stay_out_of_the_log_even_when_aspnet_logs_every_request()
    {
        using var verbose = new SiteFactory(settings: new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Debug",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Debug",
        });
        using var client = verbose.CreateClient();

        await client.GetAsync(new Uri("/zoeken?q=geheimwoordzq9&gemeente=laren", UriKind.Relative));
        await verbose.Log.WaitForAsync("RequestPath=\"/zoeken\" StatusCode=200");

        Assert.Contains("[Debug]", verbose.Log.All, StringComparison.Ordinal);
        Assert.DoesNotContain("geheimwoordzq9", verbose.Log.All, StringComparison.Ordinal);
        Assert.DoesNotContain("gemeente=laren", verbose.Log.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Practitioner_results_show_the_facts_a_referrer_needs()
    {
        var page = await _client.GetPageAsync("/behandelaars");

        var hit = page.Document.QuerySelector(".hits .hit")!;
        var slug = hit.QuerySelector(".hit__title a")!.GetAttribute("href")!.Split('/')[^1];
        var p = site.Content.FindPractitioner(slug)!;
        var text = Html.Squash(hit.TextContent);
        Assert.Contains("Leeftijd:", text, StringComparison.Ordinal);
        Assert.Contains("Methoden:", text, StringComparison.Ordinal);
        Assert.Contains(p.ReferralStop ? "Aanmeldstop" : "Wachttijd:", text, StringComparison.Ordinal);
    }

    /// <summary>The practitioners among the hits, in their order.</summary>
    private IEnumerable<Practitioner> HitPractitioners(Page page) =>
        HitLinks(page).Select(h => site.Content.FindPractitioner(h.Split('/')[^1])).OfType<Practitioner>();

    /// <summary>The one word or phrase shown as recognised: its text and the link that searches without it.</summary>
    private static (string Text, string? Href) OnlyUnderstood(Page page)
    {
        var chip = Assert.Single(page.Document.QuerySelectorAll(".understood .chip"));
        return (Html.Squash(chip.TextContent).Split(" ×")[0], chip.GetAttribute("href"));
    }

    [Fact]
    public async Task A_place_and_an_age_in_the_text_are_shown_as_removable_and_rank_practitioners()
    {
        var page = await _client.GetPageAsync("/zoeken?q=emdr+15+jaar+bussum");

        var chips = page.Document.QuerySelectorAll(".understood .chip").ToList();
        Assert.Equal(["Leeftijd: 15 jaar", "Gemeente: Gooise Meren"], chips.Select(c => Html.Squash(c.TextContent).Split(" ×")[0]).Order(StringComparer.Ordinal).Reverse());
        Assert.Contains(chips, c => c.GetAttribute("href") == "/zoeken?q=emdr%2015%20jaar");
        Assert.Contains(chips, c => c.GetAttribute("href") == "/zoeken?q=emdr%20bussum");
        // They rank rather than remove: practitioners who treat 15-year-olds in Gooise Meren come first,
        // before any practitioner who does not.
        var meets = HitPractitioners(page).Select(p => p.Ages.Contains(15) && p.Municipalities.Contains("gooise-meren")).ToList();
        Assert.True(meets[0]);
        Assert.Equal(meets.OrderByDescending(m => m), meets);
    }

    [Fact]
    public async Task Words_about_waiting_time_become_an_order_shown_as_a_removable_chip()
    {
        var page = await _client.GetPageAsync("/zoeken?q=emdr+snel+terecht");

        Assert.Equal(("Volgorde: kortste wachttijd eerst", "/zoeken?q=emdr"), OnlyUnderstood(page));
        var weeks = HitPractitioners(page).Select(p => p.ReferralStop ? 1_000 + p.WaitingTime.Weeks : p.WaitingTime.Weeks).ToList();
        Assert.True(weeks.Count > 1);
        Assert.Equal(weeks.Order(), weeks);
    }

    [Fact]
    public async Task Without_a_referral_letter_is_understood_and_ranks_those_who_take_self_registration_first()
    {
        var page = await _client.GetPageAsync("/zoeken?q=emdr+zonder+verwijzing");

        Assert.Equal(("Aanmelden: Zelf aanmelden", "/zoeken?q=emdr"), OnlyUnderstood(page));
        var self = HitPractitioners(page).Select(p => p.HowToRefer?.Routes.Contains("zelf-aanmelden") == true).ToList();
        Assert.True(self[0]);
        Assert.Equal(self.OrderByDescending(m => m), self);
    }

    [Fact]
    public async Task The_referral_route_filter_counts_and_keeps_those_one_can_refer_to_that_way()
    {
        var self = site.Content.Practitioners.Count(p => p.HowToRefer?.Routes.Contains("zelf-aanmelden") == true);
        Assert.InRange(self, 1, site.Content.Practitioners.Count - 1);

        var all = await _client.GetPageAsync("/behandelaars");
        Assert.Equal(self, FacetCount(all, "verwijsroute", "zelf-aanmelden"));

        var page = await _client.GetPageAsync("/behandelaars?verwijsroute=zelf-aanmelden");
        Assert.Equal(self, Total(page));
        Assert.Contains(page.Document.QuerySelectorAll(".active-filters .chip"),
            c => Html.Squash(c.TextContent).StartsWith("Aanmelden: Zelf aanmelden", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Suggestions_are_json_uncached_and_point_at_pages()
    {
        var response = await _client.GetAsync(new Uri("/zoeken/suggesties?q=lotgen", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var first = json.RootElement[0];
        Assert.Equal("Lotgenotencontact", first.GetProperty("text").GetString());
        Assert.Equal("/aanbod/lotgenotencontact", first.GetProperty("path").GetString());
        Assert.InRange(json.RootElement.GetArrayLength(), 1, 8);
    }

    [GeneratedRegex(@"^([\d\.]+) ")]
    private static partial Regex TotalPattern();
}
