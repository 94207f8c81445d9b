namespace Defacto.Actors.Dictionaries;

/// <summary>Line reading shared by the CAMEO/PETRARCH dictionary formats: strips '#' comments and &lt;!-- --&gt; blocks, keeps line numbers.</summary>
internal static class DictionaryText
{
    /// <summary>Yields (line number, content without comments) for non-blank lines; content keeps leading whitespace.</summary>
    public static IEnumerable<(int Line, string Text)> Lines(string path)
    {
        bool inXmlComment = false;
        int lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (inXmlComment)
            {
                int close = line.IndexOf("-->", StringComparison.Ordinal);
                if (close < 0) continue;
                line = line[(close + 3)..];
                inXmlComment = false;
            }
            int open;
            while ((open = line.IndexOf("<!--", StringComparison.Ordinal)) >= 0)
            {
                int close = line.IndexOf("-->", open + 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    line = line[..open];
                    inXmlComment = true;
                    break;
                }
                line = line[..open] + line[(close + 3)..];
            }
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            if (line.Trim().Length == 0) continue;
            yield return (lineNo, line.TrimEnd());
        }
    }

    /// <summary>Turns a dictionary phrase (UPPER_CASE_WITH_UNDERSCORES_) into words.</summary>
    public static string Phrase(string text) => text.Replace('_', ' ').Trim();
}
