namespace Defacto.Text;

/// <summary>The Text stage's components in order.</summary>
public static class TextStages
{
    public static IReadOnlyList<IDocumentStage> Create() =>
    [
        new ArticleCleaner(),
        new SentenceStage(new SentenceSplitter(new Tokenizer())),
    ];
}
