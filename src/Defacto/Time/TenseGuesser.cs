using System.Text.RegularExpressions;
using Defacto.Model;

namespace Defacto.Time;

/// <summary>Guesses the tense governing a temporal expression from the nearest tense-bearing word in its sentence.</summary>
public static partial class TenseGuesser
{
    private static readonly HashSet<string> FutureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "'ll", "’ll", "shall", "won't", "won’t", "would", "plan", "plans", "planned", "scheduled", "expected", "expects",
        "due", "upcoming", "intends", "intend", "aims", "going", "set", "hopes", "promised", "vowed", "pledged",
    };

    private static readonly HashSet<string> PastWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "had", "did", "said", "told", "began", "met", "left", "took", "came", "went", "held", "made", "gave",
        "saw", "broke", "fought", "struck", "shot", "won", "lost", "fled", "sent", "brought", "led", "spoke", "wrote", "became",
        "ran", "fell", "rose", "hit", "put", "cut", "felt", "kept", "knew", "thought", "sought", "built", "stood",
        "drove", "flew", "overran", "withdrew", "shook", "chose", "tore", "stole", "swore", "has", "have", "been", "ago",
    };

    private static readonly HashSet<string> PresentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "says", "say", "am",
    };

    private static readonly HashSet<string> NotPastEd = new(StringComparer.OrdinalIgnoreCase)
    {
        "need", "speed", "feed", "seed", "bed", "red", "united", "indeed", "hundred", "breed", "creed", "shed", "led",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Future = FutureWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Past = PastWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Present = PresentWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPast = NotPastEd.GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"[\p{L}'’]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>Tense for an expression at [start, end) inside the sentence [sentenceStart, sentenceEnd) of the text.</summary>
    public static Tense Guess(string text, int sentenceStart, int sentenceEnd, int start, int end) =>
        Nearest(text, Markers(text, sentenceStart, sentenceEnd), start, end);

    /// <summary>The tense-bearing words of a sentence, in order: computed once per sentence and reused for each expression in it.</summary>
    internal static List<(int Start, int End, Tense Tense)> Markers(string text, int sentenceStart, int sentenceEnd)
    {
        var markers = new List<(int, int, Tense)>();
        foreach (var m in WordPattern().EnumerateMatches(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart)))
        {
            var ws = sentenceStart + m.Index;
            var we = ws + m.Length;
            var tense = AfterBe(text, ws) ? Tense.Unknown : Classify(text.AsSpan(ws, m.Length), text, we);
            if (tense != Tense.Unknown) markers.Add((ws, we, tense));
        }
        return markers;
    }

    /// <summary>The tense of the marker nearest to [start, end), counting each punctuation break between them as 40 characters.</summary>
    internal static Tense Nearest(string text, List<(int Start, int End, Tense Tense)> markers, int start, int end)
    {
        var best = Tense.Unknown;
        var bestDistance = int.MaxValue;
        foreach (var (ws, we, tense) in markers)
        {
            if (we > start && ws < end) continue;
            var distance = ws >= end ? ws - end : start - we;
            if (distance >= bestDistance) continue;
            distance += 40 * CountBreaks(text, Math.Min(we, end), Math.Max(ws, start));
            if (distance < bestDistance) { bestDistance = distance; best = tense; }
        }
        return best;
    }

    /// <summary>Tense from the nearest verb tagged by the Syntax stage (Penn XPOS), for documents that have been tagged.</summary>
    public static Tense FromTaggedSentence(Document document, Sentence sentence, int start, int end)
    {
        var best = Tense.Unknown;
        var bestDistance = int.MaxValue;
        var tokens = sentence.Tokens(document);
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.End > start && t.Start < end) continue;
            var tense = t.Xpos switch
            {
                "MD" => t.Text.ToLowerInvariant() is "will" or "shall" or "'ll" or "’ll" or "wo" or "would" ? Tense.Future : Tense.Unknown,
                "VBD" => Tense.Past,
                "VBN" when i > 0 && tokens[i - 1].Lemma is "have" => Tense.Past,
                "VBZ" or "VBP" when t.Lemma is not ("be" or "have") => Tense.Present,
                _ => Tense.Unknown,
            };
            if (tense == Tense.Unknown) continue;
            var distance = t.Start >= end ? t.Start - end : start - t.End;
            distance += 40 * CountBreaks(document.Text, Math.Min(t.End, end), Math.Max(t.Start, start));
            if (distance < bestDistance) { bestDistance = distance; best = tense; }
        }
        return best;
    }

    private static Tense Classify(ReadOnlySpan<char> word, string text, int wordEnd)
    {
        var w = word;
        if (Future.Contains(w))
        {
            // "set", "going" and "due" mark the future only before "to".
            if (w.Equals("set", StringComparison.OrdinalIgnoreCase) || w.Equals("going", StringComparison.OrdinalIgnoreCase) || w.Equals("due", StringComparison.OrdinalIgnoreCase))
                return FollowedByTo(text, wordEnd) ? Tense.Future : Tense.Unknown;
            return Tense.Future;
        }
        if (Past.Contains(w)) return Tense.Past;
        if (Present.Contains(w)) return Tense.Present;
        if (w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !NotPast.Contains(w)) return Tense.Past;
        return Tense.Unknown;
    }

    /// <summary>A participle after "be"/"being" ("will be held") carries no tense of its own.</summary>
    private static bool AfterBe(string text, int wordStart)
    {
        var i = wordStart - 1;
        while (i >= 0 && text[i] == ' ') i--;
        var end = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        var previous = text.AsSpan(i + 1, end - i - 1);
        return previous.Equals("be", StringComparison.OrdinalIgnoreCase) || previous.Equals("being", StringComparison.OrdinalIgnoreCase);
    }

    private static bool FollowedByTo(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] == ' ') i++;
        return i + 2 < text.Length && string.Compare(text, i, "to ", 0, 3, StringComparison.OrdinalIgnoreCase) == 0;
    }

    private static int CountBreaks(string text, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to; i++)
            if (text[i] is ',' or ';' or ':' or '"' or '“' or '”' or '(' or ')') n++;
        return n;
    }
}
