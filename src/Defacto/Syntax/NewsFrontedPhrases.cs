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
        int comma = -1;
        for (int i = 1; i < forms.Count && i <= MaxPhrase; i++)
        {
            if (forms[i] == ",") { comma = i; break; }
            if (xpos(i) is "VBD" or "VBZ" or "VBP" or "MD" || forms[i] is ";" or ":" or "\"" or "(" or "“") return -1;
        }
        if (comma < 2 || forms.Count - comma - 1 < MinClause) return -1;
        // After a participle's phrase the tagger may read the clause's past tense as another participle ("..., thousands marched/VBN").
        for (int i = comma + 1; i < forms.Count; i++)
            if (xpos(i) is "VBD" or "VBZ" or "VBP" or "MD" || (participle && xpos(i) == "VBN")) return comma;
        return -1;
    }
}
