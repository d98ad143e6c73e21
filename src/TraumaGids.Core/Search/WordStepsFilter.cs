using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace TraumaGids.Core.Search;

/// <summary>
/// Replays <see cref="WordSteps"/> over the words of a tokenizer: what the steps would make of each word,
/// from the table when the word was seen before in this build, otherwise from the steps themselves (then kept).
/// </summary>
internal sealed class WordStepsFilter : TokenFilter
{
    private readonly WordSteps _steps;
    private readonly ConcurrentDictionary<string, WordSteps.Outcome>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly IOffsetAttribute _offset;

    // The steps over a stream of one word: run for a word not in the table.
    private readonly OneWord _word = new();
    private readonly TokenStream _chain;
    private readonly ICharTermAttribute _chainTerm;
    private readonly IPositionIncrementAttribute _chainPosition;
    private readonly IOffsetAttribute _chainOffset;
    private readonly List<(string Term, int Increment, int Start, int End)> _made = [];

    private WordSteps.Outcome? _outcome;
    private int _next;
    private int _wordStart;
    private int _firstExtra;
    private int _skipped;

    public WordStepsFilter(TokenStream input, WordSteps steps)
        : base(input)
    {
        _steps = steps;
        _lookup = steps.Lookup;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _chain = steps.Steps(_word);
        _chainTerm = _chain.AddAttribute<ICharTermAttribute>();
        _chainPosition = _chain.AddAttribute<IPositionIncrementAttribute>();
        _chainOffset = _chain.AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        while (true)
        {
            if (_outcome is { } outcome)
            {
                if (_next < outcome.Terms.Length)
                {
                    var n = _next++;
                    _term.SetEmpty().Append(outcome.Terms[n]);
                    _position.PositionIncrement = outcome.Increments[n] + (n == 0 ? _firstExtra : 0);
                    _offset.SetOffset(_wordStart + outcome.Starts[n], _wordStart + outcome.Ends[n]);
                    return true;
                }
                _skipped += outcome.Trailing;
                _outcome = null;
            }
            if (!m_input.IncrementToken())
            {
                return false;
            }
            var word = _term.Buffer.AsSpan(0, _term.Length);
            if (!_lookup.TryGetValue(word, out var found))
            {
                found = Work(word);
                _steps.Keep(_lookup, word, found);
            }
            // The steps saw the word with increment 1; the tokenizer may have given more (it skips over-long words).
            var extra = _position.PositionIncrement - 1;
            if (found.Terms.Length == 0)
            {
                _skipped += found.Trailing + extra;
                continue;
            }
            _outcome = found;
            _next = 0;
            _wordStart = _offset.StartOffset;
            _firstExtra = extra + _skipped;
            _skipped = 0;
        }
    }

    /// <summary>Runs the steps over the word alone.</summary>
    private WordSteps.Outcome Work(ReadOnlySpan<char> word)
    {
        _word.Set(word);
        _made.Clear();
        _chain.Reset();
        while (_chain.IncrementToken())
        {
            _made.Add((_chainTerm.ToString(), _chainPosition.PositionIncrement, _chainOffset.StartOffset, _chainOffset.EndOffset));
        }
        _chain.End();
        var trailing = _chainPosition.PositionIncrement;
        return new WordSteps.Outcome(
            [.. _made.Select(m => m.Term)], [.. _made.Select(m => m.Increment)], [.. _made.Select(m => m.Start)], [.. _made.Select(m => m.End)], trailing);
    }

    public override void End()
    {
        base.End();
        // As the steps' stop filter does at the end: the increments of removed words after the last one kept.
        _position.PositionIncrement += _skipped + (_outcome?.Trailing ?? 0);
        _skipped = 0;
        _outcome = null;
    }

    public override void Reset()
    {
        base.Reset();
        _outcome = null;
        _skipped = 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _chain.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>One word as a stream: the word with increment 1 at offsets 0 to its length.</summary>
    private sealed class OneWord : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _position;
        private readonly IOffsetAttribute _offset;
        private char[] _chars = new char[32];
        private int _length;
        private bool _used;

        public OneWord()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _position = AddAttribute<IPositionIncrementAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public void Set(ReadOnlySpan<char> word)
        {
            if (_chars.Length < word.Length)
            {
                _chars = new char[word.Length];
            }
            word.CopyTo(_chars);
            _length = word.Length;
        }

        public override bool IncrementToken()
        {
            if (_used)
            {
                return false;
            }
            ClearAttributes();
            _term.CopyBuffer(_chars, 0, _length);
            _position.PositionIncrement = 1;
            _offset.SetOffset(0, _length);
            _used = true;
            return true;
        }

        public override void End()
        {
            base.End();
            _position.PositionIncrement = 0;
            _offset.SetOffset(_length, _length);
        }

        public override void Reset() => _used = false;
    }
}
