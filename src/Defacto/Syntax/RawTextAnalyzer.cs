using Defacto.Model;
using Defacto.Text;

namespace Defacto.Syntax;

/// <summary>Raw text to CoNLL-U: the Text stage's splitter and tokenizer, then the syntax model; clitic splits become multiword tokens.</summary>
public static class RawTextAnalyzer
{
    private static readonly HashSet<string> Clitics = new(StringComparer.OrdinalIgnoreCase)
    {
        "n't", "'s", "'re", "'ll", "'ve", "'d", "'m", "n’t", "’s", "’re", "’ll", "’ve", "’d", "’m",
    };

    /// <summary>Splits, tokenizes and (when a model is given) annotates the text; sentence ids count from 1.</summary>
    public static List<ConlluSentence> Analyze(string text, SyntaxModel? model, string source = "text")
    {
        var document = new Document(source, text);
        SentenceSplitter.CreateDefault().Split(document);
        model?.Annotate(document);
        var result = new List<ConlluSentence>(document.Sentences.Count);
        foreach (var sentence in document.Sentences)
        {
            var c = FromTokens(sentence.Tokens(document));
            c.Comments.Add($"# sent_id = {sentence.Index + 1}");
            c.Comments.Add($"# text = {sentence.GetText(document).ReplaceLineEndings(" ")}");
            result.Add(c);
        }
        return result;
    }

    /// <summary>
    /// A treebank's running text as raw-text evaluation sees it: sentences joined by spaces, paragraphs and documents by
    /// blank lines. When <paramref name="spans"/> is given it receives each sentence's [start, end) in the text, without
    /// surrounding spaces.
    /// </summary>
    public static string RunningText(IReadOnlyList<ConlluSentence> gold, List<(int Start, int End)>? spans = null)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < gold.Count; i++)
        {
            var s = gold[i];
            if (i > 0) sb.Append(s.StartsParagraph || s.StartsDocument ? "\n\n" : " ");
            var text = s.Text ?? s.ReconstructText();
            if (spans is not null)
            {
                var trimmed = text.AsSpan().TrimStart();
                int start = sb.Length + text.Length - trimmed.Length;
                spans.Add((start, start + trimmed.TrimEnd().Length));
            }
            sb.Append(text);
        }
        return sb.ToString();
    }

    /// <summary>Builds a CoNLL-U sentence from tokens, copying whatever syntax fields they carry.</summary>
    public static ConlluSentence FromTokens(ReadOnlySpan<Token> tokens)
    {
        var sentence = new ConlluSentence();
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            bool joinsNext = i + 1 < tokens.Length && IsCliticJoin(t, tokens[i + 1]);
            bool joinedToPrevious = i > 0 && IsCliticJoin(tokens[i - 1], t);
            if (joinsNext && !joinedToPrevious)
            {
                int last = i + 1;
                while (last + 1 < tokens.Length && IsCliticJoin(tokens[last], tokens[last + 1])) last++;
                var builder = new System.Text.StringBuilder();
                for (int k = i; k <= last; k++) builder.Append(tokens[k].Text);
                var form = builder.ToString();
                sentence.Multiwords.Add(new ConlluMultiword
                {
                    First = i + 1, Last = last + 1, Form = form,
                    Misc = tokens[last].NoSpaceAfter && last + 1 < tokens.Length ? "SpaceAfter=No" : "_",
                });
            }
            bool inside = joinsNext || joinedToPrevious;
            sentence.Words.Add(new ConlluWord
            {
                Id = i + 1,
                Form = t.Text,
                Lemma = t.Lemma ?? "_",
                Upos = t.Upos ?? "_",
                Xpos = t.Xpos ?? "_",
                Feats = t.Feats ?? "_",
                Head = t.Head,
                DepRel = t.DepRel ?? "_",
                Misc = !inside && t.NoSpaceAfter && i + 1 < tokens.Length ? "SpaceAfter=No" : "_",
            });
        }
        return sentence;
    }

    /// <summary>True when b is a clitic the tokenizer split from a ("do|n't", "Russia|'s", "can|not"), which UD English EWT keeps as one multiword token.</summary>
    public static bool IsCliticJoin(Token a, Token b) =>
        a.End == b.Start && a.Text.Length > 0 && b.Text.Length > 0 && char.IsLetterOrDigit(a.Text[^1])
        && (Clitics.Contains(b.Text) || (char.IsLetter(a.Text[^1]) && char.IsLetter(b.Text[0])));
}
