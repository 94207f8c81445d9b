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

    /// <summary>What the mention names: a person, a polity, an organization, a group (polity plus sector), or something unknown.</summary>
    public MentionKind Kind { get; init; }

    /// <summary>Three-letter polity (or IGO code) the actor belongs to; null when unknown.</summary>
    public string? Polity { get; init; }

    /// <summary>Role key from the knowledge base (president, foreign-minister, foreign-ministry, military, ...).</summary>
    public string? RoleKey { get; init; }

    /// <summary>How it was resolved: name, alias, surname, coreference, title, fuzzy, demonym, capital, seat, dictionary, unresolved.</summary>
    public string? Method { get; init; }

    /// <summary>Mentions coordinated in one phrase ("Putin, Aliyev and Pashinyan") share a group number; null when alone.</summary>
    public int? Group { get; init; }

    /// <summary>Index in <see cref="Document.Mentions"/> of an earlier mention of the same entity (coreference), or null.</summary>
    public int? Antecedent { get; init; }

    /// <summary>Sector code (CRM, OPP, COP, ...) of a bare agent such as "smugglers" whose polity the phrase does not name; the event coder may place it.</summary>
    public string? Sector { get; init; }

    /// <summary>The sentence text, kept for unresolved mentions so they can be curated later.</summary>
    public string? Context { get; init; }

    /// <summary>True when the mention resolved to a code.</summary>
    public bool IsResolved => Code is not null;
}

/// <summary>What kind of actor a <see cref="Mention"/> names.</summary>
public enum MentionKind
{
    Unknown,
    Person,
    Polity,
    Organization,
    Group,
}
