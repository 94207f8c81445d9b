using System.Globalization;
using System.Text.RegularExpressions;
using Defacto.Model;

namespace Defacto.Text;

/// <summary>Bounds the date of a text that states none, from the dates it mentions and from date cues; never yields a precise date.</summary>
public sealed partial class DctInferrer(DateCues cues)
{
    // A year used as a past reference; "by 2030" or "until 2026" look forward and bound nothing.
    [GeneratedRegex(@"(?<!\b(?:by|until|till|before|through|to)\s)\b(?<y>1[89]\d\d|20\d\d)\b(?!s|'s|-|\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"(?:©|\(c\)|copyright)\s*(?<y>(?:19|20)\d\d)(?!\s*[-–]\s*\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CopyrightRegex();

    [GeneratedRegex(@"\blast\s+(?<mon>January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LastMonthRegex();

    /// <summary>A range [earliest, latest] with the evidence for it, or Unknown when the text gives nothing to stand on.</summary>
    public DocumentDate Infer(string text, DateOnly today)
    {
        DateOnly? earliest = null;
        DateOnly latest = today;
        var evidence = new List<string>();

        var days = DateTextParser.FindAllDays(text).Where(d => d <= today).ToList();
        if (days.Count > 0)
        {
            var max = days.Max();
            earliest = max;
            evidence.Add($"mentions {max:yyyy-MM-dd}");
        }

        int? latestYear = null;
        foreach (Match m in YearRegex().Matches(text))
        {
            int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (y <= today.Year && (latestYear is null || y > latestYear)) latestYear = y;
        }
        if (latestYear is { } year && (earliest is null || earliest.Value.Year < year))
        {
            earliest = new DateOnly(year, 1, 1);
            evidence.Add($"mentions the year {year}");
        }

        // "last September" names the previous calendar year's September; a September date in the text fixes which year that was.
        foreach (Match m in LastMonthRegex().Matches(text))
        {
            int month = DateTextParser.MonthNumber(m.Groups["mon"].Value);
            var sameMonth = days.Where(d => d.Month == month).ToList();
            if (sameMonth.Count == 0) continue;
            int y = sameMonth.Max().Year + 1;
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            if (earliest is null || from > earliest) earliest = from;
            if (to < latest) latest = to;
            evidence.Add($"\"{m.Value}\" with a {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {y - 1} date ⇒ written in {y}");
        }

        // A single copyright year ("© 2008") is the year the page was published.
        var copyright = CopyrightRegex().Matches(text).Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        if (copyright.Count == 1 && copyright[0] <= today.Year)
        {
            int y = copyright[0];
            if (earliest is null || earliest < new DateOnly(y, 1, 1)) earliest = new DateOnly(y, 1, 1);
            if (new DateOnly(y, 12, 31) < latest) latest = new DateOnly(y, 12, 31);
            evidence.Add($"copyright {y}");
        }

        foreach (var cue in cues.Cues)
        {
            if (!cue.Pattern.IsMatch(text)) continue;
            if (cue.NotBefore is { } nb && (earliest is null || nb > earliest)) earliest = nb;
            if (cue.NotAfter is { } na && na < latest) latest = na;
            evidence.Add(cue.Note);
        }

        if (earliest is null || earliest > latest) return DocumentDate.Unknown;
        return DocumentDate.Between(earliest.Value, latest, DateProvenance.Inferred, string.Join("; ", evidence));
    }
}
