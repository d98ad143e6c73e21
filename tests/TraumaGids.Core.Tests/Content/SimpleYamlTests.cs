using System.Globalization;
using System.Text;
using TraumaGids.Core.Content;
using YamlDotNet.Core;

namespace TraumaGids.Core.Tests.Content;

/// <summary>
/// <see cref="SimpleYaml"/> gives exactly what YamlDotNet gives (values, quoting, tags, lines) for every
/// text it reads, and declines the rest: compared on the example content's YAML and on thousands of
/// mutations of it (a line removed, doubled, indented, a YAML sign put in), most of them mistakes.
/// </summary>
public sealed class SimpleYamlTests
{
    [Fact]
    public void Every_content_file_but_the_search_words_is_read_without_YamlDotNet_and_as_YamlDotNet_reads_it()
    {
        var declined = new List<string>();
        foreach (var (name, yaml) in ExampleYaml())
        {
            if (SimpleYaml.TryRead(yaml, 0, yaml.Length) is { } simple)
            {
                Assert.Equal(Dump(YamlReader.ReadWithYamlDotNet(yaml)), Dump(simple));
            }
            else
            {
                declined.Add(name);
            }
        }
        // Each would be read by YamlDotNet: correct, but the cost this reader saves. zoekwoorden.yml has a
        // quoted key ("'s-graveland") and is one file: it is left to YamlDotNet.
        Assert.Equal([SearchWords.FileName], declined);
    }

    [Fact]
    public void Mutated_content_is_read_as_YamlDotNet_reads_it_or_left_to_YamlDotNet()
    {
        var (read, declined) = (0, 0);
        foreach (var (name, yaml) in ExampleYaml().Where(f => f.Name.StartsWith(ContentLoader.PractitionersFolder, StringComparison.Ordinal)).Take(6)
                     .Concat(ExampleYaml().Where(f => !f.Name.StartsWith(ContentLoader.PractitionersFolder, StringComparison.Ordinal) && !f.Name.StartsWith(ContentLoader.InstrumentsFolder, StringComparison.Ordinal))))
        {
            foreach (var mutated in Mutations(yaml))
            {
                if (Compare(name, mutated))
                {
                    read++;
                }
                else
                {
                    declined++;
                }
            }
        }
        // Both kinds occur in numbers: the comparison is not empty on either side.
        Assert.True(read > 1000 && declined > 1000, $"{read} read, {declined} declined");
    }

    [Theory]
    [InlineData("a: b\nc: d")]
    [InlineData("a:\n  b: c\n  d: [e, f]\ng: h")]
    [InlineData("a:\n- b\n- c\nd: e")]
    [InlineData("a:\n  - b: c\n    d: e\n  - f: g\nh: i")]
    [InlineData("a:\n- b: c\n  d: e\nf: g")]
    [InlineData("a:\n  - b:\n    - c\n    - d\n  - e: f")]
    [InlineData("a:\n  - b:\n      c: d")]
    [InlineData("# opmerking\n\na: b\n  # ingesprongen opmerking\nc: 'd e'\n\n")]
    [InlineData("a: \"b: c\"\nd: 'e \"f\" g'\nh: \"\"\ni: ''")]
    [InlineData("a: []\nb: [ c ,d,  e f ]\nc: [a/b, c.d, e_f]")]
    [InlineData("a: b c   \nd: https://example.org/x?y=1\ne: 9:00-12:00\nf: 't Gooi\ng: Hulp, steun en zorg")]
    [InlineData("a: ~\nb: null\nc: true\nd: 2026-01-01\ne: 035 012 3456\nf: -5")]
    [InlineData("geweld thuis: wachttijd\nv1.2: x\néén: twee")]
    [InlineData("a: b\n  c")]
    [InlineData("a: b\na: c")]
    [InlineData("a:\nb: c")]
    [InlineData("a: &x b\nc: *x")]
    [InlineData("a: !!str b\n!!str c: d\nc: e")]
    [InlineData("a: b # opmerking")]
    [InlineData("a: |\n  b\n  c")]
    [InlineData("a: \"b\\\"c\"")]
    [InlineData("a: 'b''c'")]
    [InlineData("a: [b, [c]]")]
    [InlineData("a: {b: c}")]
    [InlineData("a: [b,]")]
    [InlineData("a:\n  - b\n  c: d")]
    [InlineData("a:\n   - b\n  - c")]
    [InlineData("a:\n\tb: c")]
    [InlineData("a: b\n---\nc: d")]
    [InlineData("a: b\n...\n")]
    [InlineData("%YAML 1.2\n---\na: b")]
    [InlineData("- a\n- b")]
    [InlineData("  a: b\n  c: d")]
    [InlineData("a:  b\nc :d")]
    [InlineData("a: b\u2028c")]
    [InlineData("a: b\u00a0\nc: \u00a0d")]
    [InlineData("a: ]b\nc: [d")]
    [InlineData("? a\n: b")]
    [InlineData("a: b: c")]
    [InlineData("a:b")]
    [InlineData("")]
    [InlineData("\n\n# alleen opmerkingen\n")]
    public void A_shape_is_read_as_YamlDotNet_reads_it_or_left_to_YamlDotNet(string yaml) => Compare("inline", yaml);

    [Fact]
    public void Reading_gives_YamlDotNets_nodes_and_its_exceptions()
    {
        const string text = "---\nnaam: Anna\nnaam: Bea\n---";
        var error = Assert.Throws<YamlException>(() => YamlReader.Read(text, 4, text.Length - 8));

        Assert.Contains("Duplicate key naam", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Start.Line);
        var block = Assert.IsType<YamlBlock>(YamlReader.Read(text, 4, 10));
        Assert.Equal("Anna", Assert.IsType<YamlText>(block.Find("naam")).Value);
    }

    /// <summary>True when SimpleYaml read the text (and then gave what YamlDotNet gives), false when it declined.</summary>
    private static bool Compare(string name, string yaml)
    {
        var simple = SimpleYaml.TryRead(yaml, 0, yaml.Length);
        if (simple is null)
        {
            return false;
        }
        string expected;
        try
        {
            expected = Dump(YamlReader.ReadWithYamlDotNet(yaml));
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            expected = "YamlDotNet throws: " + ex.Message;
        }
        Assert.True(expected == Dump(simple), $"{name}:\n{yaml}\n--- YamlDotNet:\n{expected}\n--- SimpleYaml:\n{Dump(simple)}");
        return true;
    }

    private static string Dump(YamlValue? node)
    {
        var text = new StringBuilder();
        Write(node, "");
        return text.ToString();

        void Write(YamlValue? value, string indent)
        {
            switch (value)
            {
                case null:
                    text.Append(indent).Append("(none)\n");
                    break;
                case YamlText t:
                    text.Append(indent).Append(CultureInfo.InvariantCulture, $"text line {t.Line} plain {t.Plain} tagged {t.Tagged} [{t.Value}]\n");
                    break;
                case YamlList l:
                    text.Append(indent).Append(CultureInfo.InvariantCulture, $"list line {l.Line}\n");
                    foreach (var item in l.Items)
                    {
                        Write(item, indent + "  ");
                    }
                    break;
                case YamlBlock b:
                    text.Append(indent).Append(CultureInfo.InvariantCulture, $"block line {b.Line}\n");
                    foreach (var (key, item) in b.Entries)
                    {
                        Write(key, indent + "  key ");
                        Write(item, indent + "  ");
                    }
                    break;
            }
        }
    }

    /// <summary>The YAML of every file of the example content: the front matter of the Markdown files, the whole of the YAML files.</summary>
    private static IEnumerable<(string Name, string Yaml)> ExampleYaml()
    {
        var root = Path.Combine(RepositoryRoot(), "content");
        foreach (var path in Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(root, path).Replace('\\', '/');
            var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            if (path.EndsWith(".yml", StringComparison.Ordinal))
            {
                yield return (name, text);
            }
            else if (path.EndsWith(".md", StringComparison.Ordinal))
            {
                var lines = text.Split('\n');
                var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
                yield return (name, string.Join('\n', lines[1..close]));
            }
        }
        yield return ("sample practitioner", string.Join('\n', SampleContent.Practitioner.Split('\n')[1..^1]).Split("\n---")[0]);
    }

    private static IEnumerable<string> Mutations(string yaml)
    {
        string[] signs = [": ", ":", "#", " #", "'", "\"", "[", "]", "{", "- ", "-", "\t", "&a ", "*a", "!!str ", "|", ">", "? ", ",", "\\", "%", "@", "~", " ", "  ", "\u00a0", "\u2028", "x: y", "---", "é"];
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            string With(string line) => string.Join('\n', lines[..i].Append(line).Concat(lines[(i + 1)..]));
            var line = lines[i];
            yield return string.Join('\n', lines[..i].Concat(lines[(i + 1)..]));
            yield return With(line + "\n" + line);
            yield return With(" " + line);
            yield return With("  " + line);
            yield return With(line.TrimStart());
            yield return With(line.Length > 0 ? line[1..] : line);
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon >= 0)
            {
                yield return With(line[..(colon + 1)]);
                yield return With(line[..(colon + 2)] + "[" + line[(colon + 2)..]);
            }
            foreach (var sign in signs)
            {
                var indent = line.Length - line.TrimStart().Length;
                yield return With(line[..indent] + sign + line[indent..]);
                yield return With(line + sign);
                if (colon >= 0)
                {
                    yield return With(line[..(colon + 2)] + sign + line[(colon + 2)..]);
                    var middle = (colon + 2 + line.Length) / 2;
                    yield return With(line[..middle] + sign + line[middle..]);
                }
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TraumaGids.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("TraumaGids.sln not found");
    }
}
