namespace TraumaGids.Core.Content;

/// <summary>
/// One problem in a content file, phrased for the editor who has to fix it.
/// Rendered as <c>file:line: field: message</c>, the format editors and CI see.
/// </summary>
public sealed record ContentIssue(string File, int Line, string Field, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}
