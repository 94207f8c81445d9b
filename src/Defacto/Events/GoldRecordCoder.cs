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
    // PETRARCH's dictionaries, kept to build a coder for each set of options the records turn on.
    private (VerbDictionary Verbs, CameoCatalog Catalog, IReadOnlyDictionary<string, string> Negations)? _petrarch;
    private readonly Dictionary<(bool RequireDyad, int Min, int Max), EventCoder> _petrarchCoders = [];
    private GoldSet? _gold;

    /// <summary>Uses the project's knowledge base and patterns; <paramref name="analysis"/> defaults to sentences → syntax → time → actors.</summary>
    public GoldRecordCoder(EventCoder? coder = null, Pipeline? analysis = null)
    {
        _defaultCoder = coder ?? EventCoder.CreateDefault();
        _coder = _defaultCoder;
        _analysis = analysis ?? new Pipeline([
            new Text.SentenceStage(Text.SentenceSplitter.CreateDefault()),
            new Syntax.SyntaxStage(newsVerbs: _defaultCoder.NewsVerbs),
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
        _petrarch = null;
        _petrarchCoders.Clear();
        if (!gold.Dictionaries.TryGetValue("Verbfile", out var verbs) || verbs is null) return;
        var ontology = Path.Combine(Path.GetDirectoryName(verbs) ?? ".", CodingOntology.FileName);
        _petrarch = (VerbDictionary.Load(verbs), CameoCatalog.LoadDefault(),
            File.Exists(ontology) ? CodingOntology.ReadNegations(ontology) : new Dictionary<string, string>());
        _coder = PetrarchCoder(new GoldRecord("", null, null, "", []));
    }

    // The coder for the options in force at a PETRARCH record: require_dyad, and the closing comma clause's length range.
    private EventCoder PetrarchCoder(GoldRecord record)
    {
        var (verbs, catalog, negations) = _petrarch!.Value;
        var key = (record.Option("require_dyad", true), IntOption(record, "comma_emin"), IntOption(record, "comma_emax"));
        if (!_petrarchCoders.TryGetValue(key, out var coder))
            _petrarchCoders[key] = coder = new EventCoder(verbs, catalog)
            {
                CompoundBothWays = true, PetrarchConventions = true, NegatedCodes = negations,
                RequireDyad = key.Item1, DroppedClosingClause = (key.Item2, key.Item3),
            };
        return coder;
    }

    private static int IntOption(GoldRecord record, string name) =>
        record.Options.TryGetValue(name, out var v) && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    /// <inheritdoc/>
    public IReadOnlyList<Event> Code(GoldRecord record)
    {
        var document = PetrarchDocuments.TryBuild(record, _gold, UseGivenParse) ?? Analyze(record);
        if (document is null) return [];
        var coder = _petrarch is null ? _coder : PetrarchCoder(record);
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
