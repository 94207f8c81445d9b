namespace Defacto.Actors;

/// <summary>Reads a tab-separated knowledge table: '#' comments, a header row, then rows addressed by column name.</summary>
public sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string path, Dictionary<string, int> columns, List<TsvRow> rows)
    {
        Path = path;
        _columns = columns;
        Rows = rows;
    }

    public string Path { get; }

    public IReadOnlyList<TsvRow> Rows { get; }

    /// <summary>Reads the file; a missing file, missing header or a missing required column is reported and gives null.</summary>
    public static TsvTable? Read(string path, IReadOnlyList<string> required, List<KbIssue> issues)
    {
        string name = System.IO.Path.GetFileName(path);
        if (!File.Exists(path))
        {
            issues.Add(new KbIssue(name, 0, "file not found"));
            return null;
        }
        Dictionary<string, int>? columns = null;
        var rows = new List<TsvRow>();
        int lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                for (int i = 0; i < cells.Length; i++) columns[cells[i].Trim()] = i;
                var missing = required.Where(r => !columns.ContainsKey(r)).ToList();
                if (missing.Count > 0)
                {
                    issues.Add(new KbIssue(name, lineNo, "header lacks column(s): " + string.Join(", ", missing)));
                    return null;
                }
                continue;
            }
            if (cells.Length > columns.Count)
            {
                issues.Add(new KbIssue(name, lineNo, $"{cells.Length} cells but the header has {columns.Count} columns"));
                continue;
            }
            rows.Add(new TsvRow(name, lineNo, cells, columns));
        }
        if (columns is null) issues.Add(new KbIssue(name, 0, "no header row"));
        return columns is null ? null : new TsvTable(path, columns, rows);
    }
}

/// <summary>One data row of a <see cref="TsvTable"/> with its file name and line number for error reports.</summary>
public sealed class TsvRow(string file, int line, string[] cells, IReadOnlyDictionary<string, int> columns)
{
    public string File { get; } = file;
    public int Line { get; } = line;

    /// <summary>The trimmed cell, or "" when the row is shorter than the header.</summary>
    public string this[string column] =>
        columns.TryGetValue(column, out int i) && i < cells.Length ? cells[i].Trim() : "";

    /// <summary>The cell split on '|', trimmed, empty parts dropped.</summary>
    public string[] List(string column) =>
        this[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public KbIssue Issue(string reason) => new(File, Line, reason);
}
