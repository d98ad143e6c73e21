using TraumaGids.Core.Content;

namespace TraumaGids.Core.Search;

/// <summary>
/// What the index keeps of each item to build a hit and its snippet: references to the content's
/// own strings, no copies (at 10,000 practitioners a joined copy of every text was some 10 MB).
/// </summary>
internal sealed record IndexedItem(ContentKind Kind, string Slug, string Title, string? TitleExtra, string? Summary, string Body, AgeRange? Ages = null)
{
    /// <summary>The text snippets are cut from: summary and body, joined when a hit needs it.</summary>
    public string Text => Join(Summary, Body);

    private static string Join(string? summary, string body) =>
        string.IsNullOrWhiteSpace(summary) ? body : summary + "\n" + body;
}
