namespace Defacto.Syntax;

/// <summary>
/// Finds a phrase wire news puts before the subject ("Under a ceasefire brokered by Russian peacekeepers, the Karabakh authorities
/// agreed ...", "Hours after the announcement, protesters stormed ..."), which the parser trained on web text often takes for the
/// main clause when it holds a participle or a name.
/// </summary>
public static class NewsFrontedPhrases
{
    private const int MaxPhrase = 25, MinClause = 4;

    // Prepositions that open a fronted phrase; clause openers ("if", "because", "while") need a finite verb and are caught by it.
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase) { "after", "before", "since", "until" };

    /// <summary>
    /// The position of the comma that closes a sentence-initial phrase: it opens with a preposition (or "hours after",
    /// "two days before", a participle and its "by", or a present participle), holds no finite verb, and the clause after the comma has one. -1 when there is none.
    /// <paramref name="xpos"/> gives a word's Penn tag.
    /// </summary>
    public static int Find(IReadOnlyList<string> forms, Func<int, string> xpos)
    {
        if (forms.Count < MinClause + 3) return -1;
        bool opens = xpos(0) == "IN" && !forms[0].Equals("that", StringComparison.OrdinalIgnoreCase);
        // "Led by trade unions, tens of thousands marched ...", "Backed by Russian air power, the army retook ...".
        bool participle = xpos(0) is "VBN" or "VBD" && forms[1].Equals("by", StringComparison.OrdinalIgnoreCase);
        // "Citing security concerns, ...", "Using a furniture lift, a gang of thieves stole ...", "Bowing to protests, the president ...".
        // ("Beijing demanded ...": a name the tagger read as a participle is followed by its verb.)
        participle |= xpos(0) == "VBG" && char.IsUpper(forms[0][0]) && xpos(1) is not ("VBD" or "VBN" or "VBZ" or "VBP" or "MD");
        opens |= participle;
        // "Hours after ...", "Two days before ...", "Less than a day after ...".
        for (int i = 1; !opens && i <= 4 && i < forms.Count; i++)
        {
            if (TimeWords.Contains(forms[i]) && xpos(i) == "IN") opens = true;
            if (xpos(i) is not ("NN" or "NNS" or "CD" or "JJR" or "RB" or "IN" or "DT" or "JJ")) break;
        }
        if (!opens) return -1;
        // "A day after Nancy Pelosi arrived in Taipei, Beijing suspended ...", "After talks collapsed, ...": a fronted clause of time
        // holds a finite verb of its own, which the parser otherwise takes for the sentence's root.
        bool clause = Subordinator(i => forms[i], forms.Count) >= 0;
        int comma = -1;
        for (int i = 1; i < forms.Count && i <= MaxPhrase; i++)
        {
            if (forms[i] == ",") { comma = i; break; }
            if ((!clause && xpos(i) is "VBD" or "VBZ" or "VBP" or "MD") || forms[i] is ";" or ":" or "\"" or "(" or "“") return -1;
        }
        if (comma < 2 || forms.Count - comma - 1 < MinClause) return -1;
        // After a participle's phrase the tagger may read the clause's past tense as another participle ("..., thousands marched/VBN").
        for (int i = comma + 1; i < forms.Count; i++)
            if (xpos(i) is "VBD" or "VBZ" or "VBP" or "MD" || (participle && xpos(i) == "VBN")) return comma;
        return -1;
    }

    /// <summary>
    /// The position of the comma that opens a sentence-final clause or phrase of time measured from another deed ("..., three days
    /// after Lai Ching-te was sworn in as president.", "..., hours before the deadline."), which the parser otherwise may take for the
    /// sentence's root; the words before the comma hold a finite verb. -1 when there is none.
    /// </summary>
    public static int FindClosing(IReadOnlyList<string> forms, Func<int, string> xpos)
    {
        int n = forms.Count;
        if (n < MinClause + 5 || forms[n - 1] != ".") return -1;
        for (int comma = n - 4; comma >= MinClause && comma >= n - 1 - MaxPhrase; comma--)
        {
            if (forms[comma] is ";" or ":" or "\"" or "“" or "”" or "(" or ")") return -1;
            if (forms[comma] != ",") continue;
            int opener = Subordinator(i => forms[comma + 1 + i], n - 1 - comma);
            // A bare "after" may open an apposition's clause or a list; only a measure of time ("hours after") is sure to date.
            if (opener < 1) continue;
            // (A past tense the tagger read as a participle, "warships fanned/VBN out", gets its tag back once the clause is apart.)
            for (int i = 0; i < comma; i++)
                if (xpos(i) is "VBD" or "VBZ" or "VBP" or "MD" or "VBN") return comma;
            return -1;
        }
        return -1;
    }

    /// <summary>
    /// The word that opens a fronted clause of time ("after", "before", "since", "until", "once"), first in the sentence or after a
    /// measure of time ("A day after", "Two weeks before", "Hours after"), among the <paramref name="count"/> words <paramref name="word"/>
    /// gives from the phrase's start; -1 when there is none.
    /// </summary>
    public static int Subordinator(Func<int, string> word, int count)
    {
        if (count <= 0) return -1;
        if (ClauseOpeners.Contains(word(0))) return 0;
        for (int i = 1; i <= 3 && i < count; i++)
        {
            var w = word(i);
            if (ClauseOpeners.Contains(w)) return TimeMeasures.Contains(word(i - 1)) ? i : -1;
            if (!(TimeMeasures.Contains(w) || Quantities.Contains(w) || char.IsAsciiDigit(w[0]))) return -1;
        }
        return -1;
    }

    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase) { "after", "before", "since", "until", "once" };

    private static readonly HashSet<string> TimeMeasures = new(StringComparer.OrdinalIgnoreCase)
    {
        "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "moments", "shortly", "soon", "just", "only",
    };

    private static readonly HashSet<string> Quantities = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few", "some", "less", "more", "than", "barely", "mere", "just", "only", "hours", "days",
    };
}
