using System.Globalization;

namespace Defacto.Model;

/// <summary>How precisely a document date (or any date) is known.</summary>
public enum DatePrecision
{
    Unknown,
    /// <summary>Only a range [Earliest, Latest] is known.</summary>
    Range,
    Year,
    Month,
    Day,
    Minute,
}

/// <summary>Where a document date came from.</summary>
public enum DateProvenance
{
    Unknown,
    /// <summary>Written in the article text (a dateline or date line).</summary>
    Stated,
    /// <summary>From feed, HTML meta tags or the JSONL record.</summary>
    Metadata,
    /// <summary>Bounded from evidence in the text; never a precise date.</summary>
    Inferred,
}

/// <summary>The document creation time (DCT): a value or a range, its precision and where it came from.</summary>
public sealed record DocumentDate
{
    /// <summary>The date (and time, when precision is Minute) as written, for Day/Minute/Month/Year precision.</summary>
    public DateTime? Value { get; init; }

    /// <summary>UTC offset when the source stated one.</summary>
    public TimeSpan? UtcOffset { get; init; }

    public DatePrecision Precision { get; init; }
    public DateProvenance Provenance { get; init; }

    /// <summary>First day the document can have been written.</summary>
    public DateOnly? Earliest { get; init; }

    /// <summary>Last day the document can have been written.</summary>
    public DateOnly? Latest { get; init; }

    /// <summary>The text the date was read or inferred from, for inspection.</summary>
    public string? Evidence { get; init; }

    public static DocumentDate Unknown { get; } = new() { Precision = DatePrecision.Unknown, Provenance = DateProvenance.Unknown };

    public bool IsKnown => Precision != DatePrecision.Unknown;

    /// <summary>True when the date is known to the day or better, so relative expressions can be resolved.</summary>
    public bool IsPrecise => Precision is DatePrecision.Day or DatePrecision.Minute;

    public static DocumentDate Exact(DateTime value, DatePrecision precision, DateProvenance provenance, string? evidence, TimeSpan? offset = null)
    {
        var day = DateOnly.FromDateTime(value);
        var (earliest, latest) = precision switch
        {
            DatePrecision.Year => (new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31)),
            DatePrecision.Month => (new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month))),
            _ => (day, day),
        };
        return new DocumentDate
        {
            Value = value, Precision = precision, Provenance = provenance, Evidence = evidence,
            UtcOffset = offset, Earliest = earliest, Latest = latest,
        };
    }

    public static DocumentDate Between(DateOnly earliest, DateOnly latest, DateProvenance provenance, string? evidence) => new()
    {
        Precision = DatePrecision.Range, Provenance = provenance, Earliest = earliest, Latest = latest, Evidence = evidence,
    };

    /// <summary>ISO 8601 form: 2020-09-28T13:42, 2019-02-19, 2019-02, 2019, or an interval 2024-01-01/2024-09-30; null when unknown.</summary>
    public string? ToIso()
    {
        var c = CultureInfo.InvariantCulture;
        return Precision switch
        {
            DatePrecision.Minute when Value is { } v => v.ToString("yyyy-MM-dd'T'HH:mm", c) + FormatOffset(),
            DatePrecision.Day when Value is { } v => v.ToString("yyyy-MM-dd", c),
            DatePrecision.Month when Value is { } v => v.ToString("yyyy-MM", c),
            DatePrecision.Year when Value is { } v => v.ToString("yyyy", c),
            DatePrecision.Range when Earliest is { } a && Latest is { } b => $"{a.ToString("yyyy-MM-dd", c)}/{b.ToString("yyyy-MM-dd", c)}",
            _ => null,
        };
    }

    private string FormatOffset() => UtcOffset is { } o
        ? (o == TimeSpan.Zero ? "Z" : (o < TimeSpan.Zero ? "-" : "+") + o.ToString(@"hh\:mm", CultureInfo.InvariantCulture))
        : "";

    public override string ToString() => ToIso() ?? "unknown";
}
