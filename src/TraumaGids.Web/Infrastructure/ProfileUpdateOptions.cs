using System.ComponentModel.DataAnnotations;

namespace TraumaGids.Web.Infrastructure;

/// <summary>Section <c>ProfileUpdates</c>: practitioners and editors updating profiles on the site.</summary>
public sealed class ProfileUpdateOptions
{
    public const string Section = "ProfileUpdates";

    /// <summary>
    /// The append-only audit file (JSON lines), relative to the app's content root. Outside the content
    /// directory, so it never ends up in the content's version control or in the image.
    /// </summary>
    [Required]
    public string AuditPath { get; set; } = "audit/profielwijzigingen.jsonl";

    public string AuditFullPath(string contentRoot) => Path.GetFullPath(Path.Combine(contentRoot, AuditPath));
}
