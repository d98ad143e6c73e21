using TraumaGids.Core.Content;
using TraumaGids.Core.Tests.Search.Evaluation;
using Xunit.Abstractions;

namespace TraumaGids.Core.Tests.Search;

/// <summary>
/// Search quality on fourteen judged sets, each beside a plain Lucene baseline on the same content: the
/// first set (search was tuned on it), the dev set (written blind like the blind set, then tuned on from
/// round 8), the blind, fresh, fifth, sixth, seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth and fourteenth sets (written without seeing the search code; never tuned on,
/// read as totals only). The floors only go up (in round 13 a few went down by 0.001–0.010 for changes decided on held-out sets,
/// docs/search.md); record before/after figures of every set in docs/search.md.
/// To see every figure and the per-query results:
/// <c>dotnet test tests/TraumaGids.Core.Tests --filter "FullyQualifiedName~RelevanceTests" --logger "console;verbosity=detailed"</c>
/// </summary>
public sealed class RelevanceTests(Evaluations evaluations, ITestOutputHelper output) : IClassFixture<Evaluations>
{
    private const double FirstNdcgFloor = 0.915;
    private const double FirstMrrFloor = 0.979;
    private const double DevNdcgFloor = 0.787;
    private const double DevMrrFloor = 0.969;
    private const double BlindNdcgFloor = 0.863;
    private const double BlindMrrFloor = 0.966;
    private const double FreshNdcgFloor = 0.784;
    private const double FreshMrrFloor = 0.967;
    private const double FifthNdcgFloor = 0.855;
    private const double FifthMrrFloor = 0.974;
    private const double SixthNdcgFloor = 0.835;
    private const double SixthMrrFloor = 0.963;
    private const double SeventhNdcgFloor = 0.801;
    private const double SeventhMrrFloor = 0.923;
    private const double EighthNdcgFloor = 0.838;
    private const double EighthMrrFloor = 0.966;
    private const double NinthNdcgFloor = 0.778;
    private const double NinthMrrFloor = 0.896;
    private const double TenthNdcgFloor = 0.824;
    private const double TenthMrrFloor = 0.989;
    private const double EleventhNdcgFloor = 0.785;
    private const double EleventhMrrFloor = 0.918;
    private const double TwelfthNdcgFloor = 0.815;
    private const double TwelfthMrrFloor = 0.948;
    private const double ThirteenthNdcgFloor = 0.777;
    private const double ThirteenthMrrFloor = 0.934;
    private const double FourteenthNdcgFloor = 0.852;
    private const double FourteenthMrrFloor = 0.952;

    /// <summary>How far ahead of the plain baseline search must stay on nDCG@10, per set.</summary>
    private const double FirstLead = 0.15;
    private const double DevLead = 0.05;
    private const double BlindLead = 0.05;
    private const double FreshLead = 0.05;
    private const double FifthLead = 0.05;
    private const double SixthLead = 0.05;
    private const double SeventhLead = 0.05;
    private const double EighthLead = 0.05;
    private const double NinthLead = 0.05;
    private const double TenthLead = 0.05;
    private const double EleventhLead = 0.05;
    private const double TwelfthLead = 0.05;
    private const double ThirteenthLead = 0.05;
    private const double FourteenthLead = 0.05;

    public static TheoryData<string> Sets => [.. JudgedSet.Names];

    /// <summary>The sets never tuned on: read as totals only, as per-query lines would invite tuning on them.</summary>
    private static readonly string[] NeverTunedOn = ["blind", "fresh", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth"];

    private (JudgedSet Set, SetEvaluation Search, SetEvaluation Baseline) Of(string set) => evaluations[set];

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_judged_set_is_large_and_points_at_pages_that_exist(string name)
    {
        var (set, _, _) = Of(name);
        Assert.True(set.Queries.Count(q => !q.NoAnswer) >= 40, $"{set.Name}: fewer than 40 answerable queries");
        Assert.Equal(set.Queries.Count, set.Queries.Select(q => q.Text).Distinct().Count());
        foreach (var query in set.Queries)
        {
            Assert.True(query.NoAnswer == (query.Grades.Count == 0), $"'{query.Text}': judged pages and 'no answer' contradict each other");
            Assert.All(query.Grades, grade =>
            {
                var link = PageLink.TryParse(grade.Key);
                Assert.True(link is not null && set.Content.TitleOf(link) is not null, $"'{grade.Key}' in '{query.Text}' is not a page");
                Assert.InRange(grade.Value, 1, 3);
            });
        }
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("blind")]
    [InlineData("fresh")]
    [InlineData("fifth")]
    [InlineData("sixth")]
    [InlineData("seventh")]
    [InlineData("eighth")]
    [InlineData("ninth")]
    [InlineData("tenth")]
    [InlineData("eleventh")]
    [InlineData("twelfth")]
    [InlineData("thirteenth")]
    [InlineData("fourteenth")]
    public void A_set_written_blind_is_a_whole_region_with_questions_the_site_cannot_answer(string name)
    {
        var (blind, _, _) = Of(name);
        Assert.Empty(blind.Content.Issues);
        Assert.True(blind.Content.Practitioners.Count >= 30);
        Assert.True(blind.Content.Offers.Count + blind.Content.InfoPages.Count >= 12);
        Assert.True(blind.Queries.Count >= 40);
        Assert.True(blind.Queries.Count(q => q.NoAnswer) >= 3);
    }

    [Theory]
    [InlineData("first", FirstNdcgFloor, FirstMrrFloor, FirstLead)]
    [InlineData("dev", DevNdcgFloor, DevMrrFloor, DevLead)]
    [InlineData("blind", BlindNdcgFloor, BlindMrrFloor, BlindLead)]
    [InlineData("fresh", FreshNdcgFloor, FreshMrrFloor, FreshLead)]
    [InlineData("fifth", FifthNdcgFloor, FifthMrrFloor, FifthLead)]
    [InlineData("sixth", SixthNdcgFloor, SixthMrrFloor, SixthLead)]
    [InlineData("seventh", SeventhNdcgFloor, SeventhMrrFloor, SeventhLead)]
    [InlineData("eighth", EighthNdcgFloor, EighthMrrFloor, EighthLead)]
    [InlineData("ninth", NinthNdcgFloor, NinthMrrFloor, NinthLead)]
    [InlineData("tenth", TenthNdcgFloor, TenthMrrFloor, TenthLead)]
    [InlineData("eleventh", EleventhNdcgFloor, EleventhMrrFloor, EleventhLead)]
    [InlineData("twelfth", TwelfthNdcgFloor, TwelfthMrrFloor, TwelfthLead)]
    [InlineData("thirteenth", ThirteenthNdcgFloor, ThirteenthMrrFloor, ThirteenthLead)]
    [InlineData("fourteenth", FourteenthNdcgFloor, FourteenthMrrFloor, FourteenthLead)]
    public void Search_quality_stays_above_the_floor_and_ahead_of_the_plain_baseline(string name, double ndcgFloor, double mrrFloor, double lead)
    {
        var (_, search, baseline) = Of(name);
        output.WriteLine(search.Summary());
        output.WriteLine(baseline.Summary());
        if (!NeverTunedOn.Contains(name))
        {
            output.WriteLine("");
            output.WriteLine(search.Report());
            // For tuning: TG_EXPLAIN=<directory> writes every query's ten results with their grades.
            if (Environment.GetEnvironmentVariable("TG_EXPLAIN") is { Length: > 0 } explain)
            {
                File.WriteAllText(Path.Combine(explain, $"{name}-search.txt"), search.Details());
                File.WriteAllText(Path.Combine(explain, $"{name}-baseline.txt"), baseline.Details());
            }
        }

        Assert.True(search.Ndcg >= ndcgFloor, $"nDCG@10 {search.Ndcg:0.000} fell below the floor {ndcgFloor}");
        Assert.True(search.Mrr >= mrrFloor, $"MRR {search.Mrr:0.000} fell below the floor {mrrFloor}");
        Assert.True(search.Ndcg >= baseline.Ndcg + lead, $"nDCG@10 {search.Ndcg:0.000} is not {lead} ahead of the baseline's {baseline.Ndcg:0.000}");
        Assert.True(search.Mrr > baseline.Mrr, $"MRR {search.Mrr:0.000} is not ahead of the baseline's {baseline.Mrr:0.000}");
    }

    [Theory]
    [InlineData("first", 1)]
    [InlineData("dev", 1)]
    [InlineData("blind", 1)]
    // Measured when the set arrived (stop 15): 2 of 5. The target is at most 1; the set is never tuned on.
    [InlineData("fresh", 2)]
    [InlineData("fifth", 1)]
    [InlineData("sixth", 1)]
    // Measured when the set arrived (stop 18): 4 of 8. The target is at most 1; the set is never tuned on.
    [InlineData("seventh", 4)]
    [InlineData("eighth", 1)]
    // Measured when they arrived (stop 19): 2 and 3 of 7, the same with round 12's search words and round 13's.
    [InlineData("ninth", 2)]
    [InlineData("tenth", 3)]
    // Measured when they arrived (later in stop 19): 2 of 6 and 2 of 7, the same with both synonym lists compared.
    [InlineData("eleventh", 2)]
    [InlineData("twelfth", 2)]
    // Measured when they arrived (end of stop 19): 4 of 7 and 1 of 7, the same with the ranking constants compared.
    [InlineData("thirteenth", 4)]
    [InlineData("fourteenth", 1)]
    public void Answerable_questions_seldom_find_nothing_and_unanswerable_ones_seldom_find_something(string name, int mostWithHits)
    {
        var (_, search, _) = Of(name);

        Assert.True(search.ZeroResultRate < 0.05, $"{search.ZeroResults} of {search.Answerable} answerable questions found nothing");
        Assert.True(search.NoAnswerWithHits <= mostWithHits, $"{search.NoAnswerWithHits} of {search.NoAnswer} questions the site cannot answer got results");
    }
}
