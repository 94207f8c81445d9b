using System.Text;

namespace Defacto.Syntax;

/// <summary>One syntactic word of a CoNLL-U sentence (an integer-id line).</summary>
public sealed class ConlluWord
{
    public int Id { get; set; }
    public string Form { get; set; } = "_";
    public string Lemma { get; set; } = "_";
    public string Upos { get; set; } = "_";
    public string Xpos { get; set; } = "_";
    public string Feats { get; set; } = "_";

    /// <summary>0 for the root, else the head's id; -1 when the column holds "_".</summary>
    public int Head { get; set; } = -1;

    public string DepRel { get; set; } = "_";
    public string Deps { get; set; } = "_";
    public string Misc { get; set; } = "_";

    /// <summary>True when MISC carries SpaceAfter=No.</summary>
    public bool NoSpaceAfter => HasNoSpaceAfter(Misc);

    internal static bool HasNoSpaceAfter(string misc) => misc != "_" && misc.Split('|').Contains("SpaceAfter=No");
}

/// <summary>A multiword token line ("3-4 don't"): one surface token that spans several syntactic words.</summary>
public sealed class ConlluMultiword
{
    public int First { get; set; }
    public int Last { get; set; }
    public string Form { get; set; } = "_";
    public string Misc { get; set; } = "_";

    public bool NoSpaceAfter => ConlluWord.HasNoSpaceAfter(Misc);
}

/// <summary>A CoNLL-U sentence: comments, words, multiword tokens and (kept verbatim) empty nodes.</summary>
public sealed class ConlluSentence
{
    public List<string> Comments { get; } = new();
    public List<ConlluWord> Words { get; } = new();
    public List<ConlluMultiword> Multiwords { get; } = new();

    /// <summary>Empty-node lines ("8.1 ...") kept verbatim, keyed by the word id they follow.</summary>
    public List<(int AfterId, string Line)> EmptyNodes { get; } = new();

    /// <summary>The "# text = ..." comment's value, or null.</summary>
    public string? Text => Comment("text");

    /// <summary>True when a "# newpar" comment opens this sentence.</summary>
    public bool StartsParagraph => Comments.Any(c => c.StartsWith("# newpar", StringComparison.Ordinal));

    /// <summary>True when a "# newdoc" comment opens this sentence.</summary>
    public bool StartsDocument => Comments.Any(c => c.StartsWith("# newdoc", StringComparison.Ordinal));

    public string? Comment(string key)
    {
        var prefix = "# " + key + " = ";
        foreach (var c in Comments)
            if (c.StartsWith(prefix, StringComparison.Ordinal)) return c[prefix.Length..];
        return null;
    }

    /// <summary>The surface tokens in order: each is either a multiword token or a single word, with its word-id range.</summary>
    public IEnumerable<(string Form, int First, int Last, bool NoSpaceAfter)> SurfaceTokens()
    {
        int mw = 0;
        for (int i = 0; i < Words.Count; i++)
        {
            var w = Words[i];
            if (mw < Multiwords.Count && Multiwords[mw].First == w.Id)
            {
                var m = Multiwords[mw++];
                yield return (m.Form, m.First, m.Last, m.NoSpaceAfter);
                i += m.Last - m.First;
                continue;
            }
            yield return (w.Form, w.Id, w.Id, w.NoSpaceAfter);
        }
    }

    /// <summary>Rebuilds the sentence text from its surface tokens and SpaceAfter marks.</summary>
    public string ReconstructText()
    {
        var sb = new StringBuilder();
        foreach (var (form, _, _, noSpace) in SurfaceTokens())
        {
            sb.Append(form);
            if (!noSpace) sb.Append(' ');
        }
        return sb.ToString().TrimEnd();
    }
}

/// <summary>Malformed CoNLL-U: names the file, the line and the reason.</summary>
public sealed class ConlluFormatException(string file, int line, string reason)
    : Exception($"{file}:{line}: {reason}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}

/// <summary>Reads CoNLL-U sentences, checking ids, column counts and heads.</summary>
public static class ConlluReader
{
    public static List<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, path).ToList();
    }

    public static List<ConlluSentence> ReadString(string text, string name = "<string>") =>
        Read(new StringReader(text), name).ToList();

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name)
    {
        var sentence = new ConlluSentence();
        int lineNo = 0;
        int sentenceLine = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length > 0 && line[^1] == '\r') line = line[..^1];
            if (line.Trim().Length == 0)
            {
                if (sentence.Words.Count > 0 || sentence.Comments.Count > 0)
                {
                    Finish(sentence, name, sentenceLine);
                    yield return sentence;
                }
                sentence = new ConlluSentence();
                sentenceLine = lineNo + 1;
                continue;
            }
            if (sentence.Words.Count == 0 && sentence.Multiwords.Count == 0 && sentence.Comments.Count == 0) sentenceLine = lineNo;
            if (line[0] == '#')
            {
                if (sentence.Words.Count > 0) throw new ConlluFormatException(name, lineNo, "comment line inside a sentence's word lines");
                sentence.Comments.Add(line);
                continue;
            }
            ParseLine(sentence, line, name, lineNo);
        }
        if (sentence.Words.Count > 0 || sentence.Comments.Count > 0)
        {
            Finish(sentence, name, sentenceLine);
            yield return sentence;
        }
    }

    private static void ParseLine(ConlluSentence sentence, string line, string name, int lineNo)
    {
        var cols = line.Split('\t');
        if (cols.Length != 10) throw new ConlluFormatException(name, lineNo, $"expected 10 tab-separated columns, found {cols.Length}");
        var id = cols[0];
        int dash = id.IndexOf('-');
        if (dash > 0)
        {
            if (!int.TryParse(id.AsSpan(0, dash), out int first) || !int.TryParse(id.AsSpan(dash + 1), out int last) || last < first)
                throw new ConlluFormatException(name, lineNo, $"bad multiword token range '{id}'");
            if (first != sentence.Words.Count + 1)
                throw new ConlluFormatException(name, lineNo, $"multiword token '{id}' does not start at the next word id {sentence.Words.Count + 1}");
            sentence.Multiwords.Add(new ConlluMultiword { First = first, Last = last, Form = cols[1], Misc = cols[9] });
            return;
        }
        if (id.Contains('.'))
        {
            if (!decimal.TryParse(id, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out _))
                throw new ConlluFormatException(name, lineNo, $"bad empty node id '{id}'");
            sentence.EmptyNodes.Add((sentence.Words.Count, line));
            return;
        }
        if (!int.TryParse(id, out int wordId)) throw new ConlluFormatException(name, lineNo, $"bad word id '{id}'");
        if (wordId != sentence.Words.Count + 1)
            throw new ConlluFormatException(name, lineNo, $"word id {wordId} out of sequence (expected {sentence.Words.Count + 1})");
        if (cols[1].Length == 0) throw new ConlluFormatException(name, lineNo, "empty FORM column");
        int head = -1;
        if (cols[6] != "_" && (!int.TryParse(cols[6], out head) || head < 0))
            throw new ConlluFormatException(name, lineNo, $"bad HEAD '{cols[6]}'");
        sentence.Words.Add(new ConlluWord
        {
            Id = wordId, Form = cols[1], Lemma = cols[2], Upos = cols[3], Xpos = cols[4], Feats = cols[5],
            Head = head, DepRel = cols[7], Deps = cols[8], Misc = cols[9],
        });
    }

    private static void Finish(ConlluSentence sentence, string name, int lineNo)
    {
        int n = sentence.Words.Count;
        foreach (var w in sentence.Words)
            if (w.Head > n) throw new ConlluFormatException(name, lineNo, $"word {w.Id} has HEAD {w.Head} beyond the sentence's {n} words");
        foreach (var m in sentence.Multiwords)
            if (m.Last > n) throw new ConlluFormatException(name, lineNo, $"multiword token {m.First}-{m.Last} runs past the sentence's {n} words");
    }
}

/// <summary>Writes CoNLL-U sentences.</summary>
public static class ConlluWriter
{
    public static void Write(TextWriter writer, ConlluSentence sentence)
    {
        foreach (var c in sentence.Comments) writer.WriteLine(c);
        int mw = 0, empty = 0;
        while (empty < sentence.EmptyNodes.Count && sentence.EmptyNodes[empty].AfterId == 0) writer.WriteLine(sentence.EmptyNodes[empty++].Line);
        foreach (var w in sentence.Words)
        {
            while (mw < sentence.Multiwords.Count && sentence.Multiwords[mw].First == w.Id)
            {
                var m = sentence.Multiwords[mw++];
                writer.WriteLine($"{m.First}-{m.Last}\t{m.Form}\t_\t_\t_\t_\t_\t_\t_\t{m.Misc}");
            }
            writer.Write(w.Id); writer.Write('\t');
            writer.Write(Clean(w.Form)); writer.Write('\t');
            writer.Write(Clean(w.Lemma)); writer.Write('\t');
            writer.Write(w.Upos); writer.Write('\t');
            writer.Write(w.Xpos); writer.Write('\t');
            writer.Write(w.Feats); writer.Write('\t');
            writer.Write(w.Head < 0 ? "_" : w.Head.ToString(System.Globalization.CultureInfo.InvariantCulture)); writer.Write('\t');
            writer.Write(w.DepRel); writer.Write('\t');
            writer.Write(w.Deps); writer.Write('\t');
            writer.WriteLine(w.Misc);
            while (empty < sentence.EmptyNodes.Count && sentence.EmptyNodes[empty].AfterId == w.Id) writer.WriteLine(sentence.EmptyNodes[empty++].Line);
        }
        writer.WriteLine();
    }

    public static string ToString(IEnumerable<ConlluSentence> sentences)
    {
        var sw = new StringWriter();
        foreach (var s in sentences) Write(sw, s);
        return sw.ToString();
    }

    // Tabs and newlines would break the format; forms from raw text may contain odd whitespace.
    private static string Clean(string s) => s.Length == 0 ? "_" : s.IndexOfAny(['\t', '\n', '\r']) < 0 ? s : s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
