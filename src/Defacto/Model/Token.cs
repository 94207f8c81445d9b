namespace Defacto.Model;

/// <summary>A word or punctuation mark with offsets into the clean text and the Syntax stage's annotations.</summary>
public sealed class Token
{
    public Token(string text, int start, int end)
    {
        Text = text;
        Start = start;
        End = end;
    }

    /// <summary>The token's characters as they appear in the clean text.</summary>
    public string Text { get; }

    /// <summary>Offset of the first character in <see cref="Document.Text"/>.</summary>
    public int Start { get; }

    /// <summary>Offset just past the last character in <see cref="Document.Text"/>.</summary>
    public int End { get; }

    /// <summary>Position in <see cref="Document.Tokens"/>.</summary>
    public int Index { get; internal set; }

    /// <summary>Position of the sentence in <see cref="Document.Sentences"/>.</summary>
    public int SentenceIndex { get; internal set; }

    /// <summary>True when no whitespace separates this token from the next one (CoNLL-U SpaceAfter=No).</summary>
    public bool NoSpaceAfter { get; set; }

    public string? Upos { get; set; }
    public string? Xpos { get; set; }
    public string? Lemma { get; set; }
    public string? Feats { get; set; }

    /// <summary>CoNLL-U head: 0 for the root, else the 1-based position of the head within the sentence; -1 when unparsed.</summary>
    public int Head { get; set; } = -1;

    /// <summary>Universal Dependencies relation to the head (e.g. nsubj, obl:tmod); null when unparsed.</summary>
    public string? DepRel { get; set; }

    public Span Span => new(Start, End);

    public override string ToString() => Text;
}
