namespace Defacto.Actors;

/// <summary>A problem found while loading a knowledge table or dictionary: the file, the 1-based line and the reason.</summary>
public sealed record KbIssue(string File, int Line, string Reason)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Reason}" : $"{File}: {Reason}";
}
