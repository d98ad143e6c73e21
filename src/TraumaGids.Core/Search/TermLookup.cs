using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TraumaGids.Core.Search;

/// <summary>
/// The terms of the index's text and facet fields with their statistics (documents, place in the
/// index), read once when the index is built. A search makes its term queries from these: it looks
/// nothing up in Lucene's terms dictionary (a typical search has 30 to 100 term queries: each word
/// in four fields, its synonyms and typo candidates). Content only, and read-only after it is built:
/// it holds nothing of what anyone searched, and every search may use it at the same time.
/// A pair costs about 245 bytes, so the table holds at most <see cref="MaxPairs"/>: fields are taken
/// smallest vocabulary first, and a field that does not fit is looked up per search, as Lucene does
/// by default. The example content has some 2,500 pairs; 10,000 profiles with words of their own
/// have over 30,000.
/// </summary>
internal sealed class TermLookup
{
    /// <summary>
    /// At most this many (field, term) pairs in the table: about 2.5 MB. The whole vocabulary of a
    /// regional directory fits (the example content has 2,474 pairs); in a large one the fields with
    /// the most words (body text) are looked up per search, which costs CPU but no memory.
    /// </summary>
    public const int MaxPairs = 10_000;

    private readonly IndexReader _reader;
    private readonly Dictionary<string, Dictionary<string, TermContext>?> _fields = new(StringComparer.Ordinal);

    /// <summary>What a term the index does not hold looks like: no documents (its query matches nothing).</summary>
    private readonly TermContext _absent;

    /// <param name="reader">The index, read-only from now on.</param>
    /// <param name="fields">The fields searches make term queries for; others are refused.</param>
    /// <param name="maxPairs">How many pairs the table may hold (tests use a small number).</param>
    public TermLookup(IndexReader reader, IEnumerable<string> fields, int maxPairs = MaxPairs)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fields);
        _reader = reader;
        _absent = new TermContext(reader.Context);
        var room = (long)maxPairs;
        // Smallest vocabulary first: most fields fit, and the largest is the one looked up per search.
        foreach (var (field, size) in fields.Distinct(StringComparer.Ordinal).Select(f => (f, TermCount(reader, f))).OrderBy(f => f.Item2))
        {
            if (size > room)
            {
                _fields[field] = null;
                continue;
            }
            room -= size;
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

    /// <summary>The fields whose terms are in the table (the others are looked up per search).</summary>
    public IEnumerable<string> TableFields => _fields.Where(f => f.Value is not null).Select(f => f.Key);

    /// <summary>How many (field, term) pairs the table holds.</summary>
    public int Count => _fields.Values.Sum(f => f?.Count ?? 0);

    /// <summary>A term query whose statistics are already known, so Lucene does not seek the term again.</summary>
    public TermQuery Query(string field, string text, float boost = 1f) =>
        new(new Term(field, text), Context(field, text)) { Boost = boost };

    /// <summary>In how many documents the term occurs.</summary>
    public int DocFreq(string field, string text) => Context(field, text).DocFreq;

    private TermContext Context(string field, string text)
    {
        if (!_fields.TryGetValue(field, out var terms))
        {
            throw new ArgumentException($"The field {field} is not one the term table was made for.", nameof(field));
        }
        return terms is null
            ? TermContext.Build(_reader.Context, new Term(field, text))
            : terms.GetValueOrDefault(text, _absent);
    }

    /// <summary>How many terms a field has in all segments together (a term in two segments counts twice).</summary>
    private static long TermCount(IndexReader reader, string field) =>
        reader.Leaves.Sum(leaf => Math.Max(0, leaf.AtomicReader.GetTerms(field)?.Count ?? 0));
}
