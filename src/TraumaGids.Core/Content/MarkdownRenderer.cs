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
/// </summary>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
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

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        var plain = Markdown.ToPlainText(markdown, Pipeline);
        return (new RenderedBody(writer.ToString(), NormaliseWhitespace(plain)), links);
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

    internal static string NormaliseWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
