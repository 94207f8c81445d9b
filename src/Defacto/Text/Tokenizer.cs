using Defacto.Model;

namespace Defacto.Text;

/// <summary>Rule-based English tokenizer with character offsets, following UD English EWT conventions (hyphens and clitics split).</summary>
public sealed class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep", "st", "jr", "sr",
        "inc", "ltd", "co", "corp", "vs", "etc", "no", "vol", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "approx", "dept", "est",
        "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "mt", "ft", "rev", "hon", "pres", "adm", "cmdr",
    };

    private static readonly string[] Clitics = ["n't", "'s", "'re", "'ll", "'ve", "'d", "'m", "’s", "’re", "’ll", "’ve", "’d", "’m", "n’t"];

    /// <summary>Splits <paramref name="text"/>[start, end) into tokens whose offsets are relative to the whole text.</summary>
    public List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        int i = start;
        while (i < end)
        {
            while (i < end && IsSpace(text[i])) i++;
            if (i >= end) break;
            int j = i;
            while (j < end && !IsSpace(text[j])) j++;
            SplitChunk(text, i, j, tokens);
            i = j;
        }
        for (int k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            t.NoSpaceAfter = k + 1 < tokens.Count ? tokens[k + 1].Start == t.End : t.End < end && !IsSpace(text[t.End]);
        }
        return tokens;
    }

    public List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF' || char.IsControl(c);

    private static void SplitChunk(string text, int start, int end, List<Token> tokens)
    {
        // Leading punctuation: quotes, brackets.
        while (start < end && IsOpening(text[start]))
        {
            tokens.Add(new Token(text[start].ToString(), start, start + 1));
            start++;
        }
        var trailing = new List<Token>();
        // Trailing punctuation, from the right; a final period stays on abbreviations and initials.
        while (end > start)
        {
            char c = text[end - 1];
            if (c == '.' && end - start > 1)
            {
                // Ellipsis "..." is one token.
                int dots = 0;
                while (end - dots > start && text[end - 1 - dots] == '.') dots++;
                if (dots >= 2)
                {
                    trailing.Insert(0, new Token(text.Substring(end - dots, dots), end - dots, end));
                    end -= dots;
                    continue;
                }
                var word = text.AsSpan(start, end - 1 - start);
                if (IsAbbreviation(word)) break;
                trailing.Insert(0, new Token(".", end - 1, end));
                end--;
                continue;
            }
            if (IsClosing(c) || c is ',' or ';' or ':' or '!' or '?' or '…' or '.')
            {
                trailing.Insert(0, new Token(c.ToString(), end - 1, end));
                end--;
                continue;
            }
            break;
        }
        if (end > start) SplitWord(text, start, end, tokens);
        tokens.AddRange(trailing);
    }

    private static void SplitWord(string text, int start, int end, List<Token> tokens)
    {
        var span = text.AsSpan(start, end - start);
        if (LooksLikeUrlOrEmail(span) || IsNumberLike(span))
        {
            tokens.Add(new Token(span.ToString(), start, end));
            return;
        }
        // Clitics: don't -> do n't, Russia's -> Russia 's.
        foreach (var clitic in Clitics)
        {
            if (span.Length > clitic.Length && span.EndsWith(clitic, StringComparison.OrdinalIgnoreCase))
            {
                int cut = end - clitic.Length;
                SplitWord(text, start, cut, tokens);
                tokens.Add(new Token(text.Substring(cut, clitic.Length), cut, end));
                return;
            }
        }
        // Internal punctuation that EWT splits: hyphens, slashes between words, a comma or quote glued inside.
        for (int k = start + 1; k < end - 1; k++)
        {
            char c = text[k];
            bool split = c is '-' or '–' or '—' or '/' or '"' or '“' or '”' or '(' or ')' or '[' or ']' or ';' or '!' or '?'
                || (c == ',' && !(char.IsDigit(text[k - 1]) && char.IsDigit(text[k + 1])));
            if (!split) continue;
            SplitWord(text, start, k, tokens);
            tokens.Add(new Token(c.ToString(), k, k + 1));
            SplitChunk(text, k + 1, end, tokens);
            return;
        }
        tokens.Add(new Token(span.ToString(), start, end));
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // initial: "J."
        if (word.Contains('.') && !word.EndsWith(".")) return true; // U.S, e.g
        return Abbreviations.Contains(word.ToString());
    }

    private static bool IsOpening(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '{' or '«' or '„';

    private static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '}' or '»';

    private static bool LooksLikeUrlOrEmail(ReadOnlySpan<char> s) =>
        s.StartsWith("http://") || s.StartsWith("https://") || s.StartsWith("www.") ||
        (s.IndexOf('@') > 0 && s.IndexOf('.') > s.IndexOf('@'));

    private static bool IsNumberLike(ReadOnlySpan<char> s)
    {
        if (s.Length == 0 || !char.IsDigit(s[0]) && !(s[0] is '$' or '€' or '£')) return false;
        foreach (var c in s)
            if (!(char.IsDigit(c) || c is '.' or ',' or ':' or '$' or '€' or '£' or '%')) return false;
        return true;
    }
}
