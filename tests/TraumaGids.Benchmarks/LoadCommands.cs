using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TraumaGids.Core.Content;

namespace TraumaGids.Benchmarks;

/// <summary>
/// Loading a content directory on its own (read, then <see cref="ContentLoader.Load(ContentFiles, DateOnly)"/>),
/// without building an index: what start-up spends on parsing, and a dump of what was loaded to compare
/// two versions of the loader.
/// </summary>
public static class LoadCommands
{
    /// <summary>
    /// Reads the directory once, then loads it <paramref name="times"/> times in this process (the first
    /// is cold: JIT included, as at start-up). Per load: wall clock, process CPU, bytes allocated and
    /// collections; and the fingerprint of the loaded content (the same for every load).
    /// </summary>
    public static int Load(string directory, int times)
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        var read = Stopwatch.StartNew();
        var files = ContentFiles.Read(directory);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read {files.Files.Count} files in {read.Elapsed.TotalMilliseconds:0} ms"));
        for (var n = 1; n <= times; n++)
        {
            var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var pauseBefore = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            var content = ContentLoader.Load(files, today);
            var wall = clock.Elapsed;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            var pause = GC.GetTotalPauseDuration() - pauseBefore;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"load {n}: {content.Practitioners.Count} practitioners, {content.Issues.Count} issues: wall {wall.TotalMilliseconds:0} ms, CPU {cpu.TotalMilliseconds:0} ms, " +
                $"allocated {allocated / 1e6:0} MB, collections gen0/1/2 {GC.CollectionCount(0) - gcBefore.Item1}/{GC.CollectionCount(1) - gcBefore.Item2}/{GC.CollectionCount(2) - gcBefore.Item3}, " +
                $"GC pauses {pause.TotalMilliseconds:0} ms, fingerprint {Fingerprint(content)}"));
        }
        return 0;
    }

    /// <summary>Writes everything a load gave (items, issues, lists, instruments, search words) as JSON to <paramref name="target"/>.</summary>
    public static int Dump(string directory, string target)
    {
        var content = ContentLoader.Load(directory, DateOnly.FromDateTime(DateTime.Now));
        File.WriteAllText(target, Serialise(content));
        Console.WriteLine($"{content.Practitioners.Count} practitioners, {content.Issues.Count} issues, fingerprint {Fingerprint(content)}");
        return 0;
    }

    private static string Fingerprint(ContentSet content) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Serialise(content))))[..12];

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string Serialise(ContentSet content) => JsonSerializer.Serialize(new
    {
        content.Vocabularies,
        content.Practitioners,
        content.Offers,
        content.InfoPages,
        content.Issues,
        content.BrokenLinks,
        ServedFiles = content.ServedFiles.Order(StringComparer.Ordinal),
        content.Instruments,
        content.SearchWords,
    }, Options);
}
