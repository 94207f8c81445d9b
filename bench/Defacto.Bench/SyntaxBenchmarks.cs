using BenchmarkDotNet.Attributes;
using Defacto.Syntax;

namespace Defacto.Bench;

/// <summary>Tag + lemmatize + parse throughput of the committed model on the EWT dev sentences (gold tokens), one thread.</summary>
[SimpleJob(warmupCount: 2, iterationCount: 8)]
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class SyntaxBenchmarks
{
    private const int Sentences = 2001;
    private SyntaxModel _model = null!;
    private string[][] _forms = [];
    private readonly SentenceAnalysis _scratch = new();

    [GlobalSetup]
    public void Setup()
    {
        _model = SyntaxModel.Load(SyntaxModelLocator.Find());
        var dev = ConlluReader.ReadFile(FindShared("data/ud-english-ewt/en_ewt-ud-dev.conllu"));
        _forms = dev.Select(s => s.Words.Select(w => SyntaxModel.NormalizeForm(w.Form)).ToArray()).ToArray();
        if (_forms.Length != Sentences) throw new InvalidOperationException($"expected {Sentences} dev sentences, found {_forms.Length}");
    }

    /// <summary>Time per sentence (OperationsPerInvoke); sentences/s = 1 s / mean.</summary>
    [Benchmark(OperationsPerInvoke = Sentences)]
    public int TagLemmatizeParse()
    {
        int roots = 0;
        foreach (var forms in _forms)
        {
            _model.Analyze(forms, _scratch);
            roots += _scratch.Heads[0];
        }
        return roots;
    }

    [Benchmark(OperationsPerInvoke = Sentences)]
    public int TagOnly()
    {
        var tags = new int[256];
        int sum = 0;
        foreach (var forms in _forms)
        {
            if (tags.Length < forms.Length) tags = new int[forms.Length];
            _model.Tagger.Tag(forms, tags);
            sum += tags[0];
        }
        return sum;
    }

    [Benchmark]
    public SyntaxModel LoadModel() => SyntaxModel.Load(SyntaxModelLocator.Find());

    /// <summary>The shared data folder: DEFACTO_SHARED, else a "shared" folder beside some parent of the program.</summary>
    internal static string FindShared(string relative)
    {
        var env = Environment.GetEnvironmentVariable("DEFACTO_SHARED");
        if (!string.IsNullOrEmpty(env) && File.Exists(Path.Combine(env, relative))) return Path.Combine(env, relative);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"shared data not found: {relative} (set DEFACTO_SHARED)");
    }
}
