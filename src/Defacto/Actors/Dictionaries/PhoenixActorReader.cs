using System.Globalization;
using System.Text.RegularExpressions;

namespace Defacto.Actors.Dictionaries;

/// <summary>Reads CAMEO/Phoenix actor dictionaries: NAME lines, +ALIAS lines and [CODE date-restriction] blocks.</summary>
public static partial class PhoenixActorReader
{
    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex CodeBlock();

    public static List<ImportedActor> Read(string path, List<KbIssue> issues)
    {
        var file = Path.GetFileName(path);
        var actors = new List<ImportedActor>();
        ImportedActor? current = null;
        foreach (var (line, text) in DictionaryText.Lines(path))
        {
            var trimmed = text.Trim();
            if (trimmed.StartsWith('+'))
            {
                var alias = DictionaryText.Phrase(trimmed[1..]);
                if (current is null) issues.Add(new KbIssue(file, line, "alias line before any actor name"));
                else if (alias.Length == 0) issues.Add(new KbIssue(file, line, "empty alias"));
                else current.Names.Add(alias);
                continue;
            }
            bool startsNew = !char.IsWhiteSpace(text[0]) && !trimmed.StartsWith('[');
            string codesPart = trimmed;
            if (startsNew)
            {
                int bracket = trimmed.IndexOf('[');
                var name = DictionaryText.Phrase(bracket < 0 ? trimmed : trimmed[..bracket]);
                if (name.Length == 0) { issues.Add(new KbIssue(file, line, "actor line without a name")); current = null; continue; }
                current = new ImportedActor(name, file, line);
                current.Names.Add(name);
                actors.Add(current);
                codesPart = bracket < 0 ? "" : trimmed[bracket..];
            }
            else if (current is null)
            {
                issues.Add(new KbIssue(file, line, "code block before any actor name"));
                continue;
            }
            if (codesPart.Length == 0) continue;
            var blocks = CodeBlock().Matches(codesPart);
            if (blocks.Count == 0) { issues.Add(new KbIssue(file, line, $"expected [CODE] but found '{codesPart}'")); continue; }
            foreach (Match block in blocks)
            {
                if (TryParseCode(block.Groups[1].Value, out var code, out var validity, out var reason))
                {
                    if (code is not null) current.Codes.Add((code, validity));
                }
                else issues.Add(new KbIssue(file, line, reason));
            }
        }
        return actors;
    }

    /// <summary>Parses "GEOGOV 031123-040125", "USRGEO &lt;910409", "GEO &gt;911221", "GEO"; "---" means no code.</summary>
    internal static bool TryParseCode(string block, out string? code, out Validity validity, out string reason)
    {
        code = null;
        validity = default;
        reason = "";
        var text = block.Trim();
        if (text.Length == 0) { reason = "empty code block []"; return false; }
        int space = text.IndexOfAny([' ', '\t']);
        var head = space < 0 ? text : text[..space];
        var rest = space < 0 ? "" : text[space..].Trim();
        if (head is "---" or "+++") return true;
        // '/' joins alternative codes of a group actor ("FRO/BIL/SAM"); they are kept as one code.
        if (!head.All(c => char.IsAsciiLetter(c) || c == '~' || c == '/') || head.Length < 3)
        {
            reason = $"bad code '{head}' in [{text}]";
            return false;
        }
        code = head.ToUpperInvariant();
        if (rest.Length == 0) return true;
        rest = rest.Replace(" ", "");
        if (rest.StartsWith('<'))
        {
            if (!TryDate(rest[1..], out var until)) { reason = $"bad date in [{text}]"; code = null; return false; }
            validity = new Validity(null, until);
            return true;
        }
        if (rest.StartsWith('>'))
        {
            if (!TryDate(rest[1..], out var from)) { reason = $"bad date in [{text}]"; code = null; return false; }
            validity = new Validity(from, null);
            return true;
        }
        var parts = rest.Split('-');
        if (parts.Length == 2 && TryDate(parts[0], out var a) && TryDate(parts[1], out var b) && b.Start >= a.Start)
        {
            validity = new Validity(a, new PartialDate(b.Start.AddDays(1), PartialDatePrecision.Day));
            return true;
        }
        reason = $"bad date restriction '{rest}' in [{text}]";
        code = null;
        return false;
    }

    /// <summary>yymmdd (years below 30 are 20xx) or yyyymmdd.</summary>
    private static bool TryDate(string text, out PartialDate date)
    {
        date = default;
        if (text.Length == 6 && int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int yy))
            text = (yy < 30 ? "20" : "19") + text;
        if (text.Length != 8) return false;
        if (!DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return false;
        date = new PartialDate(day, PartialDatePrecision.Day);
        return true;
    }
}
