using Defacto.Model;

namespace Defacto.Events;

/// <summary>Pipeline stage that codes the document's events from its parse, times and mentions into <see cref="Document.Events"/>.</summary>
public sealed class EventStage(EventCoder? coder = null) : IDocumentStage
{
    private readonly EventCoder _coder = coder ?? EventCoder.Shared;

    /// <inheritdoc/>
    public string Name => "events";

    /// <inheritdoc/>
    public void Process(Document document)
    {
        document.Events.Clear();
        if (document.Language is { } lang && lang != "en") return;
        document.Events.AddRange(_coder.Code(document));
    }
}
