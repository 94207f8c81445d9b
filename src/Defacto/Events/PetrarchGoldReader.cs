using System.Xml;
using System.Xml.Linq;

namespace Defacto.Events;

/// <summary>Reads PETRARCH validation XML: &lt;Sentence&gt; records with &lt;EventCoding&gt;, &lt;Text&gt;, optional &lt;Parse&gt;, and the &lt;Environment&gt; dictionaries.</summary>
public static class PetrarchGoldReader
{
    private static readonly string[] DictionaryRoles = ["Verbfile", "Actorfile", "Agentfile", "Discardfile"];

    /// <summary>Reads the file; malformed sentences are skipped and listed as issues; unreadable XML throws <see cref="GoldFormatException"/>.</summary>
    public static GoldSet Read(string path, string? dictionariesDir = null)
    {
        XDocument doc;
        try { doc = XDocument.Load(path, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace); }
        catch (XmlException e) { throw new GoldFormatException($"{path}: not well-formed XML: {e.Message}", e); }
        var file = Path.GetFileName(path);
        var issues = new List<LoadIssue>();
        var records = new List<GoldRecord>();
        // A <Config> element changes PETRARCH's options for the records after it, until the next one for the same option.
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in doc.Descendants())
        {
            if (e.Name == "Config" && (string?)e.Attribute("option") is { Length: > 0 } option && (string?)e.Attribute("value") is { } value)
            {
                options[option.Trim()] = value.Trim();
                continue;
            }
            if (e.Name != "Sentence") continue;
            var record = ReadSentence(e, file, issues);
            if (record is not null) records.Add(options.Count == 0 ? record : record with { Options = new Dictionary<string, string>(options, StringComparer.OrdinalIgnoreCase) });
        }
        return new GoldSet(path, EventTypeScheme.Cameo, records, issues) { Dictionaries = ResolveEnvironment(doc, path, dictionariesDir) };
    }

    private static GoldRecord? ReadSentence(XElement s, string file, List<LoadIssue> issues)
    {
        int line = ((IXmlLineInfo)s).LineNumber;
        var id = (string?)s.Attribute("id");
        if (string.IsNullOrWhiteSpace(id)) { issues.Add(new(file, line, "<Sentence> without id")); return null; }
        var text = Normalize(s.Element("Text")?.Value);
        if (text.Length == 0) { issues.Add(new(file, line, $"sentence {id} has no <Text>")); return null; }
        // The Penn-tree file names the category in `category`, the UD file in `source`.
        var category = ((string?)s.Attribute("category") ?? (string?)s.Attribute("source"))?.Trim().ToUpperInvariant();
        if (category == "AGENTS") category = "AGENT";
        var events = new List<GoldEvent>();
        string? expectedError = null;
        foreach (var coding in s.Elements("EventCoding"))
        {
            if ((string?)coding.Attribute("noevents") is { } none && none.Equals("true", StringComparison.OrdinalIgnoreCase)) continue;
            if ((string?)coding.Attribute("error") is { Length: > 0 } error) { expectedError = error; continue; }
            var code = (string?)coding.Attribute("eventcode");
            var src = (string?)coding.Attribute("sourcecode");
            var tgt = (string?)coding.Attribute("targetcode");
            if (string.IsNullOrWhiteSpace(code) || src is null || tgt is null)
            {
                issues.Add(new(file, ((IXmlLineInfo)coding).LineNumber, $"sentence {id}: <EventCoding> needs eventcode, sourcecode and targetcode"));
                continue;
            }
            events.Add(new GoldEvent(code.Trim(), Actors(src), Actors(tgt)));
        }
        return new GoldRecord(id.Trim(), (string?)s.Attribute("date"), category, text, events)
        {
            Parse = ReadParse(s.Element("Parse")),
            ExpectedError = expectedError,
            Origin = $"{file}:{line}",
        };
    }

    private static IReadOnlyList<GoldActor> Actors(string code) =>
        string.IsNullOrWhiteSpace(code) ? [] : [new GoldActor(null, code.Trim())];

    private static GoldParse? ReadParse(XElement? parse)
    {
        if (parse is null) return null;
        var raw = parse.Value.Trim('\r', '\n');
        var lines = raw.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToList();
        // CoNLL-U token lines start with an index and hold ten tab-separated columns.
        var conllu = lines.Where(l => l.Length > 0 && char.IsAsciiDigit(l[0]) && l.Split('\t').Length == 10).ToList();
        bool isConllu = conllu.Count > 0 && conllu.Count == lines.Count(l => !l.StartsWith('#'));
        return new GoldParse(raw, isConllu, isConllu ? conllu : []);
    }

    private static string Normalize(string? text) =>
        text is null ? "" : string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, string?> ResolveEnvironment(XDocument doc, string goldPath, string? dictionariesDir)
    {
        var result = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var env = doc.Root?.Element("Environment");
        if (env is null) return result;
        var goldDir = Path.GetDirectoryName(Path.GetFullPath(goldPath))!;
        var candidates = new List<string> { goldDir, Path.Combine(goldDir, "dictionaries"), Path.Combine(goldDir, "..", "dictionaries") };
        if (dictionariesDir is not null) candidates.Add(dictionariesDir);
        foreach (var role in DictionaryRoles)
        {
            var name = env.Element(role)?.Value.Trim();
            if (string.IsNullOrEmpty(name)) continue;
            result[role] = candidates.Select(d => Path.GetFullPath(Path.Combine(d, name))).FirstOrDefault(File.Exists);
        }
        return result;
    }

    /// <summary>The dictionary file names the Environment asked for but that were found nowhere.</summary>
    public static IEnumerable<string> MissingDictionaries(GoldSet set) =>
        set.Dictionaries.Where(kv => kv.Value is null).Select(kv => kv.Key);
}
