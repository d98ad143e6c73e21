using System.Globalization;
using System.Text;
using TraumaGids.Core.Content;
using TraumaGids.Core.Search;
using TraumaGids.Core.Tests.Screening;

namespace TraumaGids.Core.Tests.Search;

/// <summary>
/// A list without search words (the referrers' list of practitioners, filters only) against a plain
/// model of the example content: which items pass the filters, in which order, and every facet count
/// (the items that pass all other filters and have the value). The index answers these without a
/// Lucene search, from bit sets and a fixed order, so this model is what keeps it honest.
/// Seeded random filters, so a failure can be replayed.
/// </summary>
public sealed class BrowseTests(ExampleContent example) : IClassFixture<ExampleContent>
{
    /// <param name="ListKey">The A–Z order of a list: practitioners by surname (<see cref="SortName"/>), the rest by title.</param>
    /// <param name="SortTitle">The title order, which breaks ties in waiting time.</param>
    private sealed record Entry(ContentKind Kind, string Slug, string ListKey, string SortTitle, int Waiting, AgeRange? Ages, Dictionary<string, string[]> Values);

    [Fact]
    public void Filters_order_and_counts_match_a_plain_model_of_the_content()
    {
        using var index = SearchIndex.Build(example.Content);
        var entries = Model(example.Content);
        var v = example.Content.Vocabularies;
        var random = new Random(20261130);
        List<string> Some(IEnumerable<KeyValuePair<string, string>> values) =>
            [.. values.Select(e => e.Key).Where(_ => random.Next(14) == 0)];

        var nonEmpty = 0;
        for (var round = 0; round < 180; round++)
        {
            var query = new SearchQuery
            {
                Kinds = [.. ContentKinds.All.Where(_ => random.Next(6) == 0)],
                TargetGroups = Some(v.TargetGroups.Entries),
                Methods = Some(v.Methods.Entries),
                Municipalities = Some(v.Municipalities.Entries),
                Languages = Some(v.Languages.Entries),
                Funding = Some(v.Funding.Entries),
                ReferralRoutes = random.Next(3) == 0 ? Some(v.ReferralRoutes.Entries) : [],
                OnlineOnly = random.Next(8) == 0,
                NoReferralStop = random.Next(4) == 0,
                ExpertGroupOnly = random.Next(10) == 0,
                Age = random.Next(5) == 0 ? random.Next(0, 70) : null,
                Sort = random.Next(2) == 0 ? SearchSort.Relevance : SearchSort.WaitingTime,
                PageSize = random.Next(1, 12),
                Page = random.Next(4) == 0 ? 2 : 1,
            };
            var filters = Filters(query);
            var passing = entries.Where(e => filters.All(f => f.Value(e))).ToList();
            var ordered = (query.Sort == SearchSort.WaitingTime
                ? passing.OrderBy(e => e.Waiting).ThenBy(e => e.SortTitle, StringComparer.Ordinal)
                : passing.OrderBy(e => e.Kind).ThenBy(e => e.ListKey, StringComparer.Ordinal)).ToList();

            var results = index.Search(query);

            var context = $"round {round}";
            Assert.Equal(passing.Count, results.Total);
            Assert.Equal(ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).Select(e => e.Slug), results.Hits.Select(h => h.Slug));
            Assert.All(results.Hits, h => Assert.Equal(1f, h.Score));
            foreach (var facet in results.Facets)
            {
                var others = entries.Where(e => filters.Where(f => f.Key != facet.Name).All(f => f.Value(e))).ToList();
                foreach (var value in facet.Values)
                {
                    var expected = others.Count(e => e.Values[facet.Name].Contains(value.Key));
                    Assert.True(expected == value.Count, $"{context}: {facet.Name}={value.Key} shows {value.Count}, the model counts {expected}");
                }
            }
            nonEmpty += results.Hits.Count > 0 ? 1 : 0;
        }
        // The random filters must also find something, or the order was never compared.
        Assert.True(nonEmpty >= 40, $"only {nonEmpty} rounds had results");
    }

    [Fact]
    public void The_list_of_practitioners_is_A_to_Z_by_surname_not_by_title_or_given_name()
    {
        using var index = SearchIndex.Build(example.Content);

        var names = index.Search(new SearchQuery { Kinds = [ContentKind.Practitioner], PageSize = 50 }).Hits.Select(h => h.Title).ToList();

        Assert.Equal(example.Content.Practitioners.Count, names.Count);
        // "Dr. Wim Brouwer" under B, not D; "Drs. Anna de Vries" under V; "Ingrid de Boer" under B, before Brouwer.
        Assert.True(names.IndexOf("Ingrid de Boer") < names.IndexOf("Dr. Wim Brouwer"));
        Assert.True(names.IndexOf("Dr. Wim Brouwer") < names.IndexOf("Ahmet Kaya"));
        Assert.True(names.IndexOf("Marloes Visser") < names.IndexOf("Drs. Anna de Vries"));
        Assert.True(names.IndexOf("Noor Hendriks") < names.IndexOf("Dr. Mirjam Hoekstra"));
        Assert.Equal("Lotgenotengroep Gooi", names[names.IndexOf("Esther van Leeuwen") + 1]); // its own sorteernaam
        Assert.Equal("Ingrid de Boer", names[1 + names.IndexOf("Sanne Bakker")]);
    }

    [Fact]
    public void A_page_past_the_end_is_empty_but_keeps_the_total_and_counts()
    {
        using var index = SearchIndex.Build(example.Content);
        var first = index.Search(new SearchQuery { Kinds = [ContentKind.Practitioner] });

        var beyond = index.Search(new SearchQuery { Kinds = [ContentKind.Practitioner], Page = 1_000 });

        Assert.Empty(beyond.Hits);
        Assert.Equal(first.Total, beyond.Total);
        Assert.Equal(
            first.Facets.SelectMany(f => f.Values.Select(x => $"{f.Name}.{x.Key}={x.Count}")),
            beyond.Facets.SelectMany(f => f.Values.Select(x => $"{f.Name}.{x.Key}={x.Count}")));
    }

    /// <summary>Each active filter by facet name (the age under its own name), as a test on an entry.</summary>
    private static Dictionary<string, Func<Entry, bool>> Filters(SearchQuery q)
    {
        var filters = new Dictionary<string, Func<Entry, bool>>();
        void AnyOf(string facet, IEnumerable<string> keys)
        {
            var wanted = keys.ToList();
            if (wanted.Count > 0)
            {
                filters[facet] = e => e.Values[facet].Intersect(wanted).Any();
            }
        }
        AnyOf(FacetNames.Kind, q.Kinds.Select(k => k.Key()));
        AnyOf(FacetNames.TargetGroup, q.TargetGroups);
        AnyOf(FacetNames.Method, q.Methods);
        AnyOf(FacetNames.Municipality, q.Municipalities);
        AnyOf(FacetNames.Language, q.Languages);
        AnyOf(FacetNames.Funding, q.Funding);
        AnyOf(FacetNames.ReferralRoute, q.ReferralRoutes);
        AnyOf(FacetNames.Online, q.OnlineOnly ? [SearchParameters.Yes] : []);
        AnyOf(FacetNames.NoReferralStop, q.NoReferralStop ? [SearchParameters.Yes] : []);
        AnyOf(FacetNames.ExpertGroup, q.ExpertGroupOnly ? [SearchParameters.Yes] : []);
        if (q.Age is { } age)
        {
            filters["age"] = e => e.Ages?.Contains(age) == true;
        }
        return filters;
    }

    /// <summary>The content as plain entries: what each item is filtered, counted and ordered by.</summary>
    private static List<Entry> Model(ContentSet content)
    {
        static Dictionary<string, string[]> Values(ContentKind kind, string[] groups, string[] methods, string[]? places = null,
            string[]? languages = null, string[]? funding = null, bool online = false, bool noStop = false, bool member = false, string[]? routes = null) => new()
        {
            [FacetNames.Kind] = [kind.Key()],
            [FacetNames.TargetGroup] = groups,
            [FacetNames.Method] = methods,
            [FacetNames.Municipality] = places ?? [],
            [FacetNames.Language] = languages ?? [],
            [FacetNames.Funding] = funding ?? [],
            [FacetNames.ReferralRoute] = routes ?? [],
            [FacetNames.Online] = online ? [SearchParameters.Yes] : [],
            [FacetNames.NoReferralStop] = noStop ? [SearchParameters.Yes] : [],
            [FacetNames.ExpertGroup] = member ? [SearchParameters.Yes] : [],
        };
        return
        [
            .. content.Practitioners.Select(p => new Entry(ContentKind.Practitioner, p.Slug, SortName.Key(p), SortTitle(p.Name),
                p.ReferralStop ? 1_000 + p.WaitingTime.Weeks : p.WaitingTime.Weeks, p.Ages,
                Values(ContentKind.Practitioner, [.. p.TargetGroups], [.. p.Methods], [.. p.Municipalities], [.. p.Languages], [.. p.Funding], p.Online, !p.ReferralStop, p.ExpertGroupMember, [.. p.HowToRefer?.Routes ?? []]))),
            .. content.Offers.Select(o => new Entry(ContentKind.Offer, o.Slug, SortTitle(o.Title), SortTitle(o.Title), 100_001, null,
                Values(ContentKind.Offer, [.. o.TargetGroups], [o.Slug]))),
            .. content.InfoPages.Select(i => new Entry(ContentKind.InfoPage, i.Slug, SortTitle(i.Title), SortTitle(i.Title), 100_002, null,
                Values(ContentKind.InfoPage, [], []))),
        ];
    }

    private static string SortTitle(string title) =>
        new([.. title.ToLowerInvariant().Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);
}
