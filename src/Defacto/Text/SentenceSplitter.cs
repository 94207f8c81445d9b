using Defacto.Model;

namespace Defacto.Text;

/// <summary>
/// Splits clean text into sentences at line breaks and at sentence-final punctuation followed by a likely sentence
/// start; a <see cref="SentenceBoundaryModel"/>, when given, then adds and drops boundaries within each line.
/// </summary>
public sealed class SentenceSplitter
{
    private readonly Tokenizer _tokenizer;
    private readonly SentenceBoundaryModel? _model;

    /// <summary>A splitter over the tokenizer; without a model it uses the punctuation rules alone.</summary>
    public SentenceSplitter(Tokenizer tokenizer, SentenceBoundaryModel? model = null)
    {
        _tokenizer = tokenizer;
        _model = model;
    }

    /// <summary>The pipeline's splitter: the shipped sentence model (see <see cref="SentenceModelLocator"/>) over the rules.</summary>
    public static SentenceSplitter CreateDefault() => new(new Tokenizer(), SentenceModelLocator.LoadShared());

    /// <summary>Finds sentences in the document's clean text and adds them, with their tokens, to the document.</summary>
    public void Split(Document document)
    {
        var text = document.Text;
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            SplitLine(document, lineStart, lineEnd);
            lineStart = lineEnd + 1;
        }
    }

    [ThreadStatic] private static bool[]? _ends;

    private void SplitLine(Document document, int start, int end)
    {
        var tokens = _tokenizer.Tokenize(document.Text, start, end);
        if (tokens.Count == 0) return;
        if (_ends is null || _ends.Length < tokens.Count) _ends = new bool[Math.Max(tokens.Count, 256)];
        var ends = _ends.AsSpan(0, tokens.Count);
        RuleEnds(tokens, ends);
        _model?.Refine(tokens, ends);
        JoinDatelines(tokens, ends);
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!ends[i] && i < tokens.Count - 1) continue;
            var slice = tokens.GetRange(first, i - first + 1);
            document.AddSentence(slice[0].Start, slice[^1].End, slice);
            first = i + 1;
        }
    }

    /// <summary>
    /// Keeps a wire dateline ("Moscow, 12:40 —", "TEHRAN (AFP) -") with the story it opens on the same line: the web-text model
    /// reads the dash after it as the end of a heading.
    /// </summary>
    internal static void JoinDatelines(List<Token> tokens, Span<bool> ends)
    {
        int first = 0;
        for (int i = 0; i < tokens.Count - 1; i++)
        {
            if (!ends[i]) continue;
            // (Only a dateline with its date, hour or outlet: "All:" and "Vince -" open web mail as sentences of their own.)
            if (i - first < 12 && i > first && tokens[i].Text is "-" or "--" or "—" or "–" or "---" or ":" && Qualified(tokens, first, i))
            {
                var forms = new List<string>(Math.Min(tokens.Count - first, 40));
                for (int k = first; k < tokens.Count && k - first < 40; k++) forms.Add(tokens[k].Text);
                if (NewsDatelines.End(forms) == i - first) { ends[i] = false; continue; }
            }
            first = i + 1;
        }
    }

    private static bool Qualified(List<Token> tokens, int first, int closer)
    {
        for (int k = first + 1; k < closer; k++)
            if (tokens[k].Text is "," or ")") return true;
        return false;
    }

    /// <summary>Marks the tokens after which the punctuation rules end a sentence (the line's last token is always an end).</summary>
    internal static void RuleEnds(List<Token> tokens, Span<bool> ends)
    {
        ends.Clear();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!IsBoundary(tokens, i)) continue;
            int last = i;
            // Closing quotes and brackets after the final mark belong to this sentence.
            // (Only when written against the mark: a straight quote after a space opens the next sentence.)
            while (last + 1 < tokens.Count && tokens[last].NoSpaceAfter && IsCloser(tokens[last + 1].Text)) last++;
            ends[last] = true;
            i = last;
        }
        if (tokens.Count > 0) ends[tokens.Count - 1] = true;
    }

    /// <summary>A closing quote or bracket, which stays with the sentence its final mark ends.</summary>
    internal static bool IsCloser(string t) => t is "\"" or "”" or "’" or "'" or ")" or "]";

    private static bool IsBoundary(List<Token> tokens, int i)
    {
        var t = tokens[i].Text;
        if (!IsFinalMark(t)) return false;
        int next = i + 1;
        while (next < tokens.Count && tokens[next - 1].NoSpaceAfter && IsCloser(tokens[next].Text)) next++;
        if (next >= tokens.Count) return true;
        // Abbreviations keep their period inside the token, so a lone "." ends a sentence even before a lowercase word (web text).
        if (t == ".") return true;
        var n = tokens[next].Text;
        // A new sentence starts with a capital, a digit or an opening quote; lowercase continues ("... said Mr. Smith").
        return char.IsUpper(n[0]) || char.IsDigit(n[0]) || n is "\"" or "“" or "‘" or "(" || t.Contains('!') || t.Contains('?');
    }

    /// <summary>".", "!", "?!", "...", "…": a run of sentence-final marks.</summary>
    private static bool IsFinalMark(string t)
    {
        if (t.Length == 0) return false;
        foreach (var c in t)
            if (c is not ('.' or '!' or '?' or '…')) return false;
        return true;
    }
}
