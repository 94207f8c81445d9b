using System.Text.RegularExpressions;
using Defacto.Model;

namespace Defacto.Time;

/// <summary>The rule set of the English temporal tagger: dates, times, durations, sets, and fuzzy references.</summary>
internal static partial class TemporalRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture;

    private const string S = @"[ \t\u00A0]+";
    private const string S0 = @"[ \t\u00A0]*";
    private const string MonthFull = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private const string MonthAny = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
    private const string Day = @"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?";
    private const string Year = "(?:1[0-9]{3}|20[0-9]{2}|21[0-9]{2})";
    private const string WeekdayAny = @"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?";
    private const string WeekdayFull = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string PartOfDay = "(?:morning|afternoon|evening|night)";
    private const string Unit = @"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)|millenni(?:um|a))";
    private const string Qualifier = "(?:almost|nearly|about|around|some|roughly|approximately|more" + S + "than|less" + S + "than|fewer" + S + "than|over|under|at" + S + "least|at" + S + "most|up" + S + "to|just" + S + "over|just" + S + "under|barely|only)";
    private const string QualifierNotOver = "(?:almost|nearly|about|around|some|roughly|approximately|more" + S + "than|less" + S + "than|fewer" + S + "than|under|at" + S + "least|at" + S + "most|up" + S + "to|just" + S + "over|just" + S + "under|barely|only)";
    private const string Num = TimeLexicon.NumberPattern;
    private const string ModPrefix = "(?<mod>early|late|mid|the" + S + "(?:end|beginning|start|middle)" + S + "of)(?:" + S + "|-)";
    private const string Zone = "(?<zone>" + S + @"(?:GMT|UTC|Z|CET|CEST|EET|EEST|MSK|EST|EDT|CDT|CST|PST|PDT|BST)(?:" + S0 + @"[+-]" + S0 + @"\d{1,2})?\b|" + S + "local" + S + @"time\b|" + S + "(?-i:[A-Z][a-z]+)" + S + @"time\b)?";
    private const string AltClock = @"(?<alt>" + S0 + @"\([^()\n]{1,40}\))?";
    private const string AmPm = @"(?<ap>[ap]\.?m\b\.?)";

    private static readonly string[] CountNouns =
    [
        "people", "troops", "soldiers", "men", "women", "children", "residents", "refugees", "civilians", "families", "km",
        "kilometres", "kilometers", "metres", "meters", "miles", "dollars", "euros", "tons", "tonnes", "hectares", "votes",
        "homes", "houses", "cases", "deaths", "pages", "words", "units", "police", "officers", "fighters", "prisoners", "hostages",
    ];

    private static readonly string[] NamingWords =
    [
        "resolution", "article", "paragraph", "no", "number", "flight", "route", "code", "model", "room", "page", "section",
        "chapter", "item", "tel", "phone", "bus", "rule", "decree", "order", "law", "bill", "case", "file", "unit", "platoon", "battalion",
    ];

    private static readonly string[] StrongYearTriggers =
    [
        "in", "since", "of", "from", "until", "till", "by", "before", "after", "during", "to", "through", "between", "year", "circa",
        "spring", "summer", "autumn", "fall", "winter", "'s", "’s",
    ];

    private static readonly string[] QuantityWords = ["than", "about", "around", "nearly", "some", "over", "almost", "approximately", "roughly", "under"];

    private static readonly string[] YearTriggers =
    [
        "in", "on", "since", "of", "from", "until", "till", "by", "before", "after", "during", "to", "through", "between", "and",
        "or", "the", "early", "late", "mid", "year", "circa", "around", "spring", "summer", "autumn", "fall", "winter", "end",
        "beginning", "start", "half", "quarter", "s", "'s", "’s", "for", "than", "as",
    ];

    private static readonly Lazy<IReadOnlyList<TemporalRule>> Rules = new(Build);

    public static IReadOnlyList<TemporalRule> All => Rules.Value;

    /// <summary>Slashed or dotted numeric dates, scanned first to learn the document's day/month order.</summary>
    public static Regex NumericDate { get; } = new(@"(?<![\d./-])(?<a>\d{1,2})(?<sep>[/.])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?![\d/-]|\.\d)", Options);

    private static IReadOnlyList<TemporalRule> Build() =>
    [
        new("month-day", new(@"\b(?:(?<pod>the" + S + PartOfDay + S + "of)" + S + ")?(?:(?<wd>" + WeekdayAny + ")(?:," + S0 + "|" + S + "))?(?<mon>" + MonthAny + @")\.?" + S + "(?<d1>" + Day + @")\b"
            + "(?:" + S0 + "(?:-|–|—)" + S0 + "(?<d2>" + Day + @")\b|" + S + "(?:to|and|through)" + S + "(?<d2>" + Day + @")\b(?!" + S0 + MonthAny + "))?"
            + "(?:," + S0 + "(?<y>" + Year + @")\b|" + S + "(?<y>" + Year + @")\b)?(?!\d|:\d)", Options), BuildMonthDay) { Needs = Trigger.Month },
        new("day-month", new(@"(?<![\w:.,/-])(?:(?<pod>the" + S + PartOfDay + S + "of)" + S + ")?(?:(?<wd>" + WeekdayAny + ")(?:," + S0 + "|" + S + "))?(?<d1>" + Day + ")"
            + "(?:" + S0 + "(?:-|–|—)" + S0 + "(?<d2>" + Day + ")|" + S + "(?:to|and)" + S + "(?<d2>" + Day + "))?" + S + "(?:of" + S + ")?(?<mon>" + MonthAny + @")\b\.?"
            + "(?:,?" + S + "(?<y>" + Year + @")\b)?(?!\d|:\d)", Options), BuildMonthDay) { Needs = Trigger.Month },
        new("month", new(@"\b(?:(?<rel>last|next|this|coming|past)" + S + "|" + ModPrefix + ")?(?<mon>" + MonthAny + @")\b\.?(?:,?" + S + "(?:of" + S + ")?(?<y>" + Year + @")\b)?(?!\d|:\d)", Options), BuildMonth) { Needs = Trigger.Month },
        new("numeric-date", NumericDate, BuildNumeric) { Needs = Trigger.Digit },
        new("iso-date", new(@"(?<![\d-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:T(?<h>\d{2}):(?<mi>\d{2}))?(?![\d-])", Options), BuildIso) { Needs = Trigger.Digit },
        new("year", new(@"(?<![\d,.$€£#/-])(?:" + ModPrefix + ")?(?<y>" + Year + @")(?:" + S0 + "(?:-|–|—|/)" + S0 + @"(?<y2>\d{4}|\d{2}))?\b(?![\d%]|[.,:]\d|-year|" + S + @"(?:hours|GMT|UTC)\b)", Options), BuildYear) { Needs = Trigger.Digit },
        new("two-digit-year", new(@"(?<![\w'’])['’](?<yy>\d{2})\b(?!s)", Options), BuildTwoDigitYear) { Needs = Trigger.Digit },
        new("season", new(@"\b(?:(?<rel>last|next|this|coming|past)" + S + "|(?<mod>early|late|mid)(?:" + S + "|-)|(?<the>the)" + S + ")?(?<s>spring|summer|autumn|fall|winter)(?:" + S + "(?:of" + S + ")?(?<y>" + Year + @"))?\b", Options), BuildSeason) { Needs = Trigger.Season },
        new("quarter", new(@"\b(?:the" + S + ")?(?<ord>first|second|third|fourth|final|last)" + S + "(?<q>quarter|half)(?:" + S + "of" + S + "(?:(?<y>" + Year + ")|(?<rel>this|last|next|the)" + S + @"year))?\b", Options), BuildQuarter) { Needs = Trigger.Quarter },
        new("quarter-code", new(@"\b(?<q>Q[1-4]|H[12])" + S0 + "(?<y>" + Year + @")\b", Options), BuildQuarterCode) { Needs = Trigger.Quarter },
        new("decade", new(@"\b(?:(?<the>the)" + S + ")?(?:(?<mod>early|late|mid)(?:" + S + @"|-))?(?:(?<dec>1[0-9]{2}0|20[0-9]0)['’]?s|['’](?<yy>[0-9]0)s|(?<yy2>[2-9]0)s)\b", Options), BuildDecade) { Needs = Trigger.Digit },
        new("century", new(@"\b(?<n>\d{1,2})(?:st|nd|rd|th)" + S0 + "-?" + S0 + @"century\b|\b(?<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)" + S0 + "-?" + S0 + @"century\b", Options), BuildCentury) { Needs = Trigger.Unit },
        new("weekday", new(@"\b(?:(?<rel>last|next|this|coming|past)" + S + ")?(?<wd>" + WeekdayFull + @")(?<pl>s)?\b(?:" + S + "(?<pod>" + PartOfDay + @")\b)?", Options), BuildWeekday) { Needs = Trigger.Weekday },
        new("named-day", new(@"\b(?:(?<ea>earlier|later)" + S + ")?(?:(?<w>today|tonight|yesterday|tomorrow)|the" + S + "day" + S + "(?<w2>before" + S + "yesterday|after" + S + "tomorrow))(?:" + S + "(?<pod>" + PartOfDay + @"))?\b", Options), BuildNamedDay) { Needs = Trigger.NamedDay },
        new("this-morning", new(@"\b(?:(?<ea>earlier|later)" + S + ")?(?<rel>this|last)" + S + "(?<pod>" + PartOfDay + @")\b", Options), BuildThisMorning) { Needs = Trigger.PartOfDay },
        new("relative-unit", new(@"(?<=\b(?:(?<ea>earlier|later)" + S + ")?(?:(?<mod>early|late|mid|the" + S + "(?:end|beginning|start|middle|rest)" + S + "of)(?:" + S + "|-))?"
            + "(?<rel>the" + S + "(?:past|last|previous|following|next|coming|same|current)|this|last|next|past|previous|coming|following|current|the)" + S + @")(?<unit>day|week|weekend|month|year|decade|century)\b", Options), BuildRelativeUnit) { Needs = Trigger.Unit },
        new("vague-ago", new(@"\b(?:(?:many|several|some|a" + S + "few|a" + S + "couple" + S + "of)" + S + ")?(?<u>years|months|weeks|decades|centuries|days)" + S + @"ago\b", Options),
            (m, _) => new ConstantMention(m.Index, m.Index + m.Length, TimeType.Date, "PAST_REF", TimePrecision.Fuzzy)) { Needs = Trigger.Unit },
        new("that-day", new(@"\b(?:(?<ea>earlier|later)" + S + ")?that" + S + @"(?<u>day|night|morning|afternoon|evening|week|month|year)\b(?!-)", Options), BuildThatDay) { Needs = Trigger.Unit | Trigger.PartOfDay },
        new("next-morning", new(@"\bthe" + S + "(?<rel>next|following|previous|same)" + S + @"(?<pod>morning|afternoon|evening|night)\b", Options), BuildNextMorning) { Needs = Trigger.PartOfDay },
        new("counted-relative", new(@"(?<=\b(?<num>" + Num + ")(?:" + S + "|-))(?<unit>" + Unit + ")" + S + "(?<dir>ago|earlier|later|from" + S + @"now)\b", Options), BuildCountedRelative) { Needs = Trigger.Unit },
        new("in-duration", new(@"(?<=\b(?<in>in)" + S + "(?<num>" + Num + ")" + S + ")(?<unit>" + Unit + @")\b", Options), BuildInDuration) { Needs = Trigger.Unit },
        new("duration", new(@"(?<=\b(?:(?<q>" + Qualifier + ")" + S + ")?(?<num>" + Num + ")(?:" + S + "|-))(?<unit>" + Unit + @")\b(?!-old|" + S + @"old\b)", Options), BuildDuration) { Needs = Trigger.Unit },
        new("span-duration", new(@"(?<=\b(?:(?<q>" + QualifierNotOver + ")" + S + ")?(?<the>the)" + S + "(?<rel>past|last|next|coming|previous|first|following)" + S + "(?<num>" + Num + ")" + S + ")(?<unit>" + Unit + @")\b", Options), BuildDuration) { Needs = Trigger.Unit },
        new("plural-duration", new(@"(?<=\b(?:for|over)" + S + @")(?<u>years|months|weeks|days|decades|centuries|hours)\b(?!" + S + @"(?:ago|later|earlier|of)\b)|\b(?<u>centuries|decades|years|months)-(?:old|long)\b", Options), BuildPluralDuration) { Needs = Trigger.Unit },
        new("set-every", new(@"\b(?:every|each)" + S + "(?:(?<num>" + Num + ")" + S + ")?(?<other>other" + S + ")?(?<u>day|week|month|year|decade|hour|morning|afternoon|evening|night|weekend|"
            + WeekdayFull + "|" + MonthFull + @"|spring|summer|autumn|winter)s?\b", Options), BuildSetEvery) { Needs = Trigger.Every },
        new("set-frequency", new(@"(?:\b(?:once|twice|thrice)|(?<=\b(?<n>" + Num + ")" + S + ")times)" + S + "(?:a|an|per|each|every)" + S + @"(?<u>day|week|month|year|hour)\b", Options), BuildSetFrequency) { Needs = Trigger.Unit },
        new("set-adverb", new(@"\b(?<u>daily|weekly|monthly|annually|yearly|nightly|hourly|fortnightly|quarterly)\b", Options), BuildSetAdverb) { Needs = Trigger.SetAdverb },
        new("present-ref", new(@"\b(?:currently|presently|nowadays|at" + S + "present|at" + S + "the" + S + "moment|right" + S + "now|now|these" + S + "days|the" + S + @"present)\b(?!-)", Options),
            (m, _) => new ConstantMention(m.Index, m.Index + m.Length, TimeType.Date, "PRESENT_REF", TimePrecision.Fuzzy)) { Needs = Trigger.Reference },
        new("past-ref", new(@"\b(?:recently|lately|recent" + S + "(?:years|months|weeks|decades)|the" + S + @"(?:recent" + S + @")?past)\b", Options),
            (m, _) => new ConstantMention(m.Index, m.Index + m.Length, TimeType.Date, "PAST_REF", TimePrecision.Fuzzy)) { Needs = Trigger.Reference },
        new("future-ref", new(@"\b(?:the" + S + "(?:near" + S + "|distant" + S + "|foreseeable" + S + "|immediate" + S + ")?future|the" + S + "coming" + S + "(?:years|months|weeks|days|decades)|the" + S + "years" + S + "to" + S + @"come)\b", Options),
            (m, _) => new ConstantMention(m.Index, m.Index + m.Length, TimeType.Date, "FUTURE_REF", TimePrecision.Fuzzy)) { Needs = Trigger.Reference },
        new("holiday", new(@"\b(?:(?<rel>last|next|this)" + S + ")?(?<h>New" + S + "Year['’]s" + S + "(?:Day|Eve)|Christmas" + S + @"(?:Day|Eve)|Christmas)\b", Options), BuildHoliday) { Needs = Trigger.Holiday },
        new("clock", new(@"(?<![\d:.,])(?<h>[01]?\d|2[0-3]):(?<mi>[0-5]\d)(?::(?<sec>[0-5]\d))?(?![\d:])(?:" + S0 + AmPm + @"(?![a-z]))?" + Zone + AltClock, Options), BuildClock) { Needs = Trigger.Digit },
        new("clock-ampm", new(@"(?<![\d:.,])(?<h>1[0-2]|0?[1-9])" + S0 + AmPm + @"(?![a-z])" + Zone + AltClock, Options), BuildClock) { Needs = Trigger.Digit },
        new("clock-military", new(@"(?<![\d:.,])(?<h>[01]\d|2[0-3])(?<mi>[0-5]\d)(?<zone>" + S + @"(?:GMT|UTC|Z|hours|local" + S + @"time))\b", Options), BuildClock) { Needs = Trigger.Digit },
        new("clock-word", new(@"\b(?<w>noon|midday|midnight)\b", Options), BuildClockWord) { Needs = Trigger.ClockWord },
    ];

    /// <summary>Start of a match including groups captured in a leading lookbehind (rules anchored on their unit word).</summary>
    private static int StartOf(Match m)
    {
        var start = m.Index;
        for (var i = 1; i < m.Groups.Count; i++)
            if (m.Groups[i] is { Success: true } g && g.Index < start) start = g.Index;
        return start;
    }

    private static bool SentenceStart(string text, int at)
    {
        var i = at - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '"' or '“' or '(') i--;
        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or ':';
    }

    private static bool Capitalized(Match m, string group) => m.Groups[group] is { Success: true } g && char.IsUpper(g.Value[0]);

    private static int? IntOf(Group g) => g.Success ? int.Parse(g.Value.AsSpan().TrimEnd("stndrh"), System.Globalization.CultureInfo.InvariantCulture) : null;

    private static TimeMention? BuildMonthDay(Match m, RuleContext c)
    {
        if (!Capitalized(m, "mon")) return null;
        var mention = new CalendarMention(m.Index, TrimSentencePeriod(m))
        {
            Month = TimeLexicon.Month(m.Groups["mon"].Value),
            Day = IntOf(m.Groups["d1"]),
            EndDay = IntOf(m.Groups["d2"]),
            Year = IntOf(m.Groups["y"]),
            PartOfDay = m.Groups["pod"].Success ? TimeLexicon.PartOfDay(LastWord(m.Groups["pod"].Value, 1)) : null,
            Weekday = m.Groups["wd"].Success ? TimeLexicon.Weekday(m.Groups["wd"].Value) : null,
        };
        if (mention.Weekday is not null && !Capitalized(m, "wd")) return null;
        return mention;
    }

    /// <summary>End of the match without a full stop after a full month name ("on 19 February."): only abbreviations take a dot.</summary>
    private static int TrimSentencePeriod(Match m)
    {
        var end = m.Index + m.Length;
        var mon = m.Groups["mon"];
        return end == mon.Index + mon.Length + 1 && m.Value[^1] == '.' && (mon.Length > 4 || mon.Value is "May" or "June" or "July") ? end - 1 : end;
    }

    private static string LastWord(string phrase, int fromEnd)
    {
        var parts = phrase.Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        return parts[^(fromEnd + 1)];
    }

    private static TimeMention? BuildMonth(Match m, RuleContext c)
    {
        if (!Capitalized(m, "mon")) return null;
        var mon = m.Groups["mon"].Value;
        var hasYear = m.Groups["y"].Success;
        var hasPrefix = m.Groups["rel"].Success || m.Groups["mod"].Success;
        if (mon.Length <= 4 && mon != "June" && mon != "July" && mon != "May" && !hasYear) return null;
        if (mon == "May" && !hasYear && !hasPrefix && c.WordBefore(m.Index) is not ("in" or "since" or "until" or "by" or "of" or "during" or "from" or "to" or "through" or "before" or "after" or "and" or "early" or "late" or "mid" or "last" or "next" or "this"))
            return null;
        if (mon == "March" && !hasYear && !hasPrefix && c.WordBefore(m.Index) is "a" or "the" or "to" or "will" or "would" or "we" or "they" or "protesters") return null;
        return new CalendarMention(m.Index, TrimSentencePeriod(m))
        {
            Month = TimeLexicon.Month(mon),
            Year = IntOf(m.Groups["y"]),
            Relative = RelativeOf(m.Groups["rel"]),
            Mod = TimeLexicon.Mod(m.Groups["mod"].Value),
        };
    }

    private static int? RelativeOf(Group g) => !g.Success ? null : g.Value.ToLowerInvariant() switch
    {
        "last" or "past" or "previous" => -1,
        "next" or "coming" or "following" => 1,
        _ => 0,
    };

    private static TimeMention? BuildNumeric(Match m, RuleContext c)
    {
        var a = int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var yText = m.Groups["y"].Value;
        if (m.Groups["sep"].Value == "." && yText.Length != 4) return null;
        var mention = new CalendarMention(m.Index, m.Index + m.Length);
        var year = int.Parse(yText, System.Globalization.CultureInfo.InvariantCulture);
        if (yText.Length == 2)
        {
            if (c.DctYear is not { } dy) { mention.Problem = $"two-digit year '{yText}' and no document date to expand it"; return mention; }
            year = ExpandTwoDigit(year, dy);
            mention.Note = $"two-digit year '{yText}' read as {year}";
        }
        mention.Year = year;
        bool? dayFirst = a > 12 ? true : b > 12 ? false : c.DayFirst;
        if (a > 12 && b > 12 || a == 0 || b == 0) { mention.Problem = $"not a date: {m.Value}"; return mention; }
        if (dayFirst is null && a != b) { mention.Problem = $"ambiguous day/month order in {m.Value}: {year}-{b:00}-{a:00} or {year}-{a:00}-{b:00}"; return mention; }
        (mention.Day, mention.Month) = dayFirst ?? true ? (a, b) : (b, a);
        if (!CalendarMath.IsValid(year, mention.Month.Value, mention.Day.Value)) mention.Problem = $"impossible date: {m.Value}";
        return mention;
    }

    private static int ExpandTwoDigit(int yy, int dctYear)
    {
        // Window: up to ten years after the document, else the century before.
        var century = dctYear / 100 * 100;
        var y = century + yy;
        return y > dctYear + 10 ? y - 100 : y;
    }

    private static TimeMention? BuildIso(Match m, RuleContext c)
    {
        var y = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var date = new CalendarMention(m.Index, m.Index + m.Length) { Year = y, Month = mo, Day = d };
        if (!CalendarMath.IsValid(y, mo, d)) date.Problem = $"impossible date: {m.Value}";
        if (!m.Groups["h"].Success || date.Problem is not null) return date;
        var h = int.Parse(m.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var mi = int.Parse(m.Groups["mi"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (h > 23 || mi > 59) return date;
        return new DateTimeMention(date, new ClockMention(m.Groups["h"].Index, m.Index + m.Length, h, mi));
    }

    private static TimeMention? BuildYear(Match m, RuleContext c)
    {
        var y = int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var before = c.WordBefore(m.Index);
        var hasMod = m.Groups["mod"].Success;
        var trigger = hasMod || Array.IndexOf(YearTriggers, before) >= 0 || before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("’s", StringComparison.Ordinal);
        if ((y < 1900 || y > 2099) && Array.IndexOf(StrongYearTriggers, before) < 0 && !hasMod) return null;
        // "more than 1100 pictures", "about 2000 protesters": a quantity before a plural noun.
        if (Array.IndexOf(QuantityWords, before) >= 0 && c.WordAfter(m.Index + m.Length) is { Length: > 3 } next && next[^1] == 's') return null;
        // "Resolution 2020", "flight 1945", "No. 2017": a number that names something.
        if (Array.IndexOf(NamingWords, before) >= 0) return null;
        // "2000 troops", "and 1500 civilians": a count, whatever precedes it.
        if (Array.IndexOf(CountNouns, c.WordAfter(m.Index + m.Length)) >= 0) return null;
        var first = new CalendarMention(m.Index, m.Groups["y"].Index + m.Groups["y"].Length) { Year = y, Mod = TimeLexicon.Mod(m.Groups["mod"].Value) };
        if (!m.Groups["y2"].Success) return first;
        var y2Text = m.Groups["y2"].Value;
        var y2 = int.Parse(y2Text, System.Globalization.CultureInfo.InvariantCulture);
        if (y2Text.Length == 2) y2 += y / 100 * 100;
        if (y2 <= y) return first;
        return new RangeMention(first, new CalendarMention(m.Groups["y2"].Index, m.Index + m.Length) { Year = y2 });
    }

    private static TimeMention? BuildTwoDigitYear(Match m, RuleContext c)
    {
        var yy = int.Parse(m.Groups["yy"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var before = c.WordBefore(m.Index);
        if (Array.IndexOf(YearTriggers, before) < 0) return null;
        var mention = new CalendarMention(m.Index, m.Index + m.Length);
        if (c.DctYear is not { } dy) { mention.Problem = $"two-digit year '{yy:00}' and no document date to expand it"; return mention; }
        mention.Year = ExpandTwoDigit(yy, dy);
        mention.Note = $"two-digit year read as {mention.Year}";
        return mention;
    }

    private static TimeMention? BuildSeason(Match m, RuleContext c)
    {
        var word = m.Groups["s"].Value.ToLowerInvariant();
        var hasYear = m.Groups["y"].Success;
        if (word == "fall" && !hasYear && !m.Groups["rel"].Success) return null;
        var part = word switch { "spring" => "SP", "summer" => "SU", "winter" => "WI", _ => "FA" };
        return new CalendarMention(m.Index, m.Index + m.Length)
        {
            Part = part,
            Year = IntOf(m.Groups["y"]),
            Relative = RelativeOf(m.Groups["rel"]),
            Mod = TimeLexicon.Mod(m.Groups["mod"].Value),
        };
    }

    private static TimeMention? BuildQuarter(Match m, RuleContext c)
    {
        var half = m.Groups["q"].Value.Equals("half", StringComparison.OrdinalIgnoreCase);
        var ord = m.Groups["ord"].Value.ToLowerInvariant() switch
        {
            "first" => 1, "second" => 2, "third" => 3, "fourth" => 4, _ => half ? 2 : 4,
        };
        if (half && ord > 2) return null;
        var rel = m.Groups["rel"].Success ? m.Groups["rel"].Value.ToLowerInvariant() : null;
        return new CalendarMention(m.Index, m.Index + m.Length)
        {
            Part = (half ? "H" : "Q") + ord.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Year = IntOf(m.Groups["y"]),
            Relative = rel switch { "last" => -1, "next" => 1, _ => null },
        };
    }

    private static TimeMention? BuildQuarterCode(Match m, RuleContext c) => new CalendarMention(m.Index, m.Index + m.Length)
    {
        Part = m.Groups["q"].Value.ToUpperInvariant(),
        Year = IntOf(m.Groups["y"]),
    };

    private static TimeMention? BuildDecade(Match m, RuleContext c)
    {
        string value;
        if (m.Groups["dec"].Success) value = m.Groups["dec"].Value[..3] + "X";
        else
        {
            if (m.Groups["yy2"].Success && !m.Groups["the"].Success) return null;
            var yy = int.Parse(m.Groups["yy"].Success ? m.Groups["yy"].Value : m.Groups["yy2"].Value, System.Globalization.CultureInfo.InvariantCulture);
            value = (yy >= 30 || c.DctYear is null ? "19" : c.DctYear.Value / 100 + "") + (yy / 10) + "X";
        }
        return new ConstantMention(m.Index, m.Index + m.Length, TimeType.Date, value, TimePrecision.Decade, TimeLexicon.Mod(m.Groups["mod"].Value));
    }

    private static TimeMention? BuildCentury(Match m, RuleContext c)
    {
        var n = m.Groups["n"].Success ? IntOf(m.Groups["n"]) : TimeLexicon.Ordinal(m.Groups["w"].Value.ToLowerInvariant());
        if (n is not { } k || k < 1 || k > 22) return null;
        return new ConstantMention(m.Index, m.Index + m.Length, TimeType.Date, (k - 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "XX", TimePrecision.Century);
    }

    private static TimeMention? BuildWeekday(Match m, RuleContext c)
    {
        if (!Capitalized(m, "wd")) return null;
        var day = TimeLexicon.Weekday(m.Groups["wd"].Value);
        if (m.Groups["pl"].Success)
        {
            var wdEnd = m.Groups["pl"].Index + 1;
            var n = ((int)day + 6) % 7 + 1;
            return new ConstantMention(m.Groups["wd"].Index, wdEnd, TimeType.Set, $"XXXX-WXX-{n}", TimePrecision.Day);
        }
        return new WeekdayMention(m.Index, m.Index + m.Length, day)
        {
            Relative = RelativeOf(m.Groups["rel"]),
            PartOfDay = TimeLexicon.PartOfDay(m.Groups["pod"].Value),
        };
    }

    private static TimeMention? BuildNamedDay(Match m, RuleContext c)
    {
        var w = (m.Groups["w"].Success ? m.Groups["w"].Value : m.Groups["w2"].Value).ToLowerInvariant();
        var offset = w switch
        {
            "yesterday" => -1, "tomorrow" => 1, _ when w.StartsWith("before", StringComparison.Ordinal) => -2,
            _ when w.StartsWith("after", StringComparison.Ordinal) => 2, _ => 0,
        };
        var pod = m.Groups["pod"].Success ? TimeLexicon.PartOfDay(m.Groups["pod"].Value) : w == "tonight" ? "NI" : null;
        return new RelativeMention(m.Index, m.Index + m.Length, Grain.Day, offset, false) { PartOfDay = pod };
    }

    private static TimeMention? BuildThisMorning(Match m, RuleContext c)
    {
        var last = m.Groups["rel"].Value.Equals("last", StringComparison.OrdinalIgnoreCase);
        var pod = TimeLexicon.PartOfDay(m.Groups["pod"].Value);
        if (last && pod != "NI" && pod != "EV") return null;
        return new RelativeMention(m.Index, m.Index + m.Length, Grain.Day, last ? -1 : 0, false) { PartOfDay = pod };
    }

    private static TimeMention? BuildRelativeUnit(Match m, RuleContext c)
    {
        var rel = string.Join(' ', m.Groups["rel"].Value.ToLowerInvariant().Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        var mod = TimeLexicon.Mod(m.Groups["mod"].Value);
        var hasMod = m.Groups["mod"].Success;
        var grain = unit switch
        {
            "day" => Grain.Day, "week" => Grain.Week, "weekend" => Grain.Weekend, "month" => Grain.Month,
            "year" => Grain.Year, "decade" => Grain.Decade, _ => Grain.Century,
        };
        var (start, end) = (StartOf(m), m.Index + m.Length);
        if (rel is "the past" or "the last" && !hasMod && grain != Grain.Day && grain != Grain.Weekend)
        {
            var (code, _) = TimeLexicon.Unit(unit);
            return new ConstantMention(start, end, TimeType.Duration, CalendarMath.Duration(1, code), TimePrecision.Fuzzy);
        }
        switch (rel)
        {
            case "the":
                if (grain == Grain.Weekend) return new RelativeMention(start, end, grain, 0, false) { ByTense = true };
                if (!hasMod || grain == Grain.Day) return null;
                return new RelativeMention(start, end, grain, 0, false) { Mod = mod };
            case "the same":
                return new RelativeMention(start, end, grain, 0, true);
            case "the previous" or "the last":
                return new RelativeMention(start, end, grain, -1, true) { Mod = mod };
            case "the following" or "the next":
                return new RelativeMention(start, end, grain, 1, true) { Mod = mod };
        }
        if (grain == Grain.Day) return null;
        var amount = rel switch
        {
            "last" or "past" or "previous" => -1,
            "next" or "coming" or "following" or "the coming" => 1,
            _ => 0,
        };
        return new RelativeMention(start, end, grain, amount, false) { Mod = mod };
    }











    private static TimeMention? BuildHoliday(Match m, RuleContext c)
    {
        var h = m.Groups["h"].Value.ToLowerInvariant();
        var (month, day) = h.StartsWith("new", StringComparison.Ordinal) ? (h.EndsWith("eve", StringComparison.Ordinal) ? (12, 31) : (1, 1))
            : h.EndsWith("eve", StringComparison.Ordinal) ? (12, 24) : (12, 25);
        return new CalendarMention(m.Index, m.Index + m.Length) { Month = month, Day = day, Relative = RelativeOf(m.Groups["rel"]) is { } r && r != 0 ? r : null };
    }





}
