using Defacto.Model;
using Defacto.Store;

namespace Defacto.Ingest;

/// <summary>What happened to one input: stored, skipped as a duplicate, linked as a near duplicate, or rejected.</summary>
public enum IngestOutcome { New, Duplicate, NearDuplicate, Rejected }

/// <summary>One line of the ingest report.</summary>
public sealed record IngestEntry(string Source, IngestOutcome Outcome, string? DocumentId, string? Detail);

/// <summary>The summary of an ingest run: counts and one entry per article read or rejected.</summary>
public sealed class IngestReport
{
    public List<IngestEntry> Entries { get; } = new();
    public int Read => Entries.Count;
    public int New => Entries.Count(e => e.Outcome == IngestOutcome.New);
    public int Duplicates => Entries.Count(e => e.Outcome == IngestOutcome.Duplicate);
    public int NearDuplicates => Entries.Count(e => e.Outcome == IngestOutcome.NearDuplicate);
    public int Rejected => Entries.Count(e => e.Outcome == IngestOutcome.Rejected);
    public TimeSpan Elapsed { get; set; }
}

/// <summary>Reads inputs, runs the pipeline on each article, skips duplicates, links near duplicates and stores the rest, one transaction per document.</summary>
public sealed class Ingester(Pipeline pipeline, DocumentStore store, SourceReader reader)
{
    // Sentences reach the full-text index in batches of this many inputs; a killed run's rest is indexed on the next open.
    private const int SearchIndexBatch = 500;
    private NearDuplicateIndex? _index;
    private readonly HashSet<string> _seen = new();

    /// <summary>Ingests every input the arguments name; <paramref name="onInput"/> is told as each top-level input finishes.</summary>
    public IngestReport Run(IReadOnlyList<string> arguments, Action<int, int, string>? onInput = null)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var report = new IngestReport();
        var inputs = SourceReader.Expand(arguments).ToList();
        for (int i = 0; i < inputs.Count; i++)
        {
            var (input, problem) = inputs[i];
            if (problem is not null) report.Entries.Add(new IngestEntry(input, IngestOutcome.Rejected, null, problem));
            else foreach (var result in reader.Read(input)) report.Entries.Add(Ingest(result));
            onInput?.Invoke(i + 1, inputs.Count, input);
            if ((i + 1) % SearchIndexBatch == 0) store.SyncSearchIndex();
        }
        store.SyncSearchIndex();
        report.Elapsed = started.Elapsed;
        return report;
    }

    /// <summary>Runs one read result through the pipeline and into the store.</summary>
    public IngestEntry Ingest(ReadResult result)
    {
        if (result.Item is not { } item) return new IngestEntry(result.Source, IngestOutcome.Rejected, null, result.Reason);
        Document document;
        bool duplicate = false;
        try
        {
            document = item.ToDocument();
            // The document's id comes from its clean text: a copy of a stored article is known after cleaning and need not be
            // parsed and coded again (re-ingesting a folder costs little).
            pipeline.Process(document, (stage, d) => stage.Name != "clean" || string.IsNullOrWhiteSpace(d.Text) || !(duplicate = IsStored(Fingerprint.DocumentId(d.Text))));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One article that trips a stage must not abort the batch; the report says which and why.
            return new IngestEntry(item.Source, IngestOutcome.Rejected, null, $"pipeline failed: {e.GetType().Name}: {e.Message}");
        }
        if (string.IsNullOrWhiteSpace(document.Text))
            return new IngestEntry(item.Source, IngestOutcome.Rejected, null, $"no article text left after removing {document.RemovedLines.Count} boilerplate line(s)");
        document.Id = Fingerprint.DocumentId(document.Text);
        if (duplicate || !_seen.Add(document.Id) || store.Contains(document.Id))
            return new IngestEntry(item.Source, IngestOutcome.Duplicate, document.Id, "same text as a stored document");
        var signature = Fingerprint.MinHash(document.Text);
        var index = _index ??= LoadIndex();
        document.NearDuplicateOf = index.Find(signature);
        store.Save(document, signature);
        index.Add(document.Id, signature);
        return document.NearDuplicateOf is { } first
            ? new IngestEntry(item.Source, IngestOutcome.NearDuplicate, document.Id, $"near duplicate of {first}")
            : new IngestEntry(item.Source, IngestOutcome.New, document.Id, item.Note);
    }

    private bool IsStored(string id) => _seen.Contains(id) || store.Contains(id);

    private NearDuplicateIndex LoadIndex()
    {
        var index = new NearDuplicateIndex();
        foreach (var (id, signature) in store.Signatures()) index.Add(id, signature);
        return index;
    }
}
