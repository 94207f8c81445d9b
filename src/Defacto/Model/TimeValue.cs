namespace Defacto.Model;

/// <summary>TIMEX3 type of a temporal expression.</summary>
public enum TimeType { Date, Time, Duration, Set }

/// <summary>How precisely a temporal expression pins down time.</summary>
public enum TimePrecision
{
    Instant, Day, Week, Month, Season, Quarter, Year, Decade, Century, Fuzzy, Unresolved,
    /// <summary>No expression dates the clause: the document's date is used ("reported by" that day).</summary>
    Reported,
}

/// <summary>A temporal expression found in the text and its normalized TIMEX3-style value.</summary>
public sealed record TimeValue(Span Span, string Text, TimeType Type, string? Value, TimePrecision Precision)
{
    /// <summary>Why the value could not be resolved, or a note such as the stated time zone.</summary>
    public string? Note { get; init; }

    /// <summary>TIMEX3 modifier: START, MID, END, APPROX, LESS_THAN, MORE_THAN, EQUAL_OR_MORE.</summary>
    public string? Mod { get; init; }

    /// <summary>What a relative expression was resolved against: "dct", "previous date", "tense:past", or null for absolute ones.</summary>
    public string? Anchor { get; init; }

    /// <summary>The time zone stated with a time of day ("Moscow time (UTC+03:00)"), when there was one.</summary>
    public string? Zone { get; init; }

    /// <summary>Part of the day named with a date (MO, AF, EV, NI), kept out of the value.</summary>
    public string? PartOfDay { get; init; }

    /// <summary>Start of the value for a range ("2023-09-19" for "2023-09-19/2023-09-20"), else the value itself.</summary>
    public string? RangeStart => Value is { } v && v.IndexOf('/') is var i and > 0 && !v.StartsWith('P') ? v[..i] : Value;

    /// <summary>End of the value for a range, else the value itself.</summary>
    public string? RangeEnd => Value is { } v && v.IndexOf('/') is var i and > 0 && !v.StartsWith('P') ? v[(i + 1)..] : Value;
}
