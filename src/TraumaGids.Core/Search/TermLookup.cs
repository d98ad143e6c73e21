using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TraumaGids.Core.Search;

/// <summary>
/// Every term of the index's text and facet fields with its statistics (documents, place in the
/// index), read once when the index is built. A search makes its term queries from these: it looks
/// nothing up in Lucene's terms dictionary (a typical search has 30 to 100 term queries: each word
/// in four fields, its synonyms and typo candidates). Content only, and read-only after it is built:
/// it holds nothing of what anyone searched, and every search may use it at the same time.
/// </summary>
internal sealed class TermLookup
{
    private readonly Dictionary<string, Dictionary<string, TermContext>> _fields = new(StringComparer.Ordinal);

    /// <summary>What a term the index does not hold looks like: no documents (its query matches nothing).</summary>
    private readonly TermContext _absent;

    public TermLookup(IndexReader reader, IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fields);
        _absent = new TermContext(reader.Context);
        foreach (var field in fields)
        {
            var terms = new Dictionary<string, TermContext>(StringComparer.Ordinal);
            foreach (var leaf in reader.Leaves)
            {
                var enumerator = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
                while (enumerator is not null && enumerator.MoveNext())
                {
                    var text = enumerator.Term.Utf8ToString();
                    if (!terms.TryGetValue(text, out var context))
                    {
                        terms[text] = context = new TermContext(reader.Context);
                    }
                    context.Register(enumerator.GetTermState(), leaf.Ord, enumerator.DocFreq, enumerator.TotalTermFreq);
                }
            }
            terms.TrimExcess();
            _fields[field] = terms;
        }
    }

    /// <summary>How many (field, term) pairs the table holds.</summary>
    public int Count => _fields.Values.Sum(f => f.Count);

    /// <summary>A term query whose statistics are already known, so Lucene does not seek the term again.</summary>
    public TermQuery Query(string field, string text, float boost = 1f) =>
        new(new Term(field, text), Context(field, text)) { Boost = boost };

    /// <summary>In how many documents the term occurs.</summary>
    public int DocFreq(string field, string text) => Context(field, text).DocFreq;

    private TermContext Context(string field, string text) =>
        _fields.TryGetValue(field, out var terms)
            ? terms.GetValueOrDefault(text, _absent)
            : throw new ArgumentException($"The field {field} is not in the term table.", nameof(field));
}
