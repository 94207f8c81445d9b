using BenchmarkDotNet.Attributes;
using Defacto.Actors;
using Defacto.Model;

namespace Defacto.Bench;

/// <summary>Actor mention finding and resolution over the five seed articles (Text stage done in setup); divide by the sentence count printed at setup for per-sentence cost.</summary>
[MemoryDiagnoser]
public class ActorBenchmarks
{
    private readonly List<(Document Doc, DateOnly Date)> _docs = new();
    private MentionResolver _resolver = null!;

    [GlobalSetup]
    public void Setup()
    {
        var kb = KnowledgeBaseLocator.Load();
        _resolver = new MentionResolver(ActorIndex.For(kb));
        var seeds = FindSeeds();
        var dates = new[] { new DateOnly(2019, 2, 19), new DateOnly(2025, 1, 15), new DateOnly(2020, 9, 28), new DateOnly(2024, 2, 14), new DateOnly(2021, 1, 18) };
        var files = Directory.GetFiles(seeds, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        for (int i = 0; i < files.Length; i++)
        {
            var doc = Pipeline.CreateTextOnly().Process(new Document(files[i], File.ReadAllText(files[i])));
            _docs.Add((doc, dates[i % dates.Length]));
        }
        Console.WriteLine($"// actor benchmark corpus: {_docs.Count} documents, {_docs.Sum(d => d.Doc.Sentences.Count)} sentences, {_docs.Sum(d => d.Doc.Tokens.Count)} tokens");
    }

    /// <summary>Resolves every seed document once.</summary>
    [Benchmark]
    public int ResolveSeeds()
    {
        int mentions = 0;
        foreach (var (doc, date) in _docs)
        {
            _resolver.Resolve(doc, date, date);
            mentions += doc.Mentions.Count;
        }
        return mentions;
    }

    /// <summary>Loads the knowledge tables and builds the lexicon from scratch (what a cold start pays once).</summary>
    [Benchmark]
    public int LoadKnowledgeBase()
    {
        var kb = KnowledgeBaseLoader.Load(KnowledgeBaseLocator.Resolve());
        return ActorIndex.Build(kb, null).Lexicon.Count;
    }

    private static string FindSeeds()
    {
        var env = Environment.GetEnvironmentVariable("DEFACTO_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(Path.Combine(env, "seeds"))) return Path.Combine(env, "seeds");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(candidate)) return candidate;
            candidate = Path.Combine(dir.FullName, "..", "shared", "seeds");
            if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException("seeds not found: set DEFACTO_SHARED to the shared folder");
    }
}
