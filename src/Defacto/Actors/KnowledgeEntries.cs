namespace Defacto.Actors;

/// <summary>What kind of polity an entry is: UN member or observer, contested or de facto state, former state, region, or a territory with its own code.</summary>
public enum PolityKind
{
    Member,
    Observer,
    Contested,
    Former,
    Region,

    /// <summary>A territory under another state's sovereignty that news and the field's codebooks name apart (Hong Kong, HKG); its sovereign is <see cref="Polity.ClaimedBy"/>.</summary>
    Territory,
}

/// <summary>A state, contested state, former state or region with its names, demonyms, capital and existence interval.</summary>
public sealed record Polity(string Code, PolityKind Kind, string Name)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    /// <summary>Capital first, then other names for it.</summary>
    public IReadOnlyList<string> Capitals { get; init; } = [];

    /// <summary>Buildings or places that stand for the government ("the Kremlin").</summary>
    public IReadOnlyList<string> Seats { get; init; } = [];

    /// <summary>Code of the UN member that claims the territory, for contested states; the sovereign, for a territory.</summary>
    public string? ClaimedBy { get; init; }

    public Validity Existence { get; init; }
    public string Note { get; init; } = "";
}

/// <summary>An international organization with CAMEO-style code, names, seat and members.</summary>
public sealed record Organization(string Code, string Name)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? Seat { get; init; }
    public IReadOnlyList<string> Members { get; init; } = [];
    public string Note { get; init; } = "";
}

/// <summary>A city, province or territory inside a polity ("Kharkiv", "Gaza Strip"): named in text it is a place of that polity, never its government.</summary>
public sealed record Place(string Name, string Polity)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string Note { get; init; } = "";
}

/// <summary>A sector/agent term ("armed forces") with its CAMEO-style agent code (MIL) and a finer role label.</summary>
public sealed record AgentTerm(string Term, string Code, string Role);

/// <summary>An office role (president, foreign-minister) and the titles that name it in text.</summary>
public sealed record RoleDefinition(string Key, string Label, string Code, bool Single)
{
    public IReadOnlyList<string> Titles { get; init; } = [];
}

/// <summary>A person with a stable id, name, aliases and home polity.</summary>
public sealed record Person(string Id, string Name, string Polity)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string Note { get; init; } = "";
    /// <summary>The family name used alone when it is not the name's last word ("Xi" of "Xi Jinping"); empty otherwise.</summary>
    public string Family { get; init; } = "";
}

/// <summary>A person holding a role for a polity over a validity interval.</summary>
public sealed record Office(string PersonId, string Role, string Polity, Validity Validity, string Note)
{
    public string File { get; init; } = "";
    public int Line { get; init; }
}

/// <summary>Whether a recognizer is a UN member, a non-UN (de facto) state or a sub-national body.</summary>
public enum RecognizerKind
{
    UnMember,
    NonUn,
    Subnational,
}

/// <summary>One recognizer recognizing one contested entity over a validity interval, with a source note.</summary>
public sealed record Recognition(string Entity, string Recognizer, string RecognizerName, RecognizerKind Kind, Validity Validity, string Note)
{
    public string File { get; init; } = "";
    public int Line { get; init; }
}
