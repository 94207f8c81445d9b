namespace Defacto.Syntax;

/// <summary>
/// Finds the apposition wire news puts between a leading name and its verb ("Igor Khovayev, the Russian foreign ministry's special
/// envoy, held talks"), which the parser trained on web text often reads as a list.
/// </summary>
public static class NewsAppositions
{
    // A relative clause may run longer than a noun phrase ("who arrived in Belgrade the previous evening on his first visit to
    // Serbia in eight years").
    private const int MaxName = 8, MaxApposition = 15, MaxRelative = 24;

    /// <summary>A cheap test on the words alone: a capitalized first word and two commas.</summary>
    public static bool MayHold(IReadOnlyList<string> forms)
    {
        if (forms.Count < 6 || forms[0].Length == 0 || !char.IsUpper(forms[0][0])) return false;
        int commas = 0;
        for (int i = 1; i < forms.Count && i <= MaxName + MaxRelative + 1; i++) if (forms[i] == ",") commas++;
        return commas >= 2;
    }

    /// <summary>
    /// The (opening comma, closing comma) of an apposition after the sentence's leading name: the name is a short noun phrase
    /// holding a proper noun; the apposition a noun phrase without a finite verb, coordination or relative pronoun; a finite
    /// verb (or an adverb and one) follows it. <paramref name="xpos"/> gives a word's Penn tag.
    /// </summary>
    public static List<(int Open, int Close)> Find(IReadOnlyList<string> forms, Func<int, string> xpos)
    {
        int open = -1;
        bool proper = false;
        for (int i = 0; i < forms.Count && i <= MaxName; i++)
        {
            if (forms[i] == ",") { open = i; break; }
            var tag = xpos(i);
            if (tag is "NNP" or "NNPS") proper = true;
            else if (tag is not ("NN" or "NNS" or "JJ" or "DT" or "POS" or "CD" or "HYPH")) return [];
        }
        // "Thailand's army chief, General Prayuth Chan-ocha, declared ...": a title of a named country before the name ends in a
        // common noun.
        if (open < 1 || !proper || xpos(open - 1) is not ("NNP" or "NNPS" or "NN")) return [];
        int close = -1;
        // "Ma Ying-jeou, who led Taiwan from 2008 to 2016, was received ...": a relative clause stands where an apposition would.
        bool relative = IsRelative(forms[open + 1]);
        for (int i = open + 1; i < forms.Count && i <= open + (relative ? MaxRelative : MaxApposition) + 1; i++)
        {
            if (forms[i] == ",") { close = i; break; }
            var tag = xpos(i);
            // "Milorad Dodik, the Bosnian Serb leader who is wanted under a warrant issued by ..., held talks": the apposition's noun
            // may carry a relative clause of its own.
            if (!relative && i > open + 2 && IsRelative(forms[i]) && xpos(i - 1) is "NN" or "NNS" or "NNP" or "NNPS") { relative = true; continue; }
            if (relative ? i > open + 1 && (IsRelative(forms[i]) || tag is "CC") : tag is "VBD" or "VBZ" or "VBP" or "MD" or "CC" or "WP" or "WDT" or "WRB" || forms[i] is "that") return [];
        }
        if (close < open + 2 || close + 1 >= forms.Count) return [];
        if (!relative && xpos(open + 1) is not ("DT" or "PRP$" or "JJ" or "JJS" or "NNP" or "NNPS" or "NN" or "NNS" or "CD" or "RB")) return [];
        int verb = close + 1;
        if (xpos(verb) is "RB" && verb + 1 < forms.Count) verb++;
        // A past form the tagger took for a participle ("held talks") still counts when an object follows it.
        bool pastWithObject = xpos(verb) == "VBN" && verb + 1 < forms.Count && xpos(verb + 1) is "DT" or "NN" or "NNS" or "NNP" or "PRP$" or "CD" or "JJ";
        // So does a regular past read as a participle or adjective before a preposition or "that" ("Ersin Tatar, the Turkish Cypriot
        // leader, insisted at the close of the talks that ..."), unless a "by" makes it a passive.
        // ("... region, stepped/VBN down on Tuesday": before a particle too.)
        pastWithObject |= IsRegularPastRead(forms[verb], xpos(verb)) && verb + 1 < forms.Count && (xpos(verb + 1) is "IN" or "TO" or "RP" || forms[verb + 1] == "that")
            && forms[verb + 1] != "by";
        if (xpos(verb) is not ("VBD" or "VBZ" or "VBP" or "MD") && !pastWithObject) return [];
        return [(open, close)];
    }

    /// <summary>A lower-case "-ed" word the tagger read as a participle or adjective.</summary>
    public static bool IsRegularPastRead(string form, string xpos) =>
        xpos is "VBN" or "JJ" && form.Length > 4 && char.IsLower(form[0]) && form.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>True for the pronouns that open a relative clause about a named person or body ("who", "which").</summary>
    public static bool IsRelative(string form) => form.Equals("who", StringComparison.OrdinalIgnoreCase) || form.Equals("which", StringComparison.OrdinalIgnoreCase);
}
