namespace Defacto.Events;

/// <summary>A line a knowledge or dictionary file could not use: the file, the 1-based line number and why.</summary>
public sealed record LoadIssue(string File, int Line, string Reason)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
