using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TraumaGids.Core.Content;

/// <summary>
/// Changes single fields in the front matter of a content file and leaves every other character alone:
/// other lines, comments, key order, line ends, a byte order mark and the body stay as they were.
/// A value is replaced where it stands (a trailing comment on its line stays); a missing field is
/// inserted as a new line after the field named as its neighbour; a removed field takes its own lines
/// with it. Paths are <c>key</c> or <c>block.key</c> (one level deep, which is all the site writes).
/// </summary>
public sealed partial class FrontMatterEditor
{
    private string _text;

    private FrontMatterEditor(string text) => _text = text;

    /// <summary>The file's text with the changes made so far.</summary>
    public string Text => _text;

    /// <summary>Starts editing a content file's text; fails when it has no front matter between '---' lines.</summary>
    public static FrontMatterEditor Open(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var editor = new FrontMatterEditor(text);
        _ = editor.Read(); // fails early on a file without front matter or with broken YAML
        return editor;
    }

    /// <summary>A text as a YAML scalar: plain when that reads back the same, otherwise in single quotes.</summary>
    public static string Scalar(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal))
        {
            throw new ArgumentException("A front matter value written by the site is one line.", nameof(value));
        }
        return PlainSafe().IsMatch(value) && !LooksTyped().IsMatch(value) && !value.Contains(": ", StringComparison.Ordinal) &&
            !value.Contains(" #", StringComparison.Ordinal) && !value.EndsWith(':')
            ? value
            : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    public static string Scalar(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Scalar(bool value) => value ? "true" : "false";

    public static string Scalar(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A list on one line: <c>[a, b]</c>.</summary>
    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(v =>
        v.IndexOfAny([',', '[', ']', '{', '}']) >= 0 && !Scalar(v).StartsWith('\'') ? "'" + v + "'" : Scalar(v))) + "]";

    /// <summary>
    /// Sets a field to a YAML value (made with <see cref="Scalar(string)"/> or <see cref="List"/>). A missing
    /// top-level field is inserted after the first of <paramref name="after"/> that exists (after the
    /// whole field, its block included), else before the closing '---'. A missing <c>block.key</c> goes
    /// after the block's last field; a missing block is created.
    /// </summary>
    public FrontMatterEditor Set(string path, string yamlValue, params string[] after)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(yamlValue);
        ArgumentNullException.ThrowIfNull(after);
        var (block, key) = Split(path);
        var doc = Read();
        if (block is null)
        {
            var entry = Document.Find(doc.Root, key);
            _text = entry is null
                ? doc.InsertLines(doc.InsertionLine(after), [$"{key}: {yamlValue}"])
                : doc.ReplaceValue(entry.Value, key, yamlValue, indent: 0);
            return this;
        }
        var parent = Document.Find(doc.Root, block);
        if (parent is null || parent.Value.Value is YamlScalarNode { Value: null or "" or "~" or "null" })
        {
            var lines = new[] { $"{block}:", $"  {key}: {yamlValue}" };
            _text = parent is null
                ? doc.InsertLines(doc.InsertionLine(after), lines)
                : doc.ReplaceLines(Document.FirstLine(parent.Value), doc.LastLine(parent.Value), lines);
            return this;
        }
        if (parent.Value.Value is not YamlMappingNode mapping)
        {
            throw new InvalidOperationException($"'{block}' is not a block of fields.");
        }
        var child = Document.Find(mapping, key);
        if (child is not null)
        {
            _text = doc.ReplaceValue(child.Value, key, yamlValue, indent: (int)child.Value.Key.Start.Column - 1);
        }
        else if (mapping.Style == YamlDotNet.Core.Events.MappingStyle.Flow)
        {
            // "{a: 1}": write the block out in lines, the new field last.
            var indent = "  ";
            var lines = new List<string> { $"{block}:" };
            lines.AddRange(mapping.Children.Select(c => $"{indent}{((YamlScalarNode)c.Key).Value}: {doc.Source(c.Value)}"));
            lines.Add($"{indent}{key}: {yamlValue}");
            _text = doc.ReplaceLines(Document.FirstLine(parent.Value), doc.LastLine(parent.Value), lines);
        }
        else
        {
            var last = mapping.Children.Last();
            var indent = new string(' ', (int)mapping.Children.First().Key.Start.Column - 1);
            _text = doc.InsertLines(doc.LastLine(last) + 1, [$"{indent}{key}: {yamlValue}"]);
        }
        return this;
    }

    /// <summary>Removes a field with all its lines; removing a block's last field removes the block. Absent: nothing happens.</summary>
    public FrontMatterEditor Remove(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (block, key) = Split(path);
        var doc = Read();
        if (block is null)
        {
            if (Document.Find(doc.Root, key) is { } entry)
            {
                _text = doc.ReplaceLines(Document.FirstLine(entry), doc.LastLine(entry), []);
            }
            return this;
        }
        if (Document.Find(doc.Root, block) is not { Value: YamlMappingNode mapping } parent || Document.Find(mapping, key) is not { } child)
        {
            return this;
        }
        if (mapping.Children.Count == 1)
        {
            return Remove(block);
        }
        if (mapping.Style == YamlDotNet.Core.Events.MappingStyle.Flow)
        {
            var rest = mapping.Children.Where(c => ((YamlScalarNode)c.Key).Value != key)
                .Select(c => $"{((YamlScalarNode)c.Key).Value}: {doc.Source(c.Value)}");
            _text = doc.ReplaceSpan(mapping.Start.Index, doc.EndIndex(mapping), "{" + string.Join(", ", rest) + "}");
            return this;
        }
        _text = doc.ReplaceLines(Document.FirstLine(child), doc.LastLine(child), []);
        return this;
    }

    private static (string? Block, string Key) Split(string path)
    {
        var parts = path.Split('.');
        return parts.Length switch
        {
            1 => (null, parts[0]),
            2 => (parts[0], parts[1]),
            _ => throw new ArgumentException($"'{path}' is deeper than block.key.", nameof(path)),
        };
    }

    private Document Read() => Document.Parse(_text);

    /// <summary>The text split in lines (each with its own line end), and the parsed front matter.</summary>
    private sealed class Document
    {
        private readonly string _text;
        private readonly List<int> _lineStarts;
        private readonly int _yamlStart;
        private readonly int _closeLine;
        private readonly string _newline;

        private Document(string text, List<int> lineStarts, int yamlStart, int closeLine, YamlMappingNode root)
        {
            _text = text;
            _lineStarts = lineStarts;
            _yamlStart = yamlStart;
            _closeLine = closeLine;
            Root = root;
            _newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        }

        public YamlMappingNode Root { get; }

        public static Document Parse(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }
            string Line(int n) => text[starts[n]..(n + 1 < starts.Count ? starts[n + 1] : text.Length)].TrimStart('\uFEFF').TrimEnd('\r', '\n', ' ', '\t');
            if (starts.Count < 2 || Line(0) != "---")
            {
                throw new FormatException("The file does not start with a '---' line.");
            }
            var close = Enumerable.Range(1, starts.Count - 1).FirstOrDefault(n => Line(n) is "---" or "...");
            if (close == 0)
            {
                throw new FormatException("The front matter has no closing '---' line.");
            }
            var yaml = text[starts[1]..starts[close]];
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                throw new FormatException("The front matter is not a list of 'name: value' fields.");
            }
            return new Document(text, starts, starts[1], close, root);
        }

        public static KeyValuePair<YamlNode, YamlNode>? Find(YamlMappingNode mapping, string key)
        {
            foreach (var entry in mapping.Children)
            {
                if (entry.Key is YamlScalarNode { Value: var name } && name == key)
                {
                    return entry;
                }
            }
            return null;
        }

        /// <summary>The 0-based line of the file (not of the YAML) a mark is on.</summary>
        private static int FileLine(Mark mark) => (int)mark.Line; // YAML line 1 is file line 1 (0-based), after '---'

        public static int FirstLine(KeyValuePair<YamlNode, YamlNode> entry) => FileLine(entry.Key.Start);

        public int LastLine(KeyValuePair<YamlNode, YamlNode> entry) => LastLine(entry.Value, FileLine(entry.Key.Start));

        /// <summary>The last file line that holds part of a value (a block's end mark sits on the next field's line).</summary>
        private int LastLine(YamlNode node, int atLeast)
        {
            var last = atLeast;
            foreach (var n in node.AllNodes)
            {
                if (n is YamlScalarNode)
                {
                    var end = FileLine(n.End);
                    // A mark at the very start of a line belongs to the line before (block scalars end there).
                    if (n.End.Column == 1 && end > FileLine(n.Start))
                    {
                        end--;
                    }
                    last = Math.Max(last, end);
                }
                else if (IsFlow(n))
                {
                    last = Math.Max(last, _lineStarts.FindLastIndex(start => start <= _yamlStart + EndIndex(n) - 1));
                }
            }
            return last;
        }

        private static bool IsFlow(YamlNode node) =>
            node is YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } or YamlMappingNode { Style: YamlDotNet.Core.Events.MappingStyle.Flow };

        /// <summary>
        /// Where a value ends in the YAML part. The parser's end mark of a collection is its start, so a
        /// flow list or block ends after the bracket that closes it, found after its last item.
        /// </summary>
        public int EndIndex(YamlNode node)
        {
            if (!IsFlow(node))
            {
                return (int)node.End.Index;
            }
            var children = node is YamlSequenceNode sequence ? sequence.Children : ((YamlMappingNode)node).Children.Select(c => c.Value).ToList();
            var from = children.Count == 0 ? (int)node.Start.Index + 1 : EndIndex(children[^1]);
            var close = node is YamlSequenceNode ? ']' : '}';
            return _text.IndexOf(close, _yamlStart + from) - _yamlStart + 1;
        }

        /// <summary>The value's text as written, e.g. to move it into a rewritten block.</summary>
        public string Source(YamlNode node) => _text[(_yamlStart + (int)node.Start.Index)..(_yamlStart + EndIndex(node))].Trim();

        public string ReplaceValue(KeyValuePair<YamlNode, YamlNode> entry, string key, string yamlValue, int indent)
        {
            var value = entry.Value;
            var singleLine = value is YamlScalarNode { Style: not (ScalarStyle.Literal or ScalarStyle.Folded) } or
                YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } or YamlMappingNode { Style: YamlDotNet.Core.Events.MappingStyle.Flow };
            if (singleLine && FileLine(value.Start) == LastLine(value, FileLine(value.Start)) && !IsEmptyNull(value))
            {
                return ReplaceSpan(value.Start.Index, EndIndex(value), yamlValue);
            }
            // A block list, a block of fields, a multi-line text or nothing at all: the field's lines become one.
            return ReplaceLines(FirstLine(entry), LastLine(entry), [$"{new string(' ', indent)}{key}: {yamlValue}"]);
        }

        private static bool IsEmptyNull(YamlNode node) => node is YamlScalarNode { Value: null or "" } && node.Start.Index == node.End.Index;

        /// <summary>Replaces characters of the YAML part (indexes as the parser counts them).</summary>
        public string ReplaceSpan(long start, long end, string replacement) =>
            string.Concat(_text.AsSpan(0, _yamlStart + (int)start), replacement, _text.AsSpan(_yamlStart + (int)end));

        /// <summary>Replaces file lines first..last (0-based, inclusive) with new lines (none removes them).</summary>
        public string ReplaceLines(int first, int last, IReadOnlyList<string> lines)
        {
            var from = _lineStarts[first];
            var to = last + 1 < _lineStarts.Count ? _lineStarts[last + 1] : _text.Length;
            return string.Concat(_text.AsSpan(0, from), string.Concat(lines.Select(l => l + _newline)), _text.AsSpan(to));
        }

        /// <summary>Inserts lines before file line <paramref name="line"/> (0-based).</summary>
        public string InsertLines(int line, IReadOnlyList<string> lines)
        {
            var at = _lineStarts[line];
            return string.Concat(_text.AsSpan(0, at), string.Concat(lines.Select(l => l + _newline)), _text.AsSpan(at));
        }

        /// <summary>The line after the first existing neighbour (with its block), else the closing '---'.</summary>
        public int InsertionLine(IEnumerable<string> after)
        {
            foreach (var key in after)
            {
                if (Find(Root, key) is { } entry)
                {
                    return LastLine(entry) + 1;
                }
            }
            return _closeLine;
        }
    }

    /// <summary>Text that YAML reads as the same plain text: no leading indicator, no surrounding spaces.</summary>
    [GeneratedRegex(@"^[^\s\-?:,\[\]{}#&*!|>'""%@`][^\t]*(?<![\s])$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainSafe();

    /// <summary>Plain text YAML would read as something else: a number, a bool, null, a date.</summary>
    [GeneratedRegex(@"^(?i:true|false|yes|no|on|off|y|n|ja|nee|null|~|[-+]?[0-9][0-9_.:eE+\-]*|\.inf|\.nan|[0-9]{4}-[0-9]{2}-[0-9]{2}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LooksTyped();
}
