using Defacto.Actors;
using Defacto.Actors.Dictionaries;
using Defacto.Model;

namespace Defacto.Events;

/// <summary>Turns a PETRARCH validation record into a coded-ready document: its text analyzed by Defacto's own stages, its actors resolved with the dictionaries its &lt;Environment&gt; names at the record's date.</summary>
internal static class PetrarchDocuments
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GoldSet, ActorIndex> Indexes = new();

    private static readonly Lazy<Pipeline> Analysis = new(() => new Pipeline([
        new Text.SentenceStage(new Text.SentenceSplitter(new Text.Tokenizer())),
        new Syntax.SyntaxStage(),
        new Time.TimeStage(),
    ]));

    /// <summary>The record as a document, or null when it is not a PETRARCH record (the caller analyzes it with the project's knowledge base).</summary>
    public static Document? TryBuild(GoldRecord record, GoldSet? gold, bool useGivenParse)
    {
        if (gold is null || gold.Scheme != EventTypeScheme.Cameo) return null;
        var date = GoldRecordCoder.ParseDate(record.Date);
        var document = new Document(record.Origin ?? record.Id, record.Text) { Id = record.Id, Language = "en" };
        if (date is { } d) document.Dct = DocumentDate.Exact(d.ToDateTime(TimeOnly.MinValue), DatePrecision.Day, DateProvenance.Metadata, "gold record date");
        Analysis.Value.Process(document);
        var index = Indexes.GetValue(gold, LoadIndex);
        var day = date ?? DateOnly.FromDateTime(DateTime.UtcNow);
        new MentionResolver(index).Resolve(document, day, day);
        return document;
    }

    private static ActorIndex LoadIndex(GoldSet gold)
    {
        var files = new List<string>();
        foreach (var role in new[] { "Actorfile", "Agentfile", "Discardfile" })
            if (gold.Dictionaries.TryGetValue(role, out var path) && path is not null) files.Add(path);
        return ActorIndex.Build(new KnowledgeBase(), DictionarySet.Load(files));
    }
}
