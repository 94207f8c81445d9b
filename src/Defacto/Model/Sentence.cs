namespace Defacto.Model;

/// <summary>A sentence: a character span of the clean text and the run of tokens inside it.</summary>
public sealed class Sentence
{
    public Sentence(int index, int start, int end, int firstToken, int tokenCount)
    {
        Index = index;
        Start = start;
        End = end;
        FirstToken = firstToken;
        TokenCount = tokenCount;
    }

    /// <summary>Position in <see cref="Document.Sentences"/>.</summary>
    public int Index { get; }

    public int Start { get; }
    public int End { get; }

    /// <summary>Index of the sentence's first token in <see cref="Document.Tokens"/>.</summary>
    public int FirstToken { get; }

    public int TokenCount { get; }

    public Span Span => new(Start, End);

    /// <summary>The sentence's tokens, in order; position i here is CoNLL-U id i + 1.</summary>
    public ReadOnlySpan<Token> Tokens(Document document) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens).Slice(FirstToken, TokenCount);

    public string GetText(Document document) => document.Text.Substring(Start, End - Start);
}
