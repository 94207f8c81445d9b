using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Defacto.Bench.ActorBenchmarks).Assembly).Run(args);
