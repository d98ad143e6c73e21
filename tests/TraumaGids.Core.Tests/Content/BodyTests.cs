using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

/// <summary>The Markdown body: rendering safety, heading levels and link checks.</summary>
public sealed class BodyTests
{
    private const string File = "informatie/test.md";

    /// <summary>Loads the valid tree plus one information page with this body.</summary>
    private static (ContentSet Content, string Text) LoadBody(string body)
    {
        var text = SampleContent.MinimalInfoPage("Test", body);
        using var tree = ContentTree.Valid().With(File, text);
        return (tree.Load(), text);
    }

    private static RenderedBody RenderValid(string body)
    {
        var (content, _) = LoadBody(body);
        ContentAssert.NoIssues(content);
        return content.FindInfoPage("test")!.Body;
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("Tekst <script>alert(1)</script> midden in een zin.", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "<img")]
    [InlineData("Een plaatje <img src=x onerror=\"alert(1)\"> in de tekst.", "<img")]
    [InlineData("<div onclick=\"alert(1)\">klik</div>", "<div")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>", "<iframe")]
    public void Render_RawHtml_IsEscapedNotRendered(string body, string forbidden)
    {
        var html = RenderValid(body).Html;

        Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_BodyWithH1_ShiftsAllHeadingsDownOneLevel()
    {
        var html = RenderValid("# Eerste\n\nTekst.\n\n## Tweede\n\n###### Zesde\n").Html;

        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"eerste\">Eerste</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"tweede\">Tweede</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h6 id=\"zesde\">Zesde</h6>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SetextH1_IsShiftedToo()
    {
        var html = RenderValid("Kop\n===\n\nTekst.\n").Html;

        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"kop\">Kop</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_BodyStartingAtH2_KeepsLevels()
    {
        var html = RenderValid("## Voor wie?\n\n### Kinderen\n").Html;

        Assert.Contains("<h2 id=\"voor-wie\">Voor wie?</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"kinderen\">Kinderen</h3>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PlainText_HasNoMarkupAndSingleSpaces()
    {
        var plain = RenderValid("## Kop\n\nEen **vette**   zin met [een link](/aanbod/emdr).\n\n- punt een\n- punt twee\n").PlainText;

        Assert.Equal("Kop Een vette zin met een link. punt een punt twee", plain);
    }

    [Theory]
    [InlineData("https://example.org/pagina")]
    [InlineData("http://example.org")]
    [InlineData("mailto:info@example.org")]
    [InlineData("tel:0350123456")]
    [InlineData("#kop")]
    [InlineData("/informatie/wat-is-trauma#waar")]
    [InlineData("/behandelaars/anna-de-vries")]
    [InlineData("/zoeken?q=emdr")]
    public void Load_AllowedLinks_AreKeptAndNotReported(string url)
    {
        var html = RenderValid($"Zie [hier]({url}).").Html;

        Assert.Contains($"href=\"{url}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LinkToMissingInfoPage_IsReportedOnItsLine()
    {
        var (content, text) = LoadBody("Eerste alinea.\n\nTweede alinea met [een link](/informatie/bestaat-niet).");

        ContentAssert.SingleIssue(content, File, text.LineOf("Tweede alinea"), "tekst", "'/informatie/bestaat-niet'", "niet bestaat");
        Assert.Null(content.FindInfoPage("test"));
    }

    [Theory]
    [InlineData("/aanbod/yoga")]
    [InlineData("/behandelaars/piet")]
    [InlineData("/informatie/bestaat-niet#kop")]
    public void Load_LinkToMissingPageOfAnyKind_IsReported(string url)
    {
        var (content, text) = LoadBody($"Zie [hier]({url}).");

        ContentAssert.SingleIssue(content, File, text.LineOf("Zie [hier]"), "tekst", url);
    }

    [Fact]
    public void Load_LinksInListsAndQuotes_AreReportedOnTheirOwnLines()
    {
        var (content, text) = LoadBody("Lijst:\n\n- eerste\n- tweede [a](/informatie/weg-a)\n\n> citaat\n> met [b](/informatie/weg-b)\n");

        Assert.Equal(2, content.Issues.Count);
        ContentAssert.HasIssue(content, File, text.LineOf("- tweede"), "tekst", "/informatie/weg-a");
        ContentAssert.HasIssue(content, File, text.LineOf("> met"), "tekst", "/informatie/weg-b");
    }

    [Fact]
    public void Load_ReferenceStyleLinkToMissingPage_IsReported()
    {
        var (content, text) = LoadBody("Zie [hier][ref].\n\n[ref]: /informatie/weg\n");

        var issue = Assert.Single(content.Issues);
        Assert.Equal((File, "tekst"), (issue.File, issue.Field));
        Assert.Contains("/informatie/weg", issue.Message, StringComparison.Ordinal);
        Assert.InRange(issue.Line, text.LineOf("Zie [hier]"), text.LineOf("[ref]:"));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("vbscript:msgbox")]
    [InlineData("//evil.example.org")]
    [InlineData("/\\evil.example.org")]
    [InlineData("informatie/wat-is-trauma")]
    public void Load_UnsafeLink_IsNeutralisedAndReported(string url)
    {
        var (content, text) = LoadBody($"Tekst.\n\nKlik [hier]({url}) maar.");

        ContentAssert.SingleIssue(content, File, text.LineOf("Klik"), "tekst", $"'{url}'", "niet toegestaan", "http(s)");
        // The page is skipped; rendering the same body still neutralises the link.
        var (body, _) = MarkdownRenderer.Render($"Klik [hier]({url}) maar.", 1, (_, _) => { });
        Assert.Contains("href=\"#\"", body.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(url, body.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Load_EntityEncodedJavascriptLink_IsNeutralised()
    {
        var (content, _) = LoadBody("Klik [hier](java&#x73;cript:alert(1)).");

        var issue = Assert.Single(content.Issues);
        Assert.Contains("javascript:alert(1)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnsafeImageSource_IsNeutralisedAndReported()
    {
        var (content, text) = LoadBody("![plaatje](javascript:alert(1))");

        ContentAssert.SingleIssue(content, File, text.LineOf("![plaatje]"), "tekst", "javascript:alert(1)");
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<data:text/html;base64,PHNjcmlwdD4=>")]
    [InlineData("<vbscript:msgbox>")]
    public void Load_UnsafeAutolink_IsNeutralisedAndReported(string autolink)
    {
        var (content, text) = LoadBody($"Tekst.\n\nKlik {autolink} maar.");

        var issue = Assert.Single(content.Issues);
        Assert.Equal((File, "tekst", text.LineOf("Klik")), (issue.File, issue.Field, issue.Line));
        var (body, _) = MarkdownRenderer.Render($"Klik {autolink} maar.", 1, (_, _) => { });
        Assert.DoesNotContain("href=\"javascript:", body.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data:", body.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"vbscript:", body.Html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Load_SafeAutolinks_AreKept()
    {
        var html = RenderValid("Mail <info@example.org> of kijk op <https://example.org>.").Html;

        Assert.Contains("href=\"mailto:info@example.org\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LinkToPageThatExistsButIsBroken_DoesNotCascade()
    {
        using var tree = ContentTree.Valid()
            .With("informatie/kapot.md", "---\ntitel: [kapot\n---\nTekst.\n")
            .With(File, SampleContent.MinimalInfoPage("Test", "Zie [kapot](/informatie/kapot).", "gerelateerd: [informatie/kapot]\n"));

        var content = tree.Load();

        var issue = Assert.Single(content.Issues);
        Assert.Equal("informatie/kapot.md", issue.File);
        Assert.NotNull(content.FindInfoPage("test"));
        Assert.Null(content.FindInfoPage("kapot"));
    }

    [Fact]
    public void Load_PractitionerLinkingToBrokenOffer_DoesNotCascade()
    {
        using var tree = ContentTree.Valid().With(SampleContent.OfferPath, SampleContent.Offer.RemoveField("titel"));

        var content = tree.Load();

        var issue = Assert.Single(content.Issues);
        Assert.Equal((SampleContent.OfferPath, "titel"), (issue.File, issue.Field));
        Assert.Single(content.Practitioners);
        Assert.Single(content.InfoPages);
    }
}
