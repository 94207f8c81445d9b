using Defacto.Model;

namespace Defacto.Text;

/// <summary>Splits clean text into sentences at line breaks and at sentence-final punctuation followed by a likely sentence start.</summary>
public sealed class SentenceSplitter
{
    private readonly Tokenizer _tokenizer;

    public SentenceSplitter(Tokenizer tokenizer) => _tokenizer = tokenizer;

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

    private void SplitLine(Document document, int start, int end)
    {
        var tokens = _tokenizer.Tokenize(document.Text, start, end);
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!IsBoundary(tokens, i)) continue;
            int last = i;
            // Closing quotes and brackets after the final mark belong to this sentence.
            // (Only when written against the mark: a straight quote after a space opens the next sentence.)
            while (last + 1 < tokens.Count && tokens[last].NoSpaceAfter && tokens[last + 1].Text is "\"" or "”" or "’" or "'" or ")" or "]") last++;
            Add(document, tokens, first, last);
            first = last + 1;
            i = last;
        }
        if (first < tokens.Count) Add(document, tokens, first, tokens.Count - 1);
    }

    private static bool IsBoundary(List<Token> tokens, int i)
    {
        var t = tokens[i].Text;
        if (!IsFinalMark(t)) return false;
        int next = i + 1;
        while (next < tokens.Count && tokens[next - 1].NoSpaceAfter && tokens[next].Text is "\"" or "”" or "’" or "'" or ")" or "]") next++;
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

    private static void Add(Document document, List<Token> tokens, int first, int last)
    {
        var slice = tokens.GetRange(first, last - first + 1);
        document.AddSentence(slice[0].Start, slice[^1].End, slice);
    }
}
