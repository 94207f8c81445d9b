namespace Defacto.Model;

/// <summary>A span of text that names or stands for an actor, and what it resolved to.</summary>
public sealed record Mention(Span Span, string Text)
{
    /// <summary>CAMEO-style code such as RUSGOV or SOSGOV; null when unresolved.</summary>
    public string? Code { get; init; }

    /// <summary>Id of the knowledge-base entry; null when unresolved.</summary>
    public string? KbId { get; init; }

    /// <summary>Role held at the document date, e.g. "president of South Ossetia".</summary>
    public string? Role { get; init; }

    public int SentenceIndex { get; init; }
}
