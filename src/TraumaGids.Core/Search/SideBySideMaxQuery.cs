using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TraumaGids.Core.Search;

/// <summary>
/// A <see cref="DisjunctionMaxQuery"/> (best clause plus a share of the others) whose scorer steps its
/// clauses side by side, not through Lucene's heap. The clauses of this index's queries are few (a
/// word in four fields, a synonym or two): a linear pass over a handful of current documents is
/// cheaper than keeping a heap in order, and a clause with one matching scorer is that scorer
/// itself. Same matches and the same scores as Lucene's (up to float rounding of the sum).
/// </summary>
internal sealed class SideBySideMaxQuery(float tieBreakerMultiplier) : DisjunctionMaxQuery(tieBreakerMultiplier)
{
    public override Weight CreateWeight(IndexSearcher searcher) => new SideBySideWeight(this, searcher);

    private sealed class SideBySideWeight(SideBySideMaxQuery query, IndexSearcher searcher) : DisjunctionMaxWeight(query, searcher)
    {
        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var scorers = new List<Scorer>(m_weights.Count);
            foreach (var weight in m_weights)
            {
                if (weight.GetScorer(context, acceptDocs) is { } scorer)
                {
                    scorers.Add(scorer);
                }
            }
            return scorers.Count switch
            {
                0 => null,
                // The best of one is that one, and it has no others to share: its own score.
                1 => scorers[0],
                _ => new SideBySideScorer(this, query.TieBreakerMultiplier, [.. scorers]),
            };
        }
    }

    private sealed class SideBySideScorer : Scorer
    {
        private readonly Scorer[] _scorers;
        private readonly int[] _docs;
        private readonly float _tieBreaker;
        private int _doc = -1;

        public SideBySideScorer(Weight weight, float tieBreaker, Scorer[] scorers) : base(weight)
        {
            _scorers = scorers;
            _tieBreaker = tieBreaker;
            _docs = new int[scorers.Length];
            Array.Fill(_docs, -1);
        }

        public override int DocID => _doc;

        public override int NextDoc()
        {
            if (_doc == NO_MORE_DOCS)
            {
                return _doc;
            }
            var next = NO_MORE_DOCS;
            for (var i = 0; i < _scorers.Length; i++)
            {
                var doc = _docs[i];
                if (doc == _doc)
                {
                    doc = _docs[i] = _scorers[i].NextDoc();
                }
                if (doc < next)
                {
                    next = doc;
                }
            }
            return _doc = next;
        }

        public override int Advance(int target)
        {
            if (_doc == NO_MORE_DOCS)
            {
                return _doc;
            }
            var next = NO_MORE_DOCS;
            for (var i = 0; i < _scorers.Length; i++)
            {
                var doc = _docs[i];
                if (doc < target)
                {
                    doc = _docs[i] = _scorers[i].Advance(target);
                }
                if (doc < next)
                {
                    next = doc;
                }
            }
            return _doc = next;
        }

        public override float GetScore()
        {
            float max = 0, sum = 0;
            for (var i = 0; i < _scorers.Length; i++)
            {
                if (_docs[i] == _doc)
                {
                    var score = _scorers[i].GetScore();
                    sum += score;
                    max = Math.Max(max, score);
                }
            }
            return max + (sum - max) * _tieBreaker;
        }

        public override int Freq
        {
            get
            {
                var freq = 0;
                for (var i = 0; i < _scorers.Length; i++)
                {
                    freq += _docs[i] == _doc ? 1 : 0;
                }
                return freq;
            }
        }

        public override long GetCost() => _scorers.Sum(s => s.GetCost());

        public override ICollection<ChildScorer> GetChildren() => [.. _scorers.Select(s => new ChildScorer(s, "SHOULD"))];
    }
}
