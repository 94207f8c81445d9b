using System.Text.Json;

namespace Defacto.Events;

/// <summary>Reads PLOVER gold-standard JSON: an array of records with text, event type and source/target actor lists.</summary>
public static class PloverGoldReader
{
    /// <summary>Reads the file; records that are documentation (event DOCUMENT, or no text) are skipped, malformed ones listed as issues.</summary>
    public static GoldSet Read(string path)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }); }
        catch (JsonException e) { throw new GoldFormatException($"{path}: not valid JSON: {e.Message}", e); }
        using (doc) return Read(doc.RootElement, path);
    }

    /// <summary>Reads records from a parsed JSON array.</summary>
    public static GoldSet Read(JsonElement root, string path)
    {
        if (root.ValueKind != JsonValueKind.Array) throw new GoldFormatException($"{path}: PLOVER gold must be a JSON array of records");
        var file = Path.GetFileName(path);
        var issues = new List<LoadIssue>();
        var records = new List<GoldRecord>();
        int index = -1;
        foreach (var r in root.EnumerateArray())
        {
            index++;
            // The line field of LoadIssue holds the 1-based record number for JSON input.
            int number = index + 1;
            if (r.ValueKind != JsonValueKind.Object) { issues.Add(new(file, number, "record is not a JSON object")); continue; }
            var type = Str(r, "event")?.Trim().ToUpperInvariant() ?? "";
            var text = Str(r, "text");
            if (type == "DOCUMENT" || string.IsNullOrWhiteSpace(text)) continue;
            var id = Str(r, "id") ?? $"record-{number}";
            try
            {
                var events = new List<GoldEvent>();
                if (type.Length > 0)
                {
                    events.Add(new GoldEvent(type, Actors(r, "source"), Actors(r, "target"))
                    {
                        Mode = Str(r, "mode"), Context = Str(r, "context"), Location = Str(r, "eventLoc"),
                        Dead = Int(r, "dead"), Injured = Int(r, "injured"), Size = Str(r, "size"),
                    });
                }
                records.Add(new GoldRecord(id, Str(r, "date"), Str(r, "category"), text.Trim(), events) { Origin = $"{file}#{number}" });
            }
            catch (FormatException e) { issues.Add(new(file, number, $"record {id}: {e.Message}")); }
        }
        return new GoldSet(path, EventTypeScheme.Plover, records, issues);
    }

    private static IReadOnlyList<GoldActor> Actors(JsonElement r, string name)
    {
        if (!r.TryGetProperty(name, out var v)) return [];
        switch (v.ValueKind)
        {
            case JsonValueKind.Null: return [];
            case JsonValueKind.String: return v.GetString() is { Length: > 0 } s ? [new GoldActor(null, s.Trim())] : [];
            case JsonValueKind.Object: return [Actor(v, name)];
            case JsonValueKind.Array: return v.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? new GoldActor(null, a.GetString()!.Trim()) : Actor(a, name)).Where(a => a.Code.Length > 0).ToList();
            default: throw new FormatException($"'{name}' must be a list of actors, an actor, or \"\"");
        }
    }

    private static GoldActor Actor(JsonElement a, string name)
    {
        if (a.ValueKind != JsonValueKind.Object) throw new FormatException($"'{name}' holds something that is not an actor object");
        var code = Str(a, "code") ?? throw new FormatException($"an actor in '{name}' has no code");
        return new GoldActor(Str(a, "actorText"), code.Trim().ToUpperInvariant(), Str(a, "sector")?.Trim().ToUpperInvariant() is { Length: > 0 } s ? s : null);
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;

    private static int? Int(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.Number when v.TryGetInt32(out var i) => i,
            JsonValueKind.String when int.TryParse(v.GetString(), out var i) => i,
            _ => null,
        } : null;
}
