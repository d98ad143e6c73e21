using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TraumaGids.Core.Content;

/// <summary>A link found in a Markdown body, with its line in the source file.</summary>
internal sealed record BodyLink(string Url, int Line);

/// <summary>
/// Renders editor Markdown to safe HTML. The pipeline is built once (Markdig pipelines are immutable
/// and thread-safe). Raw HTML is disabled, so content cannot inject markup or scripts; link and
/// autolink targets other than relative paths, http(s), mailto and tel are neutralised and reported.
/// Each body is parsed once, for both its HTML and its plain text, with renderers reused per thread.
/// </summary>
internal static class MarkdownRenderer
{
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .DisableHtml()
        .Build();

    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "tel:"];

    /// <param name="markdown">The body, without front matter.</param>
    /// <param name="firstLine">The line number of the body's first line in the source file.</param>
    /// <param name="unsafeLink">Called with (url, line) for each link that was neutralised.</param>
    public static (RenderedBody Body, IReadOnlyList<BodyLink> Links) Render(string markdown, int firstLine, Action<string, int> unsafeLink)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        // The plain text (for search) of the body as written: rendered before the changes below, as
        // Markdig's ToPlainText(markdown) would, from the same parse.
        var plain = PlainText(document);

        // The page shows the title as <h1>; body headings start one level lower so the outline stays in order.
        var headings = document.Descendants<HeadingBlock>().ToList();
        if (headings.Count > 0 && headings.Min(h => h.Level) == 1)
        {
            foreach (var heading in headings)
            {
                heading.Level = Math.Min(6, heading.Level + 1);
            }
        }

        var links = new List<BodyLink>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            var line = firstLine + link.Line;
            if (!IsSafe(url))
            {
                unsafeLink(url, line);
                link.Url = "#";
                continue;
            }
            links.Add(new BodyLink(url, line));
        }

        // <scheme:…> autolinks are a separate inline: without this, <javascript:alert(1)> became a live link.
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (autolink.IsEmail || IsSafe(autolink.Url))
            {
                continue;
            }
            unsafeLink(autolink.Url, firstLine + autolink.Line);
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }

        return (new RenderedBody(document.ToHtml(Pipeline), NormaliseWhitespace(plain)), links);
    }

    [ThreadStatic]
    private static PlainTextRenderer? _plainText;

    /// <summary>The document's text without markup, as <see cref="Markdown.ToPlainText(string, MarkdownPipeline?, MarkdownParserContext?)"/> renders it.</summary>
    private static string PlainText(MarkdownDocument document)
    {
        var renderer = _plainText ?? new PlainTextRenderer();
        _plainText = null; // not reused after a failure half-way
        var text = renderer.RenderToString(document);
        _plainText = renderer;
        return text;
    }

    /// <summary>Markdig's plain-text renderer (an HTML renderer without HTML or escaping), reusable.</summary>
    private sealed class PlainTextRenderer : HtmlRenderer
    {
        public PlainTextRenderer() : base(new StringWriter())
        {
            EnableHtmlForBlock = false;
            EnableHtmlForInline = false;
            EnableHtmlEscape = false;
            Pipeline.Setup(this);
        }

        public string RenderToString(MarkdownDocument document)
        {
            Reset(); // an empty writer and the state of a new renderer
            Render(document);
            Writer.Flush();
            return Writer.ToString() ?? "";
        }
    }

    private static bool IsSafe(string url)
    {
        var trimmed = url.Trim();
        // '//host' and '/\host' (browsers read '\' as '/') leave the site: not a path on it.
        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal) && !trimmed.StartsWith("/\\", StringComparison.Ordinal))
        {
            return true;
        }
        if (trimmed.StartsWith('#'))
        {
            return true;
        }
        return SafeSchemes.Any(s => trimmed.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The words of a text (split at <see cref="char.IsWhiteSpace(char)"/>) with one space between them.</summary>
    internal static string NormaliseWhitespace(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
            }
            else
            {
                if (space)
                {
                    result.Append(' ');
                    space = false;
                }
                result.Append(c);
            }
        }
        return result.ToString();
    }
}
