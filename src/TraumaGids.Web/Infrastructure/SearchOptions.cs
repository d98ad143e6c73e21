namespace TraumaGids.Web.Infrastructure;

/// <summary>Section <c>Search</c>: how the search index is kept.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>
    /// The folder where the start-up search index is kept between starts (<see cref="Core.Search.IndexStore"/>),
    /// relative to the app's content root; empty: none, every start writes the index. A start with
    /// unchanged content and code opens it instead of analysing every document; it holds public content
    /// only. Replicas may share it. It must lie outside the content directory.
    /// </summary>
    public string IndexCache { get; set; } = "zoekindex";

    /// <summary>The folder as a full path, or null when the index is not kept.</summary>
    public string? IndexCacheFullPath(string contentRoot) =>
        string.IsNullOrWhiteSpace(IndexCache) ? null : Path.GetFullPath(Path.Combine(contentRoot, IndexCache));
}
