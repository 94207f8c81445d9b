using System.Globalization;
using System.Text;

namespace Defacto.Actors;

/// <summary>Normalizes token text for dictionary lookup: lower case, no diacritics, straight apostrophes.</summary>
public static class NameKey
{
    private static readonly Text.Tokenizer Tokenizer = new();

    public static string Of(string token)
    {
        bool simple = true;
        foreach (char c in token)
        {
            if (c > 127 || char.IsAsciiLetterUpper(c)) { simple = false; break; }
        }
        if (simple) return token;
        var lower = token.ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'').Replace('–', '-').Replace('—', '-');
        bool ascii = true;
        foreach (char c in lower) if (c > 127) { ascii = false; break; }
        if (ascii) return lower;
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Splits a name the way the Text stage tokenizes sentences and normalizes each token.</summary>
    public static string[] Tokens(string name) =>
        Tokenizer.Tokenize(name).Select(t => Of(t.Text)).ToArray();

    /// <summary>True when a token looks like the start of a proper name (upper-case first letter).</summary>
    public static bool IsCapitalized(string token) => token.Length > 0 && char.IsUpper(token[0]);

    /// <summary>True when the term is an acronym (two or more capitals), which must then match case-sensitively.</summary>
    public static bool IsAcronym(string term)
    {
        int upper = 0;
        foreach (char c in term) if (char.IsUpper(c)) upper++;
        return upper >= 2 && !term.Contains(' ') && term.Count(char.IsLower) <= 1;
    }

    /// <summary>True for a regnal number written in Roman numerals ("II", "VI", "XIV"): part of a monarch's or pope's name,
    /// never a surname of its own.</summary>
    public static bool IsRegnalNumber(string token) =>
        token.Length is > 0 and <= 5 && token.All(c => c is 'I' or 'V' or 'X' or 'i' or 'v' or 'x')
        && (token.All(char.IsUpper) || token.All(char.IsLower)) && token != "i" && token != "v" && token != "x";
}
