using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

public enum SearchSort
{
    /// <summary>Best match first (default).</summary>
    Relevance,
    /// <summary>Shortest waiting time first; practitioners with a referral stop last; other kinds after practitioners.</summary>
    WaitingTime,
}

/// <summary>
/// What the user asked for. Text may be anything a person can type (or paste, or forge in a URL):
/// the index never hands it to the classic QueryParser. Within one filter several values mean "any
/// of these"; different filters must all match. An item without the filtered field (an information
/// page has no municipality) does not match an active filter on that field.
/// </summary>
public sealed record SearchQuery
{
    public string? Text { get; init; }
    public IReadOnlyList<ContentKind> Kinds { get; init; } = [];
    public IReadOnlyList<string> TargetGroups { get; init; } = [];
    /// <summary>Only practitioners whose age range contains this age.</summary>
    public int? Age { get; init; }
    public IReadOnlyList<string> Methods { get; init; } = [];
    public IReadOnlyList<string> Municipalities { get; init; } = [];
    /// <summary>Only practitioners who also work online.</summary>
    public bool OnlineOnly { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<string> Funding { get; init; } = [];

    /// <summary>How a client can be referred (keys of <c>verwijsroutes</c>): "zelf-aanmelden", "verwijsbrief-huisarts".</summary>
    public IReadOnlyList<string> ReferralRoutes { get; init; } = [];
    /// <summary>Leave out practitioners with a referral stop.</summary>
    public bool NoReferralStop { get; init; }
    /// <summary>Only members of the Expertgroep Trauma.</summary>
    public bool ExpertGroupOnly { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;

    public bool HasFilters =>
        Kinds.Count > 0 || TargetGroups.Count > 0 || Age is not null || Methods.Count > 0 || Municipalities.Count > 0 ||
        OnlineOnly || Languages.Count > 0 || Funding.Count > 0 || ReferralRoutes.Count > 0 || NoReferralStop || ExpertGroupOnly;
}

/// <summary>One result. <see cref="SnippetHtml"/> is HTML-encoded text with matches wrapped in &lt;mark&gt;.</summary>
public sealed record SearchHit(ContentKind Kind, string Slug, string Title, string SnippetHtml, float Score)
{
    public PageLink Link => new(Kind, Slug);
}

public sealed record FacetValue(string Key, string Label, int Count, bool Selected);

/// <summary>
/// Counts per value for the current query. The counts of one facet take every other active filter
/// into account but not the facet's own, so choosing a second value shows how many it would add.
/// </summary>
public sealed record Facet(string Name, IReadOnlyList<FacetValue> Values);

public sealed record SearchResults
{
    public required SearchQuery Query { get; init; }
    public required IReadOnlyList<SearchHit> Hits { get; init; }
    public required int Total { get; init; }
    public required IReadOnlyList<Facet> Facets { get; init; }
    /// <summary>A corrected query text when a typed word occurs nowhere in the content, else null.</summary>
    public string? DidYouMean { get; init; }
    /// <summary>True when few items had (most of) the words, and the hits include items with only some of them.</summary>
    public bool Relaxed { get; init; }
    /// <summary>How many items have (most of) the words; below <see cref="Total"/> when <see cref="Relaxed"/>.</summary>
    public int AllWordsTotal { get; init; }
    /// <summary>
    /// Typed words that no item has (not even with a typo, as parts or in other words), in a search of several
    /// words: "hondenbeet" in "nachtmerries na een hondenbeet". Shown, so the visitor sees that the results are
    /// about the other words only, or, when nothing was found, what the site says nothing about ("zwemles").
    /// </summary>
    public IReadOnlyList<string> NotFound { get; init; } = [];
    /// <summary>
    /// Whether one of <see cref="NotFound"/> is a word of this site's own subject (a member of a synonym group in
    /// <c>zoekwoorden.yml</c>, such as "nudes"): this region's content lacks it, but it is not another subject.
    /// </summary>
    public bool NotFoundKnown { get; init; }
    /// <summary>
    /// What was recognised in the text: municipalities, languages, ages and wishes ("gratis", "snel
    /// terecht"). Practitioners who meet them rank first; each can be removed.
    /// </summary>
    public IReadOnlyList<UnderstoodFilter> Understood { get; init; } = [];

    public int PageCount => Total == 0 ? 0 : (Total + Query.PageSize - 1) / Query.PageSize;
}

/// <summary>Facet names, equal to the URL parameter names the web layer uses.</summary>
public static class FacetNames
{
    public const string Kind = "soort";
    public const string TargetGroup = "doelgroep";
    public const string Method = "methode";
    public const string Municipality = "gemeente";
    public const string Language = "taal";
    public const string Funding = "financiering";
    public const string ReferralRoute = "verwijsroute";
    public const string Online = "online";
    public const string NoReferralStop = "zonder-aanmeldstop";
    public const string ExpertGroup = "expertgroep";
}
