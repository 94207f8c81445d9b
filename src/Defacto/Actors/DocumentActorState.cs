namespace Defacto.Actors;

/// <summary>What mention resolution remembers while it walks one document: people and polities seen, unknown names, group numbers.</summary>
internal sealed class DocumentActorState(DateOnly first, DateOnly last)
{
    /// <summary>First day of the resolution date range (the document date, or the start of its range).</summary>
    public DateOnly First { get; } = first;

    /// <summary>Last day of the resolution date range.</summary>
    public DateOnly Last { get; } = last;

    /// <summary>KB person ids in order of first mention.</summary>
    public List<string> SeenPeople { get; } = new();

    /// <summary>Index of the latest mention of each KB person.</summary>
    public Dictionary<string, int> LastMentionOfPerson { get; } = new(StringComparer.Ordinal);

    /// <summary>Polity codes in order of their latest mention (latest last).</summary>
    public List<string> RecentPolities { get; } = new();

    /// <summary>Unknown full names by their last token key, pointing at the first mention.</summary>
    public Dictionary<string, int> UnknownBySurname { get; } = new(StringComparer.Ordinal);

    public int NextGroup { get; set; } = 1;

    /// <summary>Token index of the dash closing the current sentence's wire dateline, or -1: names before it are places only.</summary>
    public int DatelineEnd { get; set; } = -1;

    public void SawPerson(string id, int mentionIndex)
    {
        if (!LastMentionOfPerson.ContainsKey(id)) SeenPeople.Add(id);
        LastMentionOfPerson[id] = mentionIndex;
    }

    public void SawPolity(string? code)
    {
        if (string.IsNullOrEmpty(code)) return;
        RecentPolities.Remove(code);
        RecentPolities.Add(code);
    }
}
