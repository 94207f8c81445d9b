namespace Defacto.Time;

/// <summary>Kinds of words a temporal rule needs to see in a sentence before it is worth running.</summary>
[Flags]
internal enum Trigger
{
    None = 0,
    Month = 1, Weekday = 2, Digit = 4, Unit = 8, Relative = 16, NamedDay = 32, PartOfDay = 64, Season = 128,
    Quarter = 256, Every = 512, SetAdverb = 1024, Reference = 2048, Holiday = 4096, ClockWord = 8192,
}

/// <summary>One pass over a sentence's words to learn which trigger kinds it holds, so rules that cannot match are skipped.</summary>
internal static class TriggerWords
{
    private static readonly Dictionary<string, Trigger> Words = Build();

    private static readonly Dictionary<string, Trigger>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, Trigger> Build()
    {
        var d = new Dictionary<string, Trigger>(StringComparer.OrdinalIgnoreCase);
        void Add(Trigger t, params string[] words)
        {
            foreach (var w in words) d[w] = d.GetValueOrDefault(w) | t;
        }
        Add(Trigger.Month, "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
        Add(Trigger.Weekday, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays");
        Add(Trigger.Unit, "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "night", "nights", "week", "weeks",
            "weekend", "fortnight", "fortnights", "month", "months", "year", "years", "decade", "decades", "century", "centuries",
            "millennium", "millennia");
        Add(Trigger.Relative, "last", "next", "this", "past", "previous", "coming", "following", "current", "same", "earlier", "later", "the");
        Add(Trigger.NamedDay, "today", "tonight", "yesterday", "tomorrow");
        Add(Trigger.PartOfDay, "morning", "afternoon", "evening", "night");
        Add(Trigger.Season, "spring", "summer", "autumn", "fall", "winter");
        Add(Trigger.Quarter, "quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2");
        Add(Trigger.Every, "every", "each");
        Add(Trigger.SetAdverb, "daily", "weekly", "monthly", "annually", "yearly", "nightly", "hourly", "fortnightly", "quarterly");
        Add(Trigger.Reference, "currently", "presently", "nowadays", "present", "moment", "now", "days", "recently", "lately", "recent",
            "past", "future", "coming", "come");
        Add(Trigger.Holiday, "christmas", "year's", "year’s");
        Add(Trigger.ClockWord, "noon", "midday", "midnight");
        return d;
    }

    /// <summary>The trigger kinds present in text[start, end).</summary>
    public static Trigger Scan(string text, int start, int end)
    {
        var found = Trigger.None;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsDigit(c)) { found |= Trigger.Digit; i++; continue; }
            if (!char.IsLetter(c)) { i++; continue; }
            var w = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] is '\'' or '’')) i++;
            var word = text.AsSpan(w, i - w);
            if (word.Length >= 2 && Lookup.TryGetValue(word, out var t)) found |= t;
            else if (word.Length > 2 && word[^2] is '\'' or '’' && Lookup.TryGetValue(word[..^2], out var t2)) found |= t2;
        }
        return found;
    }
}
