namespace Defacto.Syntax;

/// <summary>
/// Finds the speech tag wire news puts after what was said ("..., the Ministry of Foreign Affairs of the Russian Federation warned
/// in a statement on Thursday.", "..., organisers said."), which the parser trained on web text may join to the quoted clause.
/// </summary>
public static class NewsSpeechTags
{
    private const int MaxTag = 20;

    private static readonly HashSet<string> SayingForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "warned", "threatened", "told", "added", "stated", "declared", "insisted", "cautioned", "announced", "claimed",
    };

    private static readonly HashSet<string> SpeakerTags = new(StringComparer.Ordinal)
    {
        "DT", "JJ", "JJS", "NN", "NNS", "NNP", "NNPS", "POS", "IN", "CD", "HYPH", "PRP$", "CC", ",",
    };

    private static readonly HashSet<string> AfterTags = new(StringComparer.Ordinal)
    {
        "DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "IN", "CD", "RB", "HYPH", "PRP$",
    };

    /// <summary>
    /// The (comma, saying verb) of a closing speech tag: a comma, a speaker noun phrase with no verb, a saying
    /// verb in the past tense and nothing after it but its prepositional phrases and the final full stop; the clause before the comma
    /// holds a verb of its own. <paramref name="xpos"/> gives a word's Penn tag.
    /// </summary>
    public static (int Comma, int Verb)? Find(IReadOnlyList<string> forms, Func<int, string> xpos)
    {
        int n = forms.Count;
        if (n < 8 || forms[n - 1] != ".") return null;
        if (Find(forms, xpos, n - 1) is { } tag) return tag;
        // "..., the Russian foreign ministry warned on Thursday, hours after Finland's president backed membership.": a closing clause
        // of time after the tag goes with it.
        for (int i = n - 3; i > 8 && i >= n - 1 - MaxTag; i--)
            if (forms[i] == "," && NewsFrontedPhrases.Subordinator(k => forms[i + 1 + k], n - 1 - i) >= 0) return Find(forms, xpos, i);
        return null;
    }

    // As above, with the tag ending before the word at <paramref name="end"/> (the full stop, or the comma of a closing clause).
    private static (int Comma, int Verb)? Find(IReadOnlyList<string> forms, Func<int, string> xpos, int end)
    {
        int n = end + 1;
        int verb = -1;
        for (int i = n - 2; i > 0 && i >= n - 1 - MaxTag; i--)
        {
            if (SayingForms.Contains(forms[i]) && xpos(i) is "VBD" or "VBN") { verb = i; break; }
            if (!AfterTags.Contains(xpos(i))) return null;
        }
        if (verb < 0) return null;
        int comma = -1;
        for (int i = verb - 1; i > 0 && i >= verb - MaxTag; i--)
        {
            if (forms[i] == "," && xpos(i + 1) is "DT" or "NNP" or "NNPS" or "JJ" or "PRP$" or "NNS" or "NN") { comma = i; break; }
            if (!SpeakerTags.Contains(xpos(i))) return null;
        }
        if (comma < 2) return null;
        bool speakerNoun = false;
        for (int i = comma + 1; i < verb; i++) if (xpos(i) is "NN" or "NNS" or "NNP" or "NNPS") speakerNoun = true;
        bool clauseVerb = false;
        for (int i = 0; i < comma; i++) if (xpos(i) is "VBD" or "VBZ" or "VBP" or "MD" or "VBN") clauseVerb = true;
        return speakerNoun && clauseVerb ? (comma, verb) : null;
    }
}
