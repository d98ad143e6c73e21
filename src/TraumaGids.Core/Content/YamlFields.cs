using System.Globalization;
using System.Text.RegularExpressions;

namespace TraumaGids.Core.Content;

/// <summary>
/// Reads typed fields from one YAML mapping and turns every problem into a <see cref="ContentIssue"/>
/// with the file, the line in that file and the field's full path. Reading never throws: a bad field
/// yields a default value and an issue, so one pass reports all problems of a file at once.
/// </summary>
internal sealed partial class YamlFields
{
    private readonly YamlBlock _node;
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly string _prefix;
    private readonly List<ContentIssue> _issues;
    // The names asked for (also absent ones), each once: a list, as a block has a few dozen at most.
    private readonly List<string> _read = [];

    public YamlFields(YamlBlock node, string file, int lineOffset, List<ContentIssue> issues, string prefix = "")
    {
        _node = node;
        _file = file;
        _lineOffset = lineOffset;
        _issues = issues;
        _prefix = prefix;
    }

    public int Line => LineOf(_node);

    public int LineOf(YamlValue node) => node.Line + _lineOffset;

    /// <summary>A problem with a field: reported at the field's line when it is present, else at the block's.</summary>
    public void Error(string key, string message)
    {
        var line = _node.Find(key) is { } value ? LineOf(value) : Line;
        _issues.Add(new ContentIssue(_file, line, _prefix + key, message));
    }

    /// <summary>A problem with this block as a whole, e.g. <c>contact</c> without any way to reach someone.</summary>
    public void BlockError(string message) => _issues.Add(new ContentIssue(_file, Line, _prefix.TrimEnd('.'), message));

    public void Error(YamlValue at, string key, string message) => _issues.Add(new ContentIssue(_file, LineOf(at), _prefix + key, message));

    /// <summary>The line of a field's key, or <paramref name="otherwise"/> when the field is absent.</summary>
    public int LineOfKey(string key, int otherwise)
    {
        foreach (var (keyNode, _) in _node.Entries)
        {
            // Any text key, also one with a tag (as before, when this read YamlDotNet's nodes).
            if (keyNode is YamlText { Value: var name } && name == key)
            {
                return LineOf(keyNode);
            }
        }
        return otherwise;
    }

    /// <summary>A text field's trimmed value, or null; without marking it read or reporting anything.</summary>
    public string? PeekString(string key) =>
        _node.Find(key) is { } node && !IsNull(node) &&
        node is YamlText { Value: var value } && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : null;

    /// <summary>The raw node of a field (marked as read), for shapes the typed readers do not cover.</summary>
    public YamlValue? Find(string key)
    {
        MarkRead(key);
        return _node.Find(key);
    }

    private static bool IsNull(YamlValue node) => node is YamlText { Value: "" or "~" or "null", Plain: true };

    public string? String(string key, bool required)
    {
        var node = Find(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                Error(key, "verplicht veld ontbreekt");
            }
            return null;
        }
        if (node is not YamlText scalar)
        {
            Error(node, key, "moet een tekst zijn, geen lijst of blok");
            return null;
        }
        var value = scalar.Value.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                Error(node, key, "mag niet leeg zijn");
            }
            return null;
        }
        return value;
    }

    public bool Bool(string key, bool defaultValue = false)
    {
        var node = Find(key);
        if (node is null || IsNull(node))
        {
            return defaultValue;
        }
        if (node is YamlText { Value: var v })
        {
            switch (v.Trim().ToLowerInvariant())
            {
                case "true" or "ja": return true;
                case "false" or "nee": return false;
            }
        }
        Error(node, key, "moet true of false zijn");
        return defaultValue;
    }

    public int? Int(string key, bool required, int min, int max)
    {
        var node = Find(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                Error(key, "verplicht veld ontbreekt");
            }
            return null;
        }
        if (node is YamlText { Value: var v } &&
            int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            if (number < min || number > max)
            {
                Error(node, key, $"getal {number} valt buiten {min} t/m {max}");
                return null;
            }
            return number;
        }
        Error(node, key, $"'{Describe(node)}' is geen heel getal");
        return null;
    }

    /// <summary>A date written JJJJ-MM-DD; in the past or today unless <paramref name="mayBeFuture"/> (an end date).</summary>
    public DateOnly? Date(string key, bool required, DateOnly today, bool mayBeFuture = false)
    {
        var node = Find(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                Error(key, "verplicht veld ontbreekt");
            }
            return null;
        }
        if (node is YamlText { Value: var v } &&
            DateOnly.TryParseExact(v.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (date > today && !mayBeFuture)
            {
                Error(node, key, $"datum {v} ligt in de toekomst");
                return null;
            }
            return date;
        }
        Error(node, key, $"'{Describe(node)}' is geen datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-01");
        return null;
    }

    /// <summary>A list of scalars; a single scalar counts as a list of one.</summary>
    public IReadOnlyList<(string Value, YamlValue Node)> StringList(string key, bool required)
    {
        var node = Find(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                Error(key, "verplicht veld ontbreekt");
            }
            return [];
        }
        var items = new List<(string, YamlValue)>();
        switch (node)
        {
            case YamlText { Value: var v } when !string.IsNullOrWhiteSpace(v):
                items.Add((v.Trim(), node));
                break;
            case YamlList sequence:
                foreach (var child in sequence.Items)
                {
                    if (child is YamlText { Value: var cv } && !string.IsNullOrWhiteSpace(cv))
                    {
                        items.Add((cv.Trim(), child));
                    }
                    else
                    {
                        Error(child, key, "elk item in de lijst moet een korte tekst zijn");
                    }
                }
                break;
            default:
                Error(node, key, "moet een lijst zijn, bijvoorbeeld [een, twee]");
                break;
        }
        if (required && items.Count == 0 && node is not YamlBlock)
        {
            Error(node, key, "lijst mag niet leeg zijn");
        }
        return items;
    }

    /// <summary>A list of vocabulary keys; unknown keys are reported with the allowed values.</summary>
    public IReadOnlyList<string> Keys(string key, Vocabulary vocabulary, bool required)
    {
        var result = new List<string>();
        foreach (var (value, node) in StringList(key, required))
        {
            if (!vocabulary.Contains(value))
            {
                Error(node, key, $"onbekende waarde '{value}'; kies uit {vocabulary.Name} in {Vocabularies.FileName}: {AllowedList(vocabulary)}");
            }
            else if (result.Contains(value))
            {
                Error(node, key, $"'{value}' staat er twee keer in");
            }
            else
            {
                result.Add(value);
            }
        }
        return result;
    }

    public string? Key(string key, Vocabulary vocabulary, bool required)
    {
        var value = String(key, required);
        if (value is not null && !vocabulary.Contains(value))
        {
            Error(Find(key)!, key, $"onbekende waarde '{value}'; kies uit {vocabulary.Name} in {Vocabularies.FileName}: {AllowedList(vocabulary)}");
            return null;
        }
        return value;
    }

    private static string AllowedList(Vocabulary vocabulary)
    {
        const int shown = 12;
        var keys = vocabulary.Entries.Select(e => e.Key).ToList();
        return keys.Count == 0 ? "(lijst is leeg)" :
            string.Join(", ", keys.Take(shown)) + (keys.Count > shown ? ", …" : "");
    }

    public YamlFields? Map(string key, bool required)
    {
        var node = Find(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                Error(key, "verplicht veld ontbreekt");
            }
            return null;
        }
        if (node is not YamlBlock mapping)
        {
            Error(node, key, "moet een blok met velden zijn (ingesprongen regels met 'naam: waarde')");
            return null;
        }
        return new YamlFields(mapping, _file, _lineOffset, _issues, _prefix + key + ".");
    }

    public IReadOnlyList<YamlFields> MapList(string key, bool required)
    {
        var node = Find(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                Error(key, "verplicht veld ontbreekt");
            }
            return [];
        }
        if (node is not YamlList sequence)
        {
            Error(node, key, "moet een lijst zijn; begin elk item met '- '");
            return [];
        }
        var result = new List<YamlFields>();
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (sequence.Items[i] is YamlBlock mapping)
            {
                result.Add(new YamlFields(mapping, _file, _lineOffset, _issues, $"{_prefix}{key}[{i + 1}]."));
            }
            else
            {
                Error(sequence.Items[i], $"{key}[{i + 1}]", "moet een blok met velden zijn");
            }
        }
        return result;
    }

    /// <summary>All entries of a mapping whose keys are free (a vocabulary), marking them as read.</summary>
    public IEnumerable<KeyValuePair<YamlValue, YamlValue>> FreeEntries()
    {
        foreach (var entry in _node.Entries)
        {
            MarkRead((entry.Key as YamlText)?.Value ?? "");
            yield return entry;
        }
    }

    private void MarkRead(string key)
    {
        if (!_read.Contains(key))
        {
            _read.Add(key);
        }
    }

    /// <summary>Reports keys that no reader asked for: usually a typo that would silently lose data.</summary>
    public void RejectUnknownFields()
    {
        foreach (var (keyNode, valueNode) in _node.Entries)
        {
            var name = (keyNode as YamlText)?.Value ?? "?";
            if (!_read.Contains(name))
            {
                var known = string.Join(", ", _read.Order(StringComparer.Ordinal));
                // A key can be empty (a stray "?" or ": value"): still name something the editor can find.
                // An empty key has no position of its own (the parser puts it on the line before): use its value's.
                Error(name.Length == 0 ? valueNode : keyNode, name.Length == 0 ? "(veld zonder naam)" : name, $"onbekend veld; bekende velden zijn: {known}");
            }
        }
    }

    public static bool IsSlug(string value) => SlugPattern().IsMatch(value);

    private static string Describe(YamlValue node) => node is YamlText s ? s.Value : "lijst of blok";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}
