using Defacto.Syntax;

namespace Defacto.Tests.Syntax;

public class SyntaxTrainerTests
{
    [Fact]
    public void ShortTrainingRunGivesAUsableModel()
    {
        var train = ConlluReader.ReadFile(SharedData.Path("data/ud-english-ewt/en_ewt-ud-train.conllu")).Take(300).ToList();
        var dev = ConlluReader.ReadFile(SharedData.Path("data/ud-english-ewt/en_ewt-ud-dev.conllu")).Take(200).ToList();
        var progress = new List<TrainingProgress>();
        var options = new SyntaxTrainingOptions { TaggerEpochs = 1, ParserEpochs = 1, JackknifeFolds = 0, TaggerBits = 16, TransitionBits = 18, LabelBits = 15 };
        var model = new SyntaxTrainer(options, progress.Add).Train(train, dev);
        Assert.Contains(progress, p => p.Part == "tagger");
        Assert.Contains(progress, p => p.Part == "parser");

        var path = Path.Combine(Path.GetTempPath(), $"defacto-small-{Guid.NewGuid():N}.model");
        try
        {
            model.Save(path);
            var loaded = SyntaxModel.Load(path);
            var system = dev.Select(s =>
            {
                var copy = new ConlluSentence();
                foreach (var w in s.Words) copy.Words.Add(new ConlluWord { Id = w.Id, Form = w.Form });
                loaded.Annotate(copy);
                SyntaxModelTests.AssertValidTree(copy.Words.Select(w => w.Head).ToArray(), "small model");
                return copy;
            }).ToList();
            var scores = SyntaxEvaluator.Score(dev, system);
            // 300 sentences and one epoch: far from the full model, far above chance.
            Assert.True(scores.Upos > 70, $"UPOS {scores.Upos:F2}");
            Assert.True(scores.Uas > 45, $"UAS {scores.Uas:F2}");
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void ParserRetrainingReusesTheTaggerAndTheCachedJackknifeTags()
    {
        var train = ConlluReader.ReadFile(SharedData.Path("data/ud-english-ewt/en_ewt-ud-train.conllu")).Take(200).ToList();
        var dev = ConlluReader.ReadFile(SharedData.Path("data/ud-english-ewt/en_ewt-ud-dev.conllu")).Take(100).ToList();
        var cache = Path.Combine(Path.GetTempPath(), $"defacto-tags-{Guid.NewGuid():N}.txt");
        try
        {
            var options = new SyntaxTrainingOptions
            {
                TaggerEpochs = 1, ParserEpochs = 1, JackknifeFolds = 2, ParserRuns = 2, TagCachePath = cache,
                TaggerBits = 16, TransitionBits = 18, LabelBits = 15,
            };
            var progress = new List<TrainingProgress>();
            var full = new SyntaxTrainer(options, progress.Add).Train(train, dev);
            Assert.True(File.Exists(cache), "the jackknifed tags were not cached");
            Assert.Single(progress, p => p.Part == "parser mean");

            var retrained = new SyntaxTrainer(options).RetrainParser(full, train, dev);
            Assert.Same(full.Tagger, retrained.Tagger);
            var analysis = new SentenceAnalysis();
            retrained.Analyze(dev[0].Words.Select(w => w.Form).ToArray(), analysis);
            SyntaxModelTests.AssertValidTree(analysis.Heads[..analysis.Count], "retrained parser");

            // A cache written for other training data is refused, not silently misused.
            Assert.Throws<InvalidDataException>(() => new SyntaxTrainer(options).RetrainParser(full, train.Take(150).ToList(), dev));
        }
        finally { File.Delete(cache); }
    }

    [Fact]
    public void LemmatizerLearnsSuffixRulesForUnseenWords()
    {
        var tags = new TagSet(["VERB|VBD", "NOUN|NNS", "PROPN|NNP"]);
        var words = new List<(string, int, string)>
        {
            ("walked", 0, "walk"), ("talked", 0, "talk"), ("signed", 0, "sign"), ("went", 0, "go"),
            ("treaties", 1, "treaty"), ("parties", 1, "party"), ("envoys", 1, "envoy"), ("talks", 1, "talk"),
            ("Geneva", 2, "Geneva"), ("Yerevan", 2, "Yerevan"),
        };
        var lemmatizer = Lemmatizer.Train(words);
        Assert.Equal("go", lemmatizer.Lemmatize("went", 0));
        Assert.Equal("ratify", lemmatizer.Lemmatize("ratifies", 1));
        Assert.Equal("visit", lemmatizer.Lemmatize("visited", 0));
        Assert.Equal("Tskhinvali", lemmatizer.Lemmatize("Tskhinvali", 2));
    }
}
