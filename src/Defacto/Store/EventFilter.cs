using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;
using Defacto.Events;
using Defacto.Model;

namespace Defacto.Store;

/// <summary>What `defacto events` and `export events` select; every set field must hold (an event matches when any of its mentions does).</summary>
public sealed record EventFilter
{
    /// <summary>An actor code ("ARMGOV"), polity ("ARM"), knowledge-base id, or a piece of the actor's text; source or target.</summary>
    public string? Actor { get; init; }
    /// <summary>Earliest day: the event's whole date must fall on or after it.</summary>
    public DateOnly? From { get; init; }
    /// <summary>Latest day: the event's whole date must fall on or before it.</summary>
    public DateOnly? To { get; init; }
    /// <summary>CAMEO code prefix ("19", "190").</summary>
    public string? Cameo { get; init; }
    /// <summary>PLOVER event type ("ASSAULT"), any case.</summary>
    public string? Plover { get; init; }
    /// <summary>Document id or id prefix.</summary>
    public string? DocId { get; init; }
    /// <summary>Most events returned; null for all.</summary>
    public int? Limit { get; init; }

    /// <summary>First day of an ISO date given as a lower bound ("2020-09" → 2020-09-01); FormatException naming the option otherwise.</summary>
    public static DateOnly FirstDay(string iso, string option) => Range(iso, option).First;

    /// <summary>Last day of an ISO date given as an upper bound ("2020-09" → 2020-09-30).</summary>
    public static DateOnly LastDay(string iso, string option) => Range(iso, option).Last;

    private static (DateOnly First, DateOnly Last) Range(string iso, string option) =>
        EventDeduplicator.DayRange(iso.Trim()) ?? throw new FormatException($"{option} '{iso}' is not a date: use yyyy, yyyy-MM or yyyy-MM-dd");

    /// <summary>Checks a CAMEO prefix is 1 to 4 digits; FormatException otherwise.</summary>
    public static string CameoPrefix(string cameo) =>
        cameo.Length is >= 1 and <= 4 && cameo.All(char.IsAsciiDigit) ? cameo
            : throw new FormatException($"--cameo '{cameo}' is not a CAMEO code prefix: give 1 to 4 digits such as 19 or 190");
}

/// <summary>One deduplicated event: the seed mention's coding and every mention's evidence.</summary>
public sealed record StoredEvent(Event Event, IReadOnlyList<EventMentionRef> Mentions);

/// <summary>Where one mention of an event was read: the coded event's id, its document, sentence and character span.</summary>
public sealed record EventMentionRef(string EventId, string DocId, int? Sentence, int? Start, int? End);

/// <summary>Flat, GDELT-like view of a stored event: the columns of the CSV and Parquet exports.</summary>
public sealed class EventRow
{
    [JsonPropertyName("id")]
    public string Id { get; set; } = "";
    [JsonPropertyName("date")]
    public string? Date { get; set; }
    [JsonPropertyName("datePrecision")]
    public string? DatePrecision { get; set; }
    [JsonPropertyName("sourceText")]
    public string? SourceText { get; set; }
    [JsonPropertyName("sourceCode")]
    public string? SourceCode { get; set; }
    [JsonPropertyName("sourceKbId")]
    public string? SourceKbId { get; set; }
    [JsonPropertyName("targetText")]
    public string? TargetText { get; set; }
    [JsonPropertyName("targetCode")]
    public string? TargetCode { get; set; }
    [JsonPropertyName("targetKbId")]
    public string? TargetKbId { get; set; }
    [JsonPropertyName("cameo")]
    public string Cameo { get; set; } = "";
    [JsonPropertyName("cameoRoot")]
    public string CameoRoot { get; set; } = "";
    [JsonPropertyName("quadClass")]
    public int? QuadClass { get; set; }
    [JsonPropertyName("goldstein")]
    public double? Goldstein { get; set; }
    [JsonPropertyName("plover")]
    public string? Plover { get; set; }
    [JsonPropertyName("mode")]
    public string? Mode { get; set; }
    [JsonPropertyName("context")]
    public string? Context { get; set; }
    [JsonPropertyName("negated")]
    public bool Negated { get; set; }
    [JsonPropertyName("modality")]
    public string Modality { get; set; } = "";
    [JsonPropertyName("attributedTo")]
    public string? AttributedTo { get; set; }
    [JsonPropertyName("location")]
    public string? Location { get; set; }
    [JsonPropertyName("docId")]
    public string? DocId { get; set; }
    [JsonPropertyName("sentence")]
    public int? Sentence { get; set; }
    [JsonPropertyName("evidenceStart")]
    public int? EvidenceStart { get; set; }
    [JsonPropertyName("evidenceEnd")]
    public int? EvidenceEnd { get; set; }
    [JsonPropertyName("confidence")]
    public double? Confidence { get; set; }
    [JsonPropertyName("mentions")]
    public int Mentions { get; set; }

    /// <summary>Column names in export order (camelCase, as in DESIGN.md): the properties' JSON names in declaration order.</summary>
    public static readonly string[] Columns = typeof(EventRow).GetProperties()
        .OrderBy(p => p.MetadataToken)
        .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name)
        .ToArray();

    /// <summary>Flattens an event: several actors on one side are joined with ';' (texts, codes and ids alike).</summary>
    public static EventRow From(StoredEvent stored)
    {
        var e = stored.Event;
        return new EventRow
        {
            Id = e.Id, Date = e.Date, DatePrecision = e.DatePrecision,
            SourceText = Join(e.Source, a => a.Text), SourceCode = Join(e.Source, a => a.Code), SourceKbId = Join(e.Source, a => a.KbId),
            TargetText = Join(e.Target, a => a.Text), TargetCode = Join(e.Target, a => a.Code), TargetKbId = Join(e.Target, a => a.KbId),
            Cameo = e.Cameo, CameoRoot = EventDeduplicator.CameoRoot(e.Cameo), QuadClass = e.QuadClass, Goldstein = e.Goldstein,
            Plover = e.Plover, Mode = e.Mode, Context = e.Context, Negated = e.Negated, Modality = e.Modality,
            AttributedTo = e.AttributedTo is { } by ? by.Code ?? by.Text : null, Location = e.Location,
            DocId = e.DocId, Sentence = e.Sentence, EvidenceStart = e.Evidence?.Start, EvidenceEnd = e.Evidence?.End,
            Confidence = e.Confidence, Mentions = stored.Mentions.Count,
        };
    }

    /// <summary>The row's values in <see cref="Columns"/> order, formatted invariantly; null stays null.</summary>
    public string?[] Values()
    {
        var c = CultureInfo.InvariantCulture;
        return
        [
            Id, Date, DatePrecision, SourceText, SourceCode, SourceKbId, TargetText, TargetCode, TargetKbId,
            Cameo, CameoRoot, QuadClass?.ToString(c), Goldstein?.ToString("R", c), Plover, Mode, Context, Negated ? "true" : "false",
            Modality, AttributedTo, Location, DocId, Sentence?.ToString(c), EvidenceStart?.ToString(c), EvidenceEnd?.ToString(c),
            Confidence?.ToString("R", c), Mentions.ToString(c),
        ];
    }

    private static string? Join(IReadOnlyList<EventActor> actors, Func<EventActor, string?> part) =>
        actors.Count == 0 ? null : actors.Count == 1 ? part(actors[0]) : string.Join(';', actors.Select(a => part(a) ?? ""));
}
