using AngleSharp.Dom;
using TraumaGids.Core.Content;

namespace TraumaGids.Web.Tests;

/// <summary>
/// Never a dead end: a page without results names the filter to leave out and what that gives; a
/// place with few results is followed by practitioners nearby and online; the expert-group filter;
/// the A–Z list by surname. Every expected figure is a plain count over the loaded content.
/// </summary>
public sealed partial class SearchPageTests
{
    /// <summary>The GP of the issue: EMDR for a 15-year-old in Huizen who speaks Arabic, paid by the Jeugdwet.</summary>
    private const string GpSearch = "/behandelaars?methode=emdr&gemeente=huizen&taal=ar&leeftijd=15&financiering=jeugdwet";

    private IEnumerable<Practitioner> Matching(string? method = null, string? municipality = null, string? language = null, int? age = null, string? funding = null) =>
        site.Content.Practitioners.Where(p =>
            (method is null || p.Methods.Contains(method)) && (municipality is null || p.Municipalities.Contains(municipality)) &&
            (language is null || p.Languages.Contains(language)) && (age is null || p.Ages.Contains(age.Value)) &&
            (funding is null || p.Funding.Contains(funding)));

    private static Dictionary<string, IElement> Drops(Page page) =>
        page.Document.QuerySelectorAll(".zero .drops a").ToDictionary(a => Html.Squash(a.TextContent).Split(" →")[0]);

    private static string Slug(string href) => href.Split('?')[0].Split('/')[^1];

    [Fact]
    public async Task A_search_without_results_names_each_filter_to_leave_out_with_what_it_gives()
    {
        var page = await _client.GetPageAsync(GpSearch);

        Assert.Equal(0, Total(page));
        Assert.Empty(Matching("emdr", "huizen", "ar", 15, "jeugdwet"));
        var drops = Drops(page);
        var withoutPlace = Matching("emdr", null, "ar", 15, "jeugdwet").Count();
        Assert.Equal(2, withoutPlace);
        var place = drops["zonder Gemeente: Huizen"];
        Assert.EndsWith($" {withoutPlace} behandelaars", Html.Squash(place.TextContent), StringComparison.Ordinal);
        Assert.Equal("/behandelaars?leeftijd=15&methode=emdr&taal=ar&financiering=jeugdwet", place.GetAttribute("href"));
        // Every offer is right, and only what gives results is offered.
        var expected = new Dictionary<string, int>
        {
            ["zonder Leeftijd: 15 jaar"] = Matching("emdr", "huizen", "ar", null, "jeugdwet").Count(),
            ["zonder Methode: EMDR"] = Matching(null, "huizen", "ar", 15, "jeugdwet").Count(),
            ["zonder Gemeente: Huizen"] = withoutPlace,
            ["zonder Taal: Arabisch"] = Matching("emdr", "huizen", null, 15, "jeugdwet").Count(),
            ["zonder Betaling: Jeugdwet (via gemeente, huisarts of jeugdarts)"] = Matching("emdr", "huizen", "ar", 15, null).Count(),
        };
        Assert.Equal(expected.Where(e => e.Value > 0).Select(e => e.Key).Order(), drops.Keys.Order());
        // Most results first.
        var counts = drops.Keys.Select(k => expected[k]).ToList();
        Assert.Equal(counts.OrderDescending(), counts);

        // Following the link gives exactly that.
        var without = await _client.GetPageAsync(place.GetAttribute("href")!);
        Assert.Equal(withoutPlace, Total(without));
    }

    [Fact]
    public async Task Words_and_filters_without_results_offer_leaving_out_the_words()
    {
        var page = await _client.GetPageAsync("/zoeken?q=qqqzzzxxx&gemeente=laren");

        var drop = Drops(page)["zonder je zoekwoorden ‘qqqzzzxxx’"];
        Assert.Equal("/zoeken?gemeente=laren", drop.GetAttribute("href"));
        Assert.Contains($"{Matching(municipality: "laren").Count()} resultaten", drop.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_place_with_few_results_is_followed_by_practitioners_in_neighbouring_municipalities()
    {
        var page = await _client.GetPageAsync("/behandelaars?gemeente=blaricum&methode=emdr");

        var shown = HitLinks(page).Select(Slug).ToHashSet();
        Assert.InRange(shown.Count, 1, 4);
        var section = page.Document.QuerySelector("section.more[aria-labelledby='in-de-buurt']")!;
        var neighbours = site.Content.Vocabularies.NeighboursOf(["blaricum"]);
        Assert.Equal(["eemnes", "huizen", "laren"], neighbours);
        Assert.Equal("Ook in de buurt: Eemnes, Huizen en Laren", Html.Squash(section.QuerySelector("h3")!.TextContent));
        var nearby = section.QuerySelectorAll(".hit__title a").Select(a => Slug(a.GetAttribute("href")!)).ToList();
        Assert.NotEmpty(nearby);
        Assert.All(nearby, slug =>
        {
            var p = site.Content.FindPractitioner(slug)!;
            Assert.Contains("emdr", p.Methods);
            Assert.True(p.Municipalities.Intersect(neighbours).Any(), $"{slug} does not work in a neighbouring municipality");
            Assert.DoesNotContain(slug, shown);
        });
        var all = section.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("Alle resultaten in de buurt", StringComparison.Ordinal));
        var inNeighbours = site.Content.Practitioners.Count(p => p.Methods.Contains("emdr") && p.Municipalities.Intersect(neighbours).Any());
        Assert.Equal($"Alle resultaten in de buurt ({inNeighbours} behandelaars)", Html.Squash(all.TextContent));
        Assert.Equal(inNeighbours, Total(await _client.GetPageAsync(all.GetAttribute("href")!)));
    }

    [Fact]
    public async Task A_place_with_few_results_is_followed_by_practitioners_who_work_online()
    {
        var page = await _client.GetPageAsync("/behandelaars?gemeente=eemnes&leeftijd=15");

        var above = page.Document.QuerySelectorAll(".hit__title a").Select(a => Slug(a.GetAttribute("href")!)).ToList();
        var section = page.Document.QuerySelector("section.more[aria-labelledby='ook-online']")!;
        Assert.Equal("Ook online", Html.Squash(section.QuerySelector("h3")!.TextContent));
        var online = section.QuerySelectorAll(".hit__title a").Select(a => Slug(a.GetAttribute("href")!)).ToList();
        Assert.NotEmpty(online);
        Assert.All(online, slug =>
        {
            var p = site.Content.FindPractitioner(slug)!;
            Assert.True(p.Online && p.Ages.Contains(15), $"{slug} is not online for a 15-year-old");
            Assert.Single(above, s => s == slug); // shown once: here, not among the results
        });
        var all = section.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("Alle resultaten online", StringComparison.Ordinal));
        Assert.Equal($"Alle resultaten online ({site.Content.Practitioners.Count(p => p.Online && p.Ages.Contains(15))} behandelaars)", Html.Squash(all.TextContent));
    }

    [Fact]
    public async Task A_place_with_enough_results_or_no_place_gets_no_nearby_or_online_section()
    {
        var many = await _client.GetPageAsync("/behandelaars?gemeente=hilversum");
        var noPlace = await _client.GetPageAsync("/behandelaars?methode=kidnet");

        Assert.True(Total(many) >= 5);
        Assert.Null(many.Document.QuerySelector("section.more"));
        Assert.Null(noPlace.Document.QuerySelector("section.more"));
    }

    [Fact]
    public async Task The_expert_group_filter_shows_members_only_on_both_search_pages()
    {
        var members = site.Content.Practitioners.Count(p => p.ExpertGroupMember);
        Assert.InRange(members, 1, site.Content.Practitioners.Count - 1);

        foreach (var path in new[] { "/behandelaars", "/zoeken" })
        {
            var all = await _client.GetPageAsync(path);
            Assert.Equal(members, FacetCount(all, "expertgroep", "ja"));

            var page = await _client.GetPageAsync($"{path}?expertgroep=ja");
            Assert.Equal(members, Total(page));
            Assert.All(page.Document.QuerySelectorAll(".hits .hit"), hit => Assert.NotNull(hit.QuerySelector(".badge--member")));
            Assert.Contains(page.Document.QuerySelectorAll(".active-filters .chip"),
                c => Html.Squash(c.TextContent).StartsWith("Alleen leden van de Expertgroep Trauma", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_practitioner_list_is_A_to_Z_by_surname()
    {
        var names = new List<string>();
        for (var number = 1; ; number++)
        {
            var page = await _client.GetPageAsync($"/behandelaars?pagina={number}");
            var titles = page.Document.QuerySelectorAll(".hits .hit__title a").Select(a => a.TextContent.Trim()).ToList();
            if (titles.Count == 0)
            {
                break;
            }
            names.AddRange(titles);
        }

        Assert.Equal(site.Content.Practitioners.Count, names.Count);
        Assert.Equal(names.OrderBy(n => SortName.Key(site.Content.Practitioners.Single(p => p.Name == n)), StringComparer.Ordinal), names);
        // Not by title: "Dr. Wim Brouwer" is among the B's, "Drs. Anna de Vries" near the end.
        Assert.True(names.IndexOf("Dr. Wim Brouwer") < names.IndexOf("Daan Koster"));
        Assert.True(names.IndexOf("Drs. Anna de Vries") > names.IndexOf("Marloes Visser"));
    }
}
