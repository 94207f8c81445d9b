using Defacto.Model;
using Defacto.Syntax;
using Defacto.Text;

namespace Defacto.Tests.Text;

public class SentenceBoundaryTrainerTests
{
    [Fact]
    public void ShortTrainingRunOnASliceLearnsAndRoundTrips()
    {
        var train = ConlluReader.ReadFile(SharedData.Path("data/ud-english-ewt/en_ewt-ud-train.conllu")).Take(600).ToList();
        var dev = ConlluReader.ReadFile(SharedData.Path("data/ud-english-ewt/en_ewt-ud-dev.conllu")).Take(150).ToList();
        var reports = new List<SentenceTrainingProgress>();
        var trainer = new SentenceBoundaryTrainer(new SentenceTrainingOptions { Epochs = 2, Runs = 1, Bits = 14 }, reports.Add);
        var model = trainer.Train(train, dev);
        Assert.Equal(3, reports.Count); // two epochs, then the final (averaged) model
        Assert.True(reports[^1].DevSentenceF1 > 0.6, $"dev sentence F1 {reports[^1].DevSentenceF1:F3}");

        var path = Path.Combine(Path.GetTempPath(), $"defacto-sentences-{Guid.NewGuid():N}.model");
        try
        {
            model.Save(path);
            var loaded = SentenceBoundaryModel.Load(path);
            var text = RawTextAnalyzer.RunningText(dev);
            Assert.Equal(Boundaries(text, model), Boundaries(text, loaded));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void TrainingDataWithoutTextIsRejected()
    {
        var empty = new List<ConlluSentence> { new() };
        var trainer = new SentenceBoundaryTrainer(new SentenceTrainingOptions { Epochs = 1, Runs = 1, Bits = 10 });
        var error = Assert.Throws<InvalidDataException>(() => trainer.Train(empty, empty));
        Assert.Contains("no text", error.Message);
    }

    [Fact]
    public void DamagedModelFileIsReportedByName()
    {
        var path = Path.Combine(Path.GetTempPath(), $"defacto-damaged-{Guid.NewGuid():N}.model");
        try
        {
            File.WriteAllBytes(path, [1, 2, 3, 4, 5]);
            var error = Assert.Throws<InvalidDataException>(() => SentenceBoundaryModel.Load(path));
            Assert.Contains(path, error.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void MissingExplicitModelPathIsAnError()
    {
        var error = Assert.Throws<FileNotFoundException>(() => SentenceModelLocator.Find("/nonexistent/sentences.model"));
        Assert.Contains("/nonexistent/sentences.model", error.Message);
    }

    private static List<(int, int)> Boundaries(string text, SentenceBoundaryModel model)
    {
        var document = new Document("dev", text);
        new SentenceSplitter(new Tokenizer(), model).Split(document);
        return document.Sentences.Select(s => (s.Start, s.End)).ToList();
    }
}
