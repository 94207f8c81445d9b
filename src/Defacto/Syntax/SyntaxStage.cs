using Defacto.Model;

namespace Defacto.Syntax;

/// <summary>Pipeline stage that tags, lemmatizes and parses every sentence of a document with the syntax model (loaded once, on first use).</summary>
public sealed class SyntaxStage : IDocumentStage
{
    private readonly Lazy<SyntaxModel> _model;

    /// <summary>
    /// Uses the model at <paramref name="modelPath"/>, or the one <see cref="SyntaxModelLocator"/> finds; a missing model fails here,
    /// loudly. <paramref name="newsVerbs"/> (the event coder's verbs) tell headline verbs the treebank never showed ("Suspends").
    /// </summary>
    public SyntaxStage(string? modelPath = null, IReadOnlySet<string>? newsVerbs = null)
    {
        var path = SyntaxModelLocator.Find(modelPath);
        _model = new(() => SyntaxModelLocator.LoadShared(path).WithNewsVerbs(newsVerbs));
    }

    public SyntaxStage(SyntaxModel model) => _model = new(model);

    public string Name => "syntax";

    public void Process(Document document) => _model.Value.Annotate(document);
}
