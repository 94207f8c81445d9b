using System.Globalization;

namespace Defacto.Time;

/// <summary>Date arithmetic and TIMEX3 formatting shared by the temporal mentions.</summary>
internal static class CalendarMath
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    public static string Month(int year, int month) => $"{Year(year)}-{month.ToString("00", Inv)}";

    public static string Year(int year) => year.ToString("0000", Inv);

    /// <summary>ISO 8601 week, e.g. 2024-W07.</summary>
    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt).ToString("0000", Inv)}-W{ISOWeek.GetWeekOfYear(dt).ToString("00", Inv)}";
    }

    /// <summary>Monday of the ISO week holding the day.</summary>
    public static DateOnly WeekStart(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    public static string Decade(int year) => (year / 10).ToString(Inv) + "X";

    public static string Century(int year) => (year / 100).ToString(Inv) + "XX";

    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The occurrence of the weekday on or before (or strictly after) a day.</summary>
    public static DateOnly WeekdayOnOrBefore(DateOnly from, DayOfWeek dow) => from.AddDays(-(((int)from.DayOfWeek - (int)dow + 7) % 7));

    public static DateOnly WeekdayAfter(DateOnly from, DayOfWeek dow)
    {
        var delta = ((int)dow - (int)from.DayOfWeek + 7) % 7;
        return from.AddDays(delta == 0 ? 7 : delta);
    }

    /// <summary>First day of a season; winter of year Y is December Y to February Y+1.</summary>
    public static DateOnly SeasonStart(string season, int year) => season switch
    {
        "SP" => new DateOnly(year, 3, 1),
        "SU" => new DateOnly(year, 6, 1),
        "FA" => new DateOnly(year, 9, 1),
        _ => new DateOnly(year, 12, 1),
    };

    public static DateOnly SeasonEnd(string season, int year) => SeasonStart(season, year).AddMonths(3).AddDays(-1);

    /// <summary>The year a month-day falls in, chosen by tense relative to the reference day.</summary>
    public static int PickYear(DateOnly reference, int month, int? day, Tense tense)
    {
        var y = reference.Year;
        var refKey = reference.Month * 100 + (day is null ? 0 : reference.Day);
        var key = month * 100 + (day ?? 0);
        switch (tense)
        {
            case Tense.Past:
                return key > refKey ? y - 1 : y;
            case Tense.Future:
                return key < refKey ? y + 1 : y;
            default:
                // Nearest occurrence: news mostly talks about the months around its date.
                var diff = (month - reference.Month) * 31 + ((day ?? reference.Day) - reference.Day);
                if (diff > 183) return y - 1;
                if (diff < -183) return y + 1;
                return y;
        }
    }

    /// <summary>Value string for a resolved duration amount in a unit, converting fractions to a smaller unit.</summary>
    public static string Duration(double? amount, string unit)
    {
        if (amount is { } a && a != Math.Floor(a))
        {
            (double factor, string smaller)? down = unit switch
            {
                "CE" => (100, "Y"), "DE" => (10, "Y"), "Y" => (12, "M"), "M" => (30, "D"), "W" => (7, "D"),
                "D" => (24, "H"), "H" => (60, "MIN"), _ => null,
            };
            if (down is { } d && a * d.factor == Math.Floor(a * d.factor)) return Duration(a * d.factor, d.smaller);
        }
        var n = amount is { } x ? x.ToString("0.##", Inv) : "X";
        return unit switch
        {
            "H" => $"PT{n}H",
            "MIN" => $"PT{n}M",
            "S" => $"PT{n}S",
            _ => $"P{n}{unit}",
        };
    }
}
