using System.Collections.Concurrent;
using Lucene.Net.Analysis;

namespace TraumaGids.Core.Search;

/// <summary>
/// The word-by-word steps of an index analysis chain (lower case, folding, compound parts, stop words,
/// stemming: each looks at one word at a time), worked out once per distinct word while an index is
/// written and then replayed (<see cref="WordStepsFilter"/>). At 10,000 practitioners the same few
/// thousand words make up most of the text, and these steps were about a fifth of the CPU of writing the
/// index (the compound split alone looks up every stretch of every long word, letter by letter lowered
/// again; docs/performance.md, round 12). The replayed tokens are exactly those of the steps: the same
/// terms, position increments (a removed stop word's increment goes to the next word, as
/// <see cref="Lucene.Net.Analysis.Core.StopFilter"/> gives it) and offsets.
/// <para>
/// One table for all writing threads. It holds what it learnt until <see cref="Forget"/>, which the builder
/// calls after writing: the analysis lives on with the index for searching, and the table is of no use then.
/// </para>
/// </summary>
internal sealed class WordSteps(Func<TokenStream, TokenStream> steps)
{
    /// <summary>More distinct words than this are worked out each time they occur, not kept (memory stays bounded).</summary>
    internal const int MaxWords = 1 << 18;

    private readonly ConcurrentDictionary<string, Outcome> _outcomes = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>The steps, put over a stream of one word at a time.</summary>
    internal Func<TokenStream, TokenStream> Steps => steps;

    /// <summary>How many distinct words the table holds (tests).</summary>
    internal int Count => Volatile.Read(ref _count);

    internal ConcurrentDictionary<string, Outcome>.AlternateLookup<ReadOnlySpan<char>> Lookup => _outcomes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Keeps what the steps made of a word, unless the table is full.</summary>
    internal void Keep(ConcurrentDictionary<string, Outcome>.AlternateLookup<ReadOnlySpan<char>> lookup, ReadOnlySpan<char> word, Outcome outcome)
    {
        if (Volatile.Read(ref _count) < MaxWords && lookup.TryAdd(word, outcome))
        {
            Interlocked.Increment(ref _count);
        }
    }

    /// <summary>Drops every word learnt (after writing an index; not while a writer uses the steps).</summary>
    public void Forget()
    {
        _outcomes.Clear();
        Volatile.Write(ref _count, 0);
    }

    /// <summary>
    /// What the steps made of one word standing alone with increment 1 at offsets 0 to its length: the
    /// tokens (term, increment, offsets relative to the word's start) and the increment left over at the end
    /// (from removed tokens after the last one kept, or from the word itself when none is kept).
    /// </summary>
    internal sealed record Outcome(string[] Terms, int[] Increments, int[] Starts, int[] Ends, int Trailing);
}
