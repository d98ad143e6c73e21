using System.Text;
using TraumaGids.Core.Content;
using YamlDotNet.RepresentationModel;

namespace TraumaGids.Core.Tests.Content;

/// <summary>
/// The editor changes only the fields it is asked to: every test compares the whole result with the
/// original text, character for character, on the repository's real example files where it can.
/// </summary>
public sealed class FrontMatterEditorTests
{
    private static readonly string Practitioners = Path.Combine(FindContent(), ContentLoader.PractitionersFolder);

    public static TheoryData<string> ExampleFiles() => [.. Directory.EnumerateFiles(Practitioners, "*.md").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    private static string FindContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TraumaGids.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }
        throw new InvalidOperationException("TraumaGids.sln not found");
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(Practitioners, file));

    /// <summary>The one line that starts with <paramref name="start"/> (after indentation), replaced.</summary>
    private static string ReplaceLine(string text, string start, string newLine)
    {
        var lines = text.Split('\n');
        var index = Assert.Single(Enumerable.Range(0, lines.Length), i => lines[i].StartsWith(start, StringComparison.Ordinal));
        lines[index] = newLine;
        return string.Join('\n', lines);
    }

    /// <summary>The text with the lines of one top-level field (the key line and its indented lines) cut out.</summary>
    private static string WithoutField(string text, string key) => SampleContent.RemoveField(text, key);

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Set_WaitingTimeAndReviewDate_ChangesOnlyThoseTwoValues(string file)
    {
        var original = Read(file);
        var expected = ReplaceLine(ReplaceLine(original, "  weken: ", "  weken: 13"), "laatst-beoordeeld: ", "laatst-beoordeeld: 2026-11-30");

        var edited = FrontMatterEditor.Open(original)
            .Set("wachttijd.weken", FrontMatterEditor.Scalar(13))
            .Set("laatst-beoordeeld", FrontMatterEditor.Scalar(new DateOnly(2026, 11, 30)))
            .Text;

        Assert.Equal(expected, edited);
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void Remove_then_set_the_how_to_refer_block_gives_back_the_file_byte_for_byte(string file)
    {
        var original = Read(file);
        var refer = Assert.Single(ContentLoader.Load(FindContent(), new DateOnly(2026, 11, 30)).Practitioners, p => p.SourceFile == "behandelaars/" + file).HowToRefer!;

        var removed = FrontMatterEditor.Open(original).Remove("verwijzen").Text;
        var editor = FrontMatterEditor.Open(removed).Set("verwijzen.routes", FrontMatterEditor.List(refer.Routes), "aanmeldstop-tot", "aanmeldstop-toelichting", "aanmeldstop", "wachttijd");
        foreach (var (key, value) in new[] { ("telefoon", refer.Phone), ("email", refer.Email), ("bereikbaar", refer.Reachable) })
        {
            if (value is not null)
            {
                editor.Set("verwijzen." + key, FrontMatterEditor.Scalar(value));
            }
        }

        Assert.Equal(WithoutField(original, "verwijzen"), removed);
        Assert.DoesNotContain("verwijzen:", removed, StringComparison.Ordinal);
        Assert.Equal(original, editor.Text);
    }

    [Fact]
    public void Stop_fields_are_added_after_their_neighbours_and_removed_again()
    {
        var original = Read("anna-de-vries.md");

        var stopped = FrontMatterEditor.Open(original)
            .Set("aanmeldstop", FrontMatterEditor.Scalar(true), "wachttijd")
            .Set("aanmeldstop-toelichting", FrontMatterEditor.Scalar("Vol tot de zomer: bel gerust voor advies."), "aanmeldstop", "wachttijd")
            .Set("aanmeldstop-tot", FrontMatterEditor.Scalar(new DateOnly(2027, 6, 1)), "aanmeldstop-toelichting", "aanmeldstop", "wachttijd")
            .Text;
        var reopened = FrontMatterEditor.Open(stopped)
            .Set("aanmeldstop", FrontMatterEditor.Scalar(false))
            .Remove("aanmeldstop-toelichting")
            .Remove("aanmeldstop-tot")
            .Text;

        Assert.Equal(
            original.Replace("aanmeldstop: false\n", "aanmeldstop: true\naanmeldstop-toelichting: 'Vol tot de zomer: bel gerust voor advies.'\naanmeldstop-tot: 2027-06-01\n", StringComparison.Ordinal),
            stopped);
        Assert.Equal(original, reopened);
    }

    [Fact]
    public void Comments_blank_lines_line_ends_and_byte_order_mark_stay()
    {
        var original = "\uFEFF---\r\n# Beheerd door de praktijk\r\nnaam: Test\r\nwachttijd:   # in weken\r\n  weken: 6    # ongeveer\r\n\r\n  gecontroleerd: 2026-10-01\r\n# einde\r\nlaatst-beoordeeld: 2026-09-01\r\n---\r\nTekst met: dubbele punt\r\n---\r\nnog meer\r\n";

        var edited = FrontMatterEditor.Open(original)
            .Set("wachttijd.weken", "4")
            .Set("wachttijd.gecontroleerd", "2026-11-30")
            .Set("verwijzen.routes", "[wijkteam]", "wachttijd")
            .Text;

        Assert.Equal(
            "\uFEFF---\r\n# Beheerd door de praktijk\r\nnaam: Test\r\nwachttijd:   # in weken\r\n  weken: 4    # ongeveer\r\n\r\n  gecontroleerd: 2026-11-30\r\nverwijzen:\r\n  routes: [wijkteam]\r\n# einde\r\nlaatst-beoordeeld: 2026-09-01\r\n---\r\nTekst met: dubbele punt\r\n---\r\nnog meer\r\n",
            edited);
        // Through the file's bytes: the byte order mark is written back as it was read.
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, new UTF8Encoding(false).GetBytes(edited)[..3]);
    }

    [Fact]
    public void Values_in_a_flow_block_are_replaced_in_place()
    {
        const string original = "---\nnaam: X\nwachttijd: {weken: 2, gecontroleerd: 2026-10-01}\n---\n";

        var edited = FrontMatterEditor.Open(original).Set("wachttijd.weken", "10").Set("wachttijd.gecontroleerd", "2026-11-30").Text;

        Assert.Equal("---\nnaam: X\nwachttijd: {weken: 10, gecontroleerd: 2026-11-30}\n---\n", edited);
    }

    [Fact]
    public void A_block_list_or_multi_line_text_becomes_one_line()
    {
        const string original = "---\nverwijzen:\n  routes:\n    - wijkteam\n    - zelf-aanmelden\n  bereikbaar: >\n    maandag\n    en dinsdag\n  email: a@example.org\nlaatst-beoordeeld: 2026-01-01\n---\n";

        var edited = FrontMatterEditor.Open(original)
            .Set("verwijzen.routes", FrontMatterEditor.List(["jeugdarts"]))
            .Set("verwijzen.bereikbaar", FrontMatterEditor.Scalar("ma 9-12"))
            .Text;

        Assert.Equal("---\nverwijzen:\n  routes: [jeugdarts]\n  bereikbaar: ma 9-12\n  email: a@example.org\nlaatst-beoordeeld: 2026-01-01\n---\n", edited);
    }

    [Fact]
    public void Removing_a_blocks_last_field_removes_the_block()
    {
        const string original = "---\nnaam: X\nverwijzen:\n  email: a@example.org\nlaatst-beoordeeld: 2026-01-01\n---\n";

        Assert.Equal("---\nnaam: X\nlaatst-beoordeeld: 2026-01-01\n---\n", FrontMatterEditor.Open(original).Remove("verwijzen.email").Text);
        Assert.Equal(original, FrontMatterEditor.Open(original).Remove("verwijzen.telefoon").Remove("bestaat-niet").Text);
    }

    [Fact]
    public void An_empty_field_gets_its_value_on_its_own_line()
    {
        const string original = "---\naanmeldstop-toelichting:\nnaam: X\n---\n";

        Assert.Equal("---\naanmeldstop-toelichting: kort\nnaam: X\n---\n", FrontMatterEditor.Open(original).Set("aanmeldstop-toelichting", "kort").Text);
    }

    [Theory]
    [InlineData("gewone tekst")]
    [InlineData("ma, di en do 9.00-12.00")]
    [InlineData("let op: dubbele punt")]
    [InlineData("eindigt met:")]
    [InlineData("tekst # geen commentaar")]
    [InlineData("- begint met streepje")]
    [InlineData("[haakjes]")]
    [InlineData("'aanhalingstekens' en \"meer\"")]
    [InlineData("it's")]
    [InlineData("true")]
    [InlineData("nee")]
    [InlineData("12")]
    [InlineData("2027-01-01")]
    [InlineData("@thuis")]
    [InlineData("%procent")]
    [InlineData("*ster")]
    [InlineData("  spaties rond  ")]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("é ö ü – “quotes”")]
    public void Scalar_reads_back_as_the_same_text(string value)
    {
        var text = FrontMatterEditor.Open("---\nveld: x\nlijst: [a]\n---\n")
            .Set("veld", FrontMatterEditor.Scalar(value))
            .Set("lijst", FrontMatterEditor.List([value, "b"]))
            .Text;
        var stream = new YamlStream();
        stream.Load(new StringReader(text.Split("---\n")[1]));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;

        var read = (YamlScalarNode)root.Children[new YamlScalarNode("veld")];
        var list = (YamlSequenceNode)root.Children[new YamlScalarNode("lijst")];

        Assert.Equal(value, read.Value);
        Assert.Equal([value, "b"], list.Children.Cast<YamlScalarNode>().Select(s => s.Value));
        if (read.Style == YamlDotNet.Core.ScalarStyle.Plain)
        {
            Assert.DoesNotMatch("^(true|false|nee|ja|null|~|[0-9].*)$", value); // such plain text would be read as a bool, number, date or nothing
        }
    }

    [Fact]
    public void Scalar_refuses_more_than_one_line()
    {
        Assert.Throws<ArgumentException>(() => FrontMatterEditor.Scalar("twee\nregels"));
    }

    [Theory]
    [InlineData("geen front matter\n")]
    [InlineData("---\nnaam: [open\n---\n")]
    [InlineData("---\nnaam: X\n")]
    public void Open_refuses_a_file_it_cannot_read(string text)
    {
        Assert.ThrowsAny<Exception>(() => FrontMatterEditor.Open(text));
    }
}
