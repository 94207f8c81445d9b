namespace Defacto.Events;

/// <summary>Which code an evaluation compares as the event type: the CAMEO code (PETRARCH gold) or the PLOVER type (PLOVER gold).</summary>
public enum EventTypeScheme
{
    /// <summary>CAMEO event codes such as "050".</summary>
    Cameo,
    /// <summary>PLOVER event types such as "ASSAULT".</summary>
    Plover,
}

/// <summary>An actor in a gold event: its text (when given), CAMEO-style code and optional separate sector.</summary>
public sealed record GoldActor(string? Text, string Code, string? Sector = null)
{
    /// <summary>The code with the sector appended when the sector is given separately ("HUN" + "GOV" → "HUNGOV").</summary>
    public string FullCode => Sector is { Length: > 0 } s && !Code.EndsWith(s, StringComparison.Ordinal) ? Code + s : Code;

    /// <summary>The polity: the first three letters of the code.</summary>
    public string Polity => Code.Length <= 3 ? Code : Code[..3];

    /// <summary>Everything after the polity in <see cref="FullCode"/> (e.g. "GOV"), empty when none.</summary>
    public string SectorPart => FullCode.Length <= 3 ? "" : FullCode[3..];
}

/// <summary>One expected event of a gold record.</summary>
public sealed record GoldEvent(string Type, IReadOnlyList<GoldActor> Source, IReadOnlyList<GoldActor> Target)
{
    /// <summary>PLOVER mode, when given.</summary>
    public string? Mode { get; init; }
    /// <summary>PLOVER context, when given.</summary>
    public string? Context { get; init; }
    /// <summary>Where the event happened, when given.</summary>
    public string? Location { get; init; }
    /// <summary>Number killed, when given.</summary>
    public int? Dead { get; init; }
    /// <summary>Number injured, when given.</summary>
    public int? Injured { get; init; }
    /// <summary>Crowd or force size, when given.</summary>
    public string? Size { get; init; }
}

/// <summary>The parse stored with a PETRARCH record: raw text, and for CoNLL-U its token lines.</summary>
public sealed record GoldParse(string Raw, bool IsConllu, IReadOnlyList<string> ConlluLines);

/// <summary>One gold-standard sentence: its text, date, category and the events a coder should find (none when empty).</summary>
public sealed record GoldRecord(string Id, string? Date, string? Category, string Text, IReadOnlyList<GoldEvent> Events)
{
    /// <summary>The parse given with the record, when any.</summary>
    public GoldParse? Parse { get; init; }
    /// <summary>PETRARCH records that expect the coder to reject the input name the reason here (e.g. "dateline").</summary>
    public string? ExpectedError { get; init; }
    /// <summary>File and line (or array index) the record came from.</summary>
    public string? Origin { get; init; }
    /// <summary>PETRARCH options (`&lt;Config option= value=&gt;`) in force for the record, by option name.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>();

    /// <summary>The record's option read as a boolean (PETRARCH writes true/false in any case); <paramref name="otherwise"/> when unset or unreadable.</summary>
    public bool Option(string name, bool otherwise) =>
        Options.TryGetValue(name, out var v) && bool.TryParse(v, out var b) ? b : otherwise;
}

/// <summary>A gold file read into records, with the type scheme it uses, the dictionaries it names and any problems met.</summary>
public sealed record GoldSet(string File, EventTypeScheme Scheme, IReadOnlyList<GoldRecord> Records, IReadOnlyList<LoadIssue> Issues)
{
    /// <summary>Dictionary files named by a PETRARCH &lt;Environment&gt; (role such as "Verbfile" → resolved path, null when not found).</summary>
    public IReadOnlyDictionary<string, string?> Dictionaries { get; init; } = new Dictionary<string, string?>();
}

/// <summary>Reads a gold file of either supported format, choosing by its first non-blank character ('&lt;' XML, '[' JSON).</summary>
public static class GoldReader
{
    /// <summary>Reads PETRARCH validation XML or PLOVER JSON; throws <see cref="GoldFormatException"/> naming the file and reason.</summary>
    public static GoldSet Read(string path, string? dictionariesDir = null)
    {
        if (!File.Exists(path)) throw new GoldFormatException($"{path}: gold file not found");
        using var reader = new StreamReader(path);
        int c;
        while ((c = reader.Peek()) >= 0 && (char.IsWhiteSpace((char)c) || c == 0xFEFF)) reader.Read();
        return c switch
        {
            '<' => PetrarchGoldReader.Read(path, dictionariesDir),
            '[' => PloverGoldReader.Read(path),
            _ => throw new GoldFormatException($"{path}: not a gold file (expected PETRARCH XML starting with '<' or a PLOVER JSON array)"),
        };
    }
}

/// <summary>A gold file that cannot be read at all; the message names the file and the reason.</summary>
public sealed class GoldFormatException(string message, Exception? inner = null) : Exception(message, inner);
