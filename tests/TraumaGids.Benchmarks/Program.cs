using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/TraumaGids.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
