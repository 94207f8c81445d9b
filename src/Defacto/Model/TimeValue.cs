namespace Defacto.Model;

/// <summary>TIMEX3 type of a temporal expression.</summary>
public enum TimeType { Date, Time, Duration, Set }

/// <summary>How precisely a temporal expression pins down time.</summary>
public enum TimePrecision { Instant, Day, Week, Month, Season, Quarter, Year, Decade, Century, Fuzzy, Unresolved }

/// <summary>A temporal expression found in the text and its normalized TIMEX3-style value.</summary>
public sealed record TimeValue(Span Span, string Text, TimeType Type, string? Value, TimePrecision Precision)
{
    /// <summary>Why the value could not be resolved, or a note such as the stated time zone.</summary>
    public string? Note { get; init; }
}
