using System.Text.Json;
using Defacto.Model;
using Defacto.Text;

namespace Defacto.Ingest;

/// <summary>Streams a JSON-lines corpus: one record per line with `text` and optional `url`, `title`, `date`, `outlet`; a bad line is rejected alone.</summary>
public static class JsonLinesReader
{
    public static IEnumerable<ReadResult> Read(string source, TextReader reader, long maxLineBytes)
    {
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var lineSource = $"{source}#line={lineNo}";
            if (line.Length > maxLineBytes) { yield return ReadResult.Rejected(lineSource, $"line longer than {maxLineBytes} characters"); continue; }
            yield return ReadLine(lineSource, line);
        }
    }

    private static ReadResult ReadLine(string source, string line)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(line); }
        catch (JsonException e) { return ReadResult.Rejected(source, "not valid JSON: " + e.Message.Split('.')[0]); }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object) return ReadResult.Rejected(source, "not a JSON object");
            string? Field(string name) => json.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var text = Field("text");
            if (string.IsNullOrWhiteSpace(text)) return ReadResult.Rejected(source, "record has no \"text\" string");
            DocumentDate? date = null;
            var dateText = Field("date");
            string? note = null;
            if (dateText is not null)
            {
                if (DateTextParser.TryParse(dateText, DateProvenance.Metadata, out var parsed)) date = parsed;
                else note = $"unreadable date \"{dateText}\" ignored";
            }
            var url = Field("url");
            return ReadResult.Ok(new IngestItem(url ?? source, text)
            {
                Title = Field("title"), Outlet = Field("outlet"), Url = url, Date = date, Note = note,
            });
        }
    }
}
