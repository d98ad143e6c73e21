using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using TraumaGids.Core.Content;

namespace TraumaGids.Core.Tests.Content;

/// <summary>
/// A body is parsed once for its HTML and its plain text, with renderers that are reused: the result is
/// what a parse per output and a new renderer each time gave (Markdig's <c>ToPlainText</c>, a new <c>HtmlRenderer</c>).
/// </summary>
public sealed class MarkdownRendererTests
{
    private static readonly string[] Tricky =
    [
        "# Kop\n\nTekst met *nadruk*, **sterk** en ~~door~~.\n\n## Tweede\n\n- een\n- twee\n  - dieper\n\n1. eerste\n2. tweede",
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n> citaat\n> met twee regels\n\n```\ncode\n```\n\n    ingesprongen code",
        "Klik [hier](/aanbod/emdr \"titel\") of ![plaatje](/img.png) of <https://example.org> of <info@example.org>.",
        "Niet [veilig](javascript:alert(1)) en <javascript:alert(1)>; <b>html</b> &amp; &#x73;.",
        "Regel een  \nregel twee\\\nregel drie\n\n---\n\nTerm\n\n\t\tnog iets\u00a0met\u2028scheidingen\r\n",
        "",
        "   \n\n  ",
    ];

    [Fact]
    public void Html_and_plain_text_are_those_of_a_parse_per_output_with_new_renderers()
    {
        var bodies = ExampleBodies().Concat(Tricky).ToList();
        // Twice, the second time in the other order: a reused renderer keeps nothing of the body before.
        foreach (var markdown in bodies.Concat(Enumerable.Reverse(bodies)))
        {
            var unsafeLinks = 0;
            var (body, _) = MarkdownRenderer.Render(markdown, 1, (_, _) => unsafeLinks++);

            var plain = Markdown.ToPlainText(markdown, MarkdownRenderer.Pipeline);
            Assert.Equal(string.Join(' ', plain.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), body.PlainText);
            var document = Markdown.Parse(markdown, MarkdownRenderer.Pipeline);
            if (unsafeLinks == 0 && !document.Descendants<HeadingBlock>().Any(h => h.Level == 1))
            {
                // Nothing for Render to change (no first-level heading, no unsafe link): the HTML of a new renderer.
                using var writer = new StringWriter();
                var renderer = new HtmlRenderer(writer);
                MarkdownRenderer.Pipeline.Setup(renderer);
                renderer.Render(document);
                Assert.Equal(writer.ToString(), body.Html);
            }
        }
    }

    [Fact]
    public void Bodies_render_the_same_on_several_threads_at_once()
    {
        var bodies = ExampleBodies().Concat(Tricky).ToList();
        var expected = bodies.Select(b => MarkdownRenderer.Render(b, 1, (_, _) => { }).Body).ToList();

        Parallel.For(0, bodies.Count * 20, new ParallelOptions { MaxDegreeOfParallelism = 4 }, n =>
        {
            var i = n % bodies.Count;
            Assert.Equal(expected[i], MarkdownRenderer.Render(bodies[i], 1, (_, _) => { }).Body);
        });
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("een")]
    [InlineData("  een  twee\t\tdrie\n\nvier  ")]
    [InlineData("a\u00a0b\u2028c\u2029d\u0085e\u3000f\r\ng\u000bh\u000ci")]
    public void Whitespace_is_normalised_as_splitting_and_joining_did(string text) =>
        Assert.Equal(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), MarkdownRenderer.NormaliseWhitespace(text));

    private static IEnumerable<string> ExampleBodies()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TraumaGids.sln")))
            {
                foreach (var path in Directory.EnumerateFiles(Path.Combine(dir.FullName, "content"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
                    var close = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
                    yield return text[(close + 5)..];
                }
                yield break;
            }
        }
        throw new InvalidOperationException("TraumaGids.sln not found");
    }
}
