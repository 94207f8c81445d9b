using BenchmarkDotNet.Running;
using Defacto.Bench;

// `ingest-throughput` is an end-to-end timing run; anything else goes to BenchmarkDotNet's switcher,
// e.g. `dotnet run -c Release --project bench/Defacto.Bench -- --filter '*ActorBenchmarks*'`.
if (args.Length > 0 && args[0] == "ingest-throughput")
    return IngestThroughput.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(IngestThroughput).Assembly).Run(args);
return 0;
