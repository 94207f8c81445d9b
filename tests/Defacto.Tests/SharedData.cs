namespace Defacto.Tests;

/// <summary>Finds ../shared (third-party data and seeds) from the test run; fails when CI=true and it is missing.</summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>Absolute path of a file or folder under shared/, e.g. Path("data/ud-english-ewt/en_ewt-ud-dev.conllu").</summary>
    public static string Path(string relative)
    {
        var root = Root.Value ?? throw new InvalidOperationException(
            "../shared was not found beside the repository (set DEFACTO_SHARED to its path).");
        var full = System.IO.Path.Combine(root, relative);
        if (!File.Exists(full) && !Directory.Exists(full))
            throw new FileNotFoundException($"shared data missing: {full}");
        return full;
    }

    /// <summary>True when the shared folder is there; tests that need it call <see cref="Path"/>, which throws (fails) when it is not.</summary>
    public static bool Available => Root.Value is not null;

    /// <summary>The repository root (the folder holding Defacto.slnx).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string? FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("DEFACTO_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(candidate) ? candidate : null;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Defacto.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (Defacto.slnx) not found above " + AppContext.BaseDirectory);
    }
}
