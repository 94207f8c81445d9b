using Defacto.Model;

namespace Defacto.Tests.Events;

/// <summary>Hand-built events for store, deduplication and export tests.</summary>
public static class EventSamples
{
    public static EventActor Actor(string code, string? text = null, string? kbId = null) => new(text ?? code, code, kbId);

    /// <summary>An event from <paramref name="source"/> to <paramref name="target"/> with the given code and date.</summary>
    public static Event Make(string id, string docId, string? date, string cameo = "190", EventActor? source = null, EventActor? target = null,
        int sentence = 0, bool negated = false, string? plover = "ASSAULT") => new()
    {
        Id = id, DocId = docId, Date = date,
        DatePrecision = date is null ? null : date.Length switch { 4 => "year", 7 => "month", _ => "day" },
        Source = [source ?? Actor("AZEMIL", "Azerbaijani forces")],
        Target = [target ?? Actor("ARMMIL", "Armenian troops")],
        Cameo = cameo, Plover = plover, Negated = negated, Sentence = sentence,
        Evidence = new EventEvidence(sentence * 100, sentence * 100 + 40), Goldstein = -10, QuadClass = 4, Confidence = 0.8,
    };
}
