using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace TraumaGids.Core.Search;

/// <summary>
/// Lucene's default scoring (<see cref="DefaultSimilarity"/>: tf-idf, coord, query norm), computed the
/// same way, with one difference in how: each field's length norms are decoded once per segment into
/// a float array, where the default reads a packed byte and looks it up in a table for every posting
/// it scores. The index never changes after it is built, so the arrays never go stale; they hold one
/// float per document and text field (some 200 KB at 10,000 practitioners).
/// </summary>
internal sealed class DecodedNormsSimilarity : Similarity
{
    private static readonly DefaultSimilarity Default = new();

    private readonly ConditionalWeakTable<AtomicReader, ConcurrentDictionary<string, float[]?>> _norms = [];

    public override long ComputeNorm(FieldInvertState state) => Default.ComputeNorm(state);

    public override float Coord(int overlap, int maxOverlap) => Default.Coord(overlap, maxOverlap);

    public override float QueryNorm(float valueForNormalization) => Default.QueryNorm(valueForNormalization);

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        ArgumentNullException.ThrowIfNull(collectionStats);
        ArgumentNullException.ThrowIfNull(termStats);
        // As TFIDFSimilarity: one term its idf, a phrase the sum of its terms' idf.
        var idf = 0f;
        foreach (var term in termStats)
        {
            idf += Default.Idf(term.DocFreq, collectionStats.MaxDoc);
        }
        return new IdfWeight(collectionStats.Field, idf, queryBoost);
    }

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var idf = (IdfWeight)weight;
        var reader = context.AtomicReader;
        var norms = _norms.GetValue(reader, _ => new ConcurrentDictionary<string, float[]?>(StringComparer.Ordinal))
            .GetOrAdd(idf.Field, field => Decode(reader, field));
        return new DecodedScorer(idf.Value, norms);
    }

    private static float[]? Decode(AtomicReader reader, string field)
    {
        var values = reader.GetNormValues(field);
        if (values is null)
        {
            return null;
        }
        var norms = new float[reader.MaxDoc];
        for (var doc = 0; doc < norms.Length; doc++)
        {
            norms[doc] = Default.DecodeNormValue(values.Get(doc));
        }
        return norms;
    }

    /// <summary>TFIDFSimilarity's IDFStats: the query weight, normalised, times the idf.</summary>
    private sealed class IdfWeight(string field, float idf, float queryBoost) : SimWeight
    {
        private float _queryWeight = idf * queryBoost;

        public string Field { get; } = field;

        public float Value { get; private set; }

        public override float GetValueForNormalization() => _queryWeight * _queryWeight;

        public override void Normalize(float queryNorm, float topLevelBoost)
        {
            _queryWeight *= queryNorm * topLevelBoost;
            Value = _queryWeight * idf;
        }
    }

    private sealed class DecodedScorer(float value, float[]? norms) : SimScorer
    {
        public override float Score(int doc, float freq)
        {
            // DefaultSimilarity.Tf: the square root of the frequency.
            var raw = (float)Math.Sqrt(freq) * value;
            return norms is null ? raw : raw * norms[doc];
        }

        public override float ComputeSlopFactor(int distance) => Default.SloppyFreq(distance);

        public override float ComputePayloadFactor(int doc, int start, int end, Lucene.Net.Util.BytesRef payload) => 1f;

        public override Explanation Explain(int doc, Explanation freq)
        {
            ArgumentNullException.ThrowIfNull(freq);
            return new Explanation(Score(doc, freq.Value), $"tf-idf with decoded norms, doc {doc}, freq {freq.Value}");
        }
    }
}
