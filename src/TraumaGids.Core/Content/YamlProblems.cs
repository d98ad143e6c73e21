using System.Text.RegularExpressions;

namespace TraumaGids.Core.Content;

/// <summary>
/// Turns YamlDotNet's parser messages ("While scanning a plain scalar value, found invalid mapping.")
/// into what an editor should do, in plain Dutch, at the line to change. The parser often notices a
/// mistake one line late, so the line before is looked at too. Found by breaking example files in the
/// common ways (a colon in a value, wrong indentation, a quote in the middle, a value starting with a
/// YAML sign, a field twice); anything else keeps the parser's own words.
/// </summary>
internal static partial class YamlProblems
{
    public const string Prefix = "YAML klopt niet: ";

    private const string Indentation =
        "controleer het inspringen: velden die bij elkaar horen beginnen precies even ver naar rechts, met spaties";

    /// <param name="message">The parser's message (without its position).</param>
    /// <param name="yamlLines">The YAML lines.</param>
    /// <param name="line">The 1-based line (within <paramref name="yamlLines"/>) the parser named.</param>
    /// <returns>The line to point at and the message, starting with <see cref="Prefix"/>.</returns>
    public static (int Line, string Message) Explain(string message, string[] yamlLines, int line)
    {
        line = Math.Clamp(line, 1, Math.Max(1, yamlLines.Length));
        string At(int n) => n >= 1 && n <= yamlLines.Length ? yamlLines[n - 1] : "";
        var text = At(line);

        if (DuplicateKey().Match(message) is { Success: true } duplicate)
        {
            return (line, Prefix + $"het veld '{duplicate.Groups[1].Value}' staat er twee keer; haal er één weg");
        }
        if (message.Contains("cannot start any token", StringComparison.Ordinal))
        {
            var sign = ValueOf(text)?.TrimStart() is { Length: > 0 } value ? value[0].ToString() : "@, ` of %";
            return (line, Prefix + $"zet de waarde tussen aanhalingstekens: een waarde mag niet beginnen met {sign}");
        }
        if (message.Contains("anchor", StringComparison.OrdinalIgnoreCase) && message.Contains("does not exist", StringComparison.Ordinal))
        {
            // The parser names the start of the block here: point at the value that starts with *.
            var star = Array.FindIndex(yamlLines, l => ValueOf(l)?.TrimStart().StartsWith('*') == true || l.TrimStart().StartsWith("- *", StringComparison.Ordinal)) + 1;
            return (star > 0 ? star : line, Prefix + "zet de waarde tussen aanhalingstekens: een waarde mag niet beginnen met *");
        }
        if (message.Contains("Mapping keys are not allowed", StringComparison.Ordinal))
        {
            return (line, Prefix + "zet de waarde tussen aanhalingstekens: een waarde mag niet beginnen met ?");
        }
        if (message.Contains("unknown escape character", StringComparison.Ordinal))
        {
            return (line, Prefix + "tussen dubbele aanhalingstekens heeft \\ een speciale betekenis; gebruik enkele aanhalingstekens ('…') of schrijf \\\\");
        }
        if (message.Contains("found invalid mapping", StringComparison.Ordinal) || message.Contains("Mapping values are not allowed", StringComparison.Ordinal))
        {
            foreach (var n in new[] { line, line - 1 })
            {
                var candidate = At(n);
                if (ValueOf(candidate) is { } value && (value.Contains(": ", StringComparison.Ordinal) || value.TrimEnd().EndsWith(':')))
                {
                    return (n, Prefix + "zet de waarde tussen aanhalingstekens: er staat een dubbele punt met een spatie in (schrijf bijvoorbeeld samenvatting: \"Hulp bij trauma: ook voor ouders\")");
                }
                if (DashWithoutSpace().IsMatch(candidate))
                {
                    return (n, Prefix + "zet een spatie na het streepje van een lijst: '- adres: …' in plaats van '-adres: …'");
                }
                if (ColonWithoutSpace().Match(candidate) is { Success: true } glued)
                {
                    return (n, Prefix + $"zet een spatie na de dubbele punt: '{glued.Groups[1].Value}: …'");
                }
            }
            return (line, Prefix + Indentation);
        }
        if (message.Contains("did not find expected key", StringComparison.Ordinal))
        {
            if (text.Contains('"', StringComparison.Ordinal) || text.Contains('\'', StringComparison.Ordinal))
            {
                return (line, Prefix + "na het laatste aanhalingsteken mag niets meer staan; zet de hele waarde tussen aanhalingstekens (een ' in de tekst schrijf je als '')");
            }
            if (ClosedListThenMore().IsMatch(text))
            {
                return (line, Prefix + "na de ] van een lijst mag niets meer staan");
            }
            var trimmed = text.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#') && !trimmed.StartsWith('-') && !trimmed.Contains(':', StringComparison.Ordinal))
            {
                return (line, Prefix + "deze regel heeft geen dubbele punt; schrijf 'veld: waarde'");
            }
            return (line, Prefix + Indentation);
        }
        if (message.Contains("did not find expected '-' indicator", StringComparison.Ordinal))
        {
            return (line, Prefix + "controleer het inspringen van de lijst: elk item begint met '- ', en de velden van een item staan precies onder het eerste veld na de '- '");
        }
        return (line, Prefix + message);
    }

    /// <summary>The value of a "key: value" line, or null when it is not one.</summary>
    private static string? ValueOf(string line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? null : line[(colon + 2)..];
    }

    [GeneratedRegex(@"Duplicate key (\S+)")]
    private static partial Regex DuplicateKey();

    [GeneratedRegex(@"^\s*-[^\s\-]")]
    private static partial Regex DashWithoutSpace();

    [GeneratedRegex(@"^\s*([a-z][a-z0-9\-]*):[^\s/]")]
    private static partial Regex ColonWithoutSpace();

    [GeneratedRegex(@"\]\s*[^\s#]")]
    private static partial Regex ClosedListThenMore();
}
