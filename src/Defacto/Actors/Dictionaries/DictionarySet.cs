namespace Defacto.Actors.Dictionaries;

/// <summary>Public CAMEO/Phoenix dictionaries loaded alongside the knowledge base (actors, agents, discards) with their load issues.</summary>
public sealed class DictionarySet
{
    public List<ImportedActor> Actors { get; } = new();
    public List<ImportedAgent> Agents { get; } = new();
    public List<DiscardPhrase> Discards { get; } = new();
    public List<KbIssue> Issues { get; } = new();

    /// <summary>Loads files by kind from their names: *agents*, *discards*, everything else *.txt with "actors" as actors.</summary>
    public static DictionarySet Load(IEnumerable<string> paths)
    {
        var set = new DictionarySet();
        foreach (var path in paths) set.LoadFile(path);
        return set;
    }

    /// <summary>Loads every actors/agents/discards file of a folder.</summary>
    public static DictionarySet LoadDirectory(string directory) =>
        Load(Directory.EnumerateFiles(directory, "*.txt").Where(p => Kind(p) is not null).OrderBy(p => p, StringComparer.Ordinal));

    public void LoadFile(string path)
    {
        if (!File.Exists(path)) { Issues.Add(new KbIssue(Path.GetFileName(path), 0, "file not found")); return; }
        switch (Kind(path))
        {
            case "agents": Agents.AddRange(PhoenixAgentReader.Read(path, Issues)); break;
            case "discards": Discards.AddRange(DiscardReader.Read(path, Issues)); break;
            case "actors": Actors.AddRange(PhoenixActorReader.Read(path, Issues)); break;
            default: Issues.Add(new KbIssue(Path.GetFileName(path), 0, "not an actors, agents or discards dictionary (by file name)")); break;
        }
    }

    private static string? Kind(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.Contains("agents")) return "agents";
        if (name.Contains("discards")) return "discards";
        if (name.Contains("actors")) return "actors";
        return null;
    }
}
