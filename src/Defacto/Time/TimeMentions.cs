using Defacto.Model;

namespace Defacto.Time;

/// <summary>A temporal expression found in the text, not yet normalized.</summary>
internal abstract class TimeMention(int start, int end)
{
    public int Start { get; set; } = start;
    public int End { get; set; } = end;
    public Tense Tense { get; set; }

    public abstract TimeType Type { get; }

    /// <summary>True when the mention names a single day, so a time of day can join it.</summary>
    public virtual bool NamesDay => false;

    public abstract Resolution Resolve(ResolveContext ctx);

    protected static Resolution NeedsDct(string? partial, ResolveContext ctx) => Resolution.Unresolved(partial,
        ctx.Dct.IsKnown ? $"relative expression: the document date {ctx.Dct} is not precise to the day" : "relative expression: the document date is unknown");
}

/// <summary>A fixed value that needs no resolution: durations, sets, decades, PRESENT_REF.</summary>
internal sealed class ConstantMention(int start, int end, TimeType type, string value, TimePrecision precision, string? mod = null) : TimeMention(start, end)
{
    public override TimeType Type => type;
    public string Value => value;
    public override Resolution Resolve(ResolveContext ctx) => new(value, precision) { Mod = mod };
}

/// <summary>A calendar date, possibly partial: 2019, September 2023, September 27, last September, spring 2021, 2022-Q1.</summary>
internal sealed class CalendarMention(int start, int end) : TimeMention(start, end)
{
    public int? Year { get; set; }
    public int? Month { get; set; }
    public int? Day { get; set; }

    /// <summary>Last day of a range inside the same month ("September 19-20").</summary>
    public int? EndDay { get; set; }

    /// <summary>Season (SP, SU, FA, WI), quarter (Q1..Q4) or half (H1, H2).</summary>
    public string? Part { get; set; }

    /// <summary>-1 for "last", +1 for "next", 0 for "this".</summary>
    public int? Relative { get; set; }

    public string? Mod { get; set; }
    public string? PartOfDay { get; set; }
    public DayOfWeek? Weekday { get; set; }

    /// <summary>Why the date cannot be given a value (impossible or ambiguous), found while reading it.</summary>
    public string? Problem { get; set; }

    public string? Note { get; set; }

    public override TimeType Type => TimeType.Date;
    public override bool NamesDay => Day is not null && EndDay is null;

    public override Resolution Resolve(ResolveContext ctx)
    {
        if (Problem is not null) return Resolution.Unresolved(null, Problem);
        string? anchor = null;
        var year = Year;
        if (year is null)
        {
            if (ctx.DctDay is not { } dct) return NeedsDct(Partial(), ctx);
            year = PickYear(dct);
            anchor = Relative is null ? $"dct, tense {Tense.ToString().ToLowerInvariant()}" : "dct";
        }
        var y = year.Value;
        if (Part is { } part) return ResolvePart(y, part, anchor);
        if (Month is not { } m) return new Resolution(CalendarMath.Year(y), TimePrecision.Year) { Mod = Mod, Anchor = anchor, Year = y };
        if (Day is not { } d) return new Resolution(CalendarMath.Month(y, m), TimePrecision.Month) { Mod = Mod, Anchor = anchor, Year = y, Month = m };
        if (m == 2 && d == 29 && Year is null)
        {
            // A leap day without a year: move to the nearest leap year in the tense's direction.
            var step = Tense == Tense.Future ? 1 : -1;
            for (var i = 0; i < 8 && !DateTime.IsLeapYear(y); i++) y += step;
        }
        if (!CalendarMath.IsValid(y, m, d))
            return Resolution.Unresolved(null, $"impossible date: day {d} of month {m} in {y}");
        if (Year is null && Weekday is { } stated && new DateOnly(y, m, d).DayOfWeek != stated)
        {
            // "Tuesday Aug 29": the stated weekday picks the year when the nearest one does not fit.
            foreach (var alt in new[] { y - 1, y + 1 })
                if (CalendarMath.IsValid(alt, m, d) && new DateOnly(alt, m, d).DayOfWeek == stated) { y = alt; anchor += ", weekday"; break; }
        }
        var day = new DateOnly(y, m, d);
        var note = Note;
        if (Weekday is { } wd && day.DayOfWeek != wd) note = $"stated weekday {wd} does not match {CalendarMath.Day(day)} ({day.DayOfWeek})";
        if (EndDay is { } e)
        {
            if (!CalendarMath.IsValid(y, m, e) || e < d) return Resolution.Unresolved(null, $"impossible range: days {d}-{e} of month {m}");
            return new Resolution($"{CalendarMath.Day(day)}/{CalendarMath.Day(new DateOnly(y, m, e))}", TimePrecision.Day)
            { Anchor = anchor, Year = y, PartOfDay = PartOfDay, Note = note };
        }
        return new Resolution(CalendarMath.Day(day), TimePrecision.Day) { Anchor = anchor, Day = day, Year = y, PartOfDay = PartOfDay, Mod = Mod, Note = note };
    }

    private int PickYear(DateOnly dct)
    {
        if (Part is { } part && part[0] is 'Q' or 'H')
            return dct.Year + (Relative ?? 0);
        if (Part is { } season) return PickSeasonYear(dct, season);
        if (Month is not { } m) return dct.Year + (Relative ?? 0);
        return Relative switch
        {
            -1 => m < dct.Month ? dct.Year : dct.Year - 1,
            1 => m > dct.Month ? dct.Year : dct.Year + 1,
            0 => dct.Year,
            _ => CalendarMath.PickYear(dct, m, Day, Tense),
        };
    }

    private int PickSeasonYear(DateOnly dct, string season)
    {
        int[] years = [dct.Year - 2, dct.Year - 1, dct.Year, dct.Year + 1];
        switch (Relative)
        {
            case -1: return years.Last(y => CalendarMath.SeasonEnd(season, y) < dct);
            case 1: return years.First(y => CalendarMath.SeasonStart(season, y) > dct);
            case 0:
                return years.FirstOrDefault(y => CalendarMath.SeasonStart(season, y) <= dct && dct <= CalendarMath.SeasonEnd(season, y), dct.Year);
        }
        return Tense == Tense.Future
            ? years.First(y => CalendarMath.SeasonEnd(season, y) >= dct)
            : years.Last(y => CalendarMath.SeasonStart(season, y) <= dct);
    }

    private Resolution ResolvePart(int y, string part, string? anchor) =>
        new($"{CalendarMath.Year(y)}-{part}", part[0] is 'Q' or 'H' ? TimePrecision.Quarter : TimePrecision.Season) { Mod = Mod, Anchor = anchor, Year = y };

    /// <summary>What is known without a year, e.g. XXXX-09-05.</summary>
    public string? Partial() => Part is not null || Relative is not null ? null
        : Month is { } m ? (Day is { } d ? $"XXXX-{m:00}-{d:00}" : $"XXXX-{m:00}") : null;
}

/// <summary>A weekday ("on Wednesday", "last Friday", "Tuesday night"), resolved by tense against the DCT.</summary>
internal sealed class WeekdayMention(int start, int end, DayOfWeek day) : TimeMention(start, end)
{
    public int? Relative { get; set; }
    public string? PartOfDay { get; set; }
    public override TimeType Type => TimeType.Date;
    public override bool NamesDay => true;

    public override Resolution Resolve(ResolveContext ctx)
    {
        if (ctx.DctDay is not { } dct) return NeedsDct(null, ctx);
        var date = Relative switch
        {
            -1 => CalendarMath.WeekdayOnOrBefore(dct.AddDays(-1), day),
            1 => CalendarMath.WeekdayAfter(dct, day),
            0 => CalendarMath.WeekStart(dct).AddDays(((int)day + 6) % 7),
            _ => Tense switch
            {
                Tense.Future => CalendarMath.WeekdayAfter(dct, day),
                // Present tense in news is mostly scheduled ("takes effect on Wednesday") or just reported: the nearer one.
                Tense.Present => Nearest(dct, CalendarMath.WeekdayOnOrBefore(dct, day), CalendarMath.WeekdayAfter(dct, day)),
                _ => CalendarMath.WeekdayOnOrBefore(dct, day),
            },
        };
        return new Resolution(CalendarMath.Day(date), TimePrecision.Day)
        { Day = date, Year = date.Year, PartOfDay = PartOfDay, Anchor = $"dct, tense {Tense.ToString().ToLowerInvariant()}" };
    }

    private static DateOnly Nearest(DateOnly dct, DateOnly before, DateOnly after) =>
        dct.DayNumber - before.DayNumber <= after.DayNumber - dct.DayNumber ? before : after;
}

/// <summary>Granularity of a relative expression's value.</summary>
internal enum Grain { Day, Week, Weekend, Month, Year, Decade, Century }

/// <summary>An offset from the DCT or from the previous date: today, last month, this week, three days ago, the next day, a year earlier.</summary>
internal sealed class RelativeMention(int start, int end, Grain grain, int amount, bool fromPreviousDate) : TimeMention(start, end)
{
    private Grain? step;

    /// <summary>Unit the amount counts ("a week ago" counts weeks and yields a day); the value's grain unless set.</summary>
    public Grain Step { get => step ?? grain; set => step = value; }
    public string? Mod { get; set; }
    public string? PartOfDay { get; set; }

    /// <summary>"the weekend" without last/next: the nearest one in the tense's direction.</summary>
    public bool ByTense { get; set; }

    public override TimeType Type => TimeType.Date;
    public override bool NamesDay => grain == Grain.Day;

    public override Resolution Resolve(ResolveContext ctx)
    {
        DateOnly baseDay;
        string anchor;
        var previous = Step >= Grain.Month ? ctx.LastAnchor : ctx.LastDay;
        if (fromPreviousDate && previous is { } last) { baseDay = last; anchor = "previous date"; }
        else if (ctx.DctDay is { } dct) { baseDay = dct; anchor = "dct"; }
        else return NeedsDct(null, ctx);
        var day = Step switch
        {
            Grain.Day => baseDay.AddDays(amount),
            Grain.Week or Grain.Weekend => baseDay.AddDays(7 * amount),
            Grain.Month => baseDay.AddMonths(amount),
            Grain.Year => baseDay.AddYears(amount),
            Grain.Decade => baseDay.AddYears(10 * amount),
            _ => baseDay.AddYears(100 * amount),
        };
        if (grain == Grain.Weekend && ByTense)
        {
            // "the weekend": the one just past (or under way) in past tense, the coming one otherwise.
            var saturday = CalendarMath.WeekStart(baseDay).AddDays(5);
            day = Tense == Tense.Future || saturday <= baseDay ? saturday : saturday.AddDays(-7);
        }
        return grain switch
        {
            Grain.Day => new Resolution(CalendarMath.Day(day), TimePrecision.Day) { Day = day, Year = day.Year, Anchor = anchor, Mod = Mod, PartOfDay = PartOfDay },
            Grain.Week => new Resolution(CalendarMath.Week(day), TimePrecision.Week) { Anchor = anchor, Mod = Mod, Year = day.Year },
            Grain.Weekend => new Resolution(CalendarMath.Week(day) + "-WE", TimePrecision.Week) { Anchor = anchor, Mod = Mod, Year = day.Year },
            Grain.Month => new Resolution(CalendarMath.Month(day.Year, day.Month), TimePrecision.Month) { Anchor = anchor, Mod = Mod, Year = day.Year, Month = day.Month },
            Grain.Year => new Resolution(CalendarMath.Year(day.Year), TimePrecision.Year) { Anchor = anchor, Mod = Mod, Year = day.Year },
            Grain.Decade => new Resolution(CalendarMath.Decade(day.Year), TimePrecision.Decade) { Anchor = anchor, Mod = Mod },
            _ => new Resolution(CalendarMath.Century(day.Year), TimePrecision.Century) { Anchor = anchor, Mod = Mod },
        };
    }
}

/// <summary>A clock time ("7:15 am", "18:00 GMT"), possibly with a zone and a restatement in another zone.</summary>
internal sealed class ClockMention(int start, int end, int hour, int minute) : TimeMention(start, end)
{
    public int Hour => hour;
    public int Minute => minute;
    public string? Zone { get; set; }
    public string? Note { get; set; }
    public int? Second { get; set; }
    public override TimeType Type => TimeType.Time;

    public string Clock => Second is { } s ? $"T{hour:00}:{minute:00}:{s:00}" : $"T{hour:00}:{minute:00}";

    public override Resolution Resolve(ResolveContext ctx)
    {
        // "talks began at 10 a.m. on Monday and ended at 5 p.m.": the day named earlier in the sentence, else the DCT.
        if (ctx.LastDay is { } named && ctx.LastDaySentence == ctx.Sentence && ctx.Sentence >= 0)
            return new Resolution(CalendarMath.Day(named) + Clock, TimePrecision.Instant) { Anchor = "previous date", Zone = Zone, Note = Note, Day = named, Year = named.Year };
        if (ctx.DctDay is not { } dct) return NeedsDct("XXXX-XX-XX" + Clock, ctx) with { Zone = Zone, Note = Note };
        return new Resolution(CalendarMath.Day(dct) + Clock, TimePrecision.Instant) { Anchor = "dct", Zone = Zone, Note = Note, Day = dct, Year = dct.Year };
    }
}

/// <summary>A date and a clock time written together: "September 27, at 7:15 am", "16:26, 18 January 2021".</summary>
internal sealed class DateTimeMention(TimeMention date, ClockMention clock)
    : TimeMention(Math.Min(date.Start, clock.Start), Math.Max(date.End, clock.End))
{
    public override TimeType Type => TimeType.Time;
    public override bool NamesDay => true;

    public override Resolution Resolve(ResolveContext ctx)
    {
        date.Tense = Tense;
        var d = date.Resolve(ctx);
        var c = clock.Resolve(ctx);
        if (d.Day is null) return d with { Zone = c.Zone, Note = Join(d.Note, c.Note) };
        return new Resolution(d.Value + clock.Clock, TimePrecision.Instant)
        { Day = d.Day, Year = d.Year, Anchor = d.Anchor, Zone = c.Zone, Note = Join(d.Note, c.Note), PartOfDay = d.PartOfDay };
    }

    private static string? Join(string? a, string? b) => a is null ? b : b is null ? a : a + "; " + b;
}

/// <summary>Two dates joined as a range: "from 1992 to 1994", "March to May 2021", "October 15 to October 19".</summary>
internal sealed class RangeMention(CalendarMention first, CalendarMention last) : TimeMention(first.Start, last.End)
{
    public override TimeType Type => TimeType.Date;

    public override Resolution Resolve(ResolveContext ctx)
    {
        first.Tense = last.Tense = Tense;
        if (first.Month is null && last.Month is not null && first.Day is null && first.Year is null) return Resolution.Unresolved(null, "unreadable range");
        var b = last.Resolve(ctx);
        var statedYear = first.Year;
        Resolution a;
        try
        {
            if (first.Year is null && b.Year is { } by && first.Problem is null)
            {
                // The end's year carries over: "from March to May 2021", "December 30 to January 2".
                var later = (first.Month ?? 0) * 100 + (first.Day ?? 0) > (last.Month ?? 0) * 100 + (last.Day ?? 0);
                first.Year = later ? by - 1 : by;
            }
            a = first.Resolve(ctx);
        }
        finally { first.Year = statedYear; }
        if (a.Value is null || b.Value is null || a.Precision == TimePrecision.Unresolved || b.Precision == TimePrecision.Unresolved)
            return Resolution.Unresolved(null, a.Note ?? b.Note ?? "range with an unresolved end");
        return new Resolution($"{a.Value}/{b.Value}", a.Precision) { Anchor = b.Anchor, Year = b.Year };
    }
}
