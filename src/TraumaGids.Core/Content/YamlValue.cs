namespace TraumaGids.Core.Content;

/// <summary>
/// A node of a parsed YAML document, as much of it as <see cref="YamlFields"/> reads: text, list or block,
/// and the line it starts on. Made by <see cref="YamlReader"/>, mostly without YamlDotNet's
/// representation model (which cost about a third of loading 10,000 files).
/// </summary>
internal abstract class YamlValue
{
    protected YamlValue(int line) => Line = line;

    /// <summary>The 1-based line (of the YAML text) the node starts on: YamlDotNet's <c>Start.Line</c>.</summary>
    public int Line { get; }
}

/// <summary>A scalar: its text as written (quotes removed), whether it was plain (unquoted) and whether it had a tag (<c>!!str</c>).</summary>
internal sealed class YamlText(int line, string value, bool plain, bool tagged = false) : YamlValue(line)
{
    public string Value { get; } = value;

    /// <summary>Unquoted; a plain empty, <c>~</c> or <c>null</c> is YAML's null.</summary>
    public bool Plain { get; } = plain;

    /// <summary>Written with a tag: such a key is not found by its name (as with YamlDotNet's <c>YamlScalarNode</c>).</summary>
    public bool Tagged { get; } = tagged;
}

/// <summary>A sequence (<c>[a, b]</c> or lines starting with <c>- </c>).</summary>
internal sealed class YamlList(int line) : YamlValue(line)
{
    public List<YamlValue> Items { get; } = [];
}

/// <summary>A mapping (<c>naam: waarde</c> lines), in the order written; no two keys are the same.</summary>
internal sealed class YamlBlock(int line) : YamlValue(line)
{
    public List<KeyValuePair<YamlValue, YamlValue>> Entries { get; } = [];

    /// <summary>The value of an untagged text key, as YamlDotNet's <c>Children.TryGetValue(new YamlScalarNode(key))</c> finds it.</summary>
    public YamlValue? Find(string key)
    {
        foreach (var (k, value) in Entries)
        {
            if (k is YamlText { Tagged: false } text && string.Equals(text.Value, key, StringComparison.Ordinal))
            {
                return value;
            }
        }
        return null;
    }
}
