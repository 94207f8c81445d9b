using System.Globalization;

namespace Defacto.Actors;

/// <summary>A date known to the day, month or year (YYYY-MM-DD, YYYY-MM, YYYY), as written in knowledge tables.</summary>
public readonly record struct PartialDate(DateOnly Start, PartialDatePrecision Precision)
{
    /// <summary>Parses YYYY, YYYY-MM or YYYY-MM-DD; false when the text is none of these.</summary>
    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        var c = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", c, DateTimeStyles.None, out var day))
        {
            date = new PartialDate(day, PartialDatePrecision.Day);
            return true;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM", c, DateTimeStyles.None, out var month))
        {
            date = new PartialDate(month, PartialDatePrecision.Month);
            return true;
        }
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, c, out int year) && year is >= 1 and <= 9999)
        {
            date = new PartialDate(new DateOnly(year, 1, 1), PartialDatePrecision.Year);
            return true;
        }
        return false;
    }

    /// <summary>Last day the written date can mean: the day itself, the month's last day, or 31 December.</summary>
    public DateOnly LastDay => Precision switch
    {
        PartialDatePrecision.Year => new DateOnly(Start.Year, 12, 31),
        PartialDatePrecision.Month => Start.AddMonths(1).AddDays(-1),
        _ => Start,
    };

    /// <summary>The date as written: YYYY-MM-DD, YYYY-MM or YYYY.</summary>
    public override string ToString() => Precision switch
    {
        PartialDatePrecision.Year => Start.ToString("yyyy", CultureInfo.InvariantCulture),
        PartialDatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum PartialDatePrecision
{
    Day,
    Month,
    Year,
}

/// <summary>A half-open validity interval [From, Until) of whole days; a null end is open.</summary>
public readonly record struct Validity(PartialDate? From, PartialDate? Until)
{
    public DateOnly FirstDay => From?.Start ?? DateOnly.MinValue;

    /// <summary>First day no longer covered; DateOnly.MaxValue when open.</summary>
    public DateOnly EndDay => Until?.Start ?? DateOnly.MaxValue;

    public bool Contains(DateOnly day) => day >= FirstDay && day < EndDay;

    /// <summary>Number of days of [first, last] (inclusive) that fall inside this interval.</summary>
    public int OverlapDays(DateOnly first, DateOnly last)
    {
        var lastCovered = EndDay == DateOnly.MaxValue ? DateOnly.MaxValue : EndDay.AddDays(-1);
        var a = first > FirstDay ? first : FirstDay;
        var b = last < lastCovered ? last : lastCovered;
        return b < a ? 0 : b.DayNumber - a.DayNumber + 1;
    }

    public override string ToString() => $"{From?.ToString() ?? "…"}–{Until?.ToString() ?? ""}";
}
