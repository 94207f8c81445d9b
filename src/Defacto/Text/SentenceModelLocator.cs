using Defacto.Syntax;

namespace Defacto.Text;

/// <summary>Finds and loads the sentence-boundary model: explicit path, then DEFACTO_SENTENCE_MODEL, then models/ beside the program or above it.</summary>
public static class SentenceModelLocator
{
    public const string FileName = "en_ewt_sentences.model";
    public const string EnvironmentVariable = "DEFACTO_SENTENCE_MODEL";

    /// <summary>The model path to use, or null when none is installed (the splitter then uses its rules alone); a path given explicitly or by the environment must exist.</summary>
    public static string? Find(string? explicitPath = null)
    {
        if (!string.IsNullOrEmpty(explicitPath))
            return File.Exists(explicitPath) ? explicitPath : throw new FileNotFoundException($"sentence model not found: {explicitPath}", explicitPath);
        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(env))
            return File.Exists(env) ? env : throw new FileNotFoundException($"sentence model named by {EnvironmentVariable} not found: {env}", env);
        return SyntaxModelLocator.FindInModels(FileName);
    }

    private static readonly Lock Gate = new();
    private static SentenceBoundaryModel? _shared;
    private static string? _sharedPath;

    /// <summary>Loads the model once per process and shares it (read-only after loading); null when none is installed.</summary>
    public static SentenceBoundaryModel? LoadShared(string? explicitPath = null)
    {
        var found = Find(explicitPath);
        if (found is null) return null;
        var path = Path.GetFullPath(found);
        lock (Gate)
        {
            if (_shared is null || _sharedPath != path)
            {
                _shared = SentenceBoundaryModel.Load(path);
                _sharedPath = path;
            }
            return _shared;
        }
    }
}
