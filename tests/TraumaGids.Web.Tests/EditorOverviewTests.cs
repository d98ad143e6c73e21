using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TraumaGids.Testing;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Tests;

/// <summary>
/// /beheer through the real pipeline, on a copy of the example content with one broken file and one
/// profile without how-to-refer information: who gets in, and what the lists hold.
/// </summary>
public sealed class EditorOverviewTests(EditorOverviewTests.Site fixture) : IClassFixture<EditorOverviewTests.Site>
{
    public sealed class Site : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "traumagids-beheer-" + Guid.NewGuid().ToString("N"));

        public Site()
        {
            var content = Path.Combine(_root, "content");
            RepoPaths.CopyDirectory(RepoPaths.Content, content);
            var practitioners = Path.Combine(content, "behandelaars");
            // A broken file, and a profile that does not say how to refer.
            var daan = Path.Combine(practitioners, "daan-koster.md");
            File.WriteAllText(daan, File.ReadAllText(daan).Replace("\n  weken: ", "\n  weken: zes", StringComparison.Ordinal));
            var jeroen = Path.Combine(practitioners, "jeroen-smit.md");
            var text = File.ReadAllText(jeroen);
            var start = text.IndexOf("verwijzen:\n", StringComparison.Ordinal);
            File.WriteAllText(jeroen, text.Remove(start, text.IndexOf("contact:\n", StringComparison.Ordinal) - start));
            Factory = new SiteFactory(content, new Dictionary<string, string?> { ["ProfileUpdates:AuditPath"] = Path.Combine(_root, "audit.jsonl") });
        }

        internal SiteFactory Factory { get; }

        public void Dispose()
        {
            Factory.Dispose();
            Directory.Delete(_root, recursive: true);
        }
    }

    private readonly SiteFactory _site = fixture.Factory;

    private static List<string> Names(Page page, string section) =>
        [.. page.Document.QuerySelectorAll($"section[aria-labelledby='{section}'] a[href^='/bijwerken/']").Select(a => a.GetAttribute("href")!["/bijwerken/".Length..])];

    [Fact]
    public async Task Only_editors_get_the_overview()
    {
        using var anonymous = _site.Browser(followRedirects: false);
        var (practitioner, _) = await _site.SignedInAsync(SignIn.Practitioner, SignIn.PractitionerPassword, "/bijwerken");
        var (editor, _) = await _site.SignedInAsync(SignIn.Editor, SignIn.EditorPassword, "/bijwerken");

        var challenge = await anonymous.GetAsync(new Uri("/beheer", UriKind.Relative));
        var refused = await practitioner.GetPageAsync("/beheer");
        var page = await editor.GetPageAsync("/beheer");

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith("/dev-idp/connect/authorize", challenge.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("/geen-toegang", refused.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Overzicht voor de redactie", page.H1);
        Assert.True(page.Response.Headers.CacheControl?.NoStore);
        practitioner.Dispose();
        editor.Dispose();
    }

    [Fact]
    public async Task The_lists_hold_what_needs_attention()
    {
        var store = _site.Services.GetRequiredService<ContentStore>();
        var today = store.Today;
        var (editor, _) = await _site.SignedInAsync(SignIn.Editor, SignIn.EditorPassword, "/bijwerken");

        var page = await editor.GetPageAsync("/beheer");

        var all = store.Content.Practitioners;
        Assert.Equal(all.Where(p => p.WaitingTime.CheckedOn < today.AddDays(-56)).Select(p => p.Slug).Order(), Names(page, "wachttijd").Order());
        Assert.NotEmpty(Names(page, "wachttijd"));
        Assert.Equal(all.Where(p => p.LastReviewed < today.AddMonths(-12)).Select(p => p.Slug).Order(), Names(page, "beoordeeld").Order());
        Assert.Contains("hans-vermeulen", Names(page, "beoordeeld")); // reviewed 2024-12-01
        Assert.Equal(["leila-rahimi", "samira-el-idrissi"], Names(page, "aanmeldstop").Order());
        Assert.Contains("tot 1 maart 2027", Html.Squash(page.Document.QuerySelector("section[aria-labelledby='aanmeldstop']")!.TextContent), StringComparison.Ordinal);
        Assert.Equal(["jeroen-smit"], Names(page, "verwijzen"));

        var problems = Html.Squash(page.Document.QuerySelector("section[aria-labelledby='problemen']")!.TextContent);
        Assert.Contains("behandelaars/daan-koster.md", problems, StringComparison.Ordinal);
        Assert.Contains("wachttijd.weken: 'zes", problems, StringComparison.Ordinal);
        Assert.DoesNotContain("daan-koster", Names(page, "wachttijd")); // a broken file is not served, so it is not in the other lists

        var mail = page.Document.QuerySelector("#mail-update")!.GetAttribute("href")!;
        Assert.StartsWith("mailto:?bcc=", mail, StringComparison.Ordinal);
        var bcc = Uri.UnescapeDataString(mail["mailto:?bcc=".Length..mail.IndexOf("&subject=", StringComparison.Ordinal)]).Split(',');
        var stale = all.Where(p => p.WaitingTime.CheckedOn < today.AddDays(-56) || p.LastReviewed < today.AddMonths(-12)).ToList();
        // One address per profile: its managers' e-mail when it names them (anna-de-vries), else the contact address.
        Assert.Equal(stale.SelectMany(p => p.Managers.Any(m => m.Contains('@', StringComparison.Ordinal)) ? p.Managers.Where(m => m.Contains('@', StringComparison.Ordinal)) : [p.Contact.Email!]).Distinct().Order(), bcc.Order());
        Assert.Contains("&subject=", mail, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("/bijwerken"), mail, StringComparison.Ordinal);
        editor.Dispose();
    }
}
