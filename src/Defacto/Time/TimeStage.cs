using Defacto.Model;

namespace Defacto.Time;

/// <summary>Pipeline stage that fills <see cref="Document.TimeExpressions"/> from the clean text, against the DCT.</summary>
public sealed class TimeStage(TemporalTagger? tagger = null) : IDocumentStage
{
    private readonly TemporalTagger tagger = tagger ?? new TemporalTagger();

    public string Name => "time";

    public void Process(Document document)
    {
        document.TimeExpressions.Clear();
        document.TimeExpressions.AddRange(tagger.Tag(document));
    }
}
