using System.Collections.Concurrent;

namespace Defacto.Actors;

/// <summary>Finds the knowledge folder (--kb, DEFACTO_KB, knowledge/ beside the binaries, or upward from them) and caches loaded KBs.</summary>
public static class KnowledgeBaseLocator
{
    public const string EnvironmentVariable = "DEFACTO_KB";

    private static readonly ConcurrentDictionary<string, Lazy<KnowledgeBase>> Cache = new(StringComparer.Ordinal);

    /// <summary>The folder to read: the explicit one, else the environment's, else the first knowledge/ found from the binaries upward.</summary>
    public static string Resolve(string? explicitDirectory = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitDirectory))
        {
            if (!Directory.Exists(explicitDirectory))
                throw new DirectoryNotFoundException($"knowledge folder not found: {explicitDirectory}");
            return Path.GetFullPath(explicitDirectory);
        }
        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(env) && !Directory.Exists(env))
            throw new DirectoryNotFoundException($"{EnvironmentVariable} points to a missing folder: {env}");
        return KnowledgeFiles.Directory is { } found && File.Exists(Path.Combine(found, "polities.tsv"))
            ? Path.GetFullPath(found)
            : throw new DirectoryNotFoundException("no knowledge/ folder found (pass --kb DIR or set " + EnvironmentVariable + ")");
    }

    /// <summary>Loads (once per folder and process) the knowledge base.</summary>
    public static KnowledgeBase Load(string? explicitDirectory = null)
    {
        var dir = Resolve(explicitDirectory);
        return Cache.GetOrAdd(dir, d => new Lazy<KnowledgeBase>(() => KnowledgeBaseLoader.Load(d))).Value;
    }
}
