using System.Text.RegularExpressions;
using Defacto.Model;

namespace Defacto.Time;

/// <summary>Builders for counted and anaphoric expressions, durations and sets.</summary>
internal static partial class TemporalRules
{
    private static TimeMention? BuildThatDay(Match m, RuleContext c)
    {
        var u = m.Groups["u"].Value.ToLowerInvariant();
        var grain = u switch { "week" => Grain.Week, "month" => Grain.Month, "year" => Grain.Year, _ => Grain.Day };
        return new RelativeMention(m.Index, m.Index + m.Length, grain, 0, true) { PartOfDay = grain == Grain.Day && u != "day" ? TimeLexicon.PartOfDay(u) : null };
    }

    private static TimeMention? BuildNextMorning(Match m, RuleContext c)
    {
        var offset = m.Groups["rel"].Value.ToLowerInvariant() switch { "previous" => -1, "same" => 0, _ => 1 };
        return new RelativeMention(m.Index, m.Index + m.Length, Grain.Day, offset, true) { PartOfDay = TimeLexicon.PartOfDay(m.Groups["pod"].Value) };
    }

    private static (Grain Grain, Grain Step, double Factor)? RelativeGrain(string unit, double amount)
    {
        var (code, factor) = TimeLexicon.Unit(unit);
        return code switch
        {
            "D" => (Grain.Day, Grain.Day, factor),
            "W" => (Grain.Day, Grain.Week, factor),
            "M" => (Grain.Month, Grain.Month, factor),
            "Y" => (Grain.Year, Grain.Year, factor),
            "DE" => (Grain.Year, Grain.Decade, factor),
            "CE" => (Grain.Year, Grain.Century, factor),
            _ => null,
        };
    }

    private static TimeMention? BuildCountedRelative(Match m, RuleContext c)
    {
        var dir = m.Groups["dir"].Value.ToLowerInvariant();
        var amount = TimeLexicon.Number(m.Groups["num"].Value);
        var (start, end) = (StartOf(m), m.Index + m.Length);
        if (amount is not { } a || a != Math.Floor(a))
        {
            return dir switch
            {
                "ago" => new ConstantMention(start, end, TimeType.Date, "PAST_REF", TimePrecision.Fuzzy),
                "earlier" or "later" => null,
                _ => new ConstantMention(start, end, TimeType.Date, "FUTURE_REF", TimePrecision.Fuzzy),
            };
        }
        if (RelativeGrain(m.Groups["unit"].Value, a) is not { } g) return null;
        var sign = dir is "ago" or "earlier" ? -1 : 1;
        return new RelativeMention(start, end, g.Grain, sign * (int)(a * g.Factor), dir is "earlier" or "later") { Step = g.Step };
    }

    private static TimeMention? BuildInDuration(Match m, RuleContext c)
    {
        var start = StartOf(m);
        if (c.TenseAt(start, m.Index + m.Length) != Tense.Future) return null;
        if (TimeLexicon.Number(m.Groups["num"].Value) is not { } a || a != Math.Floor(a)) return null;
        if (RelativeGrain(m.Groups["unit"].Value, a) is not { } g) return null;
        return new RelativeMention(start, m.Index + m.Length, g.Grain, (int)(a * g.Factor), false) { Step = g.Step };
    }

    private static TimeMention? BuildDuration(Match m, RuleContext c)
    {
        var amount = TimeLexicon.Number(m.Groups["num"].Value);
        var (code, factor) = TimeLexicon.Unit(m.Groups["unit"].Value);
        var numText = m.Groups["num"].Value.ToLowerInvariant();
        // "a second round", "a minute's silence": not durations.
        if (numText is "a" or "an" && code is "S" or "MIN") return null;
        // "a day" standing alone is usually not a duration ("a day after", "a year of war" still is), keep it; but "one" as a pronoun is not.
        if (numText == "one" && c.WordAfter(m.Groups["unit"].Index + m.Groups["unit"].Length) == "of") return null;
        var value = CalendarMath.Duration(amount is { } a ? a * factor : null, code);
        return new ConstantMention(StartOf(m), m.Index + m.Length, TimeType.Duration, value, TimePrecision.Fuzzy, TimeLexicon.Qualifier(m.Groups["q"].Value));
    }

    private static TimeMention? BuildPluralDuration(Match m, RuleContext c)
    {
        var (code, _) = TimeLexicon.Unit(m.Groups["u"].Value);
        return new ConstantMention(m.Index, m.Index + m.Length, TimeType.Duration, CalendarMath.Duration(null, code), TimePrecision.Fuzzy);
    }

    private static TimeMention? BuildSetEvery(Match m, RuleContext c)
    {
        var u = m.Groups["u"].Value;
        var count = m.Groups["num"].Success ? TimeLexicon.Number(m.Groups["num"].Value) : 1;
        if (m.Groups["other"].Success) count = 2;
        var lower = u.ToLowerInvariant();
        string value;
        if (Array.IndexOf(["morning", "afternoon", "evening", "night"], lower) >= 0) value = "XXXX-XX-XXT" + TimeLexicon.PartOfDay(lower);
        else if (lower == "weekend") value = "XXXX-WXX-WE";
        else if (Array.IndexOf(["spring", "summer", "autumn", "winter"], lower) >= 0) value = "XXXX-" + lower switch { "spring" => "SP", "summer" => "SU", "autumn" => "FA", _ => "WI" };
        else if (lower.EndsWith("day", StringComparison.Ordinal) && lower.Length > 3) value = $"XXXX-WXX-{((int)TimeLexicon.Weekday(u) + 6) % 7 + 1}";
        else if (lower is "day" or "week" or "month" or "year" or "decade" or "hour")
        {
            var (code, _) = TimeLexicon.Unit(lower);
            value = CalendarMath.Duration(count, code);
        }
        else value = "XXXX-" + TimeLexicon.Month(u).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        return new ConstantMention(m.Index, m.Index + m.Length, TimeType.Set, value, TimePrecision.Fuzzy);
    }

    private static TimeMention? BuildSetFrequency(Match m, RuleContext c)
    {
        var (code, _) = TimeLexicon.Unit(m.Groups["u"].Value);
        return new ConstantMention(StartOf(m), m.Index + m.Length, TimeType.Set, CalendarMath.Duration(1, code), TimePrecision.Fuzzy);
    }

    private static TimeMention? BuildSetAdverb(Match m, RuleContext c)
    {
        if (char.IsUpper(m.Value[0]) && c.WordBefore(m.Index).Length > 0 && !SentenceStart(c.Text, m.Index)) return null;
        var value = m.Groups["u"].Value.ToLowerInvariant() switch
        {
            "daily" => "P1D", "weekly" => "P1W", "monthly" => "P1M", "hourly" => "PT1H", "nightly" => "XXXX-XX-XXTNI",
            "fortnightly" => "P2W", "quarterly" => "P3M", _ => "P1Y",
        };
        return new ConstantMention(m.Index, m.Index + m.Length, TimeType.Set, value, TimePrecision.Fuzzy);
    }
}
