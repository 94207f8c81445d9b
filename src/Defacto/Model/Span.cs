namespace Defacto.Model;

/// <summary>A half-open character range [Start, End) into a document's clean text.</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(Span other) => Start < other.End && other.Start < End;

    public override string ToString() => $"[{Start},{End})";
}
