using Microsoft.AspNetCore.Components;

namespace TraumaGids.Web.Infrastructure;

/// <summary>
/// The address of a file under wwwroot with its content hash in the name ("/css/site.bms54w329u.css"),
/// as the link and script tag helpers write it with <c>asp-append-version</c>. The browser may keep such
/// a file for a year: a changed file gets a new name. Written by the layout on every page without the
/// tag helpers, which cost a few per cent of a search page's CPU time for three attributes.
/// </summary>
public static class AssetUrl
{
    public const string Icon = "favicon.svg";
    public const string StyleSheet = "css/site.css";
    public const string Script = "js/site.js";

    /// <summary>The quick exit's guard, run in the head before the first paint.</summary>
    public const string ExitGuard = "js/snel-weg.js";

    /// <summary>The shortlist pages' own style and script (the compare table, the sheet, copy and print buttons).</summary>
    public const string ShortlistStyleSheet = "css/lijst.css";
    public const string ShortlistScript = "js/lijst.js";

    /// <summary>The files the layout links on every page.</summary>
    public static IReadOnlyList<string> LayoutFiles { get; } = [Icon, StyleSheet, ExitGuard, Script];

    /// <param name="context">The request: its endpoint carries the site's list of static files (MapStaticAssets).</param>
    /// <param name="path">The file's path under wwwroot, without a leading slash: "css/site.css".</param>
    public static string For(HttpContext context, string path)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The collection answers the path itself for a file it does not know: then the plain address.
        var assets = context.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>();
        return $"{context.Request.PathBase}/{assets?[path] ?? path}";
    }
}
