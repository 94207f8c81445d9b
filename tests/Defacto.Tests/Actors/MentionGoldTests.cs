using Defacto.Actors;

namespace Defacto.Tests.Actors;

public class MentionGoldTests
{
    [Fact]
    public void GoldSetResolvesAtLeast95Percent()
    {
        var issues = new List<KbIssue>();
        var gold = MentionGoldEvaluator.Read(Path.Combine(SharedData.RepoRoot, "eval", "actors", "mentions-gold.tsv"), issues);
        Assert.Empty(issues);
        Assert.True(gold.Count >= 200, $"gold set has only {gold.Count} mentions");
        var outcomes = new MentionGoldEvaluator(new MentionResolver(ActorIndex.For(ActorTestData.Kb))).Evaluate(gold);
        double accuracy = (double)outcomes.Count(o => o.Correct) / outcomes.Count;
        var errors = string.Join("\n", outcomes.Where(o => !o.Correct).Select(o => $"line {o.Gold.Line}: {o.Gold.Text} expected {o.Gold.Code} {o.Gold.KbId}, got {o.SystemCode} {o.SystemKbId}"));
        Assert.True(accuracy >= 0.95, $"accuracy {accuracy:P1}\n{errors}");
    }

    [Fact]
    public void TitlesAloneFollowTheDocumentDate()
    {
        const string text = "The South Ossetian president met the Russian foreign minister.";
        var early = ActorTestData.Text(text, new DateOnly(2015, 6, 1));
        var late = ActorTestData.Text(text, new DateOnly(2023, 6, 1));
        Assert.Equal("leonid-tibilov", ActorTestData.MentionsOf(early, "South Ossetian president")[0].KbId);
        Assert.Equal("alan-gagloev", ActorTestData.MentionsOf(late, "South Ossetian president")[0].KbId);
        Assert.Equal("sergey-lavrov", ActorTestData.MentionsOf(late, "Russian foreign minister")[0].KbId);
    }

    [Fact]
    public void UnknownNamesAreKeptWithContextAndLinkedBySurname()
    {
        var doc = ActorTestData.Text("Local activist Tamar Beridze spoke to reporters. Later Beridze said the talks had failed.", new DateOnly(2020, 1, 1));
        var first = ActorTestData.MentionsOf(doc, "Tamar Beridze").Single();
        Assert.Null(first.KbId);
        Assert.Equal("unresolved", first.Method);
        Assert.Contains("spoke to reporters", first.Context);
        var second = ActorTestData.MentionsOf(doc, "Beridze")[^1];
        Assert.Equal(doc.Mentions.IndexOf(first), second.Antecedent);
    }

    [Fact]
    public void RangeDatesAndMisspelledPlacesResolve()
    {
        var doc = new Defacto.Model.Document("test", "Fighting resumed in Karbakh, and Pashinian blamed Baku.");
        Pipeline.CreateTextOnly().Process(doc);
        doc.Dct = Defacto.Model.DocumentDate.Between(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), Defacto.Model.DateProvenance.Inferred, "test");
        new ActorStage(ActorTestData.Kb).Process(doc);
        Assert.Equal("NKR", ActorTestData.MentionsOf(doc, "Karbakh")[0].Code);
        Assert.Equal("nikol-pashinyan", ActorTestData.MentionsOf(doc, "Pashinian")[0].KbId);
        Assert.Equal("AZEGOV", ActorTestData.MentionsOf(doc, "Baku")[0].Code);
    }
}
