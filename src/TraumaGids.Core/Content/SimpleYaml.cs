using System.Collections.Concurrent;

namespace TraumaGids.Core.Content;

/// <summary>
/// A reader for the few YAML shapes content files are written in, giving the nodes YamlDotNet would give
/// (values, styles, lines) at a fraction of its cost (its scanner, events and representation model
/// allocated about 40 KB per practitioner file). It declines (null) anything it does not know for
/// certain — comments after a value, anchors, tags, multi-line or escaped text, an empty value, a key twice,
/// a tab, any mistake — and <see cref="YamlReader"/> then asks YamlDotNet, so every problem is still
/// found and worded by YamlDotNet and <see cref="YamlProblems"/>.
/// </summary>
/// <remarks>
/// Accepted, one construct per line: a block of <c>key: value</c> lines at one indentation (keys of
/// letters, digits, <c>-</c>, <c>_</c>, <c>.</c> and single spaces); <c>key:</c> followed by a more
/// indented block or by <c>- </c> lines (also at the key's own indentation); <c>- </c> items that are a
/// text or a block whose first key is on the dash line; values that are plain text on one line,
/// <c>"text"</c> without <c>\</c>, <c>'text'</c> without <c>''</c>, or <c>[a, b]</c> of plain words;
/// blank lines and whole-line comments. <c>SimpleYamlTests</c> compares it with YamlDotNet on every
/// file of the example content, generated practitioners and thousands of mutations of them.
/// </remarks>
internal static class SimpleYaml
{
    /// <summary>
    /// Keys and list words seen before (field names, vocabulary keys), so that 10,000 files share one
    /// string for each instead of allocating their own. Bounded: past its size a word is allocated as usual.
    /// </summary>
    private static readonly ConcurrentDictionary<string, string> Words = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
    private const int MaxWords = 4096;

    /// <summary>The text of <c>text[start..stop]</c>, shared with earlier files when it is a word seen before.</summary>
    private static string Word(string text, int start, int stop)
    {
        var span = text.AsSpan(start, stop - start);
        if (WordLookup.TryGetValue(span, out var word))
        {
            return word;
        }
        word = span.ToString();
        return Words.Count < MaxWords ? Words.GetOrAdd(word, word) : word;
    }

    /// <summary>The nodes of <c>text[start..start+length]</c> when it is one block in the accepted shapes; otherwise null.</summary>
    public static YamlBlock? TryRead(string text, int start, int length)
    {
        var reader = new Reader(text, start, start + length);
        if (!reader.NextLine() || reader.Done || reader.Indent != 0)
        {
            return null;
        }
        var root = reader.Block(0);
        return root is not null && reader.Done ? root : null;
    }

    /// <summary>Walks the lines of the text; each method returns null (or false) for anything outside the accepted shapes.</summary>
    private sealed class Reader(string text, int start, int end)
    {
        private int _next = start; // where the line after the current one starts
        private int _start;        // where the current line starts
        private int _stop;         // where it ends (its '\n', or the end of the text)
        private int _line;         // its 1-based number
        private int _column;       // where its next construct starts, from _start

        /// <summary>No line with content is left.</summary>
        public bool Done { get; private set; }

        /// <summary>The spaces before the current line's content.</summary>
        public int Indent { get; private set; }

        /// <summary>Moves to the next line with content (skipping blank and comment lines); false for a line outside the accepted shapes.</summary>
        public bool NextLine()
        {
            while (true)
            {
                if (_next > end)
                {
                    Done = true;
                    return true;
                }
                var lineStart = _next;
                var newline = text.IndexOf('\n', lineStart, end - lineStart);
                var lineStop = newline < 0 ? end : newline;
                _next = lineStop + 1;
                _line++;
                var indent = 0;
                while (lineStart + indent < lineStop && text[lineStart + indent] == ' ')
                {
                    indent++;
                }
                if (lineStart + indent == lineStop)
                {
                    continue; // blank
                }
                for (var i = lineStart + indent; i < lineStop; i++)
                {
                    if (!Allowed(text[i]))
                    {
                        return false;
                    }
                }
                var first = text[lineStart + indent];
                if (first == '#')
                {
                    continue; // a comment line
                }
                if (text.IndexOf('#', lineStart, lineStop - lineStart) >= 0 ||
                    (indent == 0 && (first == '%' || StartsWith(lineStart, lineStop, "---") || StartsWith(lineStart, lineStop, "..."))))
                {
                    return false;
                }
                _start = lineStart;
                _stop = lineStop;
                Indent = indent;
                _column = indent;
                return true;
            }
        }

        /// <summary>A block whose keys start at <paramref name="column"/>; its first key is at the current position.</summary>
        public YamlBlock? Block(int column)
        {
            var block = new YamlBlock(_line);
            while (true)
            {
                var keyStart = _start + _column;
                var colon = KeyEnd(keyStart);
                if (colon < 0)
                {
                    return null;
                }
                var name = Word(text, keyStart, colon);
                if (block.Find(name) is not null)
                {
                    return null; // a key twice: YamlDotNet words that
                }
                var key = new YamlText(_line, name, plain: true);
                var rest = colon + 1;
                while (rest < _stop && text[rest] == ' ')
                {
                    rest++;
                }
                YamlValue? value;
                if (rest == _stop)
                {
                    // "key:" and nothing more: a block or list follows on the next lines (else an empty value: not accepted).
                    if (!NextLine() || Done)
                    {
                        return null;
                    }
                    value = IsDash() && Indent >= column ? List(Indent)
                        : Indent > column && !IsDash() ? Block(Indent)
                        : null;
                }
                else
                {
                    value = Inline(rest);
                    if (value is not null && (!NextLine() || (!Done && Indent > column)))
                    {
                        return null; // more indented lines after a value: text going on, or a mistake
                    }
                }
                if (value is null)
                {
                    return null;
                }
                block.Entries.Add(new(key, value));
                if (Done || Indent < column)
                {
                    return block;
                }
                if (Indent > column || IsDash())
                {
                    return null;
                }
            }
        }

        /// <summary>A list of <c>- </c> lines at <paramref name="column"/>; the current line is its first.</summary>
        private YamlList? List(int column)
        {
            var list = new YamlList(_line);
            while (true)
            {
                var content = _start + column + 2;
                if (content >= _stop || text[content] == ' ')
                {
                    return null; // "-" alone, or more than one space after it
                }
                _column = column + 2;
                YamlValue? item;
                if (KeyEnd(content) >= 0)
                {
                    item = Block(column + 2);
                }
                else
                {
                    item = text[content] == '[' ? null : Inline(content);
                    if (item is not null && (!NextLine() || (!Done && Indent > column)))
                    {
                        return null;
                    }
                }
                if (item is null)
                {
                    return null;
                }
                list.Items.Add(item);
                if (Done || Indent < column)
                {
                    return list;
                }
                if (Indent > column)
                {
                    return null;
                }
                if (!IsDash())
                {
                    return list; // a key at the dash's indentation: the block around this list goes on
                }
                _column = Indent;
            }
        }

        /// <summary>Whether the current line starts with "- ".</summary>
        private bool IsDash() => _start + Indent + 1 < _stop && text[_start + Indent] == '-' && text[_start + Indent + 1] == ' ';

        /// <summary>
        /// Where the key starting at <paramref name="at"/> ends (its colon, followed by a space or the end of the
        /// line), or -1 when the line does not start with a key in the accepted shape.
        /// </summary>
        private int KeyEnd(int at)
        {
            if (at >= _stop || !char.IsLetterOrDigit(text[at]))
            {
                return -1;
            }
            for (var i = at + 1; i < _stop && i - at <= 200; i++)
            {
                var c = text[i];
                if (c == ':')
                {
                    return (i + 1 == _stop || text[i + 1] == ' ') && text[i - 1] != ' ' ? i : -1;
                }
                if (!(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' || (c == ' ' && text[i - 1] != ' ')))
                {
                    return -1;
                }
            }
            return -1;
        }

        /// <summary>A value that starts at <paramref name="at"/> and fills the rest of the line.</summary>
        private YamlValue? Inline(int at)
        {
            var first = text[at];
            switch (first)
            {
                case '[':
                    return FlowList(at);
                case '"' or '\'':
                    var close = text.IndexOf(first, at + 1, _stop - at - 1);
                    if (close < 0 || (first == '"' && text.IndexOf('\\', at + 1, close - at - 1) >= 0) || !OnlySpaces(close + 1))
                    {
                        return null;
                    }
                    return new YamlText(_line, text[(at + 1)..close], plain: false);
                case '-' or '?' or ':' or ',' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`':
                    return null;
            }
            var stop = _stop;
            while (text[stop - 1] == ' ')
            {
                stop--;
            }
            for (var i = at; i < stop; i++)
            {
                var c = text[i];
                if (c is '[' or ']' or '{' or '}' || (c == ':' && (i + 1 == stop || text[i + 1] == ' ')))
                {
                    return null;
                }
            }
            return new YamlText(_line, text[at..stop], plain: true);
        }

        /// <summary><c>[a, b, c]</c> of plain words (letters, digits, <c>-_./@+</c> and single spaces), then the end of the line.</summary>
        private YamlList? FlowList(int at)
        {
            var list = new YamlList(_line);
            var i = at + 1;
            while (true)
            {
                while (i < _stop && text[i] == ' ')
                {
                    i++;
                }
                if (i < _stop && text[i] == ']' && list.Items.Count == 0)
                {
                    return OnlySpaces(i + 1) ? list : null;
                }
                if (i >= _stop || !char.IsLetterOrDigit(text[i]))
                {
                    return null;
                }
                var wordStart = i;
                while (i < _stop && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '_' or '.' or '/' or '@' or '+' || (text[i] == ' ' && text[i - 1] != ' ')))
                {
                    i++;
                }
                var wordStop = i;
                while (wordStop > wordStart && text[wordStop - 1] == ' ')
                {
                    wordStop--;
                }
                list.Items.Add(new YamlText(_line, Word(text, wordStart, wordStop), plain: true));
                while (i < _stop && text[i] == ' ')
                {
                    i++;
                }
                if (i >= _stop)
                {
                    return null;
                }
                if (text[i] == ']')
                {
                    return OnlySpaces(i + 1) ? list : null;
                }
                if (text[i] != ',')
                {
                    return null;
                }
                i++;
            }
        }

        private bool OnlySpaces(int from)
        {
            for (var i = from; i < _stop; i++)
            {
                if (text[i] != ' ')
                {
                    return false;
                }
            }
            return true;
        }

        private bool StartsWith(int lineStart, int lineStop, string marker) =>
            lineStop - lineStart >= marker.Length && string.CompareOrdinal(text, lineStart, marker, 0, marker.Length) == 0;

        /// <summary>Printable characters that are no line break to YAML (it also breaks lines at U+0085, U+2028 and U+2029); no tabs, no byte order mark.</summary>
        private static bool Allowed(char c) =>
            c is (>= ' ' and < '\u007f') or (>= '\u00a0' and < '\ud800' and not '\u2028' and not '\u2029') or (>= '\ue000' and <= '\ufffd' and not '\ufeff');
    }
}
