using System.Text.Json;
using Defacto.Cli;
using Defacto.Syntax;

namespace Defacto.Tests.Syntax;

/// <summary>Tests that redirect the process-wide console run one at a time.</summary>
[CollectionDefinition("Console", DisableParallelization = true)]
public sealed class ConsoleCollection;

[Collection("Console")]
public class SyntaxCliTests
{
    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        var oldOut = Console.Out;
        var oldError = Console.Error;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try { return (CliApp.Run(args), stdout.ToString(), stderr.ToString()); }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    private static string ModelPath => Path.Combine(SharedData.RepoRoot, "models", SyntaxModelLocator.FileName);

    [Fact]
    public void EvalJsonPrintsOneObjectWithTheNumericFields()
    {
        var dev = ConlluReader.ReadFile(SharedData.Path("data/ud-english-ewt/en_ewt-ud-dev.conllu")).Take(60).ToList();
        var gold = Path.Combine(Path.GetTempPath(), $"defacto-gold-{Guid.NewGuid():N}.conllu");
        File.WriteAllText(gold, ConlluWriter.ToString(dev));
        try
        {
            foreach (var raw in new[] { false, true })
            {
                var args = new List<string> { "eval", "syntax", "--gold", gold, "--model", ModelPath, "--json" };
                if (raw) args.Add("--raw");
                var (code, output, error) = Run(args.ToArray());
                Assert.True(code == 0, error);
                using var json = JsonDocument.Parse(output);
                foreach (var field in new[] { "tokens", "sentences", "words", "upos", "xpos", "lemma", "uas", "las" })
                {
                    var value = json.RootElement.GetProperty(field).GetDouble();
                    Assert.InRange(value, raw ? 50 : 60, 100);
                }
                if (!raw) Assert.Equal(100, json.RootElement.GetProperty("tokens").GetDouble());
            }
        }
        finally { File.Delete(gold); }
    }

    [Fact]
    public void ParseWritesConlluThatReadsBack()
    {
        var input = Path.Combine(Path.GetTempPath(), $"defacto-text-{Guid.NewGuid():N}.txt");
        // Text written for this test.
        File.WriteAllText(input, "Georgia's president met the envoy in Tbilisi. They didn't agree.\n\nTalks end today.");
        try
        {
            var (code, output, error) = Run("parse", input, "--model", ModelPath);
            Assert.True(code == 0, error);
            var sentences = ConlluReader.ReadString(output, "parse output");
            Assert.Equal(3, sentences.Count);
            Assert.All(sentences, s => SyntaxModelTests.AssertValidTree(s.Words.Select(w => w.Head).ToArray(), s.Text ?? ""));
            Assert.Equal("Tbilisi", sentences[0].Words.Single(w => w.Form == "Tbilisi").Lemma);
            var (textCode, text, _) = Run("parse", input, "--model", ModelPath, "--format", "text");
            Assert.Equal(0, textCode);
            Assert.Contains("root(ROOT-0, met-4)", text);
        }
        finally { File.Delete(input); }
    }

    [Fact]
    public void BadInputsAreOneLineUserErrors()
    {
        var (code, _, error) = Run("eval", "syntax", "--gold", "/no/such/gold.conllu", "--model", ModelPath);
        Assert.Equal(CliApp.UserError, code);
        Assert.Equal("defacto: /no/such/gold.conllu: file not found", error.Trim());

        var bad = Path.Combine(Path.GetTempPath(), $"defacto-bad-{Guid.NewGuid():N}.conllu");
        File.WriteAllText(bad, "1\tword\n");
        try
        {
            (code, _, error) = Run("eval", "syntax", "--gold", bad, "--model", ModelPath);
            Assert.Equal(CliApp.UserError, code);
            Assert.Contains($"{bad}:1: expected 10 tab-separated columns", error);
            Assert.Single(error.Trim().Split('\n'));
        }
        finally { File.Delete(bad); }

        (code, _, error) = Run("parse", "/no/such/input.txt", "--model", "/no/such.model");
        Assert.Equal(CliApp.UserError, code);
        (code, _, error) = Run("parse", bad + ".missing");
        Assert.Equal(CliApp.UserError, code);
    }

    [Fact]
    public void ParserOnlyTrainingWithoutATagCacheIsAUserError()
    {
        var train = SharedData.Path("data/ud-english-ewt/en_ewt-ud-dev.conllu");
        var output = Path.Combine(Path.GetTempPath(), $"defacto-never-{Guid.NewGuid():N}.model");
        var (code, _, error) = Run("train", "syntax", "--train", train, "--dev", train, "--out", output,
            "--parser-only", ModelPath, "--tag-cache", "/no/such/tags.txt");
        Assert.Equal(CliApp.UserError, code);
        Assert.Contains("--parser-only needs an existing --tag-cache", error);
        Assert.False(File.Exists(output));
    }
}
