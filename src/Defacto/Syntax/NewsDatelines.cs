namespace Defacto.Syntax;

/// <summary>
/// Finds a wire dateline at the start of a sentence ("CARACAS, Oct 4 (Reuters) -", "PORT-AU-PRINCE, Haiti (AP) --",
/// "Tbilisi (Civil.ge) —"): where the story was filed, not who acted in it.
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

    /// <summary>The position of the dash that closes a sentence-initial dateline, or -1 when the sentence opens with none.</summary>
    public static int End(IReadOnlyList<string> forms)
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
        if (i + 1 < n && forms[i] == "," && !IsMonth(forms[i + 1]) && char.IsUpper(forms[i + 1][0]))
        {
            int j = i + 1;
            while (j < n && j - i - 1 < MaxRegionWords && char.IsUpper(forms[j][0]) && !IsMonth(forms[j]) && forms[j].Any(char.IsLetter)) j++;
            if (j < n && (forms[j] is "," or "(" || IsDash(forms[j]))) { i = j; qualified = true; }
        }
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
        if (i >= n || !IsDash(forms[i]) || n - i - 1 < MinBody) return -1;
        // "CHINA WARNS TAIWAN - STATE MEDIA": a headline in capitals goes on in capitals; a story's first sentence does not.
        bool lower = false;
        for (int k = i + 1; k < n && k <= i + 4 && !lower; k++) lower = forms[k].Any(char.IsLower);
        if (!lower) return -1;
        // A capitalized name and a dash alone ("Russia - the ...") is no dateline; capitals alone are, when they name a place's length.
        if (!outlet && !(capitals && (qualified || IsLongCapitals(forms, i)))) return -1;
        return i;
    }

    private static bool IsPlaceWord(string w) =>
        w.Length > 0 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '\'' or '-' or '/') && !IsMonth(w);

    private static bool IsCapitals(string w) => w.Any(char.IsLetter) && !w.Any(char.IsLower) && w.Count(char.IsLetter) >= 2;

    // "MEXICO CITY --", "QUITO --": capitals with no region, date or outlet are a dateline when they are a word, not an acronym
    // ("NATO - ..." is the alliance): five letters or more, or two words.
    private static bool IsLongCapitals(IReadOnlyList<string> forms, int dash) =>
        dash >= 2 || forms[0].Count(char.IsLetter) >= 5;

    private static bool IsDash(string w) => w is "-" or "--" or "—" or "–" or "---";

    private static bool IsMonth(string w) => Months.Contains(w);

    private static bool IsDay(string w) => w.Length is 1 or 2 && w.All(char.IsAsciiDigit);

    private static bool IsYear(string w) => w.Length == 4 && w.All(char.IsAsciiDigit);
}
