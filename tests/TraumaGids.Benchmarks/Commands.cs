using System.Diagnostics;
using System.Globalization;
using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Benchmarks;

/// <summary>The non-BenchmarkDotNet commands: content generation and per-query latency.</summary>
public static class Commands
{
    /// <summary>Queries as people type them, with and without filters: the mix for latency and load.</summary>
    public static readonly SearchQuery[] QueryMix =
    [
        new() { Text = "emdr" },
        new() { Text = "mijn kind slaapt slecht na ruzie thuis" },
        new() { Text = "emdr kind hilversum arabisch" },
        new() { Text = "traumateraphie" },
        new() { Text = "tf-cbt huizen" },
        new() { Text = "kind van 9 gooise meren" },
        new() { Text = "huiselijk geweld" },
        new() { Text = "ptss" },
        new() { Text = "lotgenotencontakt" },
        new() { Text = "psycholoog turks" },
        new() { Methods = ["emdr", "tf-cbt"], Municipalities = ["hilversum"], Age = 9, NoReferralStop = true, Sort = SearchSort.WaitingTime },
        new() { Kinds = [ContentKind.Practitioner], Page = 3 },
        new() { Text = "angst", Languages = ["ar", "tr"] },
        new() { Text = "jongeren seksueel geweld", Funding = ["jeugdwet"] },
        new() { Text = "wat is trauma" },
        new() { Text = "online therapie volwassenen", OnlineOnly = true },
    ];

    private static string Describe(SearchQuery q) =>
        (q.Text ?? "(no text)") + (q.HasFilters ? " + filters" : "") + (q.Sort == SearchSort.WaitingTime ? " by waiting time" : "") + (q.Page > 1 ? $" page {q.Page}" : "");

    public static int Generate(int count, string target)
    {
        var example = ContentLoader.Load(Example.ContentPath, Example.Today);
        var clock = Stopwatch.StartNew();
        Synthetic.Write(Example.ContentPath, example, count, target);
        Console.WriteLine($"{count} synthetic practitioners written to {target} in {clock.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }

    /// <summary>Every query of the mix, many times: the distribution of single-query times, not of averages. 0 = the example content.</summary>
    public static int Latency(int count)
    {
        var example = ContentLoader.Load(Example.ContentPath, Example.Today);
        // 0: the example content as it is.
        var content = count == 0 ? example : Synthetic.Content(example, count);
        var build = Stopwatch.StartNew();
        using var index = SearchIndex.Build(content);
        Console.WriteLine(FormattableString.Invariant($"index of {content.Practitioners.Count + content.Offers.Count + content.InfoPages.Count} items built in {build.Elapsed.TotalMilliseconds:0} ms"));
        Console.WriteLine(FormattableString.Invariant($"live managed heap with content and index: {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024:0} MB"));

        var timing = TimeEach(QueryMix, query => index.Search(query), rounds: 200);
        var times = timing.Times;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated per search: {timing.BytesEach / 1024:0} KB; gen-0 collections: {timing.Gen0Collections}, paused {timing.Paused.TotalMilliseconds:0.0} ms in all"));
        // Per query of the mix: its median, to see which kind of query is slow.
        for (var q = 0; q < QueryMix.Length; q++)
        {
            var own = times.Where((_, i) => i % QueryMix.Length == q).Order().ToList();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var found = index.Search(QueryMix[q]).Total;
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {own[own.Count / 2],8:0.000} ms  p95 {own[(int)(own.Count * 0.95)],8:0.000} ms  {allocated / 1024,5} KB  {found,6} found  {Describe(QueryMix[q])}"));
        }
        var sorted = times.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sorted.Count} searches at {count} practitioners: median {At(sorted, 50):0.000} ms, p95 {At(sorted, 95):0.000} ms, p99 {At(sorted, 99):0.000} ms, max {sorted[^1]:0.000} ms"));
        Suggestions(index, count);
        return 0;
    }

    /// <summary>Autocomplete as people type: one request per keystroke, from the second letter on.</summary>
    private static void Suggestions(SearchIndex index, int count)
    {
        string[] typed = ["emdr", "hilversum", "anna de v", "traumatherapie", "jansen", "kind", "arabisch", "psycholoog"];
        var keystrokes = typed.SelectMany(t => Enumerable.Range(2, t.Length - 1).Select(n => t[..n])).ToArray();
        var timing = TimeEach(keystrokes, keys => index.Suggest(keys), rounds: 100);
        var sorted = timing.Times.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sorted.Count} autocomplete requests at {count} practitioners: median {At(sorted, 50):0.000} ms, p99 {At(sorted, 99):0.000} ms, {timing.BytesEach / 1024:0} KB each"));
    }

    /// <summary>Every single time (ms, in the order run), the bytes allocated per call, and the GC's work while timing.</summary>
    private sealed record Timing(List<double> Times, double BytesEach, int Gen0Collections, TimeSpan Paused);

    /// <summary>
    /// Runs each item of work, round after round, timing every call on its own. First a warm-up of at
    /// least 3 s, as the HTTP measurement does: long enough for tiered JIT to finish compiling the hot
    /// paths (a shorter warm-up measured tier-0 code in the first rounds).
    /// </summary>
    private static Timing TimeEach<T>(IReadOnlyList<T> work, Action<T> run, int rounds)
    {
        var warming = Stopwatch.StartNew();
        for (var warm = 0; warm < 20 || warming.Elapsed < TimeSpan.FromSeconds(3); warm++)
        {
            foreach (var item in work)
            {
                run(item);
            }
        }
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var gcBefore = GC.CollectionCount(0);
        var pauseBefore = GC.GetTotalPauseDuration();
        var times = new List<double>(rounds * work.Count);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var item in work)
            {
                var start = Stopwatch.GetTimestamp();
                run(item);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        return new Timing(times, (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)times.Count,
            GC.CollectionCount(0) - gcBefore, GC.GetTotalPauseDuration() - pauseBefore);
    }

    /// <summary>The p-th percentile of sorted times (nearest rank).</summary>
    private static double At(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p / 100 * sorted.Count) - 1)];
}
