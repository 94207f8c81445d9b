using BenchmarkDotNet.Attributes;
using Defacto.Model;
using Defacto.Time;

namespace Defacto.Bench;

/// <summary>Cost of the Time stage per document on the seeds, next to the whole default pipeline and the Text stage.</summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
public class TimeBenchmarks
{
    private string[] texts = [];
    private Document[] prepared = [];
    private readonly Pipeline textOnly = Pipeline.CreateTextOnly();
    private readonly Pipeline full = Pipeline.CreateDefault();
    private readonly TemporalTagger tagger = new();

    [GlobalSetup]
    public void Setup()
    {
        var seeds = Path.Combine(SharedRoot(), "seeds");
        texts = Directory.GetFiles(seeds, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var dct = DocumentDate.Exact(new DateTime(2024, 2, 14), DatePrecision.Day, DateProvenance.Metadata, null);
        prepared = texts.Select(t =>
        {
            var d = textOnly.Process(new Document("seed", t));
            d.Dct = dct;
            return d;
        }).ToArray();
    }

    /// <summary>Every stage registered in Pipeline.CreateDefault (Time included), per seed document.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 5)]
    public int DefaultPipelinePerDocument()
    {
        var n = 0;
        foreach (var t in texts) n += full.Process(new Document("seed", t)).TimeExpressions.Count;
        return n;
    }

    /// <summary>Text stage alone (clean, split, tokenize), per seed document.</summary>
    [Benchmark(OperationsPerInvoke = 5)]
    public int TextStagePerDocument()
    {
        var n = 0;
        foreach (var t in texts) n += textOnly.Process(new Document("seed", t)).Tokens.Count;
        return n;
    }

    /// <summary>The temporal tagger alone on already tokenized documents, per seed document.</summary>
    [Benchmark(OperationsPerInvoke = 5)]
    public int TaggerPerDocument()
    {
        var n = 0;
        foreach (var d in prepared) n += tagger.Tag(d).Count;
        return n;
    }

    internal static string SharedRoot()
    {
        if (Environment.GetEnvironmentVariable("DEFACTO_SHARED") is { Length: > 0 } env && Directory.Exists(env)) return env;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Defacto.slnx"))) dir = dir.Parent;
        var shared = dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        return shared is not null && Directory.Exists(shared) ? shared
            : throw new DirectoryNotFoundException("shared data not found: set DEFACTO_SHARED to the folder holding seeds/");
    }
}
