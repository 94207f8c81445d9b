using System.Globalization;
using Defacto.Model;

namespace Defacto.Events;

/// <summary>
/// Codes gold records the way the pipeline codes articles: the record's sentence is tokenized, parsed, timed and its actors
/// resolved, then the event coder runs. PETRARCH records bring their own parse and dictionaries when <see cref="UseGivenParse"/> is set.
/// </summary>
public sealed class GoldRecordCoder : IEventCoder
{
    private readonly EventCoder _defaultCoder;
    private readonly Pipeline _analysis;
    private EventCoder _coder;
    // The same dictionaries for records that turn PETRARCH's require_dyad off.
    private EventCoder? _undyadicCoder;
    private GoldSet? _gold;

    /// <summary>Uses the project's knowledge base and patterns; <paramref name="analysis"/> defaults to sentences → syntax → time → actors.</summary>
    public GoldRecordCoder(EventCoder? coder = null, Pipeline? analysis = null)
    {
        _defaultCoder = coder ?? EventCoder.CreateDefault();
        _coder = _defaultCoder;
        _analysis = analysis ?? new Pipeline([
            new Text.SentenceStage(new Text.SentenceSplitter(new Text.Tokenizer())),
            new Syntax.SyntaxStage(),
            new Time.TimeStage(),
            new Actors.ActorStage(),
        ]);
    }

    /// <summary>Read PETRARCH records from the CoNLL-U parse they carry instead of parsing their text.</summary>
    public bool UseGivenParse { get; init; } = true;

    /// <inheritdoc/>
    public string Name => "defacto";

    /// <inheritdoc/>
    public void Prepare(GoldSet gold)
    {
        _gold = gold;
        // A PETRARCH file names the verb dictionary it was written for; its codes are what the records expect.
        _coder = _defaultCoder;
        _undyadicCoder = null;
        if (!gold.Dictionaries.TryGetValue("Verbfile", out var verbs) || verbs is null) return;
        var dictionary = VerbDictionary.Load(verbs);
        var catalog = CameoCatalog.LoadDefault();
        var ontology = Path.Combine(Path.GetDirectoryName(verbs) ?? ".", CodingOntology.FileName);
        var negations = File.Exists(ontology) ? CodingOntology.ReadNegations(ontology) : new Dictionary<string, string>();
        _coder = PetrarchCoder(dictionary, catalog, negations, requireDyad: true);
        _undyadicCoder = PetrarchCoder(dictionary, catalog, negations, requireDyad: false);
    }

    private static EventCoder PetrarchCoder(VerbDictionary verbs, CameoCatalog catalog, IReadOnlyDictionary<string, string> negations, bool requireDyad) =>
        new(verbs, catalog) { CompoundBothWays = true, PetrarchConventions = true, NegatedCodes = negations, RequireDyad = requireDyad };

    /// <inheritdoc/>
    public IReadOnlyList<Event> Code(GoldRecord record)
    {
        var document = PetrarchDocuments.TryBuild(record, _gold, UseGivenParse) ?? Analyze(record);
        if (document is null) return [];
        var coder = _undyadicCoder is not null && !record.Option("require_dyad", true) ? _undyadicCoder : _coder;
        var events = coder.Code(document);
        if (_gold?.Scheme == EventTypeScheme.Plover) events.RemoveAll(e => e.Plover is null);
        return events;
    }

    private Document Analyze(GoldRecord record)
    {
        var document = new Document(record.Origin ?? record.Id, record.Text) { Id = record.Id };
        if (ParseDate(record.Date) is { } date)
            document.Dct = DocumentDate.Exact(date.ToDateTime(TimeOnly.MinValue), DatePrecision.Day, DateProvenance.Metadata, "gold record date");
        document.Language = "en";
        return _analysis.Process(document);
    }

    /// <summary>Reads a gold date written yyyyMMdd or yyyy-MM-dd; null when absent or unreadable.</summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        string[] formats = ["yyyyMMdd", "yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"];
        return DateOnly.TryParseExact(text.Trim().Length > 10 && text.Contains('-') ? text.Trim()[..10] : text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
