namespace TraumaGids.Core.Tests.Search.Evaluation;

/// <summary>nDCG@10 and reciprocal rank of one ranked list against graded judgements.</summary>
public static class RankingMetrics
{
    public const int Depth = 10;

    /// <summary>Discounted gain of a grade at a rank (0-based): (2^grade − 1) / log2(rank + 2).</summary>
    private static double Gain(int grade, int rank) => (Math.Pow(2, grade) - 1) / Math.Log2(rank + 2);

    public static double Ndcg(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(grades);
        var dcg = ranked.Take(Depth).Select((item, rank) => Gain(grades.GetValueOrDefault(item), rank)).Sum();
        var ideal = grades.Values.OrderDescending().Take(Depth).Select((grade, rank) => Gain(grade, rank)).Sum();
        return ideal == 0 ? 0 : dcg / ideal;
    }

    /// <summary>1 / the rank of the first item graded 1 or more within the first ten; 0 if there is none.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> grades)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(grades);
        var first = ranked.Take(Depth).ToList().FindIndex(item => grades.GetValueOrDefault(item) > 0);
        return first < 0 ? 0 : 1.0 / (first + 1);
    }
}
