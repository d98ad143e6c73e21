using System.Diagnostics;
using System.Globalization;
using TraumaGids.Core.Content;
using TraumaGids.Core.Region;
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
        var buildCpu = ThreadCpuMs();
        using var index = SearchIndex.Build(content);
        buildCpu = ThreadCpuMs() - buildCpu;
        Console.WriteLine(FormattableString.Invariant($"index of {content.Practitioners.Count + content.Offers.Count + content.InfoPages.Count} items built in {build.Elapsed.TotalMilliseconds:0} ms (thread CPU {buildCpu:0} ms)"));
        Console.WriteLine(FormattableString.Invariant($"live managed heap with content and index: {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024:0} MB"));

        Console.WriteLine($"variant: {Environment.GetEnvironmentVariable("TRAUMAGIDS_LIBRARY") ?? "(replacements)"}");
        Fingerprint(index);
        var timing = TimeEach(QueryMix, query => index.Search(query), rounds: 200);
        var times = timing.Times;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated per search: {timing.BytesEach / 1024:0} KB; gen-0 collections: {timing.Gen0Collections}, paused {timing.Paused.TotalMilliseconds:0.0} ms in all"));
        // Per query of the mix: its median, to see which kind of query is slow.
        for (var q = 0; q < QueryMix.Length; q++)
        {
            var own = times.Where((_, i) => i % QueryMix.Length == q).Order().ToList();
            var ownCpu = timing.CpuTimes.Where((_, i) => i % QueryMix.Length == q).Order().ToList();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var found = index.Search(QueryMix[q]).Total;
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {own[own.Count / 2],8:0.000} ms  p95 {own[(int)(own.Count * 0.95)],8:0.000} ms  cpu {ownCpu[ownCpu.Count / 2],7:0.000} ms  {allocated / 1024,5} KB  {found,6} found  {Describe(QueryMix[q])}"));
        }
        var sorted = times.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{sorted.Count} searches at {count} practitioners: median {At(sorted, 50):0.000} ms, p95 {At(sorted, 95):0.000} ms, p99 {At(sorted, 99):0.000} ms, max {sorted[^1]:0.000} ms"));
        var cpuSorted = timing.CpuTimes.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"thread CPU per search: median {At(cpuSorted, 50):0.000} ms, p95 {At(cpuSorted, 95):0.000} ms, p99 {At(cpuSorted, 99):0.000} ms, mean {cpuSorted.Average():0.000} ms"));
        Suggestions(index, count);
        return 0;
    }

    /// <summary>
    /// One query of the mix (by its number, from 0), searched over and over for some seconds: a steady
    /// process to attach `perf record` to (with DOTNET_PerfMapEnabled=1, docs/performance.md).
    /// </summary>
    public static int Profile(int count, int query, int seconds)
    {
        var example = ContentLoader.Load(Example.ContentPath, Example.Today);
        using var index = SearchIndex.Build(count == 0 ? example : Synthetic.Content(example, count));
        var search = QueryMix[query];
        Console.WriteLine($"searching \"{Describe(search)}\" for {seconds} s, process {Environment.ProcessId}");
        var clock = Stopwatch.StartNew();
        var searches = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            index.Search(search);
            searches++;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{searches} searches, {clock.Elapsed.TotalMilliseconds / searches:0.000} ms each"));
        return 0;
    }

    /// <summary>
    /// What the mix finds, as two hashes: hits in order, totals, every facet count, did-you-mean and the
    /// autocomplete lists; and the same with the scores (rounded to 5 significant digits). Equal hashes:
    /// a variant finds exactly the same (docs/replacements.md).
    /// </summary>
    private static void Fingerprint(SearchIndex index)
    {
        var plain = new System.Text.StringBuilder();
        var scores = new System.Text.StringBuilder();
        foreach (var query in QueryMix.Concat(QueryMix.Select(q => q with { Page = 2 })))
        {
            var r = index.Search(query);
            plain.Append(CultureInfo.InvariantCulture, $"{r.Total}|{r.DidYouMean}|{r.Relaxed}|");
            foreach (var hit in r.Hits)
            {
                plain.Append(hit.Slug).Append(',');
                scores.Append(hit.Score.ToString("G5", CultureInfo.InvariantCulture)).Append(',');
            }
            foreach (var facet in r.Facets)
            {
                foreach (var value in facet.Values)
                {
                    plain.Append(CultureInfo.InvariantCulture, $"{value.Count};");
                }
            }
        }
        foreach (var typed in new[] { "em", "emd", "hilv", "anna de v", "trauma", "jans", "kind", "arab", "psych", "de" })
        {
            plain.Append(string.Join(',', index.Suggest(typed).Select(s => s.Text)));
        }
        static string Hash(string text) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..12];
        Console.WriteLine($"results fingerprint: {Hash(plain.ToString())}, with scores: {Hash(plain.ToString() + scores)}");
    }

    /// <summary>
    /// Index build time in one warm process: a first build (JIT), then <paramref name="times"/> builds
    /// each timed by wall clock and thread CPU, with a full collection before each; and the live managed
    /// heap with the last index.
    /// </summary>
    public static int BuildTimes(int count, int times)
    {
        var example = ContentLoader.Load(Example.ContentPath, Example.Today);
        var content = count == 0 ? example : Synthetic.Content(example, count);
        Console.WriteLine($"variant: {Environment.GetEnvironmentVariable("TRAUMAGIDS_LIBRARY") ?? "(replacements)"}");
        SearchIndex.Build(content).Dispose();
        var wall = new List<double>();
        var cpu = new List<double>();
        SearchIndex? last = null;
        for (var i = 0; i < times; i++)
        {
            last?.Dispose();
            last = null;
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var start = Stopwatch.GetTimestamp();
            var cpuStart = ThreadCpuMs();
            last = SearchIndex.Build(content);
            cpu.Add(ThreadCpuMs() - cpuStart);
            wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        wall.Sort();
        cpu.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{times} builds of {count}: wall median {wall[wall.Count / 2]:0} ms (min {wall[0]:0}, max {wall[^1]:0}), thread CPU median {cpu[cpu.Count / 2]:0} ms (min {cpu[0]:0}, max {cpu[^1]:0})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"live managed heap with content and index: {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024:0.0} MB"));
        last?.Dispose();
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
        var cpuSorted = timing.CpuTimes.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"autocomplete thread CPU: median {At(cpuSorted, 50) * 1000:0.0} us, p99 {At(cpuSorted, 99) * 1000:0.0} us, mean {cpuSorted.Average() * 1000:0.0} us"));
    }

    /// <summary>Every single time (ms, in the order run), the bytes allocated per call, and the GC's work while timing.</summary>
    private sealed record Timing(List<double> Times, double BytesEach, int Gen0Collections, TimeSpan Paused, List<double> CpuTimes);

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>
    /// CPU time of the calling thread (ms, Linux CLOCK_THREAD_CPUTIME_ID): unlike wall-clock time it
    /// does not count the time the thread waits for a core, so it varies less on a busy shared machine.
    /// </summary>
    private static double ThreadCpuMs()
    {
        if (ClockGetTime(3, out var t) != 0)
        {
            return double.NaN;
        }
        return (t.Seconds * 1e9 + t.Nanoseconds) / 1e6;
    }

    /// <summary>
    /// The region overview (/aanbod-in-de-regio) as the page makes it on every request: computed from the
    /// content, plus one age group's gaps; and the CSV download.
    /// </summary>
    public static int Region(int count)
    {
        var example = ContentLoader.Load(Example.ContentPath, Example.Today);
        var content = count == 0 ? example : Synthetic.Content(example, count);
        Console.WriteLine($"{content.Practitioners.Count} practitioners");
        var page = TimeEach([content], c => RegionOverview.Compute(c).Gaps(AgeBand.Bands[1]), rounds: 200);
        var csv = TimeEach([content], c => RegionCsv.ToBytes(RegionOverview.Compute(c)), rounds: 100);
        foreach (var (name, timing) in new[] { ("overview + gaps (page)", page), ("overview + CSV", csv) })
        {
            var times = timing.Times.Order().ToList();
            var cpu = timing.CpuTimes.Order().ToList();
            Console.WriteLine(FormattableString.Invariant(
                $"{name}: median {At(times, 50):0.00} ms, p99 {At(times, 99):0.00} ms, max {times[^1]:0.00} ms; thread CPU median {At(cpu, 50):0.00} ms, p99 {At(cpu, 99):0.00} ms; {timing.BytesEach / 1024:0} KB allocated each"));
        }
        return 0;
    }

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
        var cpu = new List<double>(rounds * work.Count);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var item in work)
            {
                var cpuStart = ThreadCpuMs();
                var start = Stopwatch.GetTimestamp();
                run(item);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                cpu.Add(ThreadCpuMs() - cpuStart);
            }
        }
        return new Timing(times, (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)times.Count,
            GC.CollectionCount(0) - gcBefore, GC.GetTotalPauseDuration() - pauseBefore, cpu);
    }

    /// <summary>The p-th percentile of sorted times (nearest rank).</summary>
    private static double At(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p / 100 * sorted.Count) - 1)];
}
