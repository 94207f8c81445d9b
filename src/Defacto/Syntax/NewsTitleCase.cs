namespace Defacto.Syntax;

/// <summary>
/// Headlines written in title case ("Xi Jinping Arrives in Moscow for Talks With Vladimir Putin"): the web-text tagger reads every
/// capitalized word as a name, so the common words among them are tagged as their lower-case forms.
/// </summary>
public static class NewsTitleCase
{
    // Words title case may leave in lower case: articles, conjunctions and prepositions.
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on", "per", "to", "up",
        "via", "vs", "with", "from", "into", "onto", "over", "after", "against", "amid", "around", "before", "between", "during", "near",
        "since", "than", "through", "toward", "towards", "under", "upon", "without", "within", "across", "about", "among", "despite",
    };

    /// <summary>
    /// Lower-cases, in place, the capitalized words after the first whose most frequent training tag (<paramref name="tagOf"/>, by
    /// lower-cased form) is a common word's, when the sentence is a title-case headline: every word but the small ones is capitalized,
    /// at least one word is in lower case elsewhere in its letters, and one capitalized word is most often a verb. Returns whether it did.
    /// </summary>
    /// <paramref name="readsAsVerb"/>, where given, tells a plural noun early in the line that is also a verb ("Nauru Cuts Ties") as one;
    /// <paramref name="newsVerb"/> tells a verb the treebank never showed ("India Suspends ...").
    public static bool Lowercase(List<string> forms, Func<string, string?> tagOf, Func<string, bool>? readsAsVerb = null, Func<string, bool>? newsVerb = null)
    {
        int content = 0, verbAt = -1;
        bool verb = false;
        for (int i = 1; i < forms.Count; i++)
        {
            var f = forms[i];
            if (!IsWord(f) || SmallWords.Contains(f)) continue;
            // A lower-case content word ("met", "officials") is running text.
            if (!char.IsUpper(f[0])) return false;
            // A word in capitals is an acronym, or the whole line shouts.
            if (!HasLower(f)) continue;
            content++;
            if (verb) continue;
            if (IsVerbLike(f, tagOf)) verb = true;
            // A word the treebank never showed that is a news verb's inflection is the headline's verb.
            else if (newsVerb is not null && TagOf(f, tagOf) is null && newsVerb(f)) { verb = true; verbAt = i; }
            // An "-s" word early in the line that is a plural noun, or an adjective's or noun's inflection ("Opens", "Demands"), is
            // the headline's verb when the tagger reads its stem as one. (A word itself known as a singular noun ("News") or not
            // known at all ("Staikos") is left alone.)
            else if (readsAsVerb is not null && i <= 4 && i + 1 < forms.Count && IsWord(forms[i + 1])
                && (TagOf(f, tagOf) is "NNS" || (ThirdPerson(f) && tagOf(f) is null && TagOf(f, tagOf) is "NN" or "JJ")) && readsAsVerb(f)) { verb = true; verbAt = i; }
        }
        if (content < 3 || !verb) return false;
        for (int i = 1; i < forms.Count; i++)
        {
            var f = forms[i];
            if (!IsWord(f) || !char.IsUpper(f[0]) || !HasLower(f)) continue;
            var tag = TagOf(f, tagOf);
            if (tag is not null ? tag is not ("NNP" or "NNPS") : i == verbAt || RareCommonWord(forms, i, readsAsVerb))
                forms[i] = f.ToLowerInvariant();
        }
        return true;
    }

    private static bool ThirdPerson(string f) => f.Length > 3 && f.EndsWith('s') && !f.EndsWith("ss", StringComparison.Ordinal);

    // A word the treebank saw too rarely to know, that still reads as a common one: an adverb ("Formally") or a verb after "to"
    // ("to Formally Recognize").
    private static bool RareCommonWord(List<string> forms, int i, Func<string, bool>? readsAsVerb)
    {
        var f = forms[i];
        if (f.Length >= 6 && f.EndsWith("ly", StringComparison.Ordinal)) return true;
        int before = i - 1;
        if (before >= 0 && forms[before].EndsWith("ly", StringComparison.Ordinal)) before--;
        return readsAsVerb is not null && before >= 0 && forms[before] is "to" or "To" && readsAsVerb(f);
    }

    // A rare inflection ("Condemns", "Vanishes") is known by its stem's tag.
    private static string? TagOf(string f, Func<string, string?> tagOf)
    {
        if (tagOf(f) is { } tag) return tag;
        foreach (var ending in Endings)
            if (f.Length > ending.Length + 2 && f.EndsWith(ending, StringComparison.Ordinal) && tagOf(f[..^ending.Length]) is { } stem)
                return stem;
        return null;
    }

    // A verb, or an inflection of one ("Puts" is more often a noun in the treebank, "put" a verb).
    private static bool IsVerbLike(string f, Func<string, string?> tagOf)
    {
        if (TagOf(f, tagOf) is { } tag && tag.StartsWith("VB", StringComparison.Ordinal)) return true;
        foreach (var ending in Endings)
            if (f.Length > ending.Length + 2 && f.EndsWith(ending, StringComparison.Ordinal) && tagOf(f[..^ending.Length]) is { } stem
                && stem.StartsWith("VB", StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] Endings = ["es", "s", "ed", "d", "ing"];

    private static bool IsWord(string f)
    {
        if (f.Length == 0 || !char.IsLetter(f[0])) return false;
        foreach (var c in f)
            if (char.IsDigit(c)) return false;
        return true;
    }

    private static bool HasLower(string f)
    {
        foreach (var c in f)
            if (char.IsLower(c)) return true;
        return false;
    }
}
