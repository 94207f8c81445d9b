using System.Diagnostics;
using Defacto.Model;

namespace Defacto.Bench;

/// <summary>Where the whole pipeline spends its time: each stage timed over the sample articles (or the seeds) repeated, one thread.</summary>
public static class StageTimes
{
    public static int Run(string[] args)
    {
        int i = Array.IndexOf(args, "--samples");
        var folder = i >= 0 && i + 1 < args.Length ? args[i + 1] : FindSamples();
        int j = Array.IndexOf(args, "--rounds");
        int rounds = j >= 0 && j + 1 < args.Length ? int.Parse(args[j + 1]) : 20;
        var texts = Directory.GetFiles(folder).Where(f => f.EndsWith(".txt") || f.EndsWith(".html")).OrderBy(f => f).Select(f => (f, File.ReadAllText(f))).ToArray();
        var pipeline = Pipeline.CreateDefault();
        foreach (var (path, text) in texts) pipeline.Process(new Document(path, text)); // warm-up: JIT, models, knowledge base
        var totals = new double[pipeline.Stages.Count];
        int docs = 0, sentences = 0, events = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (int r = 0; r < rounds; r++)
            foreach (var (path, text) in texts)
            {
                var document = new Document(path, text);
                for (int s = 0; s < pipeline.Stages.Count; s++)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    pipeline.Stages[s].Process(document);
                    totals[s] += Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                }
                docs++;
                sentences += document.Sentences.Count;
                events += document.Events.Count;
            }
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.WriteLine($"{docs} documents, {sentences} sentences, {events} events; {docs / clock.Elapsed.TotalSeconds:0} documents/s wall, {docs / cpu.TotalSeconds:0} per CPU-second");
        for (int s = 0; s < pipeline.Stages.Count; s++)
            Console.WriteLine($"  {pipeline.Stages[s].Name,-22} {totals[s] / docs,8:0.000} ms/document {totals[s] / sentences * 1000,9:0.0} µs/sentence {100 * totals[s] / totals.Sum(),5:0.0} %");
        return 0;
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "samples")) && File.Exists(Path.Combine(dir.FullName, "Defacto.slnx")))
                return Path.Combine(dir.FullName, "samples");
        throw new DirectoryNotFoundException("samples/ not found; pass --samples DIR");
    }
}
