using System.Net;
using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Core.Tests.Search;

/// <summary>A small, fully known content set for search tests, built in memory.</summary>
internal static class TestContent
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static Vocabularies Vocabularies { get; } = new(
        Vocab("doelgroepen", ("kinderen", "Kinderen"), ("jongeren", "Jongeren"), ("volwassenen", "Volwassenen")),
        Vocab("methoden", ("emdr", "EMDR"), ("tf-cbt", "TF-CBT"), ("net", "NET"), ("lotgenotencontact", "Lotgenotencontact")),
        Vocab("themas", ("huiselijk-geweld", "Huiselijk geweld")),
        Vocab("gemeenten", ("hilversum", "Hilversum"), ("huizen", "Huizen"), ("laren", "Laren")),
        Vocab("financiering", ("jeugdwet", "Jeugdwet"), ("zvw", "Zorgverzekering"), ("gratis", "Gratis")),
        Vocab("talen", ("nl", "Nederlands"), ("ar", "Arabisch"), ("uk", "Oekraïens")),
        Vocab("disciplines", ("gz-psycholoog", "GZ-psycholoog"), ("psychotherapeut", "Psychotherapeut")));

    private static Vocabulary Vocab(string name, params (string Key, string Label)[] entries) =>
        new(name, entries.Select(e => new KeyValuePair<string, string>(e.Key, e.Label)));

    public static RenderedBody Body(string text) => new("<p>" + WebUtility.HtmlEncode(text) + "</p>", text);

    public static Practitioner Practitioner(
        string slug, string name, string[] targetGroups, int from, int to, string[] methods, string[] municipalities,
        string[] languages, string[] funding, int weeks, string body, bool online = false, bool referralStop = false) => new()
    {
        Slug = slug,
        SourceFile = $"behandelaars/{slug}.md",
        Name = name,
        Discipline = "gz-psycholoog",
        TargetGroups = targetGroups,
        Ages = new AgeRange(from, to),
        Methods = methods,
        Themes = ["huiselijk-geweld"],
        Languages = languages,
        Municipalities = municipalities,
        Locations = [],
        Online = online,
        Funding = funding,
        WaitingTime = new WaitingTime(weeks, Today.AddDays(-10)),
        ReferralStop = referralStop,
        Contact = new ContactDetails("035 012 3456", null, null),
        LastReviewed = Today.AddDays(-10),
        Body = Body(body),
    };

    public static IReadOnlyList<Practitioner> Practitioners { get; } =
    [
        Practitioner("anna", "Anna de Vries", ["kinderen", "jongeren"], 4, 18, ["emdr", "tf-cbt"], ["hilversum"], ["nl"], ["jeugdwet"], 6,
            "Ik help kinderen en jongeren na huiselijk geweld."),
        Practitioner("bram", "Bram Bakker", ["volwassenen"], 18, 99, ["emdr", "net"], ["huizen"], ["nl"], ["zvw"], 2,
            "Behandeling van volwassenen met nachtmerries en angst na geweld."),
        Practitioner("chantal", "Chantal Chaouch", ["jongeren"], 12, 18, ["tf-cbt"], ["hilversum", "laren"], ["nl", "ar"], ["jeugdwet"], 10,
            "Traumabehandeling voor jongeren, ook in het Arabisch.", referralStop: true),
        Practitioner("dirk", "Dirk Dekker", ["kinderen"], 4, 12, ["emdr"], [], ["nl", "uk"], ["jeugdwet"], 0,
            "Online behandeling voor gevluchte kinderen uit Oekraïne.", online: true),
        Practitioner("eva", "Eva Evers", ["volwassenen"], 18, 65, ["lotgenotencontact"], ["laren"], ["nl"], ["gratis"], 1,
            "Lotgenotengroep voor volwassenen na partnergeweld. <script>alert('x')</script> & meer."),
        Practitioner("frank", "Frank Baker", ["volwassenen"], 18, 99, ["net"], ["huizen"], ["nl"], ["zvw"], 4,
            "Praktijk voor volwassenen."),
    ];

    public static IReadOnlyList<Offer> Offers { get; } =
    [
        new Offer
        {
            Slug = "emdr", SourceFile = "aanbod/emdr.md", Title = "EMDR", Summary = "Een behandeling voor nare herinneringen.",
            Type = OfferType.Treatment, TargetGroups = ["kinderen", "volwassenen"], FirstChoice = true, Guideline = "Richtlijn",
            LastReviewed = Today, Body = Body("EMDR helpt kinderen en volwassenen na een nare gebeurtenis."),
        },
        new Offer
        {
            Slug = "tf-cbt", SourceFile = "aanbod/tf-cbt.md", Title = "TF-CBT", Summary = "Traumagerichte cognitieve gedragstherapie.",
            Type = OfferType.Treatment, TargetGroups = ["kinderen", "jongeren"], FirstChoice = true, Guideline = "Richtlijn",
            LastReviewed = Today, Body = Body("Kind en ouder leren samen over trauma."),
        },
    ];

    public static IReadOnlyList<InfoPage> InfoPages { get; } =
    [
        new InfoPage
        {
            Slug = "wat-is-trauma", SourceFile = "informatie/wat-is-trauma.md", Title = "Wat is trauma?", Summary = "Uitleg over trauma.",
            Related = [], LastReviewed = Today, Body = Body("Na iets ergs kun je slecht slapen. Dat is normaal."),
        },
        new InfoPage
        {
            Slug = "hulp", SourceFile = "informatie/hulp.md", Title = "Hoe krijg ik hulp?", Summary = "Waar je terecht kunt.",
            Related = [], LastReviewed = Today, Body = Body("Bel je huisarts als je kind slecht slaapt."),
        },
    ];

    public static ContentSet Content(IEnumerable<Practitioner>? practitioners = null) =>
        new(Vocabularies, practitioners ?? Practitioners, Offers, InfoPages, []);
}

/// <summary>One index over <see cref="TestContent"/>, shared by the search tests (the index is read-only).</summary>
public sealed class SearchFixture : IDisposable
{
    public SearchIndex Index { get; } = SearchIndex.Build(TestContent.Content());

    public void Dispose() => Index.Dispose();
}
