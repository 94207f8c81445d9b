using BenchmarkDotNet.Attributes;
using Defacto.Model;
using Defacto.Text;

namespace Defacto.Bench;

/// <summary>Sentence splitting and tokenizing per seed document: the punctuation rules alone against rules plus the boundary model.</summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
public class SentenceBenchmarks
{
    private string[] texts = [];
    private readonly SentenceSplitter rules = new(new Tokenizer());
    private readonly SentenceSplitter withModel = SentenceSplitter.CreateDefault();

    [GlobalSetup]
    public void Setup()
    {
        var seeds = Path.Combine(TimeBenchmarks.SharedRoot(), "seeds");
        // The cleaned text, as the splitter sees it in the pipeline.
        var cleaner = Pipeline.CreateTextOnly();
        texts = Directory.GetFiles(seeds, "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => cleaner.Process(new Document("seed", File.ReadAllText(f))).Text).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 5)]
    public int RulesPerDocument() => Run(rules);

    [Benchmark(OperationsPerInvoke = 5)]
    public int RulesAndModelPerDocument() => Run(withModel);

    private int Run(SentenceSplitter splitter)
    {
        var n = 0;
        foreach (var t in texts)
        {
            var d = new Document("seed", t);
            splitter.Split(d);
            n += d.Sentences.Count;
        }
        return n;
    }
}
