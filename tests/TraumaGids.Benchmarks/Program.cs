using BenchmarkDotNet.Running;
using TraumaGids.Benchmarks;

// dotnet run -c Release --project tests/TraumaGids.Benchmarks -- --filter '*'          BenchmarkDotNet suites
// dotnet run -c Release --project tests/TraumaGids.Benchmarks -- generate 10000 <dir>  a content directory with synthetic practitioners
// dotnet run -c Release --project tests/TraumaGids.Benchmarks -- latency 10000         per-query latency percentiles over a query mix
// dotnet run -c Release --project tests/TraumaGids.Benchmarks -- profile 10000 15 30   one query of the mix (number 15) for 30 s, to profile
// dotnet run -c Release --project tests/TraumaGids.Benchmarks -- build 10000 5         index build time, warm, five builds
// dotnet run -c Release --project tests/TraumaGids.Benchmarks -- startup <dir>         start-up: read, parse and index a directory, cold
// dotnet run -c Release --project tests/TraumaGids.Benchmarks -- startup <dir> <store> the same with the stored index (run twice: stored, then opened)
// dotnet run -c Release --project tests/TraumaGids.Benchmarks -- load <dir> 5          loading only (read, then parse 5 times): time, CPU, allocated, fingerprint
// dotnet run -c Release --project tests/TraumaGids.Benchmarks -- dump <dir> <file>     everything a load gave, as JSON, to compare two versions of the loader
// dotnet run -c Release --project tests/TraumaGids.Benchmarks -- edits <dir> 10        live reload: edits served after, search times during swaps
// dotnet run -c Release --project tests/TraumaGids.Benchmarks -- region 10000           region overview and CSV per request
return args switch
{
    ["generate", var count, var target] => Commands.Generate(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), target),
    ["build", var count, var times] => Commands.BuildTimes(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), int.Parse(times, System.Globalization.CultureInfo.InvariantCulture)),
    ["startup", var directory] => LiveCommands.Startup(directory),
    ["startup", var directory, var store] => LiveCommands.Startup(directory, store),
    ["load", var directory, var times] => LoadCommands.Load(directory, int.Parse(times, System.Globalization.CultureInfo.InvariantCulture)),
    ["dump", var directory, var target] => LoadCommands.Dump(directory, target),
    ["edits", var directory, var edits] => LiveCommands.Edits(directory, int.Parse(edits, System.Globalization.CultureInfo.InvariantCulture)),
    ["region", var count] => Commands.Region(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    ["profile", var count, var query, var seconds] => Commands.Profile(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), int.Parse(query, System.Globalization.CultureInfo.InvariantCulture), int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)),
    ["latency", var count] => Commands.Latency(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    return 0;
}
