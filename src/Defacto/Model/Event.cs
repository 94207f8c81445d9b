using System.Text.Json;
using System.Text.Json.Serialization;

namespace Defacto.Model;

/// <summary>One coded event: who did what to whom, when and where, with its codes and the evidence span; serialized as one JSON line.</summary>
public sealed record Event
{
    /// <summary>Stable event id (document id, sentence and predicate position).</summary>
    public string Id { get; init; } = "";
    /// <summary>ISO date of the event (yyyy, yyyy-MM or yyyy-MM-dd), or null when unknown.</summary>
    public string? Date { get; init; }
    /// <summary>"day", "month", "year" or null.</summary>
    public string? DatePrecision { get; init; }
    /// <summary>Source actors (who acts).</summary>
    public IReadOnlyList<EventActor> Source { get; init; } = [];
    /// <summary>Target actors (who is acted upon).</summary>
    public IReadOnlyList<EventActor> Target { get; init; } = [];
    /// <summary>CAMEO event code, 3 or 4 digits (e.g. "0311").</summary>
    public string Cameo { get; init; } = "";
    /// <summary>PLOVER event type (e.g. "AGREE").</summary>
    public string? Plover { get; init; }
    /// <summary>PLOVER mode, when one applies.</summary>
    public string? Mode { get; init; }
    /// <summary>PLOVER context, when one applies.</summary>
    public string? Context { get; init; }
    /// <summary>Goldstein score of the CAMEO code (-10 to +10).</summary>
    public double? Goldstein { get; init; }
    /// <summary>Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public int? QuadClass { get; init; }
    /// <summary>True when the text says the event did not happen ("did not attend").</summary>
    public bool Negated { get; init; }
    /// <summary>asserted, intended, threatened, demanded, hypothetical, planned or denied.</summary>
    public string Modality { get; init; } = "asserted";
    /// <summary>The actor who reports or claims the event, when the sentence attributes it.</summary>
    public EventActor? AttributedTo { get; init; }
    /// <summary>Place named as the event's location, when given.</summary>
    public string? Location { get; init; }
    /// <summary>Document the event comes from.</summary>
    public string? DocId { get; init; }
    /// <summary>Sentence index within the document.</summary>
    public int? Sentence { get; init; }
    /// <summary>Character span of the evidence in the document's clean text.</summary>
    public EventEvidence? Evidence { get; init; }
    /// <summary>How sure the coder is (0–1).</summary>
    public double? Confidence { get; init; }
}

/// <summary>An actor taking part in an event: the text that names it, its CAMEO-style code and knowledge-base id.</summary>
public sealed record EventActor(string Text, string? Code, string? KbId = null)
{
    /// <summary>The polity part of the code: its first three letters, or the whole code when shorter.</summary>
    [JsonIgnore]
    public string? Polity => Code is null ? null : Code.Length <= 3 ? Code : Code[..3];
}

/// <summary>Character offsets of the evidence for an event.</summary>
public sealed record EventEvidence(int Start, int End);

/// <summary>Reads and writes events as JSON lines with the camelCase field names of DESIGN.md.</summary>
public static class EventJson
{
    /// <summary>Serializer options for the JSON-lines form (camelCase, nulls kept so every field is present).</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    /// <summary>One event as one JSON line (no trailing newline).</summary>
    public static string ToJsonLine(Event e) => JsonSerializer.Serialize(e, Options);

    /// <summary>Parses one JSON line; throws <see cref="FormatException"/> naming the reason when it is not an event.</summary>
    public static Event FromJsonLine(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<Event>(line, Options) ?? throw new FormatException("event line is null");
        }
        catch (JsonException e)
        {
            throw new FormatException("not an event JSON line: " + e.Message, e);
        }
    }

    /// <summary>Writes events as JSON lines.</summary>
    public static void Write(TextWriter writer, IEnumerable<Event> events)
    {
        foreach (var e in events) writer.WriteLine(ToJsonLine(e));
    }
}
