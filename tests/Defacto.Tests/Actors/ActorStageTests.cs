using Defacto.Actors;
using Defacto.Model;

namespace Defacto.Tests.Actors;

public class ActorStageTests
{
    [Fact]
    public void DefaultPipelineRunsTheActorStage()
    {
        var pipeline = Pipeline.CreateDefault();
        Assert.Contains(pipeline.Stages, s => s is ActorStage);
        var doc = pipeline.Process(new Document("test", "Moscow, 12 March 2021. Sergey Lavrov met Jeyhun Bayramov."));
        Assert.Contains(doc.Mentions, m => m.KbId == "sergey-lavrov");
        Assert.Contains(doc.Mentions, m => m.KbId == "jeyhun-bayramov");
    }

    [Fact]
    public void SyntaxTagsAreUsedWhenPresent()
    {
        var doc = new Document("test", "Khrustalev spoke. Tbilisi answered.");
        Pipeline.CreateTextOnly().Process(doc);
        doc.Dct = DocumentDate.Exact(new DateTime(2020, 1, 1), DatePrecision.Day, DateProvenance.Metadata, "test");
        // Without tags a lone capitalized word opening a sentence is not taken for a name; a PROPN tag makes it one.
        new ActorStage(ActorTestData.Kb).Process(doc);
        Assert.DoesNotContain(doc.Mentions, m => m.Text == "Khrustalev");
        doc.Tokens[0].Upos = "PROPN";
        new ActorStage(ActorTestData.Kb).Process(doc);
        Assert.Contains(doc.Mentions, m => m.Text == "Khrustalev" && m.Kind == MentionKind.Unknown);
        Assert.Equal("GEOGOV", doc.Mentions.Single(m => m.Text == "Tbilisi").Code);
    }

    [Fact]
    public void AFixedDateOverridesTheDocumentDate()
    {
        var doc = new Document("test", "The Georgian president spoke.");
        Pipeline.CreateTextOnly().Process(doc);
        doc.Dct = DocumentDate.Exact(new DateTime(2010, 1, 1), DatePrecision.Day, DateProvenance.Metadata, "test");
        new ActorStage(ActorTestData.Kb, asOf: new DateOnly(2016, 1, 1)).Process(doc);
        Assert.Equal("giorgi-margvelashvili", doc.Mentions.Single().KbId);
    }
}
