using Defacto.Model;

namespace Defacto.Time;

/// <summary>The normalized value of one temporal mention, before it is turned into a <see cref="TimeValue"/>.</summary>
internal sealed record Resolution(string? Value, TimePrecision Precision)
{
    public string? Note { get; init; }
    public string? Mod { get; init; }
    public string? Anchor { get; init; }
    public string? Zone { get; init; }
    public string? PartOfDay { get; init; }

    /// <summary>The day the value pins down (for anaphora and for joining a time of day), when it pins one.</summary>
    public DateOnly? Day { get; init; }

    /// <summary>The year the value falls in, when known (for ranges and "a year later").</summary>
    public int? Year { get; init; }

    /// <summary>The month the value falls in, when it names one (for "four months later").</summary>
    public int? Month { get; init; }

    public static Resolution Unresolved(string? partial, string reason) => new(partial, TimePrecision.Unresolved) { Note = reason };
}

/// <summary>What resolution of relative expressions can lean on: the DCT and the last date mentioned.</summary>
internal sealed class ResolveContext(DocumentDate dct)
{
    public DocumentDate Dct { get; } = dct;

    /// <summary>The DCT as a day when it is precise enough to resolve relative expressions; null otherwise.</summary>
    public DateOnly? DctDay { get; } = dct.IsPrecise && dct.Value is { } v ? DateOnly.FromDateTime(v) : null;

    /// <summary>The last day-precise date resolved earlier in the document (for "the next day", "five days later").</summary>
    public DateOnly? LastDay { get; set; }

    /// <summary>Sentence of <see cref="LastDay"/>, so a bare clock time can take the day named earlier in its own sentence.</summary>
    public int LastDaySentence { get; set; } = -1;

    /// <summary>Sentence of the mention being resolved.</summary>
    public int Sentence { get; set; } = -1;

    /// <summary>Start of the last date of any grain resolved earlier in the document (for "four months later", "a year earlier").</summary>
    public DateOnly? LastAnchor { get; set; }

    /// <summary>Day/month order of slashed dates, decided from the document's unambiguous ones or a locale hint.</summary>
    public bool? DayFirst { get; set; }
}
