using System.Text;

namespace Defacto.Text;

/// <summary>Writing systems the cleaner tells apart.</summary>
public enum Script { None, Latin, Cyrillic, Armenian, Georgian, Arabic, Hebrew, Greek, Han, Other }

/// <summary>One raw-text line with the evidence the cleaner weighs: words, punctuation, script, stop words.</summary>
public sealed class LineFeatures
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "to", "in", "and", "or", "for", "on", "at", "by", "with", "from", "that", "this", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "it", "its", "as", "not", "but", "which", "who", "will", "would",
        "he", "she", "they", "we", "i", "his", "her", "their", "our", "said", "there", "than", "also", "about", "into",
        "и", "в", "не", "на", "что", "с", "по", "как", "к", "из", "за", "от", "о",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly char[] StopWordTrim = ['"', '\'', ',', '.', '“', '”', '‘', '’', ':', ';'];
    private static readonly char[] CapitalTrim = ['"', '\'', '“', '‘', '('];
    private static readonly char[] EndTrim = ['"', '”', '’', '\'', ')', '»'];

    public LineFeatures(int start, int end, string text)
    {
        Start = start;
        End = end;
        Text = text;
        // One pass over the whitespace-separated words, without splitting the line into strings (this runs on every raw line).
        var span = text.AsSpan();
        int i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && char.IsWhiteSpace(span[i])) i++;
            if (i >= span.Length) break;
            int from = i;
            while (i < span.Length && !char.IsWhiteSpace(span[i])) i++;
            var word = span[from..i];
            WordCount++;
            if (StopWordLookup.Contains(word.Trim(StopWordTrim))) StopWordCount++;
            var opened = word.TrimStart(CapitalTrim);
            if (opened.Length > 0 && char.IsUpper(opened[0])) CapitalizedCount++;
        }
        var trimmed = span.TrimEnd().TrimEnd(EndTrim);
        var last = trimmed.Length > 0 ? trimmed[^1] : default;
        EndsLikeSentence = last is '.' or '!' or '?' or '…' or ':';
        (Script, LetterCount) = DominantScript(text);
    }

    public int Start { get; }
    public int End { get; }
    public string Text { get; }
    public int WordCount { get; }
    public int StopWordCount { get; }
    public int CapitalizedCount { get; }
    public bool EndsLikeSentence { get; }
    public Script Script { get; }
    public int LetterCount { get; }

    /// <summary>Lower-case letters and digits only, quotes unified: two lines with the same key are the same line.</summary>
    public string Key => _key ??= Normalize(Text);

    private string? _key;

    public bool IsBlank => WordCount == 0;

    /// <summary>A line that reads like running prose: long enough and ending like a sentence.</summary>
    public bool IsProse => WordCount >= 10 && EndsLikeSentence || WordCount >= 30 && StopWordCount * 5 >= WordCount;

    /// <summary>A line that reads like a headline: a few words, no final full stop, mostly capitalized or few stop words.</summary>
    public bool IsHeadlineLike => WordCount is >= 2 and <= 25 && !Text.TrimEnd().EndsWith('.');

    public static Script ScriptOf(char c)
    {
        if (!char.IsLetter(c)) return Script.None;
        if (c < 0x250) return Script.Latin;
        if (c is >= '\u0400' and <= '\u052F') return Script.Cyrillic;
        if (c is >= '\u0530' and <= '\u058F' || c is >= '\uFB13' and <= '\uFB17') return Script.Armenian;
        if (c is >= '\u10A0' and <= '\u10FF' || c is >= '\u1C90' and <= '\u1CBF') return Script.Georgian;
        if (c is >= '\u0600' and <= '\u06FF') return Script.Arabic;
        if (c is >= '\u0590' and <= '\u05FF') return Script.Hebrew;
        if (c is >= '\u0370' and <= '\u03FF') return Script.Greek;
        if (c is >= '\u4E00' and <= '\u9FFF') return Script.Han;
        return Script.Other;
    }

    /// <summary>The script most letters of <paramref name="text"/> are written in, and how many letters it has.</summary>
    public static (Script Script, int Letters) DominantScript(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[10];
        int letters = 0;
        foreach (var c in text)
        {
            var s = ScriptOf(c);
            if (s == Script.None) continue;
            counts[(int)s]++;
            letters++;
        }
        int best = 0;
        for (int i = 1; i < counts.Length; i++) if (counts[i] > counts[best]) best = i;
        return (letters == 0 ? Script.None : (Script)best, letters);
    }

    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        // Plain ASCII is already in normal form; skipping the Unicode pass saves most of the cost.
        var source = System.Text.Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormKC);
        foreach (var c in source)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (char.IsWhiteSpace(c) && sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        return sb.ToString().Trim();
    }

    public override string ToString() => Text;

    internal static string StripNumbering(string text, out bool numbered)
    {
        var t = text.TrimStart();
        int i = 0;
        if (i < t.Length && t[i] is '-' or '•' or '*' or '–' or '·') { i++; while (i < t.Length && t[i] == ' ') i++; }
        int digits = i;
        while (i < t.Length && char.IsDigit(t[i])) i++;
        numbered = i > digits && i - digits <= 2 && i < t.Length && (t[i] is '.' or ')' or ' ');
        if (!numbered) return text;
        if (t[i] is '.' or ')') i++;
        return t[i..].TrimStart();
    }
}
