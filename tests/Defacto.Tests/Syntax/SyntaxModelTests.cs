using Defacto.Model;
using Defacto.Syntax;

namespace Defacto.Tests.Syntax;

/// <summary>Loads the committed model once for the tests that use it.</summary>
public sealed class CommittedModelFixture
{
    public SyntaxModel Model { get; } = SyntaxModel.Load(SyntaxModelLocator.Find(Path.Combine(SharedData.RepoRoot, "models", SyntaxModelLocator.FileName)));
}

public class SyntaxModelTests(CommittedModelFixture fixture) : IClassFixture<CommittedModelFixture>
{
    [Fact]
    public void A_forced_root_becomes_the_only_root_of_a_whole_tree()
    {
        // Every word of a few EWT dev sentences held as the root in turn: one root, that word, and every word reaches it.
        var gold = ConlluReader.ReadFile(SharedData.Path("data/ud-english-ewt/en_ewt-ud-dev.conllu")).Where(s => s.Words.Count is >= 3 and <= 25).Take(20);
        var analysis = new SentenceAnalysis();
        var state = new ParseState();
        foreach (var s in gold)
        {
            var forms = s.Words.Select(w => w.Form).ToArray();
            fixture.Model.Analyze(forms, analysis);
            for (int forced = 1; forced <= forms.Length; forced++)
            {
                state.Reset(forms, analysis.TagIds.AsSpan(0, forms.Length), fixture.Model.Tags.UposId);
                state.ForcedRoot = forced;
                fixture.Model.Parser.Parse(state);
                var heads = state.Heads.ToArray();
                Assert.Equal([forced], Enumerable.Range(1, forms.Length).Where(i => heads[i] == 0));
                for (int i = 1; i <= forms.Length; i++)
                {
                    int node = i, steps = 0;
                    while (node != 0 && steps++ <= forms.Length) node = heads[node];
                    Assert.Equal(0, node);
                }
            }
        }
    }

    [Fact]
    public void SavedAndReloadedModelAnalyzesAlike()
    {
        // Saving reads the weights back out of the loaded tables; a model written that way must analyze exactly as the original.
        var path = Path.Combine(Path.GetTempPath(), $"defacto-resave-{Guid.NewGuid():N}.model");
        try
        {
            fixture.Model.Save(path);
            var reloaded = SyntaxModel.Load(path);
            var gold = ConlluReader.ReadFile(SharedData.Path("data/ud-english-ewt/en_ewt-ud-dev.conllu")).Take(200);
            SentenceAnalysis a = new(), b = new();
            foreach (var s in gold)
            {
                var forms = s.Words.Select(w => w.Form).ToArray();
                fixture.Model.AnalyzeNews(forms, a);
                reloaded.AnalyzeNews(forms, b);
                Assert.Equal(a.TagIds.AsSpan(0, forms.Length), b.TagIds.AsSpan(0, forms.Length));
                Assert.Equal(a.Heads.AsSpan(0, forms.Length), b.Heads.AsSpan(0, forms.Length));
                Assert.Equal(a.Labels.AsSpan(0, forms.Length), b.Labels.AsSpan(0, forms.Length));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void DevAccuracyStaysAboveFloors()
    {
        // Floors a little under the committed model's measured dev scores (UPOS 95.29, lemma 96.53, FEATS 92.17, UAS 85.00, LAS 81.82).
        var gold = ConlluReader.ReadFile(SharedData.Path("data/ud-english-ewt/en_ewt-ud-dev.conllu"));
        var system = gold.Select(s =>
        {
            var copy = new ConlluSentence();
            copy.Multiwords.AddRange(s.Multiwords);
            foreach (var w in s.Words) copy.Words.Add(new ConlluWord { Id = w.Id, Form = w.Form, Misc = w.Misc });
            return copy;
        }).ToList();
        var scratch = new SentenceAnalysis();
        foreach (var s in system) fixture.Model.Annotate(s, scratch);
        var scores = SyntaxEvaluator.Score(gold, system);
        Assert.Equal(100, scores.Words);
        Assert.True(scores.Upos >= 94.8, $"UPOS {scores.Upos:F2}");
        Assert.True(scores.Lemma >= 96.0, $"lemma {scores.Lemma:F2}");
        Assert.True(scores.Feats >= 91.5, $"FEATS {scores.Feats:F2}");
        Assert.True(scores.Uas >= 84.5, $"UAS {scores.Uas:F2}");
        Assert.True(scores.Las >= 81.3, $"LAS {scores.Las:F2}");
    }

    [Fact]
    public void RawDevTextTokenizesAndSplitsAboveFloors()
    {
        // Measured: tokens 99.32, sentences 85.56, LAS 79.31.
        var gold = ConlluReader.ReadFile(SharedData.Path("data/ud-english-ewt/en_ewt-ud-dev.conllu"));
        var text = Defacto.Cli.Commands.SyntaxCommands.GoldText(gold);
        var system = RawTextAnalyzer.Analyze(text, fixture.Model);
        var scores = SyntaxEvaluator.Score(gold, system);
        Assert.True(scores.Tokens >= 99.0, $"tokens {scores.Tokens:F2}");
        Assert.True(scores.Sentences >= 84.0, $"sentences {scores.Sentences:F2}");
        Assert.True(scores.Las >= 78.6, $"raw LAS {scores.Las:F2}");
    }

    public static TheoryData<string, string[]> BadSentences() => new()
    {
        { "empty", [] },
        { "punctuation only", ["!", "?", "...", ",", "(", ")", "\""] },
        { "non-Latin", ["Москва", "и", "東京", "وزير", "ქართული", "."] },
        { "control characters", ["\u0001", "a\u0007b", "\t", "\u200B", "x"] },
        { "one word", ["Peace"] },
        { "long", Enumerable.Range(0, 1000).Select(i => i % 7 == 6 ? "," : i % 3 == 0 ? "talks" : "the").ToArray() },
    };

    public static TheoryData<string, string[]> OddNewsSentences()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var row in BadSentences()) data.Add((string)row[0], (string[])row[1]);
        data.Add("date phrases everywhere", Enumerable.Range(0, 300).SelectMany(i => new[] { "Lavrov", "on", "Monday", "said", "on", "12", "May", "2008", "that" }).Append(".").ToArray());
        data.Add("date phrase at the end", ["They", "met", "on", "Monday"]);
        data.Add("empty apposition", ["Putin", ",", ",", "signed", "it", "."]);
        data.Add("apposition then date", ["Igor", "Khovayev", ",", "the", "envoy", ",", "on", "Tuesday", "met", "Bayramov", "."]);
        data.Add("only commas and a name", ["Putin", ",", ",", ",", ",", "."]);
        data.Add("fronted phrase with a date inside", ["After", "talks", "on", "Monday", ",", "Russia", "on", "Tuesday", "signed", "the", "deal", "."]);
        data.Add("fronted phrase then apposition", ["Under", "the", "deal", ",", "Igor", "Khovayev", ",", "the", "envoy", ",", "met", "Bayramov", "."]);
        data.Add("fronted phrase of one word", ["In", ",", "they", "said", "it", "was", "over", "."]);
        data.Add("fronted phrases repeated", Enumerable.Range(0, 200).SelectMany(i => new[] { "Under", "the", "truce", ",", "they", "agreed" }).Append(".").ToArray());
        return data;
    }

    [Theory]
    [MemberData(nameof(OddNewsSentences))]
    public void OddSentencesOnTheNewsPathGetOneRootedAcyclicTree(string name, string[] forms)
    {
        var result = new SentenceAnalysis();
        fixture.Model.AnalyzeNews(forms, result);
        AssertWellFormed(name, forms, result, checkTags: false);
    }

    [Theory]
    [MemberData(nameof(BadSentences))]
    public void OddSentencesGetOneRootedAcyclicTree(string name, string[] forms)
    {
        var result = new SentenceAnalysis();
        fixture.Model.Analyze(forms, result);
        AssertWellFormed(name, forms, result, checkTags: true);
    }

    private void AssertWellFormed(string name, string[] forms, SentenceAnalysis result, bool checkTags)
    {
        Assert.Equal(forms.Length, result.Count);
        AssertValidTree(result.Heads.AsSpan(0, forms.Length), name);
        for (int i = 0; i < forms.Length; i++)
        {
            Assert.NotNull(result.Lemmas[i]);
            if (checkTags) Assert.InRange(result.TagIds[i], 0, fixture.Model.Tags.Count - 1);
            Assert.InRange(result.Labels[i], 0, fixture.Model.Parser.Labels.Count - 1);
        }
    }

    internal static void AssertValidTree(ReadOnlySpan<int> heads, string name)
    {
        int n = heads.Length, roots = 0;
        for (int i = 0; i < n; i++)
        {
            Assert.InRange(heads[i], 0, n);
            Assert.NotEqual(i + 1, heads[i]);
            if (heads[i] == 0) roots++;
        }
        if (n > 0) Assert.True(roots == 1, $"{name}: {roots} roots");
        for (int i = 0; i < n; i++)
        {
            int x = i + 1, steps = 0;
            while (x != 0)
            {
                x = heads[x - 1];
                Assert.True(++steps <= n, $"{name}: cycle through word {i + 1}");
            }
        }
    }

    [Fact]
    public void StageFillsEveryTokenOfADocument()
    {
        // Text written for this test.
        var document = new Document("test", "The envoys didn't sign the ceasefire on Monday. Talks resume in Geneva next week.");
        new Defacto.Text.SentenceSplitter(new Defacto.Text.Tokenizer()).Split(document);
        new SyntaxStage(fixture.Model).Process(document);
        Assert.Equal(2, document.Sentences.Count);
        foreach (var sentence in document.Sentences)
        {
            var tokens = sentence.Tokens(document);
            AssertValidTree(tokens.ToArray().Select(t => t.Head).ToArray(), "document");
        }
        var sign = document.Tokens.Single(t => t.Text == "sign");
        Assert.Equal("VERB", sign.Upos);
        Assert.Equal("sign", sign.Lemma);
        Assert.Equal("root", sign.DepRel);
        var envoys = document.Tokens.Single(t => t.Text == "envoys");
        Assert.Equal("envoy", envoys.Lemma);
        Assert.Equal("Number=Plur", envoys.Feats);
        Assert.Equal("nsubj", envoys.DepRel);
        Assert.Equal(sign.Index - document.Sentences[0].FirstToken + 1, envoys.Head);
        Assert.Equal("not", document.Tokens.Single(t => t.Text == "n't").Lemma);
    }

    [Fact]
    public void RawTextKeepsContractionsAsMultiwordTokens()
    {
        var sentences = RawTextAnalyzer.Analyze("We don't know. It's late!", fixture.Model);
        Assert.Equal(2, sentences.Count);
        var mwt = Assert.Single(sentences[0].Multiwords);
        Assert.Equal("don't", mwt.Form);
        Assert.Equal(["We", "do", "n't", "know", "."], sentences[0].Words.Select(w => w.Form));
        Assert.Equal("It's", Assert.Single(sentences[1].Multiwords).Form);
        var cannot = RawTextAnalyzer.Analyze("They cannot agree", fixture.Model);
        Assert.Equal("cannot", Assert.Single(cannot[0].Multiwords).Form);
        var text = ConlluWriter.ToString(sentences);
        Assert.Equal(2, ConlluReader.ReadString(text).Count);
    }

    [Fact]
    public void SavedModelLoadsWithTheSameAnalyses()
    {
        var path = Path.Combine(Path.GetTempPath(), $"defacto-syntax-{Guid.NewGuid():N}.model");
        try
        {
            fixture.Model.Save(path);
            var loaded = SyntaxModel.Load(path);
            string[] forms = ["Armenia", "and", "Azerbaijan", "signed", "a", "peace", "deal", "."];
            var a = new SentenceAnalysis();
            var b = new SentenceAnalysis();
            fixture.Model.Analyze(forms, a);
            loaded.Analyze(forms, b);
            Assert.Equal(a.Heads.Take(forms.Length), b.Heads.Take(forms.Length));
            Assert.Equal(a.TagIds.Take(forms.Length), b.TagIds.Take(forms.Length));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void MissingOrBrokenModelFilesAreNamed()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-defacto.model");
        var e = Assert.Throws<FileNotFoundException>(() => SyntaxModelLocator.Find(missing));
        Assert.Contains(missing, e.Message);
        var junk = Path.Combine(Path.GetTempPath(), $"defacto-junk-{Guid.NewGuid():N}.model");
        File.WriteAllText(junk, "not a model");
        try
        {
            var bad = Assert.Throws<InvalidDataException>(() => SyntaxModel.Load(junk));
            Assert.Contains(junk, bad.Message);
        }
        finally { File.Delete(junk); }
    }
}

public class SyntaxPipelineTests
{
    public static TheoryData<string> OddTexts() => new()
    {
        "",
        "   \n\n\t ",
        "\u0001\u0002 \u0007bell\u0008 and \u001b[0m escape codes.",
        "!!! ??? ... ;;; (((",
        "Президент Южной Осетии встретился с делегацией. 東京で会談が行われた。",
        string.Join(' ', Enumerable.Range(0, 3000).Select(i => i % 11 == 10 ? "and" : "ceasefire")),
    };

    [Theory]
    [MemberData(nameof(OddTexts))]
    public void DefaultPipelineParsesOddTextIntoValidTrees(string text)
    {
        var document = Pipeline.CreateDefault().Process(new Defacto.Model.Document("odd", text));
        foreach (var sentence in document.Sentences)
        {
            var tokens = sentence.Tokens(document).ToArray();
            Assert.All(tokens, t => Assert.NotNull(t.Upos));
            SyntaxModelTests.AssertValidTree(tokens.Select(t => t.Head).ToArray(), "pipeline");
        }
    }
}
