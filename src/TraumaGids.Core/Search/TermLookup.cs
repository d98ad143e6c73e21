using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TraumaGids.Core.Search;

/// <summary>
/// Term queries for one search, with their statistics looked up through one terms enumerator per
/// field instead of one per query (a typical search has 30 to 100 term queries: each word in four
/// fields, its synonyms and typo candidates). Lives for one search only; its enumerators come from
/// <see cref="TermEnumPool"/> and go back there when the search is done.
/// </summary>
internal sealed class TermLookup(IndexReader reader, TermEnumPool pool) : IDisposable
{
    private readonly Dictionary<(string Field, string Text), TermContext> _contexts = [];
    private readonly Dictionary<string, TermsEnum?[]> _enums = pool.Rent();

    /// <summary>A term query whose statistics are already known, so Lucene does not seek the term again.</summary>
    public TermQuery Query(string field, string text, float boost = 1f) =>
        new(new Term(field, text), Context(field, text)) { Boost = boost };

    /// <summary>In how many documents the term occurs.</summary>
    public int DocFreq(string field, string text) => Context(field, text).DocFreq;

    public void Dispose() => pool.Return(_enums);

    private TermContext Context(string field, string text)
    {
        if (_contexts.TryGetValue((field, text), out var known))
        {
            return known;
        }
        var leaves = reader.Leaves;
        if (!_enums.TryGetValue(field, out var enums))
        {
            enums = new TermsEnum?[leaves.Count];
            for (var i = 0; i < leaves.Count; i++)
            {
                enums[i] = leaves[i].AtomicReader.GetTerms(field)?.GetEnumerator();
            }
            _enums[field] = enums;
        }
        var context = new TermContext(reader.Context);
        var bytes = new BytesRef(text);
        for (var i = 0; i < leaves.Count; i++)
        {
            if (enums[i] is { } terms && terms.SeekExact(bytes))
            {
                context.Register(terms.GetTermState(), leaves[i].Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }
        _contexts[(field, text)] = context;
        return context;
    }
}

/// <summary>
/// Terms enumerators of one index, one set per concurrent search, used again by later searches. A
/// new enumerator allocates its block frames on its first seeks; on a small directory that was a
/// large part of a search's garbage. The statistics looked up stay with their search
/// (<see cref="TermLookup"/>). An idle enumerator may still hold, in its own buffer, the bytes of
/// the last word it was asked for, until the next search overwrites them: memory of this process
/// only, like Kestrel's pooled request buffers, and not a cache: no result is kept, and nothing is
/// stored or found by what was typed.
/// </summary>
internal sealed class TermEnumPool
{
    /// <summary>More idle sets than this are dropped: a burst of searches does not keep its enumerators.</summary>
    private const int MaxIdle = 16;

    // A queue, not a bag: ConcurrentBag.Count takes every thread's lock, on every search.
    private readonly ConcurrentQueue<Dictionary<string, TermsEnum?[]>> _idle = new();

    public Dictionary<string, TermsEnum?[]> Rent() =>
        _idle.TryDequeue(out var enums) ? enums : new Dictionary<string, TermsEnum?[]>(StringComparer.Ordinal);

    public void Return(Dictionary<string, TermsEnum?[]> enums)
    {
        if (_idle.Count < MaxIdle)
        {
            _idle.Enqueue(enums);
        }
    }
}
