using System.Net;
using TraumaGids.Testing;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Tests;

/// <summary>Every page type, through the real pipeline, compared with the content the site loaded.</summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class PageTests(SiteFixture site)
{
    private readonly HttpClient _client = site.Client;

    [Fact]
    public async Task Home_has_search_urgent_help_quick_exit_and_example_notice()
    {
        var page = await _client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("nl", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.Document.QuerySelector("form[action='/zoeken'][method='get'] input[name='q']"));
        Assert.NotNull(page.Document.QuerySelector("a[href='tel:112']"));
        Assert.NotNull(page.Document.QuerySelector("a[href='tel:08002000']"));
        Assert.Contains("0800-2000", page.Text, StringComparison.Ordinal);
        Assert.Contains("Dit is een voorbeeld", page.Text, StringComparison.Ordinal);
        var audiences = page.Document.QuerySelectorAll("main .card h3").Select(h => h.TextContent.Trim());
        Assert.Equal(["Voor inwoners", "Voor verwijzers", "Voor Veilig Thuis"], audiences);
        foreach (var link in new[] { "/informatie", "/behandelaars", "/aanbod" })
        {
            Assert.NotNull(page.Document.QuerySelector($"main a[href='{link}']"));
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/zoeken?q=emdr")]
    [InlineData("/behandelaars")]
    [InlineData("/aanbod")]
    [InlineData("/informatie")]
    [InlineData("/privacy")]
    [InlineData("/bestaat-niet")]
    public async Task Quick_exit_is_the_first_focusable_element_of_every_page(string url)
    {
        var page = await _client.GetPageAsync(url);

        var first = page.Document.Body!.QuerySelector("a[href], button, input, select, textarea, summary");
        Assert.NotNull(first);
        Assert.True(first.HasAttribute("data-snel-weg"), $"first focusable element on {url} is {first.OuterHtml}");
        Assert.Equal("https://www.buienradar.nl/", first.GetAttribute("href"));
        Assert.Equal("Snel weg van deze website", Html.Squash(first.TextContent));
    }

    [Fact]
    public async Task Every_practitioner_profile_shows_its_data()
    {
        var vocabularies = site.Content.Vocabularies;
        Assert.True(site.Content.Practitioners.Count >= 24, "the example content has at least 24 practitioners");
        foreach (var p in site.Content.Practitioners)
        {
            var page = await _client.GetPageAsync($"/behandelaars/{p.Slug}");
            var text = Html.Squash(page.Text);

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal(p.Name, page.H1);
            Assert.Contains(vocabularies.Disciplines.Label(p.Discipline), text, StringComparison.Ordinal);
            Assert.Contains(Dutch.Ages(p.Ages.From, p.Ages.To), text, StringComparison.Ordinal);
            foreach (var method in p.Methods)
            {
                Assert.Contains(vocabularies.Methods.Label(method), text, StringComparison.Ordinal);
                if (site.Content.FindOffer(method) is not null)
                {
                    Assert.NotNull(page.Document.QuerySelector($"a[href='/aanbod/{method}']"));
                }
            }
            foreach (var language in p.Languages)
            {
                Assert.Contains(vocabularies.Languages.Label(language), text, StringComparison.Ordinal);
            }
            Assert.Contains($"gecontroleerd op {Dutch.Date(p.WaitingTime.CheckedOn)}", text, StringComparison.Ordinal);
            Assert.Contains($"Profiel laatst gecontroleerd op {Dutch.Date(p.LastReviewed)}", text, StringComparison.Ordinal);
            if (p.Contact.Phone is not null)
            {
                Assert.Contains(p.Contact.Phone, text, StringComparison.Ordinal);
                Assert.NotNull(page.Document.QuerySelector("a[href^='tel:']"));
            }
            if (p.Contact.Email is not null)
            {
                Assert.NotNull(page.Document.QuerySelector($"a[href='mailto:{p.Contact.Email}']"));
            }

            var stopAlert = page.Document.QuerySelector(".alert--stop");
            if (p.ReferralStop)
            {
                Assert.NotNull(stopAlert);
                Assert.Contains("geen nieuwe cliënten", stopAlert.TextContent, StringComparison.Ordinal);
                Assert.DoesNotContain("Wachttijd: " + Dutch.Weeks(p.WaitingTime.Weeks), text, StringComparison.Ordinal);
            }
            else
            {
                Assert.Null(stopAlert);
                Assert.Contains(Dutch.Weeks(p.WaitingTime.Weeks), text, StringComparison.Ordinal);
            }
            Assert.Equal(p.IsStale(site.Today), page.Document.QuerySelector(".alert--stale") is not null);
        }
    }

    [Fact]
    public async Task Every_practitioner_profile_says_how_to_refer()
    {
        var routes = site.Content.Vocabularies.ReferralRoutes;
        Assert.All(site.Content.Practitioners, p => Assert.NotNull(p.HowToRefer)); // the example content is filled in
        foreach (var p in site.Content.Practitioners)
        {
            var page = await _client.GetPageAsync($"/behandelaars/{p.Slug}");
            var refer = p.HowToRefer!;
            var section = Html.Squash(page.Document.QuerySelector("aside.contact")!.TextContent);

            Assert.Contains("Verwijzen en aanmelden", section, StringComparison.Ordinal);
            Assert.Contains("Zo kan het: " + Dutch.ListInSentence(refer.Routes.Select(routes.Label)), section, StringComparison.Ordinal);
            if (refer.Phone is not null)
            {
                Assert.Contains("Telefoon aanmelden: " + refer.Phone, section, StringComparison.Ordinal);
                Assert.NotNull(page.Document.QuerySelector($"aside.contact a[href='{ContactLinks.Tel(refer.Phone)}']"));
            }
            if (refer.Email is not null)
            {
                Assert.NotNull(page.Document.QuerySelector($"aside.contact a[href='mailto:{refer.Email}']"));
            }
            if (refer.Reachable is not null)
            {
                Assert.Contains("Bereikbaar: " + refer.Reachable, section, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Referral_stop_end_date_shows_on_the_profile_and_in_the_list()
    {
        var stop = site.Content.Practitioners.First(p => p.ReferralStopUntil is not null);
        var until = Dutch.Date(stop.ReferralStopUntil!.Value);

        var profile = await _client.GetPageAsync($"/behandelaars/{stop.Slug}");
        var list = await _client.GetPageAsync("/behandelaars?q=" + Uri.EscapeDataString(stop.Name));

        Assert.Contains($"geen nieuwe cliënten aan, tot {until}.", Html.Squash(profile.Document.QuerySelector(".alert--stop")!.TextContent), StringComparison.Ordinal);
        var card = list.Document.QuerySelectorAll("li.hit").First(e => e.QuerySelector($"a[href='/behandelaars/{stop.Slug}']") is not null);
        Assert.Contains($"Aanmeldstop tot {until}", Html.Squash(card.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Result_cards_name_the_referral_routes()
    {
        var p = site.Content.Practitioners.First(p => p.HowToRefer!.Routes.Count > 1);
        var expected = "Verwijzen: " + Dutch.ListInSentence(p.HowToRefer!.Routes.Select(site.Content.Vocabularies.ReferralRoutes.Label));

        var list = await _client.GetPageAsync("/behandelaars?q=" + Uri.EscapeDataString(p.Name));

        var card = list.Document.QuerySelectorAll("li.hit").First(e => e.QuerySelector($"a[href='/behandelaars/{p.Slug}']") is not null);
        Assert.Contains(expected, Html.Squash(card.TextContent), StringComparison.Ordinal);
        Assert.Matches("Verwijzen: [A-Z][^,]*(, [a-z]| en [a-z])", expected); // later labels start lower case inside the sentence
    }

    [Fact]
    public async Task Example_content_has_two_referral_stops_and_stale_profiles_that_are_shown_as_such()
    {
        var stops = site.Content.Practitioners.Where(p => p.ReferralStop).ToList();
        var stale = site.Content.Practitioners.Where(p => p.IsStale(site.Today)).ToList();
        Assert.Equal(2, stops.Count);
        Assert.NotEmpty(stale);

        var page = await _client.GetPageAsync($"/behandelaars/{stops[0].Slug}");
        var alert = page.Document.QuerySelector(".alert--stop");
        Assert.NotNull(alert);
        Assert.Equal("Aanmeldstop", alert.QuerySelector("h2")?.TextContent.Trim());

        var stalePage = await _client.GetPageAsync($"/behandelaars/{stale[0].Slug}");
        Assert.Contains("Mogelijk niet actueel", stalePage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_offer_page_shows_its_text_and_the_practitioners_who_offer_it()
    {
        Assert.True(site.Content.Offers.Count >= 10, "the example content has at least 10 offers");
        foreach (var offer in site.Content.Offers)
        {
            var page = await _client.GetPageAsync($"/aanbod/{offer.Slug}");

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal(offer.Title, page.H1);
            Assert.Contains(offer.Summary, Html.Squash(page.Text), StringComparison.Ordinal);
            Assert.Equal(offer.FirstChoice, page.Document.QuerySelector(".alert--info") is not null);
            var offering = site.Content.PractitionersOffering(offer.Slug);
            var listed = page.Document.QuerySelectorAll("main a[href^='/behandelaars/']").Select(a => a.GetAttribute("href")).ToHashSet();
            Assert.Equal(Math.Min(10, offering.Count), listed.Count);
            Assert.All(listed, href => Assert.Contains(offering, p => href == $"/behandelaars/{p.Slug}"));
            // Open practitioners come first: a referral stop is never listed above an open practitioner.
            var order = page.Document.QuerySelectorAll("main .hit .hit__title a").Select(a => site.Content.FindPractitioner(a.GetAttribute("href")!.Split('/')[^1])!).ToList();
            Assert.Equal(order.OrderBy(p => p.ReferralStop).ThenBy(p => p.WaitingTime.Weeks).Select(p => p.Slug), order.Select(p => p.Slug));
        }
    }

    [Fact]
    public async Task Every_information_page_shows_its_text_and_related_links()
    {
        Assert.True(site.Content.InfoPages.Count >= 8, "the example content has at least 8 information pages");
        foreach (var info in site.Content.InfoPages)
        {
            var page = await _client.GetPageAsync($"/informatie/{info.Slug}");

            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Equal(info.Title, page.H1);
            foreach (var link in info.Related)
            {
                Assert.NotNull(page.Document.QuerySelector($".related a[href='{link.Path}']"));
            }
        }
    }

    [Fact]
    public async Task Overview_pages_list_every_item()
    {
        var offers = await _client.GetPageAsync("/aanbod");
        Assert.All(site.Content.Offers, o => Assert.NotNull(offers.Document.QuerySelector($"a[href='/aanbod/{o.Slug}']")));

        var info = await _client.GetPageAsync("/informatie");
        Assert.All(site.Content.InfoPages, p => Assert.NotNull(info.Document.QuerySelector($"a[href='/informatie/{p.Slug}']")));

        var practitioners = await _client.GetPageAsync("/behandelaars");
        Assert.Contains($"{site.Content.Practitioners.Count} behandelaars", Html.Squash(practitioners.Text), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/behandelaars/bestaat-niet")]
    [InlineData("/aanbod/bestaat-niet")]
    [InlineData("/informatie/bestaat-niet")]
    [InlineData("/dit/pad/bestaat/niet")]
    [InlineData("/behandelaars/%3Cscript%3E")]
    public async Task Unknown_addresses_get_a_helpful_404(string url)
    {
        var page = await _client.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Deze pagina bestaat niet", page.H1);
        Assert.NotNull(page.Document.QuerySelector("main form[action='/zoeken'] input[name='q']"));
        Assert.NotNull(page.Document.QuerySelector("main a[href='/behandelaars']"));
        Assert.NotNull(page.Document.QuerySelector("main a[href='tel:08002000']"));
        Assert.DoesNotContain("<script>", page.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/zoeken?q=emdr&gemeente=hilversum")]
    [InlineData("/behandelaars?leeftijd=9")]
    [InlineData("/aanbod")]
    [InlineData("/informatie")]
    [InlineData("/privacy")]
    [InlineData("/bestaat-niet")]
    public async Task Public_pages_set_no_cookie(string url)
    {
        var page = await _client.GetPageAsync(url);

        Assert.False(page.Response.Headers.Contains("Set-Cookie"), $"{url} sets a cookie");
    }

    [Fact]
    public async Task Health_endpoint_reports_loaded_content()
    {
        var response = await _client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/", "link[rel='stylesheet']", "href", "css/site.css", @"^/css/site\.[a-z0-9]{6,}\.css$")]
    [InlineData("/zoeken?q=emdr", "script[src][defer]", "src", "js/site.js", @"^/js/site\.[a-z0-9]{6,}\.js$")]
    [InlineData("/informatie", "head script[src]:not([defer])", "src", "js/snel-weg.js", @"^/js/snel-weg\.[a-z0-9]{6,}\.js$")]
    [InlineData("/behandelaars", "link[rel='icon']", "href", "favicon.svg", @"^/favicon\.[a-z0-9]{6,}\.svg$")]
    public async Task Pages_link_the_sites_own_files_by_a_name_with_their_content_hash(string url, string selector, string attribute, string file, string pattern)
    {
        var page = await _client.GetPageAsync(url);
        var link = page.Document.QuerySelector(selector)!.GetAttribute(attribute)!;

        // A changed file gets a new name, so browsers may keep it for a year (in Production; tests run in Development).
        Assert.Matches(pattern, link);
        var response = await _client.GetAsync(new Uri(link, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Root, "src", "TraumaGids.Web", "wwwroot", file)), await response.Content.ReadAsByteArrayAsync());
    }
}
