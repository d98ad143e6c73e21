using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TraumaGids.Browser.Tests;

/// <summary>axe-core on a page: WCAG 2.1 A and AA and axe's best practices, with the first places of each violation in the message.</summary>
internal static class AxeAssert
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    };

    public static async Task NoViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe(Wcag21AA);
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}");
        Assert.True(result.Violations.Length == 0, $"{what}:\n{string.Join("\n", violations)}");
    }
}
