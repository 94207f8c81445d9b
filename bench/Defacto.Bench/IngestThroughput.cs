using System.Diagnostics;
using System.Globalization;
using Defacto.Ingest;
using Defacto.Store;

namespace Defacto.Bench;

/// <summary>Ingest throughput: the sample articles replicated (each copy made unique) into a fresh SQLite file, timed end to end; `--full` runs the whole pipeline (syntax, time, actors, events) instead of the Text stage alone.</summary>
public static class IngestThroughput
{
    public static int Run(string[] args)
    {
        int docs = ArgValue(args, "--docs", 10_000);
        var samples = ArgString(args, "--samples") ?? FindSamples();
        bool full = args.Contains("--full");
        Func<Pipeline> pipeline = full ? () => Pipeline.CreateDefault() : Pipeline.CreateTextOnly;
        var folder = Directory.CreateTempSubdirectory("defacto-bench-").FullName;
        try
        {
            int written = Replicate(samples, Path.Combine(folder, "in"), docs);
            var db = Path.Combine(folder, "bench.db");
            using var store = DocumentStore.Open(db);
            var ingester = new Ingester(pipeline(), store, new SourceReader(new IngestLimits()));
            // Warm up the JIT and the language models on a separate copy so the timing sees the steady state.
            using (var warmStore = DocumentStore.Open(Path.Combine(folder, "warm.db")))
                new Ingester(pipeline(), warmStore, new SourceReader(new IngestLimits())).Run([samples]);

            GC.Collect();
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var report = ingester.Run([Path.Combine(folder, "in")]);
            clock.Stop();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - before;
            long peak = Process.GetCurrentProcess().PeakWorkingSet64;
            Console.WriteLine($"pipeline          {(full ? "full (text, syntax, time, actors, events)" : "text only")}");
            Console.WriteLine($"files written     {written}");
            Console.WriteLine($"documents read    {report.Read} (new {report.New}, near-duplicate {report.NearDuplicates}, duplicate {report.Duplicates}, rejected {report.Rejected})");
            Console.WriteLine($"wall time         {clock.Elapsed.TotalSeconds:0.00} s");
            Console.WriteLine($"CPU time          {cpu.TotalSeconds:0.00} s");
            Console.WriteLine($"throughput        {report.Read / clock.Elapsed.TotalSeconds:0} documents/s (wall), {report.Read / cpu.TotalSeconds:0} documents/s per CPU-second");
            Console.WriteLine($"database size     {new FileInfo(db).Length / 1024.0 / 1024.0:0.0} MiB");
            Console.WriteLine($"peak working set  {peak / 1024.0 / 1024.0:0} MiB");
            return report.Rejected == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, true);
        }
    }

    /// <summary>Copies every single-article sample (txt, html) until <paramref name="count"/> files exist, each with a distinct added sentence.</summary>
    private static int Replicate(string samples, string target, int count)
    {
        Directory.CreateDirectory(target);
        var sources = Directory.GetFiles(samples).Where(f => f.EndsWith(".txt") || f.EndsWith(".html")).OrderBy(f => f).ToArray();
        for (int i = 0; i < count; i++)
        {
            var source = sources[i % sources.Length];
            var text = File.ReadAllText(source);
            var extra = string.Create(CultureInfo.InvariantCulture, $"Archive note {i}: this copy of the report was filed by the desk under reference {i * 7919 % 100003} for later review.");
            text = source.EndsWith(".html")
                ? text.Replace("</body>", $"<p>{extra}</p></body>")
                : text + "\n" + extra + "\n";
            File.WriteAllText(Path.Combine(target, $"{i:D6}-{Path.GetFileName(source)}"), text);
        }
        return count;
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "samples")) && File.Exists(Path.Combine(dir.FullName, "Defacto.slnx")))
                return Path.Combine(dir.FullName, "samples");
        throw new DirectoryNotFoundException("samples/ not found; pass --samples DIR");
    }

    internal static int ArgValue(string[] args, string name, int fallback) =>
        ArgString(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    internal static string? ArgString(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
