using BenchmarkDotNet.Running;
using Defacto.Bench;

// `ingest-throughput` and `event-export` are end-to-end timing runs, `stage-times` splits the whole pipeline's time by stage;
// anything else goes to BenchmarkDotNet's switcher, e.g. `dotnet run -c Release --project bench/Defacto.Bench -- --filter '*ActorBenchmarks*'`.
if (args.Length > 0 && args[0] == "ingest-throughput")
    return IngestThroughput.Run(args[1..]);
if (args.Length > 0 && args[0] == "stage-times")
    return StageTimes.Run(args[1..]);
if (args.Length > 0 && args[0] == "event-export")
    return EventExportThroughput.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(IngestThroughput).Assembly).Run(args);
return 0;
