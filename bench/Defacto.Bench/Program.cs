using BenchmarkDotNet.Running;

// Pick benchmarks by argument, e.g. `dotnet run -c Release --project bench/Defacto.Bench -- --filter '*Syntax*'`.
BenchmarkSwitcher.FromAssembly(typeof(Defacto.Bench.SyntaxBenchmarks).Assembly).Run(args);
