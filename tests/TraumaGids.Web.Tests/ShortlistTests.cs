using System.Net;
using AngleSharp.Dom;

namespace TraumaGids.Web.Tests;

/// <summary>
/// The shortlist lives in the address (<c>?b=</c>): added and removed with plain links, carried through
/// searches and profiles, compared side by side, printed for the client; no cookie, nothing stored.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class ShortlistTests(SiteFixture site)
{
    private readonly HttpClient _client = site.Client;

    private static List<string> ColumnNames(Page page) =>
        page.Document.QuerySelectorAll("table.compare__table thead th[scope='col']").Select(th => Html.Squash(th.TextContent)).ToList();

    private static IElement ToggleOf(Page page, string slug) =>
        page.Document.GetElementById($"b-{slug}")!.QuerySelector("a.shortlist-toggle")!;

    [Fact]
    public async Task A_practitioner_is_added_from_the_results_and_the_list_is_carried_by_the_search()
    {
        var page = await _client.GetPageAsync("/behandelaars?methode=emdr");
        var first = page.Document.QuerySelector(".hits .hit")!;
        var slug = first.Id!["b-".Length..];

        var add = ToggleOf(page, slug);
        Assert.StartsWith("Zet op mijn lijst", Html.Squash(add.TextContent), StringComparison.Ordinal);
        Assert.Equal($"/behandelaars?methode=emdr&b={slug}#b-{slug}", add.GetAttribute("href"));

        var added = await _client.GetPageAsync(add.GetAttribute("href")!.Split('#')[0]);
        Assert.StartsWith("Haal van mijn lijst", Html.Squash(ToggleOf(added, slug).TextContent), StringComparison.Ordinal);
        // The list goes with the next search (the form), with every filter link and to the profile.
        Assert.Equal(slug, added.Document.QuerySelector("form.search input[type='hidden'][name='b']")!.GetAttribute("value"));
        Assert.All(added.Document.QuerySelectorAll(".active-filters .chip"), chip => Assert.EndsWith($"b={slug}", chip.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal($"/behandelaars/{slug}?b={slug}", added.Document.GetElementById($"b-{slug}")!.QuerySelector(".hit__title a")!.GetAttribute("href"));
        Assert.Equal($"/lijst?b={slug}", added.Document.QuerySelector(".shortlist-bar a")!.GetAttribute("href"));
        Assert.Equal("Mijn lijst (1)", added.Document.QuerySelector(".site-nav a[href^='/lijst']")!.TextContent.Trim());

        // Removing is the same link the other way.
        var removed = await _client.GetPageAsync(ToggleOf(added, slug).GetAttribute("href")!.Split('#')[0]);
        Assert.Null(removed.Document.QuerySelector("input[name='b']"));
        Assert.StartsWith("Zet op mijn lijst", Html.Squash(ToggleOf(removed, slug).TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_profile_adds_and_removes_itself_and_keeps_the_list_in_its_links()
    {
        var page = await _client.GetPageAsync("/behandelaars/wim-brouwer?b=anna-de-vries");

        var add = page.Document.QuerySelector(".profile .shortlist-toggle a")!;
        Assert.Equal("Zet op mijn lijst", add.TextContent.Trim());
        Assert.Equal("/behandelaars/wim-brouwer?b=anna-de-vries,wim-brouwer", add.GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector(".profile a[href='/lijst?b=anna-de-vries']"));
        Assert.NotNull(page.Document.QuerySelector(".profile__footer a[href='/behandelaars?b=anna-de-vries']"));

        var added = await _client.GetPageAsync(add.GetAttribute("href")!);
        Assert.Equal("/behandelaars/wim-brouwer?b=anna-de-vries", added.Document.QuerySelector(".profile .shortlist-toggle a")!.GetAttribute("href"));
        Assert.Contains("Op je lijst", added.Document.QuerySelector(".profile .shortlist-toggle")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_page_compares_side_by_side_in_a_real_table()
    {
        var page = await _client.GetPageAsync("/lijst?b=anna-de-vries,wim-brouwer");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var anna = site.Content.FindPractitioner("anna-de-vries")!;
        var wim = site.Content.FindPractitioner("wim-brouwer")!;
        Assert.Equal([anna.Name, wim.Name], ColumnNames(page));
        var rows = page.Document.QuerySelectorAll("table.compare__table tbody tr")
            .ToDictionary(tr => Html.Squash(tr.QuerySelector("th[scope='row']")!.TextContent), tr => tr.QuerySelectorAll("td").Select(td => Html.Squash(td.TextContent)).ToList());
        Assert.Equal(["Beroep", "Leeftijd", "Methoden", "Gemeenten en online", "Talen", "Betaling", "Wachttijd", "Aanmeldstop", "Zo verwijs je", "Contact"], rows.Keys);
        Assert.All(rows.Values, cells => Assert.Equal(2, cells.Count));
        Assert.Equal("4 tot en met 18 jaar", rows["Leeftijd"][0]);
        Assert.Equal("Hilversum en Wijdemeren; ook online", rows["Gemeenten en online"][0]);
        Assert.Equal($"{anna.WaitingTime.Weeks} weken (gecontroleerd op 1 oktober 2026)", rows["Wachttijd"][0]);
        Assert.Equal("Nee", rows["Aanmeldstop"][1]);
        Assert.Contains("Verwijsbrief van de huisarts", rows["Zo verwijs je"][0], StringComparison.Ordinal);
        Assert.Contains(anna.HowToRefer!.Phone!, rows["Zo verwijs je"][0], StringComparison.Ordinal);
        Assert.Contains(wim.Contact.Phone!, rows["Contact"][1], StringComparison.Ordinal);
        // Every value cell names its practitioner, for the stacked view on a small screen.
        Assert.All(page.Document.QuerySelectorAll("table.compare__table tbody td[role='cell']"), td => Assert.Contains(td.GetAttribute("data-naam"), new[] { anna.Name, wim.Name }));
    }

    [Fact]
    public async Task A_referral_stop_is_shown_with_its_end_date()
    {
        var stopped = site.Content.Practitioners.First(p => p.ReferralStop);

        var page = await _client.GetPageAsync($"/lijst?b={stopped.Slug}");

        var row = page.Document.QuerySelectorAll("table.compare__table tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == "Aanmeldstop");
        Assert.StartsWith("Ja", Html.Squash(row.QuerySelector("td")!.TextContent), StringComparison.Ordinal);
        if (stopped.ReferralStopUntil is { } until)
        {
            Assert.Contains(TraumaGids.Web.Infrastructure.Dutch.Date(until), row.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Unknown_and_repeated_practitioners_are_left_out_and_at_most_ten_are_listed()
    {
        var slugs = site.Content.Practitioners.Take(12).Select(p => p.Slug).ToList();
        var page = await _client.GetPageAsync($"/lijst?b=bestaat-niet,{slugs[0]},{slugs[0]},{string.Join(',', slugs)}");

        Assert.Equal(site.Content.Practitioners.Take(10).Select(p => p.Name), ColumnNames(page));
        var notices = page.Document.QuerySelectorAll(".notice").Select(n => n.TextContent).ToList();
        Assert.Contains(notices, n => n.Contains("staat niet (meer) in de gids", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Contains("hoogstens 10", StringComparison.Ordinal));
        Assert.DoesNotContain("bestaat-niet", page.Html, StringComparison.Ordinal);
        // A full list offers no more adding.
        var search = await _client.GetPageAsync($"/behandelaars?b={string.Join(',', slugs.Take(10))}&pagina=2");
        Assert.DoesNotContain(search.Document.QuerySelectorAll("a.shortlist-toggle"), a => a.TextContent.StartsWith("Zet op", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_list_explains_how_to_add()
    {
        var page = await _client.GetPageAsync("/lijst");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("table"));
        Assert.Contains("Zet op mijn lijst", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_as_text_has_contacts_and_urgent_help_and_the_share_link_is_the_list()
    {
        var page = await _client.GetPageAsync("/lijst?b=anna-de-vries");

        var text = page.Document.QuerySelector("textarea#lijst-tekst")!.TextContent;
        var anna = site.Content.FindPractitioner("anna-de-vries")!;
        Assert.Contains($"1. {anna.Name}", text, StringComparison.Ordinal);
        Assert.Contains(anna.Contact.Phone!, text, StringComparison.Ordinal);
        Assert.Contains(anna.HowToRefer!.Email!, text, StringComparison.Ordinal);
        Assert.Contains("/behandelaars/anna-de-vries", text, StringComparison.Ordinal);
        Assert.Contains("112", text, StringComparison.Ordinal);
        Assert.Contains("0800-2000", text, StringComparison.Ordinal);
        Assert.EndsWith("/lijst?b=anna-de-vries", page.Document.QuerySelector("input#deel-link")!.GetAttribute("value"), StringComparison.Ordinal);
        // The copy buttons need the script: hidden until it runs.
        Assert.All(page.Document.QuerySelectorAll("button[data-copy]"), b => Assert.True(b.HasAttribute("hidden")));
    }

    [Fact]
    public async Task The_print_view_has_names_contacts_how_to_refer_and_urgent_help_and_nothing_about_the_client()
    {
        // A forwarded address may carry a search or an age: the sheet reads only the list.
        var page = await _client.GetPageAsync("/lijst/afdrukken?b=anna-de-vries,wim-brouwer&q=mijn+dochter+van+vijftien&leeftijd=15&gemeente=huizen");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var sheet = page.Document.QuerySelector("article.handout")!;
        var text = Html.Squash(sheet.TextContent);
        foreach (var p in ((string[])["anna-de-vries", "wim-brouwer"]).Select(s => site.Content.FindPractitioner(s)!))
        {
            Assert.Contains(p.Name, text, StringComparison.Ordinal);
            Assert.Contains(p.Contact.Phone!, text, StringComparison.Ordinal);
            Assert.Contains(p.HowToRefer!.Phone!, text, StringComparison.Ordinal);
        }
        var urgent = sheet.QuerySelector(".handout__urgent")!;
        Assert.NotNull(urgent.QuerySelector("a[href='tel:112']"));
        Assert.NotNull(urgent.QuerySelector("a[href='tel:08002000']"));
        Assert.DoesNotContain("dochter", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("vijftien", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("15 jaar", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Huizen", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/lijst?b=anna-de-vries,wim-brouwer")]
    [InlineData("/lijst/afdrukken?b=anna-de-vries")]
    [InlineData("/behandelaars?b=anna-de-vries")]
    [InlineData("/behandelaars/wim-brouwer?b=anna-de-vries")]
    [InlineData("/zoeken?q=emdr&b=anna-de-vries")]
    public async Task No_page_with_a_list_sets_a_cookie(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), $"{url} sets a cookie");
    }

    [Theory]
    [InlineData("/lijst?b=%00%FF")]
    [InlineData("/lijst?b=<script>alert(1)</script>")]
    [InlineData("/lijst?b=,,,&b=&b=ANNA-DE-VRIES")]
    [InlineData("/lijst/afdrukken?b=../../etc/passwd")]
    public async Task Any_list_in_the_address_gets_a_normal_page(string url)
    {
        var page = await _client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("<script>alert", page.Html, StringComparison.Ordinal);
    }
}
