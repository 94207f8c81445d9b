namespace Defacto;

/// <summary>Locates the project's knowledge/ folder: DEFACTO_KB, then beside the program, then upward from the working directory.</summary>
public static class KnowledgeFiles
{
    public static string? Directory => LazyDirectory.Value;

    private static readonly Lazy<string?> LazyDirectory = new(FindDirectory);

    /// <summary>Full path of a file under knowledge/, or null when there is none.</summary>
    public static string? Find(string relative)
    {
        if (Directory is null) return null;
        var path = Path.Combine(Directory, relative);
        return File.Exists(path) ? path : null;
    }

    private static string? FindDirectory()
    {
        var env = Environment.GetEnvironmentVariable("DEFACTO_KB");
        if (!string.IsNullOrEmpty(env) && System.IO.Directory.Exists(env)) return env;
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "knowledge");
                if (System.IO.Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
