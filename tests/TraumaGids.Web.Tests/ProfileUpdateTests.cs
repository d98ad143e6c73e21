using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using TraumaGids.Testing;
using TraumaGids.Web.Infrastructure;

namespace TraumaGids.Web.Tests;

/// <summary>
/// Practitioners and editors update profiles through the real pipeline (sign-in at the development
/// provider, antiforgery, the form) on a copy of the example content: the file on disk, the audit file
/// and the refusals are checked. (That the site then shows the change is the live-content reload's part.)
/// </summary>
public sealed class ProfileUpdateTests(ProfileUpdateTests.Site fixture) : IClassFixture<ProfileUpdateTests.Site>
{
    /// <summary>A site on its own copy of the example content, with its own audit file.</summary>
    public sealed class Site : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "traumagids-update-" + Guid.NewGuid().ToString("N"));

        public Site()
        {
            Content = Path.Combine(_root, "content");
            Audit = Path.Combine(_root, "audit", "wijzigingen.jsonl");
            RepoPaths.CopyDirectory(RepoPaths.Content, Content);
            // Not watching the directory: a saved update must go live through the form's own reload.
            Factory = new SiteFactory(Content, new Dictionary<string, string?> { ["ProfileUpdates:AuditPath"] = Audit, ["Content:Watch"] = "false" });
        }

        internal SiteFactory Factory { get; }
        public string Content { get; }
        public string Audit { get; }

        public DateOnly Today => Factory.Services.GetRequiredService<ContentStore>().Today;

        public void Dispose()
        {
            Factory.Dispose();
            Directory.Delete(_root, recursive: true);
        }
    }

    private readonly SiteFactory _site = fixture.Factory;

    private string FilePath(string slug) => Path.Combine(fixture.Content, "behandelaars", slug + ".md");

    private string ReadFile(string slug) => File.ReadAllText(FilePath(slug));

    private List<JsonElement> AuditLines() => File.Exists(fixture.Audit)
        ? [.. File.ReadAllLines(fixture.Audit).Select(l => JsonDocument.Parse(l).RootElement)]
        : [];

    private string Today => fixture.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The form's visible fields as a browser would send them: text as shown, checked boxes only.</summary>
    private static List<KeyValuePair<string, string>> Entries(Page page, IReadOnlyDictionary<string, string?>? changes = null, IEnumerable<string>? routes = null)
    {
        var form = (IHtmlFormElement)page.Document.QuerySelector("form.update-form")!;
        var entries = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type != "hidden" && (i.Type != "checkbox" || i.IsChecked))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .ToList();
        foreach (var (name, value) in changes ?? new Dictionary<string, string?>())
        {
            entries.RemoveAll(e => e.Key == name);
            if (value is not null)
            {
                entries.Add(new(name, value));
            }
        }
        if (routes is not null)
        {
            entries.RemoveAll(e => e.Key == "routes");
            entries.AddRange(routes.Select(r => new KeyValuePair<string, string>("routes", r)));
        }
        return entries;
    }

    private static Task<Page> SaveAsync(HttpClient client, Page form, IReadOnlyDictionary<string, string?>? changes = null, IEnumerable<string>? routes = null) =>
        SignIn.SubmitAsync(client, form, Entries(form, changes, routes), "form.update-form");

    [Fact]
    public async Task Practitioner_sees_only_the_profiles_that_list_them()
    {
        var (client, landing) = await _site.SignedInAsync(SignIn.Practitioner, SignIn.PractitionerPassword, "/bijwerken");

        var links = landing.Document.QuerySelectorAll("main a[href^='/bijwerken/']").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(HttpStatusCode.OK, landing.Status);
        // anna-de-vries.md lists the demo practitioner's e-mail address, noor-hendriks.md their subject id.
        Assert.Equal(["/bijwerken/anna-de-vries", "/bijwerken/noor-hendriks"], links);
        client.Dispose();
    }

    [Fact]
    public async Task Update_rewrites_only_its_fields_byte_for_byte_and_is_audited()
    {
        var (client, _) = await _site.SignedInAsync(SignIn.Practitioner, SignIn.PractitionerPassword, "/bijwerken");
        var before = ReadFile("noor-hendriks");
        var form = await client.GetPageAsync("/bijwerken/noor-hendriks");
        var auditBefore = AuditLines().Count;

        var saved = await SaveAsync(client, form, new Dictionary<string, string?> { ["weken"] = "12", ["klopt"] = "ja" });

        var weeks = System.Text.RegularExpressions.Regex.Match(before, "\n  weken: ([0-9]+)\n").Groups[1].Value;
        var expected = before
            .Replace($"\n  weken: {weeks}\n", "\n  weken: 12\n", StringComparison.Ordinal)
            .Replace(System.Text.RegularExpressions.Regex.Match(before, "\n  gecontroleerd: [0-9-]+\n").Value, $"\n  gecontroleerd: {Today}\n", StringComparison.Ordinal)
            .Replace(System.Text.RegularExpressions.Regex.Match(before, "\nlaatst-beoordeeld: [0-9-]+\n").Value, $"\nlaatst-beoordeeld: {Today}\n", StringComparison.Ordinal);
        Assert.Equal(expected, ReadFile("noor-hendriks"));
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Equal("/bijwerken/noor-hendriks", saved.Response.RequestMessage!.RequestUri!.AbsolutePath); // redirected after the post
        Assert.Contains("Opgeslagen.", saved.Text, StringComparison.Ordinal);
        Assert.Equal("12", ((IHtmlInputElement)saved.Document.QuerySelector("#weken")!).Value); // the form reads the file as it is now

        var lines = AuditLines().Skip(auditBefore).ToList();
        Assert.Equal(["wachttijd.weken", "wachttijd.gecontroleerd", "laatst-beoordeeld"], lines.Select(l => l.GetProperty("field").GetString()));
        Assert.All(lines, l =>
        {
            Assert.Equal("behandelaar", l.GetProperty("subject").GetString());
            Assert.Equal("behandelaars/noor-hendriks.md", l.GetProperty("file").GetString());
            Assert.True(DateTimeOffset.UtcNow - l.GetProperty("time").GetDateTimeOffset() < TimeSpan.FromHours(1));
        });
        Assert.Equal((weeks, "12"), (lines[0].GetProperty("old").GetString(), lines[0].GetProperty("new").GetString()));
        // Who made the change is the subject id only: not their name, not the e-mail address they signed in with.
        var auditText = File.ReadAllText(fixture.Audit);
        Assert.DoesNotContain("Anna de Vries", auditText, StringComparison.Ordinal);
        Assert.DoesNotContain("anna.devries@example.org", auditText, StringComparison.Ordinal);
        Assert.Equal(["field", "file", "new", "old", "subject", "time"], lines[0].EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        client.Dispose();
    }

    [Fact]
    public async Task A_saved_update_is_on_the_public_site_at_once()
    {
        var (client, _) = await _site.SignedInAsync(SignIn.Editor, SignIn.EditorPassword, "/bijwerken");
        var form = await client.GetPageAsync("/bijwerken/ahmet-kaya");

        await SaveAsync(client, form, new Dictionary<string, string?> { ["weken"] = "23" });

        using var visitor = _site.CreateClient();
        var profile = await visitor.GetPageAsync("/behandelaars/ahmet-kaya");
        Assert.Contains("23 weken", profile.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        client.Dispose();
    }

    [Fact]
    public async Task Stop_is_added_and_the_how_to_refer_block_removed_in_place()
    {
        var (client, _) = await _site.SignedInAsync(SignIn.Practitioner, SignIn.PractitionerPassword, "/bijwerken");
        var before = ReadFile("anna-de-vries");
        var form = await client.GetPageAsync("/bijwerken/anna-de-vries");
        var until = fixture.Today.AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        await SaveAsync(client, form, new Dictionary<string, string?>
        {
            ["aanmeldstop"] = "ja", ["toelichting"] = "Vol tot de zomer: bel gerust voor advies.", ["tot"] = until,
            ["telefoon"] = "", ["email"] = "", ["bereikbaar"] = "",
        }, routes: []);

        var refer = before[before.IndexOf("verwijzen:\n", StringComparison.Ordinal)..before.IndexOf("contact:\n", StringComparison.Ordinal)];
        var expected = before
            .Replace(System.Text.RegularExpressions.Regex.Match(before, "\n  gecontroleerd: [0-9-]+\n").Value, $"\n  gecontroleerd: {Today}\n", StringComparison.Ordinal)
            .Replace("aanmeldstop: false\n" + refer, $"aanmeldstop: true\naanmeldstop-toelichting: 'Vol tot de zomer: bel gerust voor advies.'\naanmeldstop-tot: {until}\n", StringComparison.Ordinal);
        Assert.Equal(expected, ReadFile("anna-de-vries"));
        var fields = AuditLines().Where(l => l.GetProperty("file").GetString() == "behandelaars/anna-de-vries.md").Select(l => l.GetProperty("field").GetString()).ToList();
        Assert.Contains("aanmeldstop-tot", fields);
        Assert.Contains("verwijzen", fields);
        client.Dispose();
    }

    [Fact]
    public async Task A_profile_the_practitioner_does_not_manage_is_refused_and_left_alone()
    {
        var (client, _) = await _site.SignedInAsync(SignIn.Practitioner, SignIn.PractitionerPassword, "/bijwerken");
        var before = ReadFile("ahmet-kaya");
        var auditBefore = AuditLines().Count;
        // A real form (token and version) of a profile they do manage, sent to one they do not.
        var own = await client.GetPageAsync("/bijwerken/noor-hendriks");

        var view = await client.GetPageAsync("/bijwerken/ahmet-kaya");
        var fields = Entries(own).Concat(own.Document.QuerySelectorAll("form.update-form input[type=hidden]").Cast<IHtmlInputElement>()
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)));
        using var content = new FormUrlEncodedContent(fields);
        var post = await client.PostAsync(new Uri("/bijwerken/ahmet-kaya", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Forbidden, view.Status);
        Assert.Equal("Je kunt dit profiel niet bijwerken", view.H1);
        Assert.Null(view.Document.QuerySelector("form.update-form"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(before, ReadFile("ahmet-kaya"));
        Assert.Equal(auditBefore, AuditLines().Count);
        client.Dispose();
    }

    [Fact]
    public async Task A_change_made_meanwhile_is_not_overwritten_and_the_entries_are_shown_again()
    {
        var (client, _) = await _site.SignedInAsync(SignIn.Editor, SignIn.EditorPassword, "/bijwerken");
        var form = await client.GetPageAsync("/bijwerken/daan-koster");
        var changed = ReadFile("daan-koster").Replace("\n  weken: ", "\n  weken: 2", StringComparison.Ordinal);
        File.WriteAllText(FilePath("daan-koster"), changed); // an editor saves the file in between
        var auditBefore = AuditLines().Count;

        var conflict = await SaveAsync(client, form, new Dictionary<string, string?> { ["weken"] = "5", ["bereikbaar"] = "alleen op vrijdag" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("Het profiel is intussen gewijzigd", conflict.Text, StringComparison.Ordinal);
        Assert.Contains("Er is niets opgeslagen", conflict.Text, StringComparison.Ordinal);
        Assert.Equal("5", ((IHtmlInputElement)conflict.Document.QuerySelector("#weken")!).Value);
        Assert.Equal("alleen op vrijdag", ((IHtmlInputElement)conflict.Document.QuerySelector("#bereikbaar")!).Value);
        Assert.Equal(changed, ReadFile("daan-koster"));
        Assert.Equal(auditBefore, AuditLines().Count);

        // Saving again after seeing the message is a deliberate choice: it goes through.
        var again = await SaveAsync(client, conflict);
        Assert.Contains("Opgeslagen.", again.Text, StringComparison.Ordinal);
        Assert.Contains("\n  weken: 5\n", ReadFile("daan-koster"), StringComparison.Ordinal);
        client.Dispose();
    }

    [Theory]
    [InlineData("weken", "veel", "weken", "heel aantal weken")]
    [InlineData("weken", "200", "weken", "van 0 tot en met 104")]
    [InlineData("telefoon", "bel ons maar", "telefoon", "geen telefoonnummer")]
    [InlineData("email", "intake-at-example", "email", "geen e-mailadres")]
    [InlineData("tot", "2020-01-01", "tot", "na vandaag")]
    public async Task Wrong_input_gets_a_dutch_message_and_nothing_is_written(string field, string value, string fieldId, string message)
    {
        var (client, _) = await _site.SignedInAsync(SignIn.Editor, SignIn.EditorPassword, "/bijwerken");
        var before = ReadFile("ingrid-de-boer");
        var auditBefore = AuditLines().Count;
        var form = await client.GetPageAsync("/bijwerken/ingrid-de-boer");

        var page = await SaveAsync(client, form, new Dictionary<string, string?> { [field] = value, ["aanmeldstop"] = field == "tot" ? "ja" : null });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        var error = page.Document.QuerySelector($".error-summary a[href='#{fieldId}']");
        Assert.NotNull(error);
        Assert.Contains(message, error.TextContent, StringComparison.Ordinal);
        Assert.Equal(value, ((IHtmlInputElement)page.Document.QuerySelector($"#{fieldId}")!).Value);
        Assert.Equal(before, ReadFile("ingrid-de-boer"));
        Assert.Equal(auditBefore, AuditLines().Count);
        client.Dispose();
    }

    [Fact]
    public async Task Editor_may_update_any_profile()
    {
        var (client, landing) = await _site.SignedInAsync(SignIn.Editor, SignIn.EditorPassword, "/bijwerken");
        var form = await client.GetPageAsync("/bijwerken/wim-brouwer");

        var saved = await SaveAsync(client, form, new Dictionary<string, string?> { ["weken"] = "9" }, routes: ["verwijsbrief-huisarts", "wijkteam"]);

        Assert.Equal(_site.Services.GetRequiredService<ContentStore>().Content.Practitioners.Count,
            landing.Document.QuerySelectorAll("main a[href^='/bijwerken/']").Length);
        Assert.Contains("Opgeslagen.", saved.Text, StringComparison.Ordinal);
        var text = ReadFile("wim-brouwer");
        Assert.Contains("\n  weken: 9\n", text, StringComparison.Ordinal);
        Assert.Contains("\n  routes: [verwijsbrief-huisarts, wijkteam]\n", text, StringComparison.Ordinal);
        Assert.Contains(AuditLines(), l => l.GetProperty("subject").GetString() == "redacteur" && l.GetProperty("field").GetString() == "verwijzen.routes");
        client.Dispose();
    }

    [Fact]
    public async Task Without_sign_in_or_role_there_is_no_form()
    {
        using var anonymous = _site.Browser(followRedirects: false);
        var (colleague, _) = await _site.SignedInAsync(SignIn.WithRole, SignIn.WithRolePassword);

        var challenge = await anonymous.GetAsync(new Uri("/bijwerken/anna-de-vries", UriKind.Relative));
        var refused = await colleague.GetPageAsync("/bijwerken/anna-de-vries");

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith("/dev-idp/connect/authorize", challenge.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("/geen-toegang", refused.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Geen toegang tot deze pagina", refused.H1);
        colleague.Dispose();
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var (client, _) = await _site.SignedInAsync(SignIn.Practitioner, SignIn.PractitionerPassword, "/bijwerken");
        var before = ReadFile("noor-hendriks");
        var form = await client.GetPageAsync("/bijwerken/noor-hendriks");

        using var content = new FormUrlEncodedContent(Entries(form, new Dictionary<string, string?> { ["weken"] = "1" })
            .Append(new("versie", ((IHtmlInputElement)form.Document.QuerySelector("input[name=versie]")!).Value)));
        var response = await client.PostAsync(new Uri("/bijwerken/noor-hendriks", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, ReadFile("noor-hendriks"));
        client.Dispose();
    }
}
