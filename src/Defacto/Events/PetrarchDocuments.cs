using Defacto.Model;

namespace Defacto.Events;

/// <summary>Turns a PETRARCH validation record into a document ready to code: from the parse it carries, or its text analyzed by Defacto's own stages; actors coded with the dictionaries its &lt;Environment&gt; names at the record's date.</summary>
internal static class PetrarchDocuments
{
    private static readonly Lazy<Pipeline> Analysis = new(() => new Pipeline([
        new Text.SentenceStage(Text.SentenceSplitter.CreateDefault()),
        new Syntax.SyntaxStage(newsVerbs: EventCoder.Shared.NewsVerbs),
        new Time.TimeStage(),
    ]));

    /// <summary>The record as a document, or null when it is not a PETRARCH record (the caller analyzes it with the project's knowledge base).</summary>
    public static Document? TryBuild(GoldRecord record, GoldSet? gold, bool useGivenParse)
    {
        if (gold is null || gold.Scheme != EventTypeScheme.Cameo) return null;
        if (useGivenParse && record.Parse is { IsConllu: true })
        {
            var coding = PetrarchRecordDocument.Code(record, gold);
            return coding.Document;
        }
        var date = GoldRecordCoder.ParseDate(record.Date);
        var document = new Document(record.Origin ?? record.Id, record.Text) { Id = record.Id, Language = "en" };
        if (date is { } d) document.Dct = DocumentDate.Exact(d.ToDateTime(TimeOnly.MinValue), DatePrecision.Day, DateProvenance.Metadata, "gold record date");
        Analysis.Value.Process(document);
        var coder = PetrarchRecordDocument.CoderFor(gold);
        var day = date ?? DateOnly.FromDateTime(DateTime.UtcNow);
        int group = 0;
        foreach (var sentence in document.Sentences)
            if (!coder.IsDiscarded(document, sentence)) coder.CodeSentence(document, sentence, day, ref group);
        return document;
    }
}
