namespace Defacto.Text;

/// <summary>
/// Finds a wire dateline at the start of a sentence ("CARACAS, Oct 4 (Reuters) -", "PORT-AU-PRINCE, Haiti (AP) --",
/// "Tbilisi (Civil.ge) —", "Moscow, 12:40 —", "RIYADH:"): where the story was filed, not who acted in it.
/// </summary>
public static class NewsDatelines
{
    private const int MaxPlaceWords = 4, MaxRegionWords = 3, MaxOutletWords = 5, MinBody = 3;

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "jan.", "january", "feb", "feb.", "february", "mar", "mar.", "march", "apr", "apr.", "april", "may", "jun", "jun.", "june",
        "jul", "jul.", "july", "aug", "aug.", "august", "sep", "sep.", "sept", "sept.", "september", "oct", "oct.", "october",
        "nov", "nov.", "november", "dec", "dec.", "december",
    };

    /// <summary>
    /// The position of the dash (or colon) that closes a sentence-initial dateline, or -1 when the sentence opens with none.
    /// A colon may also close a speaker's name ("Lavrov: ..."): the caller tells places from people. Where given,
    /// <paramref name="commonWord"/> tells the words of labels ("Summary:", "PLEASE NOTE:", "Black Sea") from names.
    /// </summary>
    public static int End(IReadOnlyList<string> forms, Func<string, bool>? commonWord = null)
    {
        int n = forms.Count, i = 0;
        // The place: capitals ("MEXICO CITY", "DEIR AL-BALAH", "MADRID/PARIS/BERLIN"), or a capitalized name before an outlet.
        bool capitals = true;
        while (i < n && i < MaxPlaceWords && IsPlaceWord(forms[i]))
        {
            capitals &= IsCapitals(forms[i]);
            i++;
        }
        if (i == 0) return -1;
        bool qualified = false;
        // ", Haiti", ", Saudi Arabia", ", N.J.": the region or country after a city.
        if (i + 1 < n && forms[i] == "," && !IsMonth(forms[i + 1]) && IsSentenceStart(forms[i + 1]))
        {
            int j = i + 1;
            while (j < n && j - i - 1 < MaxRegionWords && IsSentenceStart(forms[j]) && forms[j].Any(char.IsLetter)) j++;
            // (Only a place in capitals qualifies by its region: "DR Congo, Rwanda Sign US-Brokered ..." is a headline.)
            if (j < n && (forms[j] is "," or "(" || IsCloser(forms[j]))) { i = j; qualified = capitals; }
        }
        // ", 12:40", ", late on Wednesday", ", 05:00 Moscow time": the hour of a live report.
        if (i + 1 < n && forms[i] == "," && HourEnd(forms, i + 1) is var hour and > 0) { i = hour; qualified = true; }
        // ", Oct 4", ", March 11", ", 5 September": the filing date.
        if (i < n && forms[i] == ",") i++;
        if (i + 1 < n && IsMonth(forms[i]) && IsDay(forms[i + 1])) { i += 2; qualified = true; }
        else if (i + 1 < n && IsDay(forms[i]) && IsMonth(forms[i + 1])) { i += 2; qualified = true; }
        if (i + 1 < n && forms[i] == "," && IsYear(forms[i + 1])) i += 2;
        // "(Reuters)", "(AP)", "(Civil.ge)": the outlet.
        bool outlet = false;
        if (i < n && forms[i] == "(")
        {
            int close = i + 1;
            while (close < n && close - i <= MaxOutletWords && forms[close] != ")") close++;
            if (close >= n || forms[close] != ")" || close == i + 1) return -1;
            i = close + 1;
            outlet = true;
        }
        if (i >= n || !IsCloser(forms[i]) || n - i - 1 < MinBody) return -1;
        // "CHINA WARNS TAIWAN - STATE MEDIA": a headline in capitals goes on in capitals; a story's first sentence does not.
        bool lower = false;
        for (int k = i + 1; k < n && k <= i + 4 && !lower; k++) lower = forms[k].Any(char.IsLower);
        if (!lower) return -1;
        if (outlet || qualified) return i;
        // Without date, hour or outlet, a colon's place is a name: a label's common words ("Questions:", "PLEASE NOTE:") are no dateline.
        if (commonWord is not null && forms[i] == ":")
            for (int k = 0; k < i; k++)
                if (forms[k] != "," && commonWord(forms[k])) return -1;
        if (capitals && IsLongCapitals(forms, i)) return i;
        // A capitalized name and a dash before a phrase ("Russia - the biggest supplier - cut ...") is no dateline; before a
        // sentence of its own ("Kyiv — The first IRIS-T system ...", "Sukhumi: Aslan Bzhania has stepped down") it is.
        // (A list of names after a label, "Attendees: Pam Butler Renee Ratcliff ...", has no lower-case word early.)
        if (capitals || forms[i] == "-" || !IsSentenceStart(forms[i + 1])) return -1;
        for (int k = i + 2; k < n && k <= i + 6; k++)
            if (forms[k].Length > 0 && char.IsLower(forms[k][0])) return i;
        return -1;
    }

    private static bool IsPlaceWord(string w) =>
        w.Length > 0 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '\'' or '-' or '/') && !IsMonth(w);

    private static bool IsCapitals(string w) => w.Any(char.IsLetter) && !w.Any(char.IsLower) && w.Count(char.IsLetter) >= 2;

    // "MEXICO CITY --", "QUITO --": capitals with no region, date or outlet are a dateline when they are a word, not an acronym
    // ("NATO - ..." is the alliance): five letters or more, or two words.
    private static bool IsLongCapitals(IReadOnlyList<string> forms, int dash) =>
        dash >= 2 || forms[0].Count(char.IsLetter) >= 5;

    private static bool IsDash(string w) => w is "-" or "--" or "—" or "–" or "---";

    private static bool IsCloser(string w) => IsDash(w) || w == ":";

    private static bool IsSentenceStart(string w) => w.Length > 0 && char.IsUpper(w[0]) && !IsMonth(w);

    // The words of an hour after a dateline's comma, up to its dash or colon: a clock time, a weekday or a part of the day, with
    // "late", "early", "on", "local" and a place's "Moscow time". Returns the closer's position, or -1.
    private static int HourEnd(IReadOnlyList<string> forms, int start)
    {
        bool cue = false;
        int j = start;
        for (; j < forms.Count && j - start < 6 && !IsCloser(forms[j]); j++)
        {
            var w = forms[j];
            // ("mid-morning" may come as "mid", "-", "morning".)
            if (w == "mid" && j + 2 < forms.Count && forms[j + 1] == "-" && DayParts.Contains(forms[j + 2])) { j += 1; continue; }
            if (IsClock(w) || Weekdays.Contains(w) || DayParts.Contains(w)) cue = true;
            else if (!(HourWords.Contains(w) || (w.Length > 0 && char.IsUpper(w[0]) && j + 1 < forms.Count && forms[j + 1] == "time"))) return -1;
        }
        return cue && j < forms.Count && IsCloser(forms[j]) ? j : -1;
    }

    private static bool IsClock(string w) =>
        w.Length is 4 or 5 && w[^3] is ':' or '.' && w.Remove(w.Length - 3, 1).All(char.IsAsciiDigit);

    private static readonly HashSet<string> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    private static readonly HashSet<string> DayParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "morning", "mid-morning", "afternoon", "evening", "night", "overnight", "midday", "noon", "midnight", "dawn",
    };

    private static readonly HashSet<string> HourWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "late", "early", "on", "local", "time", "GMT", "UTC", "am", "pm", "a.m.", "p.m.",
    };

    private static bool IsMonth(string w) => Months.Contains(w);

    private static bool IsDay(string w) => w.Length is 1 or 2 && w.All(char.IsAsciiDigit);

    private static bool IsYear(string w) => w.Length == 4 && w.All(char.IsAsciiDigit);
}
