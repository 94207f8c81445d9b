using Defacto.Actors.Dictionaries;
using Defacto.Model;

namespace Defacto.Actors;

/// <summary>Pipeline stage that finds and resolves actor mentions (people, polities, organizations, sectors) at the document's date.</summary>
public sealed class ActorStage : IDocumentStage
{
    private readonly Lazy<MentionResolver> _resolver;
    private readonly DateOnly? _asOf;

    /// <summary>Uses the knowledge base found by <see cref="KnowledgeBaseLocator"/>, loaded once per process on first use.</summary>
    public ActorStage()
    {
        _resolver = new Lazy<MentionResolver>(() => new MentionResolver(ActorIndex.For(KnowledgeBaseLocator.Load())));
    }

    /// <summary>Resolves against <paramref name="kb"/>, optionally with public dictionaries and a fixed date instead of the document's.</summary>
    public ActorStage(KnowledgeBase kb, DictionarySet? dictionaries = null, DateOnly? asOf = null)
    {
        var index = dictionaries is null ? ActorIndex.For(kb) : ActorIndex.Build(kb, dictionaries);
        _resolver = new Lazy<MentionResolver>(new MentionResolver(index));
        _asOf = asOf;
    }

    public string Name => "actors";

    public void Process(Document document)
    {
        var (first, last) = _asOf is { } d ? (d, d) : MentionResolver.DateRange(document.Dct);
        _resolver.Value.Resolve(document, first, last);
    }
}
