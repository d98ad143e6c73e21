using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

internal static class ContentAssert
{
    /// <summary>
    /// Asserts the set holds exactly one issue, at this file, line and field, whose message contains
    /// every given part; returns it for further checks.
    /// </summary>
    public static ContentIssue SingleIssue(ContentSet content, string file, int line, string field, params string[] messageParts)
    {
        var issue = Assert.Single(content.Issues);
        AssertIssue(issue, file, line, field, messageParts);
        return issue;
    }

    /// <summary>Asserts that some issue matches file, line and field, and its message contains every part.</summary>
    public static ContentIssue HasIssue(ContentSet content, string file, int line, string field, params string[] messageParts)
    {
        var matches = content.Issues.Where(i => i.File == file && i.Field == field && i.Line == line).ToList();
        Assert.True(matches.Count == 1,
            $"Expected one issue {file}:{line}: {field}, got:\n{string.Join('\n', content.Issues)}");
        AssertIssue(matches[0], file, line, field, messageParts);
        return matches[0];
    }

    public static void NoIssues(ContentSet content) =>
        Assert.True(content.Issues.Count == 0, "Unexpected issues:\n" + string.Join('\n', content.Issues));

    private static void AssertIssue(ContentIssue issue, string file, int line, string field, string[] messageParts)
    {
        Assert.Equal(file, issue.File);
        Assert.Equal(field, issue.Field);
        Assert.Equal(line, issue.Line);
        Assert.False(string.IsNullOrWhiteSpace(issue.Message));
        foreach (var part in messageParts)
        {
            Assert.Contains(part, issue.Message, StringComparison.Ordinal);
        }
    }
}
