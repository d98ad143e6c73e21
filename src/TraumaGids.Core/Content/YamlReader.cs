using System.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TraumaGids.Core.Content;

/// <summary>
/// Parses YAML text into <see cref="YamlValue"/> nodes with exactly the result of YamlDotNet's
/// <see cref="YamlStream"/>: the same values, lines and exceptions. The shapes content files are made of
/// are read by <see cref="SimpleYaml"/> without YamlDotNet; anything else (and every mistake) goes
/// through <see cref="YamlStream"/>, so its messages and positions stay the ones editors see today.
/// </summary>
internal static class YamlReader
{
    /// <summary>
    /// The root node of the first document of <c>text[start..start+length]</c>, or null when there is no
    /// document. Throws what <see cref="YamlStream.Load(TextReader)"/> throws for the same text
    /// (<see cref="YamlException"/>, and <see cref="InvalidOperationException"/> from the scanner).
    /// </summary>
    public static YamlValue? Read(string text, int start, int length) =>
        SimpleYaml.TryRead(text, start, length) ?? ReadWithYamlDotNet(text.Substring(start, length));

    /// <summary>Parses with YamlDotNet's representation model and copies the first document's nodes.</summary>
    internal static YamlValue? ReadWithYamlDotNet(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Copy(stream.Documents[0].RootNode, new Dictionary<YamlNode, YamlValue>(ReferenceEqualityComparer.Instance));
    }

    /// <summary>
    /// A copy of a node; a node reached twice (an alias, <c>*naam</c>) is copied once, so an alias still
    /// names the line of its anchor, and an alias inside its own anchor does not loop.
    /// </summary>
    private static YamlValue Copy(YamlNode node, Dictionary<YamlNode, YamlValue> copied)
    {
        if (copied.TryGetValue(node, out var done))
        {
            return done;
        }
        var line = checked((int)node.Start.Line);
        switch (node)
        {
            case YamlScalarNode scalar:
                var text = new YamlText(line, scalar.Value ?? "", scalar.Style == ScalarStyle.Plain, tagged: !scalar.Tag.IsEmpty);
                copied[node] = text;
                return text;
            case YamlSequenceNode sequence:
                var list = new YamlList(line);
                copied[node] = list;
                foreach (var child in sequence.Children)
                {
                    list.Items.Add(Copy(child, copied));
                }
                return list;
            case YamlMappingNode mapping:
                var block = new YamlBlock(line);
                copied[node] = block;
                foreach (var (key, value) in mapping.Children)
                {
                    block.Entries.Add(new(Copy(key, copied), Copy(value, copied)));
                }
                return block;
            default:
                // YamlStream resolves every alias or throws: no other kind of node is left.
                throw new UnreachableException($"YAML node {node.GetType().Name}");
        }
    }
}
