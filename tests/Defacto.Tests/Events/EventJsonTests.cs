using System.Text.Json;
using Defacto.Model;

namespace Defacto.Tests.Events;

public sealed class EventJsonTests
{
    [Fact]
    public void WritesTheDesignFieldNamesAndReadsThemBack()
    {
        var e = new Event
        {
            Id = "doc1:3:5", Date = "2019-02-19", DatePrecision = "day",
            Source = [new EventActor("South Ossetian Foreign Ministry", "SOSGOV", "sos-mfa")],
            Target = [new EventActor("Artsakh", "NKR")],
            Cameo = "057", Plover = "SUPPORT", Mode = "sign", Context = "diplomatic", Goldstein = 8.0, QuadClass = 1,
            Negated = false, Modality = "asserted", AttributedTo = new EventActor("Zakharova", "RUSGOV"), Location = "Tskhinvali",
            DocId = "doc1", Sentence = 3, Evidence = new EventEvidence(120, 188), Confidence = 0.9,
        };
        var line = EventJson.ToJsonLine(e);
        Assert.DoesNotContain('\n', line);
        using var doc = JsonDocument.Parse(line);
        string[] expected = ["id", "date", "datePrecision", "source", "target", "cameo", "plover", "mode", "context", "goldstein", "quadClass",
            "negated", "modality", "attributedTo", "location", "docId", "sentence", "evidence", "confidence"];
        Assert.Equal(expected.Order(), doc.RootElement.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(["text", "code", "kbId"], doc.RootElement.GetProperty("source")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["start", "end"], doc.RootElement.GetProperty("evidence").EnumerateObject().Select(p => p.Name));

        var back = EventJson.FromJsonLine(line);
        Assert.Equal(e.Source, back.Source);
        Assert.Equal(e with { Source = back.Source, Target = back.Target }, back);
        Assert.Equal("SOS", back.Source[0].Polity);
        Assert.Throws<FormatException>(() => EventJson.FromJsonLine("{\"id\": 3"));
    }
}
