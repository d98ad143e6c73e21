using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Benchmarks;

/// <summary>Median and p99 next to the mean: a referral page must be fast for nearly every request, not on average.</summary>
public sealed class LatencyConfig : ManualConfig
{
    public LatencyConfig()
    {
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, new PercentileColumn(99));
        AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
    }
}

/// <summary>A percentile of the measured iterations, e.g. p99.</summary>
public sealed class PercentileColumn(int percentile) : IColumn
{
    public string Id => $"P{percentile}";
    public string ColumnName => $"P{percentile}";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Statistics;
    public int PriorityInCategory => 10;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Time;
    public string Legend => $"{percentile}th percentile of the iteration times";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null)
        {
            return "NA";
        }
        var nanoseconds = statistics.Percentiles.Percentile(percentile);
        return nanoseconds >= 1_000_000 ? $"{nanoseconds / 1_000_000:0.00} ms" : $"{nanoseconds / 1_000:0.0} us";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}

internal static class Example
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    public static string ContentPath { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TraumaGids.sln")))
            {
                return Path.Combine(dir.FullName, "content");
            }
        }
        throw new InvalidOperationException("TraumaGids.sln not found");
    }
}

/// <summary>Start-up work: reading and validating the content directory, and building the index.</summary>
[Config(typeof(LatencyConfig))]
public class StartupBenchmarks
{
    private ContentSet _content = null!;

    [GlobalSetup]
    public void Setup() => _content = ContentLoader.Load(Example.ContentPath, Example.Today);

    [Benchmark]
    public int LoadContent() => ContentLoader.Load(Example.ContentPath, Example.Today).Practitioners.Count;

    [Benchmark]
    public int BuildIndex()
    {
        using var index = SearchIndex.Build(_content);
        return index.ItemCount;
    }
}

/// <summary>Index build with synthetic practitioners, at three sizes.</summary>
[Config(typeof(LatencyConfig))]
[BenchmarkDotNet.Attributes.SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ScaleBuildBenchmarks
{
    private ContentSet _content = null!;

    [Params(1_000, 10_000, 50_000)]
    public int Practitioners { get; set; }

    [GlobalSetup]
    public void Setup() => _content = Synthetic.Content(ContentLoader.Load(Example.ContentPath, Example.Today), Practitioners);

    [Benchmark]
    public int BuildIndex()
    {
        using var index = SearchIndex.Build(_content);
        return index.ItemCount;
    }
}

/// <summary>The query mix against 10,000 synthetic practitioners.</summary>
[Config(typeof(LatencyConfig))]
public class ScaleSearchBenchmarks
{
    private SearchIndex _index = null!;

    [Params(10_000)]
    public int Practitioners { get; set; }

    [ParamsSource(nameof(Queries))]
    public int Query { get; set; }

    public static IEnumerable<int> Queries => Enumerable.Range(0, Commands.QueryMix.Length);

    [GlobalSetup]
    public void Setup() => _index = SearchIndex.Build(Synthetic.Content(ContentLoader.Load(Example.ContentPath, Example.Today), Practitioners));

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark]
    public int Search() => _index.Search(Commands.QueryMix[Query]).Total;
}

/// <summary>One search as the search page runs it: hits, snippets, all facet counts and did-you-mean.</summary>
[Config(typeof(LatencyConfig))]
public class SearchBenchmarks
{
    private SearchIndex _index = null!;

    [Params("", "emdr", "mijn kind slaapt slecht na ruzie thuis", "traumateraphie")]
    public string Text { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _index = SearchIndex.Build(ContentLoader.Load(Example.ContentPath, Example.Today));

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();

    [Benchmark(Baseline = true)]
    public int Search() => _index.Search(new SearchQuery { Text = Text }).Total;

    [Benchmark]
    public int SearchWithFilters() => _index.Search(new SearchQuery
    {
        Text = Text,
        Methods = ["emdr", "tf-cbt"],
        Municipalities = ["hilversum"],
        Age = 9,
        NoReferralStop = true,
        Sort = SearchSort.WaitingTime,
    }).Total;
}
