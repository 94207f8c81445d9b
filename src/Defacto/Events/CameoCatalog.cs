using System.Globalization;

namespace Defacto.Events;

/// <summary>One CAMEO event code with its name, Goldstein score, quad class and PLOVER crosswalk.</summary>
public sealed record CameoCode(string Code, string Name, double Goldstein, int QuadClass, string? Plover, string? Mode, string? Context, string? Note)
{
    /// <summary>The two-digit root of the code ("19" for "193").</summary>
    public string Root => Code[..2];
}

/// <summary>The CAMEO code table (knowledge/cameo/cameo-codes.tsv): lookups by code, falling back to the parent code.</summary>
public sealed class CameoCatalog
{
    /// <summary>The default table's path relative to knowledge/.</summary>
    public const string DefaultRelativePath = "cameo/cameo-codes.tsv";

    private readonly Dictionary<string, CameoCode> _codes;

    private CameoCatalog(Dictionary<string, CameoCode> codes, IReadOnlyList<LoadIssue> issues)
    {
        _codes = codes;
        Issues = issues;
    }

    /// <summary>Lines that could not be read, each with file, line and reason.</summary>
    public IReadOnlyList<LoadIssue> Issues { get; }

    /// <summary>Every code in the table.</summary>
    public IReadOnlyCollection<CameoCode> Codes => _codes.Values;

    /// <summary>Loads the project's own table from knowledge/; throws <see cref="FileNotFoundException"/> when knowledge/ is missing.</summary>
    public static CameoCatalog LoadDefault()
    {
        var path = KnowledgeFiles.Find(DefaultRelativePath)
            ?? throw new FileNotFoundException("CAMEO code table not found: knowledge/" + DefaultRelativePath);
        return Load(path);
    }

    /// <summary>Loads a table file; bad lines are skipped and listed in <see cref="Issues"/>.</summary>
    public static CameoCatalog Load(string path) => Parse(File.ReadLines(path), path);

    /// <summary>Parses table lines (tab-separated, '#' comments, a header row starting with "code").</summary>
    public static CameoCatalog Parse(IEnumerable<string> lines, string fileName)
    {
        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        var issues = new List<LoadIssue>();
        int n = 0;
        foreach (var raw in lines)
        {
            n++;
            if (raw.Length == 0 || raw[0] == '#' || raw.StartsWith("code\t", StringComparison.Ordinal)) continue;
            var f = raw.Split('\t');
            if (f.Length < 4) { issues.Add(new(fileName, n, $"expected at least 4 tab-separated columns, found {f.Length}")); continue; }
            var code = f[0].Trim();
            if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit)) { issues.Add(new(fileName, n, $"'{code}' is not a 2-4 digit CAMEO code")); continue; }
            if (!double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein) || goldstein is < -10 or > 10)
            { issues.Add(new(fileName, n, $"Goldstein score '{f[2]}' is not a number in [-10, 10]")); continue; }
            if (!int.TryParse(f[3], out var quad) || quad is < 1 or > 4) { issues.Add(new(fileName, n, $"quad class '{f[3]}' is not 1-4")); continue; }
            if (codes.ContainsKey(code)) { issues.Add(new(fileName, n, $"code {code} appears twice; the first is kept")); continue; }
            codes[code] = new CameoCode(code, f[1].Trim(), goldstein, quad, Cell(f, 4), Cell(f, 5), Cell(f, 6), Cell(f, 7));
        }
        return new CameoCatalog(codes, issues);
    }

    private static string? Cell(string[] f, int i) => i < f.Length && f[i].Trim().Length > 0 ? f[i].Trim() : null;

    /// <summary>The event with Goldstein score, quad class and PLOVER type/mode/context taken from its CAMEO code (the nearest listed parent when the code itself is not listed); fields the coder already set are kept.</summary>
    public Model.Event Apply(Model.Event e)
    {
        var code = FindOrParent(e.Cameo);
        if (code is null) return e;
        return e with
        {
            Goldstein = e.Goldstein ?? code.Goldstein,
            QuadClass = e.QuadClass ?? code.QuadClass,
            Plover = e.Plover ?? code.Plover,
            Mode = e.Mode ?? code.Mode,
            Context = e.Context ?? code.Context,
        };
    }

    /// <summary>The exact code, or null.</summary>
    public CameoCode? Find(string code) => _codes.GetValueOrDefault(code);

    /// <summary>The code, else its nearest listed parent (4 → 3 digits → root); null when even the root is unknown.</summary>
    public CameoCode? FindOrParent(string code)
    {
        for (var c = code; c.Length >= 2; c = c[..^1])
            if (_codes.TryGetValue(c, out var hit)) return hit;
        return null;
    }
}
