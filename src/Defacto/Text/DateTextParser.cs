using System.Globalization;
using System.Text.RegularExpressions;
using Defacto.Model;

namespace Defacto.Text;

/// <summary>Reads publication dates written the many ways news sites write them (English and Russian month names, numeric, ISO, RFC 822).</summary>
public static partial class DateTextParser
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private const string MonthNames =
        "january|february|march|april|may|june|july|august|september|october|november|december|" +
        "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|" +
        "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|" +
        "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь";

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:[T ](?<H>\d{2}):(?<M>\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?<z>Z|[+-]\d{2}:?\d{2})?)?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoRegex();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s+(?<mon>" + MonthNames + @")\.?,?\s+(?<y>\d{4})(?:\s*г\.?)?(?:,?\s+(?:at\s+)?(?<H>\d{1,2}):(?<M>\d{2})(?::\d{2})?\s*(?<ap>[ap]\.?m\.?)?\s*(?<z>GMT|UTC|UT|Z|[+-]\d{4}|[+-]\d{2}:\d{2})?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYearRegex();

    [GeneratedRegex(@"\b(?<mon>" + MonthNames + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?:,?\s+(?:at\s+)?(?<H>\d{1,2}):(?<M>\d{2})\s*(?<ap>[ap]\.?m\.?)?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYearRegex();

    [GeneratedRegex(@"\b(?<a>\d{1,2})(?<sep>[./])(?<b>\d{1,2})\k<sep>(?<y>\d{4})\b(?:\s*[-–,|]?\s*(?<H>\d{1,2}):(?<M>\d{2}))?", RegexOptions.CultureInvariant)]
    private static partial Regex NumericRegex();

    [GeneratedRegex(@"^\s*(?<H>\d{1,2}):(?<M>\d{2})\s*,", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingTimeRegex();

    /// <summary>Finds the first date in <paramref name="text"/>; <paramref name="dayFirst"/> resolves 03/04/2021 when neither part exceeds 12.</summary>
    public static bool TryParse(string text, DateProvenance provenance, out DocumentDate date, out Match? match, bool dayFirst = true)
    {
        date = DocumentDate.Unknown;
        match = null;
        if (!HasYearDigits(text)) return false;
        foreach (var (regex, kind) in Patterns)
        {
            var m = regex.Match(text);
            if (!m.Success) continue;
            if (Build(m, kind, text, provenance, dayFirst) is { } d)
            {
                date = d;
                match = m;
                return true;
            }
        }
        return false;
    }

    public static bool TryParse(string text, DateProvenance provenance, out DocumentDate date) =>
        TryParse(text, provenance, out date, out _);

    /// <summary>Every full date (day, month and year) written anywhere in <paramref name="text"/>.</summary>
    public static IEnumerable<DateOnly> FindAllDays(string text)
    {
        if (!HasYearDigits(text)) yield break;
        foreach (var (regex, kind) in Patterns)
            foreach (Match m in regex.Matches(text))
                if (Build(m, kind, text, DateProvenance.Inferred, dayFirst: true) is { Value: { } v })
                    yield return DateOnly.FromDateTime(v);
    }

    /// <summary>Every pattern needs four digits in a row (its year, \d{4}); a text without such a run cannot match any of them.</summary>
    private static bool HasYearDigits(string text)
    {
        int run = 0;
        foreach (var c in text)
        {
            run = char.IsDigit(c) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    private enum Kind { Iso, DayMonthYear, MonthDayYear, Numeric }

    private static readonly (Regex, Kind)[] Patterns =
    [
        (IsoRegex(), Kind.Iso), (DayMonthYearRegex(), Kind.DayMonthYear), (MonthDayYearRegex(), Kind.MonthDayYear), (NumericRegex(), Kind.Numeric),
    ];

    private static DocumentDate? Build(Match m, Kind kind, string text, DateProvenance provenance, bool dayFirst)
    {
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int month, day;
        string? note = null;
        switch (kind)
        {
            case Kind.Iso:
                month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                break;
            case Kind.Numeric:
                int a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
                if (a > 12 && b <= 12) (day, month) = (a, b);
                else if (b > 12 && a <= 12) (month, day) = (a, b);
                else
                {
                    (day, month) = dayFirst ? (a, b) : (b, a);
                    if (a != b) note = dayFirst ? "day/month order ambiguous; read day first" : "day/month order ambiguous; read month first";
                }
                break;
            default:
                month = Months[m.Groups["mon"].Value.ToLowerInvariant()];
                day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                break;
        }
        if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;

        int hour = -1, minute = 0;
        if (m.Groups["H"].Success)
        {
            hour = int.Parse(m.Groups["H"].Value, CultureInfo.InvariantCulture);
            minute = int.Parse(m.Groups["M"].Value, CultureInfo.InvariantCulture);
        }
        else if (LeadingTimeRegex().Match(text) is { Success: true } lead && lead.Index + lead.Length <= m.Index)
        {
            // "16:26, 18 January 2021": the time stands before the date.
            hour = int.Parse(lead.Groups["H"].Value, CultureInfo.InvariantCulture);
            minute = int.Parse(lead.Groups["M"].Value, CultureInfo.InvariantCulture);
        }
        if (m.Groups["ap"].Success && hour >= 0)
        {
            bool pm = m.Groups["ap"].Value.StartsWith('p') || m.Groups["ap"].Value.StartsWith('P');
            if (hour == 12) hour = pm ? 12 : 0;
            else if (pm) hour += 12;
        }
        if (hour > 23 || minute > 59) hour = -1;

        TimeSpan? offset = m.Groups["z"].Success ? ParseOffset(m.Groups["z"].Value) : null;
        var evidence = note is null ? m.Value.Trim() : $"{m.Value.Trim()} ({note})";
        return hour >= 0
            ? DocumentDate.Exact(new DateTime(year, month, day, hour, minute, 0), DatePrecision.Minute, provenance, evidence, offset)
            : DocumentDate.Exact(new DateTime(year, month, day), DatePrecision.Day, provenance, evidence);
    }

    private static TimeSpan? ParseOffset(string zone)
    {
        if (zone is "Z" or "GMT" or "UTC" or "UT") return TimeSpan.Zero;
        var digits = zone.Replace(":", "");
        if (digits.Length != 5) return null;
        int h = int.Parse(digits.AsSpan(1, 2), CultureInfo.InvariantCulture), mm = int.Parse(digits.AsSpan(3, 2), CultureInfo.InvariantCulture);
        var span = new TimeSpan(h, mm, 0);
        return digits[0] == '-' ? -span : span;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        var map = new Dictionary<string, int>();
        string[] en = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        string[] ruGen = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
        string[] ruNom = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
        for (int i = 0; i < 12; i++)
        {
            map[en[i]] = i + 1;
            map[en[i][..3]] = i + 1;
            map[ruGen[i]] = i + 1;
            map[ruNom[i]] = i + 1;
        }
        map["sept"] = 9;
        return map;
    }

    /// <summary>Month number for an English month name or abbreviation, or 0.</summary>
    public static int MonthNumber(string name) => Months.GetValueOrDefault(name.ToLowerInvariant().TrimEnd('.'));
}
