using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TraumaGids.Core.Search;

/// <summary>
/// Term queries for one search, with their statistics looked up through one terms enumerator per
/// field instead of one per query (a typical search has 30 to 100 term queries: each word in four
/// fields, its synonyms and typo candidates). Lives for one search only and is then dropped.
/// </summary>
internal sealed class TermLookup(IndexReader reader)
{
    private readonly Dictionary<(string Field, string Text), TermContext> _contexts = [];
    private readonly Dictionary<string, TermsEnum?[]> _enums = new(StringComparer.Ordinal);

    /// <summary>A term query whose statistics are already known, so Lucene does not seek the term again.</summary>
    public TermQuery Query(string field, string text, float boost = 1f) =>
        new(new Term(field, text), Context(field, text)) { Boost = boost };

    /// <summary>In how many documents the term occurs.</summary>
    public int DocFreq(string field, string text) => Context(field, text).DocFreq;

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
