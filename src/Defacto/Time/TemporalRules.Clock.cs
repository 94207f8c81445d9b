using System.Text.RegularExpressions;
using Defacto.Model;

namespace Defacto.Time;

/// <summary>Builders for clock times, zones and their restatements.</summary>
internal static partial class TemporalRules
{
    private static TimeMention? BuildClock(Match m, RuleContext c)
    {
        var h = int.Parse(m.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var mi = m.Groups["mi"].Success ? int.Parse(m.Groups["mi"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        if (m.Groups["ap"].Success)
        {
            if (h > 12) return null;
            var pm = char.ToLowerInvariant(m.Groups["ap"].Value[0]) == 'p';
            h = h % 12 + (pm ? 12 : 0);
        }
        var end = m.Index + m.Length;
        string? zone = null, note = null;
        if (m.Groups["zone"].Success)
        {
            var name = m.Groups["zone"].Value.Trim();
            if (name.Equals("hours", StringComparison.OrdinalIgnoreCase)) name = "";
            if (name.Length > 0) zone = DescribeZone(name);
        }
        if (m.Groups["alt"].Success)
        {
            var alt = m.Groups["alt"].Value.Trim().Trim('(', ')');
            var altClock = AltClockPattern.Match(alt);
            if (altClock.Success)
            {
                note = $"also stated as {alt}";
                var altZone = altClock.Groups["zone"].Value.Trim();
                if (altZone.Length > 0 && TimeLexicon.ZoneOffset(altZone) is { } off && zone is null)
                {
                    var ah = int.Parse(altClock.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    if (altClock.Groups["ap"].Success) ah = ah % 12 + (char.ToLowerInvariant(altClock.Groups["ap"].Value[0]) == 'p' ? 12 : 0);
                    var local = off + TimeSpan.FromHours(((h - ah) % 24 + 36) % 24 - 12);
                    zone = $"UTC{Sign(local)} (derived from {altZone} UTC{Sign(off)})";
                }
            }
            else end = m.Groups["alt"].Index;
        }
        var sec = m.Groups["sec"].Success ? int.Parse(m.Groups["sec"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        return new ClockMention(m.Index, end, h, mi) { Zone = zone, Note = note, Second = sec };
    }

    private static readonly Regex AltClockPattern = new(@"(?<h>[01]?\d|2[0-3])(?::(?<mi>[0-5]\d))?" + S0 + AmPm + "?" + @"(?<zone>" + S + @"[\w ]+)?", Options);

    private static string Sign(TimeSpan offset) => (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", System.Globalization.CultureInfo.InvariantCulture);

    private static string DescribeZone(string name) => TimeLexicon.ZoneOffset(name) is { } off ? $"{name} (UTC{Sign(off)})" : name;

    private static TimeMention? BuildClockWord(Match m, RuleContext c)
    {
        var w = m.Groups["w"].Value.ToLowerInvariant();
        return new ClockMention(m.Index, m.Index + m.Length, w == "midnight" ? 0 : 12, 0);
    }
}
