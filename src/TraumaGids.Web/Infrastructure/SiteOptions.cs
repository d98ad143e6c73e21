using System.ComponentModel.DataAnnotations;

namespace TraumaGids.Web.Infrastructure;

/// <summary>Site-wide settings, section <c>Site</c>.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>Show the notice that the directory holds fictional example data.</summary>
    public bool ExampleDataNotice { get; set; } = true;

    /// <summary>Where the quick-exit button sends a visitor: a neutral site, replacing TraumaGids in the history.</summary>
    [Required, Url]
    public string QuickExitUrl { get; set; } = "https://www.buienradar.nl/";
}

/// <summary>Where the content lives, section <c>Content</c>.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The content directory; relative paths are resolved against the app's content root.</summary>
    [Required]
    public string Path { get; set; } = "content";

    /// <summary>The content directory as a full path, <see cref="Path"/> resolved against the app's content root.</summary>
    public string FullPath(string contentRoot) => System.IO.Path.GetFullPath(System.IO.Path.Combine(contentRoot, Path));

    /// <summary>Reload the content when its files change, without a restart.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>
    /// How long the directory must be quiet after a change event before the content is reloaded (a save
    /// often writes a file in several steps).
    /// </summary>
    [Range(0, 10_000)]
    public int DebounceMilliseconds { get; set; } = 200;

    /// <summary>
    /// How often to look for changes without a change event, in seconds: on shared volumes (NFS, SMB,
    /// some container mounts) the events do not arrive. 0 switches polling off. A poll lists the files'
    /// sizes and write times only.
    /// </summary>
    [Range(0, 3600)]
    public double PollSeconds { get; set; } = 2;
}
