using Defacto.Model;

namespace Defacto.Text;

/// <summary>Removes boilerplate lines and finds title, outlet and date line (placeholder: keeps every line).</summary>
public sealed class ArticleCleaner : IDocumentStage
{
    public string Name => "clean";

    public void Process(Document document)
    {
        document.Text = document.RawText;
        document.Offsets = new OffsetMap();
        document.Offsets.Add(0, 0, document.RawText.Length);
    }
}
