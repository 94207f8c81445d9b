namespace Defacto.Events;

/// <summary>Regular English verb forms (-s, -ed, -ing) for dictionary entries that list no irregular forms, as PETRARCH generates them.</summary>
public static class VerbInflector
{
    private const string Vowels = "AEIOU";

    /// <summary>Third person, past and gerund of an upper-case base form; in a phrase ("BREAK_DOWN", "KLM_+RST") the word marked '+' or else the first word is inflected.</summary>
    public static IEnumerable<string> RegularForms(string form)
    {
        var words = form.Split('_');
        int verb = Array.FindIndex(words, w => w.StartsWith('+'));
        if (verb < 0) verb = 0;
        var word = words[verb].TrimStart('+');
        if (word.Length < 2 || !word.All(char.IsAsciiLetterUpper)) yield break;
        foreach (var inflected in Inflect(word).Distinct())
        {
            var copy = (string[])words.Clone();
            copy[verb] = inflected;
            yield return string.Join('_', copy).Replace("+", "");
        }
    }

    private static IEnumerable<string> Inflect(string w)
    {
        char last = w[^1];
        bool consonantY = last == 'Y' && !Vowels.Contains(w[^2]);
        // Third person singular.
        if (consonantY) yield return w[..^1] + "IES";
        else if (w.EndsWith('S') || w.EndsWith('X') || w.EndsWith('Z') || w.EndsWith("CH") || w.EndsWith("SH")) yield return w + "ES";
        else yield return w + "S";
        // Past and gerund.
        if (consonantY) { yield return w[..^1] + "IED"; yield return w + "ING"; }
        else if (last == 'E') { yield return w + "D"; yield return w.EndsWith("EE") ? w + "ING" : w[..^1] + "ING"; }
        else if (DoublesFinalConsonant(w)) { yield return w + last + "ED"; yield return w + last + "ING"; }
        else { yield return w + "ED"; yield return w + "ING"; }
    }

    // Short stressed consonant-vowel-consonant endings double ("STOP" → "STOPPED"); longer words are left alone
    // because stress cannot be known here, so "VISIT" → "VISITED".
    private static bool DoublesFinalConsonant(string w) =>
        w.Length <= 4 && w.Length >= 3 && !Vowels.Contains(w[^1]) && "WXY".IndexOf(w[^1]) < 0 && Vowels.Contains(w[^2]) && !Vowels.Contains(w[^3]);
}
