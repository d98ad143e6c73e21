namespace TraumaGids.Core.Content;

/// <summary>
/// A file that was valid, was then edited into one with problems, and is served from its last good
/// version until it is fixed. <paramref name="Problems"/> are those of the file as it is on disk now
/// (<c>file:line: field: message</c>); <paramref name="Since"/> is when the site first found it broken.
/// </summary>
public sealed record StaleFile(string File, IReadOnlyList<ContentIssue> Problems, DateTimeOffset Since);
