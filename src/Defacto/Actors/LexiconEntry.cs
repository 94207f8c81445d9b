namespace Defacto.Actors;

/// <summary>What a lexicon surface form stands for.</summary>
public enum LexiconKind
{
    Person,
    Polity,
    Organization,
    Demonym,
    Seat,
    OrganizationSeat,
    Capital,
    Place,
    Subnational,
    Surname,
    Title,
    Agent,
    Imported,
    ImportedAgent,
}

/// <summary>One meaning of a surface form: its kind, target (code, person id or role key), agent role, and case rule.</summary>
public sealed record LexiconEntry(LexiconKind Kind, string Target)
{
    /// <summary>For agents: the finer role label; for imported entries: unused.</summary>
    public string? Role { get; init; }

    /// <summary>Acronyms ("PM", "MFA") match only in upper case.</summary>
    public bool CaseSensitive { get; init; }

    /// <summary>The surface form as written in the source table (for case-sensitive matching).</summary>
    public string Surface { get; init; } = "";

    /// <summary>Imported dictionary codes with their validity (CAMEO date restrictions).</summary>
    public IReadOnlyList<(string Code, Validity Validity)> Codes { get; init; } = [];

    /// <summary>When set, the meaning holds only on these days (a dissolved state's capital reverting to the state that claimed it).</summary>
    public Validity? ActiveDuring { get; init; }

    /// <summary>True for kinds that name a polity or organization (not a person, title or sector).</summary>
    public bool IsPolityLike => Kind is LexiconKind.Polity or LexiconKind.Organization or LexiconKind.Demonym or LexiconKind.Seat
        or LexiconKind.OrganizationSeat or LexiconKind.Capital or LexiconKind.Place or LexiconKind.Subnational or LexiconKind.Imported;

    /// <summary>Proper names must be capitalized in text; titles and sector words need not be, unless the table writes the
    /// sector term as a name ("Islamic State", "House of Commons").</summary>
    public bool NeedsCapital => Kind is not (LexiconKind.Title or LexiconKind.Agent or LexiconKind.ImportedAgent)
        || (Kind == LexiconKind.Agent && Surface.Length > 0 && char.IsUpper(Surface[0]));
}
