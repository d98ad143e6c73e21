namespace TraumaGids.Core.Content;

/// <summary>The URL key and Dutch labels of each <see cref="ContentKind"/>.</summary>
public static class ContentKinds
{
    public static IReadOnlyList<ContentKind> All { get; } = [ContentKind.Practitioner, ContentKind.Offer, ContentKind.InfoPage];

    /// <summary>The key used in URLs, e.g. <c>/zoeken?soort=behandelaar</c>.</summary>
    public static string Key(this ContentKind kind) => kind switch
    {
        ContentKind.Practitioner => "behandelaar",
        ContentKind.Offer => "aanbod",
        _ => "informatie",
    };

    /// <summary>The label of one item, e.g. on a search result.</summary>
    public static string Label(this ContentKind kind) => kind switch
    {
        ContentKind.Practitioner => "Behandelaar",
        ContentKind.Offer => "Aanbod",
        _ => "Informatie",
    };

    /// <summary>The label of the group, e.g. in the search filter.</summary>
    public static string PluralLabel(this ContentKind kind) => kind switch
    {
        ContentKind.Practitioner => "Behandelaars",
        ContentKind.Offer => "Aanbod",
        _ => "Informatie",
    };

    public static ContentKind? FromKey(string? key) => key switch
    {
        "behandelaar" => ContentKind.Practitioner,
        "aanbod" => ContentKind.Offer,
        "informatie" => ContentKind.InfoPage,
        _ => null,
    };
}
