using System.Globalization;

namespace Defacto.Time;

/// <summary>Words of English temporal expressions: months, weekdays, number words, units.</summary>
internal static class TimeLexicon
{
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["a hundred"] = 100, ["a dozen"] = 12, ["a couple of"] = 2, ["a couple"] = 2,
    };

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["twenty-first"] = 21, ["twenty first"] = 21,
    };

    /// <summary>The regex alternation for number words and digits (longest alternatives first).</summary>
    public const string NumberPattern =
        @"(?:\d+(?:\.\d+)?|(?:a[ \t]+couple[ \t]+of|a[ \t]+couple|a[ \t]+few|a[ \t]+dozen|a[ \t]+hundred|dozens[ \t]+of|hundreds[ \t]+of|half[ \t]+an?|a[ \t]+quarter[ \t]+of[ \t]+an?|three[ \t]+quarters[ \t]+of[ \t]+an?|several|many|few" +
        @"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?" +
        @"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|one|two|three|four|five|six|seven|eight|nine|ten|an|a)" +
        @"(?:[ \t]+and[ \t]+a[ \t]+half)?";

    /// <summary>The value of a number phrase; null for vague amounts (a few, several, many).</summary>
    public static double? Number(string phrase)
    {
        var p = string.Join(' ', phrase.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        double extra = 0;
        if (p.EndsWith(" and a half", StringComparison.Ordinal)) { extra = 0.5; p = p[..^" and a half".Length]; }
        if (p.StartsWith("half ", StringComparison.Ordinal)) return 0.5;
        if (p.StartsWith("a quarter of", StringComparison.Ordinal)) return 0.25;
        if (p.StartsWith("three quarters of", StringComparison.Ordinal)) return 0.75;
        if (double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d + extra;
        if (Numbers.TryGetValue(p, out var n)) return n + extra;
        var dash = p.IndexOf('-');
        if (dash > 0 && Numbers.TryGetValue(p[..dash], out var tens) && Numbers.TryGetValue(p[(dash + 1)..], out var ones)) return tens + ones + extra;
        return null;
    }

    public static int? Ordinal(string word) => Ordinals.TryGetValue(word.Replace('\u00A0', ' '), out var n) ? n : null;

    /// <summary>The TIMEX3 duration unit of a unit word (Y, M, W, D, H, MIN, S, DE, CE) and how many of it one word counts.</summary>
    public static (string Unit, int Factor) Unit(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.StartsWith("sec", StringComparison.Ordinal)) return ("S", 1);
        if (w.StartsWith("min", StringComparison.Ordinal)) return ("MIN", 1);
        if (w.StartsWith("hour", StringComparison.Ordinal)) return ("H", 1);
        if (w.StartsWith("day", StringComparison.Ordinal) || w.StartsWith("night", StringComparison.Ordinal)) return ("D", 1);
        if (w.StartsWith("fortnight", StringComparison.Ordinal)) return ("W", 2);
        if (w.StartsWith("week", StringComparison.Ordinal)) return ("W", 1);
        if (w.StartsWith("month", StringComparison.Ordinal)) return ("M", 1);
        if (w.StartsWith("year", StringComparison.Ordinal)) return ("Y", 1);
        if (w.StartsWith("decade", StringComparison.Ordinal)) return ("DE", 1);
        if (w.StartsWith("centur", StringComparison.Ordinal)) return ("CE", 1);
        return ("Y", 1000);
    }

    public static int Month(string word)
    {
        var w = word.TrimEnd('.').ToLowerInvariant();
        return w[..3] switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
        };
    }

    public static DayOfWeek Weekday(string word) => word.ToLowerInvariant()[..3] switch
    {
        "mon" => DayOfWeek.Monday, "tue" => DayOfWeek.Tuesday, "wed" => DayOfWeek.Wednesday, "thu" => DayOfWeek.Thursday,
        "fri" => DayOfWeek.Friday, "sat" => DayOfWeek.Saturday, _ => DayOfWeek.Sunday,
    };

    /// <summary>TIMEX3 part-of-day code for morning/afternoon/evening/night.</summary>
    public static string? PartOfDay(string? word) => word?.ToLowerInvariant() switch
    {
        null or "" => null,
        "morning" => "MO", "afternoon" => "AF", "evening" => "EV", _ => "NI",
    };

    /// <summary>TIMEX3 modifier for early/late/mid/the end of/the beginning of.</summary>
    public static string? Mod(string? phrase)
    {
        if (string.IsNullOrEmpty(phrase)) return null;
        var p = phrase.ToLowerInvariant();
        if (p.StartsWith("early", StringComparison.Ordinal) || p.Contains("beginning") || p.Contains("start")) return "START";
        if (p.StartsWith("late", StringComparison.Ordinal) || p.Contains("end")) return "END";
        if (p.StartsWith("mid", StringComparison.Ordinal) || p.Contains("middle")) return "MID";
        return null;
    }

    /// <summary>TIMEX3 modifier for a quantity qualifier: almost, about, more than, at least.</summary>
    public static string? Qualifier(string? phrase)
    {
        if (string.IsNullOrEmpty(phrase)) return null;
        var p = string.Join(' ', phrase.ToLowerInvariant().Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        return p switch
        {
            "almost" or "nearly" or "less than" or "fewer than" or "under" or "just under" or "barely" or "up to" or "at most" => "LESS_THAN",
            "more than" or "over" or "just over" => "MORE_THAN",
            "at least" => "EQUAL_OR_MORE",
            "only" => null,
            _ => "APPROX",
        };
    }

    /// <summary>UTC offset of a named zone, when fixed; null for "local time" and unknown names.</summary>
    public static TimeSpan? ZoneOffset(string zone)
    {
        var z = zone.Trim().ToLowerInvariant();
        return z switch
        {
            "gmt" or "utc" or "z" or "london time" => TimeSpan.Zero,
            "cet" or "bst" => TimeSpan.FromHours(1),
            "cest" or "eet" => TimeSpan.FromHours(2),
            "eest" or "msk" or "moscow time" or "ankara time" or "minsk time" or "istanbul time" => TimeSpan.FromHours(3),
            "baku time" or "yerevan time" or "tbilisi time" or "stepanakert time" => TimeSpan.FromHours(4),
            "est" => TimeSpan.FromHours(-5), "edt" or "ast" => TimeSpan.FromHours(-4), "cst" => TimeSpan.FromHours(-6),
            "cdt" => TimeSpan.FromHours(-5), "pst" => TimeSpan.FromHours(-8), "pdt" => TimeSpan.FromHours(-7),
            _ => null,
        };
    }
}
