using Defacto.Model;

namespace Defacto.Text;

/// <summary>Pipeline stage that fills a document's sentences and tokens from its clean text.</summary>
public sealed class SentenceStage(SentenceSplitter splitter) : IDocumentStage
{
    public string Name => "sentences";

    public void Process(Document document)
    {
        document.Sentences.Clear();
        document.Tokens.Clear();
        splitter.Split(document);
    }
}
