using System.Globalization;

namespace Defacto.Events;

/// <summary>
/// What PETRARCH's internal coding ontology (PETR.Internal.Coding.Ontology.txt) says about negation: a line such as
/// `110:0x1007f#0xFFFF+0x0080#...` defines 110 as "not 050" (050 is 0x0080), so a negated 050 codes 110 and a negated 110 codes 050.
/// </summary>
public static class CodingOntology
{
    /// <summary>The ontology file PETRARCH keeps beside its dictionaries.</summary>
    public const string FileName = "PETR.Internal.Coding.Ontology.txt";

    private const int NegationMask = 0xFFFF;

    /// <summary>Pairs of codes that are each other's negation, both ways; empty when the file has none.</summary>
    public static Dictionary<string, string> ReadNegations(string path)
    {
        var values = new Dictionary<int, string>();
        var negationOf = new List<(string Code, int Value)>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var code = line[..colon].Trim();
            if (!code.All(char.IsAsciiDigit)) continue;
            var alternatives = line[(colon + 1)..].Split('#');
            if (TryHex(alternatives[0], out int own)) values.TryAdd(own, code);
            foreach (var alt in alternatives)
            {
                // "0xFFFF+H" or "H+0xFFFF": the negation of the code whose value is H. A leading '-' or a third term is something else.
                var terms = alt.Trim().Split('+');
                if (terms.Length != 2 || !TryHex(terms[0], out int a) || !TryHex(terms[1], out int b)) continue;
                if (a == NegationMask && b != NegationMask) negationOf.Add((code, b));
                else if (b == NegationMask && a != NegationMask) negationOf.Add((code, a));
            }
        }
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, value) in negationOf)
        {
            if (!values.TryGetValue(value, out var positive)) continue;
            pairs.TryAdd(positive, code);
            pairs.TryAdd(code, positive);
        }
        return pairs;
    }

    private static bool TryHex(string text, out int value)
    {
        text = text.Trim();
        value = 0;
        return text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out value);
    }
}
