using Defacto.Model;

namespace Defacto.Text;

/// <summary>Rule-based English tokenizer with character offsets, following UD English EWT conventions (hyphens and clitics split).</summary>
public sealed class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep", "st", "jr", "sr",
        "inc", "ltd", "co", "corp", "vs", "etc", "no", "vol", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "approx", "dept", "est",
        "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "mt", "ft", "rev", "hon", "pres", "adm", "cmdr", "drs", "messrs", "pvt",
    };

    // EWT keeps these prefixes attached ("e-mail", "non-profit", "re-read") but splits other hyphens ("Al - Zaman").
    private static readonly HashSet<string> HyphenPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "e", "non", "pre", "anti", "re", "mid", "post", "co", "over", "pro", "multi", "ex", "sub", "semi", "psycho", "neo",
        "cross", "vice", "un", "socio", "micro", "intra", "counter", "mis", "inter", "bi", "tri", "de", "mini", "ultra",
    };

    private static readonly HashSet<string> Emoticons = new(StringComparer.Ordinal)
    {
        ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", ":-p", ":/", ":-/", "=)", "=(", ":o)", ":'(", "<3", ":]", ":[",
    };

    // Contractions written without an apostrophe that EWT still splits ("cannot" = can + not, "dont" = do + nt): word → split point.
    private static readonly Dictionary<string, int> JoinedContractions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cannot"] = 3, ["gonna"] = 3, ["wanna"] = 3, ["gotta"] = 3, ["dont"] = 2, ["didnt"] = 3, ["doesnt"] = 4, ["cant"] = 2,
        ["wont"] = 2, ["couldnt"] = 5, ["wouldnt"] = 5, ["shouldnt"] = 6, ["isnt"] = 2, ["wasnt"] = 3, ["arent"] = 3,
        ["havent"] = 4, ["hasnt"] = 3, ["im"] = 1, ["ive"] = 1, ["youre"] = 3, ["thats"] = 4, ["theres"] = 5,
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
        if (EmoticonLookup.Contains(text.AsSpan(start, end - start)))
        {
            tokens.Add(new Token(text.Substring(start, end - start), start, end));
            return;
        }
        // Leading punctuation: quotes, brackets ("<<" and "''" stay whole).
        while (start < end && IsOpening(text[start]))
        {
            int run = RunLength(text, start, end, text[start]);
            tokens.Add(new Token(text.Substring(start, run), start, start + run));
            start += run;
        }
        List<Token>? trailing = null;
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
                    (trailing ??= []).Insert(0, new Token(text.Substring(end - dots, dots), end - dots, end));
                    end -= dots;
                    continue;
                }
                var word = text.AsSpan(start, end - 1 - start);
                if (IsAbbreviation(word) && !AbbreviationEndsSentence(text, end, word)) break;
                (trailing ??= []).Insert(0, new Token(".", end - 1, end));
                end--;
                continue;
            }
            if (c is '!' or '?')
            {
                // "!!", "?!", "!?." are one token in EWT.
                int run = 1;
                while (end - run > start && text[end - 1 - run] is '!' or '?' or '.') run++;
                (trailing ??= []).Insert(0, new Token(text.Substring(end - run, run), end - run, end));
                end -= run;
                continue;
            }
            if (IsClosing(c) && c is '>' or '\'' or '’')
            {
                int run = 1;
                while (end - run > start && text[end - 1 - run] == c) run++;
                if (run > 1 || end - start == 1 || !char.IsLetter(text[end - 2]) || c == '>')
                {
                    (trailing ??= []).Insert(0, new Token(text.Substring(end - run, run), end - run, end));
                    end -= run;
                    continue;
                }
            }
            if (IsClosing(c) || c is ',' or ';' or ':' or '…' or '.')
            {
                (trailing ??= []).Insert(0, new Token(c.ToString(), end - 1, end));
                end--;
                continue;
            }
            break;
        }
        if (end > start) SplitWord(text, start, end, tokens);
        if (trailing is not null) tokens.AddRange(trailing);
    }

    private static void SplitWord(string text, int start, int end, List<Token> tokens)
    {
        var span = text.AsSpan(start, end - start);
        if (span.Length > 1 && !char.IsLetterOrDigit(span[0]) && RunLength(text, start, end, span[0]) == span.Length)
        {
            tokens.Add(new Token(span.ToString(), start, end)); // "----", "***"
            return;
        }
        int unit = UnitSplit(span);
        if (unit > 0)
        {
            tokens.Add(new Token(text.Substring(start, unit), start, start + unit)); // "7:30PM" -> 7:30 PM, "35mm" -> 35 mm
            tokens.Add(new Token(text.Substring(start + unit, end - start - unit), start + unit, end));
            return;
        }
        if (span.Length > 1 && span[0] is '$' or '€' or '£' or '#' && IsNumberLike(span[1..]) && char.IsDigit(span[1]))
        {
            tokens.Add(new Token(span[..1].ToString(), start, start + 1));
            tokens.Add(new Token(span[1..].ToString(), start + 1, end));
            return;
        }
        if (LooksLikeUrlOrEmail(span) || IsNumberLike(span))
        {
            tokens.Add(new Token(span.ToString(), start, end));
            return;
        }
        if (JoinedContractionLookup.TryGetValue(span, out int cutAt))
        {
            tokens.Add(new Token(text.Substring(start, cutAt), start, start + cutAt));
            tokens.Add(new Token(text.Substring(start + cutAt, end - start - cutAt), start + cutAt, end));
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
        // Runs of dashes, equals signs, asterisks and dots are one token, split from the letters around them ("News==", "...Now").
        for (int k = start; k < end; k++)
        {
            char c = text[k];
            if (c is not ('-' or '=' or '*' or '.')) continue;
            int r = k;
            while (r < end && text[r] == c) r++;
            bool single = r - k == 1;
            if ((c == '.' && single) || (k == start && r == end) || (c == '-' && single && (r == end || KeepsInnerMark(text, start, k, end))))
            {
                k = r - 1;
                continue;
            }
            if (k > start) SplitWord(text, start, k, tokens);
            tokens.Add(new Token(text.Substring(k, r - k), k, r));
            if (r < end) SplitChunk(text, r, end, tokens);
            return;
        }
        // Internal punctuation that EWT splits: hyphens, slashes between words, a comma or quote glued inside.
        for (int k = start + 1; k < end - 1; k++)
        {
            char c = text[k];
            bool split = c is '-' or '–' or '—' or '/' or '"' or '“' or '”' or '(' or ')' or '[' or ']' or ';' or '!' or '?'
                || (c == ',' && !(char.IsDigit(text[k - 1]) && char.IsDigit(text[k + 1])));
            if (!split || KeepsInnerMark(text, start, k, end)) continue;
            SplitWord(text, start, k, tokens);
            tokens.Add(new Token(c.ToString(), k, k + 1));
            SplitChunk(text, k + 1, end, tokens);
            return;
        }
        tokens.Add(new Token(span.ToString(), start, end));
    }

    /// <summary>Hyphens and slashes EWT leaves inside a token: "e-mail", "713-853-3989", "08/16/2000", "b/c".</summary>
    private static bool KeepsInnerMark(string text, int start, int k, int end)
    {
        char c = text[k];
        if (k == start || k + 1 >= end) return false;
        if (c is not ('-' or '/')) return false;
        if (char.IsDigit(text[k - 1]) && char.IsDigit(text[k + 1]))
        {
            // Phone and account numbers stay whole ("713-853-3989", "x3-9890"); ranges split ("5-10", "3-4").
            int left = 0, right = 0;
            while (k - 1 - left >= start && char.IsDigit(text[k - 1 - left])) left++;
            while (k + 1 + right < end && char.IsDigit(text[k + 1 + right])) right++;
            return c == '/' || left >= 3 || right >= 4;
        }
        if (c == '-')
        {
            int wordStart = k;
            while (wordStart > start && char.IsLetter(text[wordStart - 1])) wordStart--;
            return wordStart == start && char.IsLetter(text[k + 1]) && HyphenPrefixLookup.Contains(text.AsSpan(start, k - start));
        }
        // Single letters around a slash: "b/c", "w/o", "I/C".
        return k - start == 1 && end - k == 2 && char.IsLetter(text[start]) && char.IsLetter(text[k + 1]);
    }

    private static readonly HashSet<string> Units = new(StringComparer.OrdinalIgnoreCase) { "am", "pm", "mm", "cm", "km", "kg", "lb", "lbs", "ft", "mph", "mb", "gb" };

    // Titles and months precede what they abbreviate, so a capital after them does not start a sentence.
    private static readonly HashSet<string> Prefixing = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "maj", "gov", "sen", "rep", "st", "rev", "hon", "pres",
        "adm", "cmdr", "drs", "messrs", "pvt", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "fig", "vol",
    };

    /// <summary>Length of the number before a unit written against it ("7:30PM", "35mm"), or 0.</summary>
    private static int UnitSplit(ReadOnlySpan<char> s)
    {
        if (s.Length < 2 || !char.IsDigit(s[0])) return 0;
        int i = 0;
        while (i < s.Length && (char.IsDigit(s[i]) || s[i] is ':' or '.' or ',')) i++;
        if (i == s.Length || !char.IsDigit(s[i - 1])) return 0;
        return UnitLookup.Contains(s[i..]) ? i : 0;
    }

    private static int RunLength(string text, int start, int end, char c)
    {
        int run = 0;
        while (start + run < end && text[start + run] == c) run++;
        return run;
    }

    /// <summary>An abbreviation's period also ends the sentence when a capital (or the end of the text) follows: EWT then splits it off.</summary>
    private static bool AbbreviationEndsSentence(string text, int afterPeriod, ReadOnlySpan<char> word)
    {
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // initial
        if (PrefixingLookup.Contains(word)) return false;
        int i = afterPeriod;
        while (i < text.Length && IsClosing(text[i])) i++;
        if (i < text.Length && !IsSpace(text[i])) return false;
        while (i < text.Length && IsSpace(text[i]) && text[i] != '\n') i++;
        if (word.Equals("no", StringComparison.OrdinalIgnoreCase)) return i >= text.Length || !char.IsDigit(text[i]);
        bool lineEnds = i >= text.Length || text[i] == '\n';
        // "U.S. Army": dotted initials before a capital usually go on; only a line end settles it.
        return lineEnds || (!word.Contains('.') && char.IsUpper(text[i]));
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // initial: "J."
        if (word.Contains('.') && !word.EndsWith(".") && IsDottedInitials(word)) return true; // U.S, e.g
        return AbbreviationLookup.Contains(word);
    }

    /// <summary>"U.S", "e.g", "Ph.D": short dotted pieces, unlike a domain name such as "example.com".</summary>
    private static bool IsDottedInitials(ReadOnlySpan<char> word)
    {
        foreach (var range in word.Split('.'))
            if (word[range].Length > 2) return false;
        return true;
    }

    private static bool IsOpening(char c) => c is '"' or '\'' or '“' or '‘' or '(' or '[' or '{' or '«' or '„' or '<';

    private static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '}' or '»' or '>';

    private static bool LooksLikeUrlOrEmail(ReadOnlySpan<char> s) =>
        s.StartsWith("http://") || s.StartsWith("https://") || s.StartsWith("www.") || LooksLikeEmail(s);

    /// <summary>"name@host.org", also with dots before the @ ("franz371...@gmail.com"); quotes or brackets glued to it ("Julie\"&lt;julie@x.net") are not part of it.</summary>
    private static bool LooksLikeEmail(ReadOnlySpan<char> s)
    {
        int at = s.IndexOf('@');
        if (at <= 0 || s.LastIndexOf('.') < at) return false;
        foreach (var c in s)
            if (!(char.IsLetterOrDigit(c) || c is '.' or '_' or '-' or '+' or '@' or '%')) return false;
        return true;
    }

    private static bool IsNumberLike(ReadOnlySpan<char> s)
    {
        if (s.Length == 0 || !char.IsDigit(s[0]) && !(s[0] is '$' or '€' or '£')) return false;
        foreach (var c in s)
            if (!(char.IsDigit(c) || c is '.' or ',' or ':' or '$' or '€' or '£' or '%')) return false;
        return true;
    }

    // Span lookups into the word sets, so checking a piece of the text allocates no string.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenPrefixLookup = HyphenPrefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EmoticonLookup = Emoticons.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixingLookup = Prefixing.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> JoinedContractionLookup = JoinedContractions.GetAlternateLookup<ReadOnlySpan<char>>();
}

