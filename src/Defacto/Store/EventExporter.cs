using System.Text;
using System.Text.Json;
using Defacto.Model;
using Parquet.Serialization;

namespace Defacto.Store;

/// <summary>Formats `export events` writes.</summary>
public enum EventExportFormat
{
    Jsonl,
    Csv,
    Parquet,
}

/// <summary>Writes deduplicated events as JSON lines (DESIGN.md fields plus mentions), GDELT-like CSV (RFC 4180) or typed Parquet.</summary>
public static class EventExporter
{
    /// <summary>Parses a format name (jsonl, csv, parquet; any case); FormatException naming the choices otherwise.</summary>
    public static EventExportFormat ParseFormat(string name) => name.Trim().ToLowerInvariant() switch
    {
        "jsonl" or "json" => EventExportFormat.Jsonl,
        "csv" => EventExportFormat.Csv,
        "parquet" => EventExportFormat.Parquet,
        _ => throw new FormatException($"unknown export format '{name}': use jsonl, csv or parquet"),
    };

    /// <summary>Writes the events to a stream in the given format.</summary>
    public static void Write(Stream stream, IReadOnlyList<StoredEvent> events, EventExportFormat format)
    {
        switch (format)
        {
            case EventExportFormat.Jsonl:
                WriteJsonLines(stream, events);
                break;
            case EventExportFormat.Csv:
                WriteCsv(stream, events);
                break;
            case EventExportFormat.Parquet:
                // The serializer names columns by the rows' [JsonPropertyName] attributes and makes nullable properties optional columns.
                ParquetSerializer.SerializeAsync(events.Select(EventRow.From), stream).GetAwaiter().GetResult();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    /// <summary>Writes the events to a file, through a temporary file beside it so a failed export leaves no half-written file.</summary>
    public static void WriteFile(string path, IReadOnlyList<StoredEvent> events, EventExportFormat format)
    {
        var partial = path + ".partial";
        try
        {
            using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                Write(stream, events, format);
            File.Move(partial, path, overwrite: true);
        }
        catch
        {
            if (File.Exists(partial)) File.Delete(partial);
            throw;
        }
    }

    /// <summary>One JSON line: the seed mention's event in its DESIGN.md form, then "mentions" with each mention's evidence.</summary>
    public static string ToJsonLine(StoredEvent stored)
    {
        var line = EventJson.ToJsonLine(stored.Event);
        var mentions = JsonSerializer.Serialize(stored.Mentions.Select(m => new { id = m.EventId, docId = m.DocId, sentence = m.Sentence, start = m.Start, end = m.End }));
        // The event serializes as one JSON object, so its closing brace can take one more member.
        return string.Concat(line.AsSpan(0, line.Length - 1), ",\"mentions\":", mentions, "}");
    }

    private static void WriteJsonLines(Stream stream, IReadOnlyList<StoredEvent> events)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        foreach (var e in events) writer.WriteLine(ToJsonLine(e));
    }

    private static void WriteCsv(Stream stream, IReadOnlyList<StoredEvent> events)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        WriteCsvRecord(writer, EventRow.Columns);
        foreach (var e in events) WriteCsvRecord(writer, EventRow.From(e).Values());
    }

    // RFC 4180: CRLF line ends; a field with a comma, quote or line break is quoted and its quotes doubled; null is an empty field.
    private static void WriteCsvRecord(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            var field = fields[i];
            if (field is null) continue;
            if (field.AsSpan().IndexOfAny(",\"\r\n") < 0) writer.Write(field);
            else
            {
                writer.Write('"');
                writer.Write(field.Replace("\"", "\"\""));
                writer.Write('"');
            }
        }
        writer.Write("\r\n");
    }
}
