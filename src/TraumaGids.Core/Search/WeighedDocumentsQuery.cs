using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TraumaGids.Core.Search;

/// <summary>
/// A query's matches and scores, with the score of the documents in a bit set times a weight: how one kind
/// of item is weighed against the others (pages in a question, practitioners who do not meet what was
/// recognised, or outside the expert group). The same as Lucene's <c>BoostingQuery</c> with a constant
/// context, which steps a second scorer over the bit set beside the query; this one reads one bit per
/// scored document. Same matches, same scores.
/// </summary>
internal sealed class WeighedDocumentsQuery(Query query, FixedBitSet documents, float weight) : Query
{
    private readonly Query _query = query;
    private readonly FixedBitSet _documents = documents;
    private readonly float _weight = weight;

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = _query.Rewrite(reader);
        return ReferenceEquals(rewritten, _query) ? this : new WeighedDocumentsQuery(rewritten, _documents, _weight) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms) => _query.ExtractTerms(terms);

    public override Weight CreateWeight(IndexSearcher searcher) => new WeighedWeight(this, _query.CreateWeight(searcher));

    public override string ToString(string field) => $"{_query.ToString(field)} ×{_weight} in {_documents.Cardinality} documents";

    public override bool Equals(object? obj) =>
        obj is WeighedDocumentsQuery other && other.Boost == Boost && other._query.Equals(_query)
        && ReferenceEquals(other._documents, _documents) && other._weight == _weight;

    public override int GetHashCode() => HashCode.Combine(_query, _documents, _weight, Boost);

    private sealed class WeighedWeight(WeighedDocumentsQuery owner, Weight inner) : Weight
    {
        public override Query Query => owner;

        public override bool ScoresDocsOutOfOrder => inner.ScoresDocsOutOfOrder;

        public override float GetValueForNormalization() => inner.GetValueForNormalization() * owner.Boost * owner.Boost;

        public override void Normalize(float norm, float topLevelBoost) => inner.Normalize(norm, topLevelBoost * owner.Boost);

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var explained = inner.Explain(context, doc);
            if (!explained.IsMatch || !owner._documents.Get(context.DocBase + doc))
            {
                return explained;
            }
            var result = new ComplexExplanation(true, explained.Value * owner._weight, "weighed document, product of:");
            result.AddDetail(explained);
            result.AddDetail(new Explanation(owner._weight, "weight"));
            return result;
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs) =>
            inner.GetScorer(context, acceptDocs) is { } scorer ? new WeighedScorer(this, scorer, owner._documents, context.DocBase, owner._weight) : null;
    }

    private sealed class WeighedScorer(Weight weight, Scorer inner, FixedBitSet documents, int docBase, float factor) : Scorer(weight)
    {
        public override int DocID => inner.DocID;

        public override int Freq => inner.Freq;

        public override int NextDoc() => inner.NextDoc();

        public override int Advance(int target) => inner.Advance(target);

        public override float GetScore()
        {
            var score = inner.GetScore();
            return documents.Get(docBase + inner.DocID) ? score * factor : score;
        }

        public override long GetCost() => inner.GetCost();

        public override ICollection<ChildScorer> GetChildren() => [new ChildScorer(inner, "MUST")];
    }
}
