namespace Defacto.Syntax;

/// <summary>
/// Finds the short date phrases wire news puts inside a clause ("Medvedev on Tuesday signed", "said on Wednesday that"), which
/// the web-text treebank hardly has and the parser then misreads; the syntax model parses the sentence without them and hangs
/// them back on the verb next to them.
/// </summary>
public static class NewsDatePhrases
{
    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
    };

    private static readonly HashSet<string> DayParts = new(StringComparer.OrdinalIgnoreCase) { "morning", "afternoon", "evening", "night" };
    private static readonly HashSet<string> Degree = new(StringComparer.OrdinalIgnoreCase) { "early", "late", "earlier", "later" };

    /// <summary>A phrase of words [Start, End) whose head word is <see cref="Head"/>; <see cref="Case"/> is its "on".</summary>
    public readonly record struct Phrase(int Start, int End, int Head, int Case);

    /// <summary>The date phrases inside the sentence: not its first words, and not part of a longer date or list ("on Monday and Tuesday").</summary>
    public static List<Phrase> Find(IReadOnlyList<string> forms)
    {
        List<Phrase>? found = null;
        for (int i = 1; i + 1 < forms.Count; i++)
        {
            if (!forms[i].Equals("on", StringComparison.OrdinalIgnoreCase)) continue;
            int start = i > 1 && Degree.Contains(forms[i - 1]) ? i - 1 : i;
            // Inside a clause: after a word, not at the start of the sentence or of a quotation.
            if (start == 0 || !char.IsLetterOrDigit(forms[start - 1][^1])) continue;
            int end, head;
            if (Weekdays.Contains(forms[i + 1]))
            {
                head = i + 1;
                end = i + 2;
                if (end < forms.Count && DayParts.Contains(forms[end])) { head = end; end++; }
            }
            else if (Months.Contains(forms[i + 1]) && i + 2 < forms.Count && IsDay(forms[i + 2]))
            {
                head = i + 1;
                end = i + 3;
            }
            else if (IsDay(forms[i + 1]) && i + 2 < forms.Count && Months.Contains(forms[i + 2]))
            {
                head = i + 2;
                end = i + 3;
            }
            else continue;
            // "On 12 May 2008": the year belongs to the phrase.
            if (!Weekdays.Contains(forms[head]) && !DayParts.Contains(forms[head]) && end < forms.Count && IsYear(forms[end])) end++;
            // A second date after it, a possessive or a list: leave the phrase to the parser.
            if (end < forms.Count && (forms[end] is "'s" or "’s" or "and" or "or" or "-" or "–" || IsDay(forms[end])))
                continue;
            // "On Monday to Friday" is a range; "agreed on Friday to return" is not.
            if (end + 1 < forms.Count && forms[end] == "to" && (Weekdays.Contains(forms[end + 1]) || Months.Contains(forms[end + 1]) || IsDay(forms[end + 1])))
                continue;
            // Before a comma it closes a parenthetical ("in remarks published on Monday, urged"), which the parser reads well.
            if (end < forms.Count && forms[end] == ",") continue;
            (found ??= []).Add(new Phrase(start, end, head, i));
            i = end - 1;
        }
        return found ?? [];
    }

    /// <summary>True for "early", "late", "earlier", "later" before "on".</summary>
    internal static bool IsDegree(string form) => Degree.Contains(form);

    private static bool IsYear(string form) => form.Length == 4 && form.All(char.IsAsciiDigit) && form[0] is '1' or '2';

    /// <summary>True for a one- or two-digit day number or a year.</summary>
    internal static bool IsNumber(string form) => IsDay(form) || IsYear(form);

    private static bool IsDay(string form) => form.Length is 1 or 2 && char.IsAsciiDigit(form[0]) && (form.Length == 1 || char.IsAsciiDigit(form[1]));
}
