using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TraumaGids.Browser.Tests;

/// <summary>
/// Waiting for the page a click, a form or a redirect led to. Playwright's <c>WaitForURLAsync</c> also waits
/// for that page's load event, which it sometimes missed on a heavily loaded machine (a clean-clone CI run timed
/// out on it in stop 18, with "NetworkIdle event fired" in its log). Here the address is polled, then the
/// document's state is checked, which returns at once when the document was already parsed.
/// </summary>
internal static class Arrival
{
    public static async Task AtAsync(IPage page, Regex address)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(address);
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>An address ending with this path and query ("/zoeken?q=emdr").</summary>
    public static Task AtEndAsync(IPage page, string end) => AtAsync(page, new Regex(Regex.Escape(end) + "$"));
}
