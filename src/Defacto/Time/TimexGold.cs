using System.Globalization;
using System.Text.Json;
using Defacto.Model;

namespace Defacto.Time;

/// <summary>One gold temporal expression: its text (located left to right in the sentence), TIMEX3 type and value.</summary>
public sealed record GoldTimex(string Text, string Type, string? Value);

/// <summary>One gold record: a news-style sentence, its DCT, and the temporal expressions it holds.</summary>
public sealed record GoldSentence(string Id, string? Dct, string Text, IReadOnlyList<GoldTimex> Timex);

/// <summary>Reads timex gold files: JSON lines of {id, dct, text, timex: [{text, type, value}]}.</summary>
public static class TimexGold
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static List<GoldSentence> Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"gold file not found: {path}", path);
        var result = new List<GoldSentence>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            GoldSentence? record;
            try { record = JsonSerializer.Deserialize<GoldSentence>(line, Json); }
            catch (JsonException e) { throw new InvalidDataException($"{path}:{lineNo}: not a gold record ({e.Message})", e); }
            if (record is null || record.Text is null) throw new InvalidDataException($"{path}:{lineNo}: record has no text");
            _ = ParseDct(record.Dct, $"{path}:{lineNo}");
            result.Add(record with { Id = record.Id ?? $"line{lineNo}", Timex = record.Timex ?? [] });
        }
        return result;
    }

    /// <summary>Reads a DCT written as yyyy-MM-dd or yyyy-MM-ddTHH:mm; null or empty means unknown.</summary>
    public static DocumentDate ParseDct(string? dct, string where = "dct")
    {
        if (string.IsNullOrWhiteSpace(dct) || dct == "-") return DocumentDate.Unknown;
        var c = CultureInfo.InvariantCulture;
        if (DateTime.TryParseExact(dct, "yyyy-MM-dd'T'HH:mm", c, DateTimeStyles.None, out var minute))
            return DocumentDate.Exact(minute, DatePrecision.Minute, DateProvenance.Metadata, dct);
        if (DateTime.TryParseExact(dct, "yyyy-MM-dd", c, DateTimeStyles.None, out var day))
            return DocumentDate.Exact(day, DatePrecision.Day, DateProvenance.Metadata, dct);
        throw new FormatException($"{where}: bad date '{dct}' (expected yyyy-MM-dd or yyyy-MM-ddTHH:mm)");
    }
}
