using System.Diagnostics;
using Defacto.Model;
using Defacto.Store;

namespace Defacto.Bench;

/// <summary>Event store and export timing: synthetic events saved document by document (with deduplication), queried, exported to each format.</summary>
public static class EventExportThroughput
{
    private static readonly string[] Polities = ["ARM", "AZE", "RUS", "GEO", "TUR", "IRN", "UKR", "USA", "FRA", "SOS", "ABK", "NKR"];
    private static readonly string[] Sectors = ["GOV", "MIL", "", "REB", "COP"];
    private static readonly (string Cameo, string Plover)[] Codes =
        [("190", "ASSAULT"), ("193", "ASSAULT"), ("0311", "AGREE"), ("111", "ACCUSE"), ("120", "REJECT"), ("042", "CONSULT"), ("172", "COERCE"), ("1823", "ASSAULT")];

    public static int Run(string[] args)
    {
        int count = IngestThroughput.ArgValue(args, "--events", 100_000);
        const int perDocument = 5;
        var folder = Directory.CreateTempSubdirectory("defacto-bench-events-").FullName;
        try
        {
            var random = new Random(42);
            var documents = Enumerable.Range(0, count / perDocument)
                .Select(d => (Id: $"doc{d:D6}", Events: Enumerable.Range(0, perDocument).Select(i => Synthetic(random, $"doc{d:D6}", i)).ToList()))
                .ToList();
            using var store = DocumentStore.Open(Path.Combine(folder, "bench.db"));
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            foreach (var (id, events) in documents) store.SaveEvents(id, events);
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"save              {store.EventMentionCount} mentions in {documents.Count} documents: {clock.Elapsed.TotalSeconds:0.00} s wall, {cpu.TotalSeconds:0.00} s CPU ({store.EventMentionCount / clock.Elapsed.TotalSeconds:0} mentions/s)");

            clock.Restart();
            var all = store.QueryEvents(new EventFilter());
            Console.WriteLine($"query all         {all.Count} deduplicated events: {clock.Elapsed.TotalSeconds:0.00} s");
            clock.Restart();
            int assaults = store.QueryEvents(new EventFilter { Cameo = "19", Actor = "ARM", From = new DateOnly(2021, 1, 1), To = new DateOnly(2021, 3, 31) }).Count;
            Console.WriteLine($"filtered query    {assaults} events (cameo 19, actor ARM, 2021-Q1): {clock.Elapsed.TotalMilliseconds:0} ms");

            foreach (var format in Enum.GetValues<EventExportFormat>())
            {
                var path = Path.Combine(folder, "events." + format.ToString().ToLowerInvariant());
                EventExporter.WriteFile(path, all.Take(1000).ToList(), format); // warm-up
                clock.Restart();
                EventExporter.WriteFile(path, all, format);
                clock.Stop();
                Console.WriteLine($"export {format,-8}   {clock.Elapsed.TotalSeconds:0.00} s ({all.Count / clock.Elapsed.TotalSeconds:0} events/s), {new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MiB");
            }
            clock.Restart();
            int exported = store.QueryEvents(new EventFilter()).Count;
            using (var sink = Stream.Null) EventExporter.Write(sink, store.QueryEvents(new EventFilter()), EventExportFormat.Csv);
            Console.WriteLine($"query+csv export  {exported} events end to end: {clock.Elapsed.TotalSeconds / 2:0.00} s per pass");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    // Dates fall in 2020-2022 so that some reports in different documents land in one cluster, as rewritten wire copy does.
    private static Event Synthetic(Random random, string docId, int index)
    {
        var (cameo, plover) = Codes[random.Next(Codes.Length)];
        string source = Polities[random.Next(Polities.Length)], target = Polities[random.Next(Polities.Length)];
        var date = new DateOnly(2020, 1, 1).AddDays(random.Next(3 * 365));
        int start = index * 180 + random.Next(60);
        return new Event
        {
            Id = $"{docId}:{index}:{random.Next(20)}",
            Date = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DatePrecision = "day",
            Source = [new EventActor($"{source} officials, \"quoted\"", source + Sectors[random.Next(Sectors.Length)])],
            Target = [new EventActor($"{target} forces", target + Sectors[random.Next(Sectors.Length)], random.Next(3) == 0 ? "Q" + random.Next(1000) : null)],
            Cameo = cameo, Plover = plover, Goldstein = Math.Round(random.NextDouble() * 20 - 10, 1), QuadClass = 1 + random.Next(4),
            Negated = random.Next(20) == 0, DocId = docId, Sentence = index, Evidence = new EventEvidence(start, start + 40 + random.Next(80)),
            Confidence = Math.Round(random.NextDouble(), 3), Location = random.Next(4) == 0 ? "Stepanakert" : null,
        };
    }
}
