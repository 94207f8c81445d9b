using System.Globalization;
using System.Text.RegularExpressions;

namespace Defacto.Text;

/// <summary>Phrases that bound when a text was written (an office held since a known day), read from knowledge/date-cues.tsv.</summary>
public sealed class DateCues
{
    /// <summary>One cue: where the pattern matches, the text was written no earlier than NotBefore and no later than NotAfter.</summary>
    public sealed record Cue(Regex Pattern, DateOnly? NotBefore, DateOnly? NotAfter, string Note);

    public DateCues(IReadOnlyList<Cue> cues, IReadOnlyList<string> problems)
    {
        Cues = cues;
        Problems = problems;
    }

    public IReadOnlyList<Cue> Cues { get; }

    /// <summary>Malformed lines, as "file:line: reason"; loading skips them and goes on.</summary>
    public IReadOnlyList<string> Problems { get; }

    public static DateCues Empty { get; } = new([], []);

    public static DateCues Load(string path)
    {
        var cues = new List<Cue>();
        var problems = new List<string>();
        if (!File.Exists(path)) return new DateCues(cues, [$"{path}: file not found"]);
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            if (cols.Length != 4) { problems.Add($"{path}:{lineNo}: expected 4 tab-separated columns, found {cols.Length}"); continue; }
            Regex regex;
            try { regex = new Regex(cols[0], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(200)); }
            catch (ArgumentException e) { problems.Add($"{path}:{lineNo}: bad pattern: {e.Message}"); continue; }
            if (!TryDate(cols[1], out var from) || !TryDate(cols[2], out var to))
            {
                problems.Add($"{path}:{lineNo}: dates must be YYYY-MM-DD or -");
                continue;
            }
            cues.Add(new Cue(regex, from, to, cols[3]));
        }
        return new DateCues(cues, problems);
    }

    private static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        if (text == "-") return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        date = d;
        return true;
    }

    /// <summary>The knowledge/date-cues.tsv shipped beside the program (copied to the output folder), loaded once.</summary>
    public static DateCues Default => LazyDefault.Value;

    private static readonly Lazy<DateCues> LazyDefault = new(() =>
        KnowledgeFiles.Find("date-cues.tsv") is { } path ? Load(path) : Empty);
}
