namespace Defacto.Syntax;

/// <summary>Finds the syntax model file: explicit path, then DEFACTO_MODEL, then models/ beside the program, then models/ in a parent folder.</summary>
public static class SyntaxModelLocator
{
    public const string FileName = "en_ewt.model";
    public const string EnvironmentVariable = "DEFACTO_MODEL";

    /// <summary>The model path to use; throws FileNotFoundException listing the places searched when there is none.</summary>
    public static string Find(string? explicitPath = null)
    {
        if (!string.IsNullOrEmpty(explicitPath))
            return File.Exists(explicitPath) ? explicitPath : throw new FileNotFoundException($"syntax model not found: {explicitPath}", explicitPath);
        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(env))
            return File.Exists(env) ? env : throw new FileNotFoundException($"syntax model named by {EnvironmentVariable} not found: {env}", env);
        var searched = new List<string>();
        return FindInModels(FileName, searched) ?? throw new FileNotFoundException(
            $"syntax model {FileName} not found (give --model, set {EnvironmentVariable}, or put it in models/); looked in {string.Join(", ", searched.Take(3))}...");
    }

    /// <summary>models/<paramref name="fileName"/> beside the program or in one of its parent folders, or null (the paths tried go to <paramref name="searched"/>).</summary>
    internal static string? FindInModels(string fileName, List<string>? searched = null)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", fileName);
            if (File.Exists(candidate)) return candidate;
            searched?.Add(candidate);
        }
        return null;
    }

    private static readonly Lock Gate = new();
    private static SyntaxModel? _shared;
    private static string? _sharedPath;

    /// <summary>Loads the model once per process and shares it (it is read-only after loading).</summary>
    public static SyntaxModel LoadShared(string? explicitPath = null)
    {
        var path = Path.GetFullPath(Find(explicitPath));
        lock (Gate)
        {
            if (_shared is null || _sharedPath != path)
            {
                _shared = SyntaxModel.Load(path);
                _sharedPath = path;
            }
            return _shared;
        }
    }
}
