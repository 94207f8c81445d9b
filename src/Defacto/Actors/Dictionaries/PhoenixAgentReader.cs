using System.Text.RegularExpressions;

namespace Defacto.Actors.Dictionaries;

/// <summary>Reads CAMEO agent dictionaries: "TERM {PLURALS} [~CODE]" lines with !SET! = A, B substitution sets.</summary>
public static partial class PhoenixAgentReader
{
    [GeneratedRegex(@"^(?<term>[^\[{]+?)\s*(\{(?<plural>[^}]*)\})?\s*\[(?<code>[^\]]*)\]\s*$")]
    private static partial Regex AgentLine();

    [GeneratedRegex(@"^(?<name>![A-Za-z]+!)\s*=\s*(?<values>.+)$")]
    private static partial Regex SubstitutionLine();

    public static List<ImportedAgent> Read(string path, List<KbIssue> issues)
    {
        var file = Path.GetFileName(path);
        var sets = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        var agents = new List<ImportedAgent>();
        foreach (var (line, text) in DictionaryText.Lines(path))
        {
            var trimmed = text.Trim();
            var sub = SubstitutionLine().Match(trimmed);
            if (sub.Success)
            {
                sets[sub.Groups["name"].Value] = sub.Groups["values"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                continue;
            }
            var m = AgentLine().Match(trimmed);
            if (!m.Success) { issues.Add(new KbIssue(file, line, $"expected 'TERM [~CODE]' but found '{trimmed}'")); continue; }
            var codeText = m.Groups["code"].Value.Replace(" ", "");
            bool prefix = codeText.EndsWith('~');
            var code = codeText.Trim('~');
            if (code.Length < 3 || !code.All(char.IsAsciiLetter) || !codeText.Contains('~'))
            {
                issues.Add(new KbIssue(file, line, $"bad agent code '[{m.Groups["code"].Value}]' (want [~CODE] or [CODE~])"));
                continue;
            }
            var terms = new List<string> { m.Groups["term"].Value };
            if (m.Groups["plural"].Success)
                terms.AddRange(m.Groups["plural"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            foreach (var term in terms)
            foreach (var expanded in Expand(term, sets, file, line, issues))
                agents.Add(new ImportedAgent(DictionaryText.Phrase(expanded), code.ToUpperInvariant(), prefix) { PluralsGiven = m.Groups["plural"].Success });
        }
        return agents;
    }

    private static IEnumerable<string> Expand(string term, Dictionary<string, string[]> sets, string file, int line, List<KbIssue> issues)
    {
        int start = term.IndexOf('!');
        if (start < 0) { yield return term; yield break; }
        int end = term.IndexOf('!', start + 1);
        if (end < 0) { issues.Add(new KbIssue(file, line, $"unclosed substitution marker in '{term}'")); yield break; }
        var name = term[start..(end + 1)];
        if (!sets.TryGetValue(name, out var values)) { issues.Add(new KbIssue(file, line, $"unknown substitution set {name}")); yield break; }
        foreach (var value in values)
        foreach (var rest in Expand(term[..start] + value + term[(end + 1)..], sets, file, line, issues))
            yield return rest;
    }
}
