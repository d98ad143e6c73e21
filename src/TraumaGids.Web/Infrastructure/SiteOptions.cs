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
}
