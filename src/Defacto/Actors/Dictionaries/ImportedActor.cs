namespace Defacto.Actors.Dictionaries;

/// <summary>An actor read from a CAMEO/Phoenix .actors file: its names and its dated codes.</summary>
public sealed record ImportedActor(string Name, string File, int Line)
{
    public List<string> Names { get; } = new();
    public List<(string Code, Validity Validity)> Codes { get; } = new();
}

/// <summary>An agent term read from a CAMEO agents file; Prefix is true for codes written CODE~ (the agent replaces the polity).</summary>
public sealed record ImportedAgent(string Term, string Code, bool Prefix)
{
    /// <summary>True when the line gave its plurals in braces (possibly none, "{}"), so regular plurals must not be formed.</summary>
    public bool PluralsGiven { get; init; }
}

/// <summary>A discard phrase: a sentence (or, when StoryLevel, a whole story) containing it is not coded.</summary>
public sealed record DiscardPhrase(string Phrase, bool StoryLevel);
