using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using TraumaGids.Core.Content;
using TraumaGids.Core.Search;

namespace TraumaGids.Benchmarks;

/// <summary>
/// Live content at scale, on a directory made by <c>generate</c>: start-up (read, parse, index, cold, in a
/// fresh process) and edits while searching (how long until an edit is served, and search times while a
/// new snapshot is built and swapped in).
/// </summary>
public static partial class LiveCommands
{
    /// <summary>
    /// What start-up does before the site can answer: read and parse the directory and build the index as
    /// the site does (<see cref="LiveContent.Load(string, TimeProvider, TimeSpan?, Core.Search.IndexStore?, TimeSpan?)"/>), cold (run it in a
    /// fresh process; JIT included, as at a real start-up).
    /// </summary>
    /// <param name="store">
    /// The folder of the stored index (<see cref="IndexStore"/>): opened when it holds this content's index,
    /// otherwise written there after the load (this command waits for that).
    /// </param>
    public static int Startup(string directory, string? store = null)
    {
        var clock = Stopwatch.StartNew();
        var indexStore = store is null ? null : new IndexStore(store);
        using var live = LiveContent.Load(directory, TimeProvider.System, store: indexStore);
        var built = clock.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var report = live.LastLoad!;
        var how = indexStore is null ? "" : report.Snapshot.Index.OpenedFromStore ? ", opened from the stored index" : ", written";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Snapshot.Content.Practitioners.Count} practitioners: read and parsed {report.Load.TotalMilliseconds:0} ms, indexed {report.Index.TotalMilliseconds:0} ms{how}, total {built.TotalMilliseconds:0} ms, process CPU {cpu.TotalMilliseconds:0} ms (cold, {Environment.ProcessorCount} cores)"));
        if (indexStore is not null)
        {
            indexStore.OnNote(note => Console.WriteLine(note.Message));
            live.StartedUp.GetAwaiter().GetResult();
        }
        return 0;
    }

    /// <summary>
    /// Loads the directory as the site does (<see cref="LiveContent"/> with its <see cref="ContentWatcher"/>,
    /// the site's default debounce and poll), searches the query mix without pause on one thread, and
    /// after a quiet baseline edits a practitioner's waiting time <paramref name="edits"/> times. Prints how
    /// long each edit took to be served (write to swap) and the search times: in the baseline, and while
    /// a reload was running or within a second after its swap.
    /// </summary>
    public static int Edits(string directory, int edits)
    {
        var startup = Stopwatch.StartNew();
        using var live = LiveContent.Load(directory, TimeProvider.System);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"start-up: {startup.Elapsed.TotalMilliseconds:0} ms (read and parsed {live.LastLoad!.Load.TotalMilliseconds:0} ms, indexed {live.LastLoad.Index.TotalMilliseconds:0} ms)"));
        var watcher = new ContentWatcher(live, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(2), TimeProvider.System);
        watcher.ReloadFailed += (_, ex) => Console.Error.WriteLine(ex);
        watcher.Start();

        // Searching: each search records its time and whether a reload was under way.
        var busySince = 0L; // timestamp of the last write, 0 when quiet
        var quietAfter = 0L; // searches before this timestamp count as "during a swap"
        var baseline = new List<double>();
        var during = new List<double>();
        // The first 10 s warm up (tiered JIT) and are not counted.
        var measureFrom = Stopwatch.GetTimestamp() + 10 * Stopwatch.Frequency;
        using var stop = new CancellationTokenSource();
        var searching = Task.Factory.StartNew(() =>
        {
            var n = 0;
            while (!stop.IsCancellationRequested)
            {
                using var lease = live.Acquire();
                var start = Stopwatch.GetTimestamp();
                lease.Snapshot.Index.Search(Commands.QueryMix[n++ % Commands.QueryMix.Length]);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (start < measureFrom)
                {
                    continue;
                }
                var busy = Volatile.Read(ref busySince) != 0 || start < Volatile.Read(ref quietAfter);
                (busy ? during : baseline).Add(ms);
            }
        }, TaskCreationOptions.LongRunning);

        // Warm up, then the baseline: 10 s of searching without reloads.
        Thread.Sleep(TimeSpan.FromSeconds(20));

        var file = Directory.GetFiles(Path.Combine(directory, ContentLoader.PractitionersFolder), "*.md").Order(StringComparer.Ordinal).First();
        var slug = Path.GetFileNameWithoutExtension(file);
        var visible = new List<double>();
        for (var edit = 0; edit < edits; edit++)
        {
            var weeks = 30 + edit % 50;
            using var swapped = new ManualResetEventSlim();
            void OnSwapped(object? sender, ContentLoadReport report)
            {
                if (report.Snapshot.Content.FindPractitioner(slug)?.WaitingTime.Weeks == weeks)
                {
                    swapped.Set();
                }
            }
            live.Swapped += OnSwapped;
            var written = Stopwatch.GetTimestamp();
            Volatile.Write(ref busySince, written);
            File.WriteAllText(file, Weeks().Replace(File.ReadAllText(file), $"weken: {weeks}", 1));
            if (!swapped.Wait(TimeSpan.FromSeconds(60)))
            {
                Console.Error.WriteLine("edit not served within 60 s");
                return 1;
            }
            visible.Add(Stopwatch.GetElapsedTime(written).TotalMilliseconds);
            live.Swapped -= OnSwapped;
            Volatile.Write(ref quietAfter, Stopwatch.GetTimestamp() + Stopwatch.Frequency);
            Volatile.Write(ref busySince, 0);
            // Let the swap settle (grace period, disposal) before the next edit.
            Thread.Sleep(TimeSpan.FromSeconds(3));
        }
        stop.Cancel();
        searching.Wait();
        watcher.DisposeAsync().AsTask().Wait();

        visible.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{edits} edits served after: median {visible[visible.Count / 2]:0} ms, min {visible[0]:0} ms, max {visible[^1]:0} ms (200 ms debounce included)"));
        Report("searches, baseline (no reload)", baseline);
        Report("searches during a reload or within 1 s after its swap", during);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"working set at the end: {Process.GetCurrentProcess().WorkingSet64 / 1024.0 / 1024:0} MB, managed heap {GC.GetTotalMemory(forceFullCollection: false) / 1024.0 / 1024:0} MB"));
        return 0;
    }

    private static void Report(string what, List<double> times)
    {
        times.Sort();
        double At(double p) => times[(int)Math.Min(times.Count - 1, Math.Ceiling(p / 100 * times.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {times.Count} searches, median {At(50):0.000} ms, p95 {At(95):0.000} ms, p99 {At(99):0.000} ms, max {times[^1]:0.000} ms"));
    }

    [GeneratedRegex(@"weken: \d+")]
    private static partial Regex Weeks();
}
