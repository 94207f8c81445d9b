namespace Defacto.Events;

/// <summary>Line reader for the CAMEO/PETRARCH verb dictionary format; a bad line becomes a <see cref="LoadIssue"/> and reading goes on.</summary>
internal static class VerbDictionaryReader
{
    private enum State { None, Synset, Verbs }

    public static void Read(IEnumerable<string> lines, string file, VerbDictionary into)
    {
        var state = State.None;
        List<string>? synset = null;
        VerbBlock? block = null;
        int n = 0;
        bool nouns = false;
        foreach (var raw in lines)
        {
            n++;
            var text = raw.TrimEnd('\r');
            // A section heading ("####### EVENT NOUNS #######") tells verb blocks from noun blocks.
            if (text.StartsWith("#######", StringComparison.Ordinal)) nouns = text.Contains("EVENT NOUNS", StringComparison.Ordinal);
            var line = StripComment(text, out var comment).Trim();
            if (line.Length == 0)
            {
                // Only a truly blank line ends a synset; a comment line inside one does not.
                if (state == State.Synset && text.Trim().Length == 0) state = State.None;
                continue;
            }
            if (line.StartsWith("<!--", StringComparison.Ordinal)) continue;
            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                block = ReadHeader(line, file, n, into);
                if (block is not null) block.OfNouns = nouns;
                state = block is null ? State.None : State.Verbs;
                continue;
            }
            if (line[0] == '~')
            {
                int eq = line.IndexOf('=');
                if (eq < 0) into.Issues.Add(new(file, n, "transformation needs 'pattern = result'"));
                else into.Transformations.Add(new VerbTransformation(line[1..eq].Trim(), line[(eq + 1)..].Trim(), file, n));
                state = State.None;
                continue;
            }
            if (line[0] == '&')
            {
                var name = line[1..].Trim();
                if (name.Length == 0 || name.Any(char.IsWhiteSpace)) { into.Issues.Add(new(file, n, $"bad synset name '{line}'")); state = State.None; continue; }
                // A repeated synset name adds to the first list rather than replacing it.
                if (!into.Synsets.TryGetValue(name, out synset)) into.Synsets[name] = synset = [];
                state = State.Synset;
                continue;
            }
            if (state == State.Synset)
            {
                if (line[0] != '+' || line.Length == 1) { into.Issues.Add(new(file, n, $"synset member must start with '+': '{line}'")); continue; }
                // A member of several words may be written with spaces ("+AUSTRIAN GOLD FLORIN") as well as with '_'.
                synset!.Add(string.Join('_', line[1..].Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant());
                continue;
            }
            // PETRARCH also reads a line opening with the verb marker as a pattern whose dash was left out ("* (TO QUESTION) [110]").
            if (line[0] == '-' || (line[0] == '*' && state == State.Verbs))
            {
                if (block is null) { into.Issues.Add(new(file, n, "pattern outside a verb block")); continue; }
                var pattern = ReadPattern(line[0] == '-' ? line[1..] : line, comment, file, n, into);
                if (pattern is not null) block.Patterns.Add(pattern);
                continue;
            }
            if (state == State.Verbs && block is not null)
            {
                ReadForm(line, file, n, block, into);
                continue;
            }
            into.Issues.Add(new(file, n, $"line outside any synset or verb block: '{Shorten(line)}'"));
        }
    }

    private static string StripComment(string line, out string? comment)
    {
        int hash = line.IndexOf('#');
        // '#' inside a [code] (e.g. [###]) is a code, not a comment.
        while (hash >= 0 && IsInsideBrackets(line, hash)) hash = line.IndexOf('#', hash + 1);
        if (hash < 0) { comment = null; return line; }
        comment = line[(hash + 1)..].Trim();
        return line[..hash];
    }

    private static bool IsInsideBrackets(string line, int index)
    {
        int open = line.LastIndexOf('[', index);
        return open >= 0 && line.IndexOf(']', open) > index;
    }

    private static VerbBlock? ReadHeader(string line, string file, int n, VerbDictionary into)
    {
        var body = line.Trim('-').Trim();
        int open = body.IndexOf('['), close = body.IndexOf(']');
        if (open <= 0 || close < open) { into.Issues.Add(new(file, n, $"verb block header needs 'WORD [code]': '{line}'")); return null; }
        var word = JoinWords(body[..open]);
        if (word is null) { into.Issues.Add(new(file, n, $"bad verb in block header: '{line}'")); return null; }
        var code = NormalizeCode(body[(open + 1)..close]);
        var block = new VerbBlock(word.ToUpperInvariant(), code.Code, file, n) { PairedCode = code.Paired };
        into.Blocks.Add(block);
        into.Index(block.Headword, block);
        return block;
    }

    private static void ReadForm(string line, string file, int n, VerbBlock block, VerbDictionary into)
    {
        string? code = null;
        int open = line.IndexOf('[');
        if (open >= 0)
        {
            int close = line.IndexOf(']', open);
            if (close < 0) { into.Issues.Add(new(file, n, "unclosed '[' in verb form line")); return; }
            code = NormalizeCode(line[(open + 1)..close]).Code;
            line = line[..open].Trim();
        }
        var irregular = new List<string>();
        int brace = line.IndexOf('{');
        if (brace >= 0)
        {
            int end = line.IndexOf('}', brace);
            if (end < 0) { into.Issues.Add(new(file, n, "unclosed '{' in irregular forms")); return; }
            irregular.AddRange(line[(brace + 1)..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => f.ToUpperInvariant()));
            line = line[..brace].Trim();
        }
        var joined = JoinWords(line);
        if (joined is null) { into.Issues.Add(new(file, n, $"verb form must be words (letters, '_', '+', '-', apostrophe): '{Shorten(line)}'")); return; }
        var form = new VerbForm(joined.ToUpperInvariant(), irregular, code);
        block.Forms.Add(form);
        into.Index(IndexKey(form.Text), block);
        foreach (var f in irregular) into.Index(IndexKey(f), block);
    }

    // Older files write phrasal verbs with spaces ("LASH OUT"); they are joined with '_' like the newer ones.
    private static string? JoinWords(string text)
    {
        var words = text.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        foreach (var w in words)
            if (!w.All(c => char.IsLetterOrDigit(c) || c is '_' or '+' or '-' or '\'' or '.')) return null;
        return string.Join('_', words);
    }

    // "+BREAK_DOWN" and "KLM_NOP_+RST" are indexed without the verb marker.
    private static string IndexKey(string form) => form.Replace("+", "");

    private static VerbPattern? ReadPattern(string body, string? comment, string file, int n, VerbDictionary into)
    {
        int open = body.LastIndexOf('[');
        int close = open < 0 ? -1 : body.IndexOf(']', open);
        if (open < 0 || close < 0) { into.Issues.Add(new(file, n, "pattern has no [code]")); return null; }
        var codeText = body[(open + 1)..close].Trim();
        if (codeText.Length == 0) { into.Issues.Add(new(file, n, "pattern code is empty")); return null; }
        // [---] is a real code: the pattern matches and blocks coding.
        var (code, paired) = NormalizeCode(codeText);
        var parser = new PatternParser(body[..open]);
        var elements = parser.ParseSequence(endChar: null);
        if (parser.Error is not null) { into.Issues.Add(new(file, n, parser.Error)); return null; }
        if (!ContainsVerb(elements)) { into.Issues.Add(new(file, n, "pattern has no '*' for the verb")); return null; }
        return new VerbPattern(elements, code, paired, comment, file, n);
    }

    private static bool ContainsVerb(IEnumerable<PatternElement> elements) =>
        elements.Any(e => e.Kind == PatternElementKind.Verb || (e.Children is not null && ContainsVerb(e.Children)));

    private static (string? Code, string? Paired) NormalizeCode(string text)
    {
        var parts = text.Split(':', 2);
        static string? Clean(string s) { s = s.Trim(); return s.Length == 0 || s == "---" ? null : s; }
        return (Clean(parts[0]), parts.Length > 1 ? Clean(parts[1]) : null);
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";

    /// <summary>Recursive-descent reader of a pattern's element list; sets <see cref="Error"/> instead of throwing.</summary>
    private sealed class PatternParser(string text)
    {
        private int _pos;
        public string? Error { get; private set; }

        public List<PatternElement> ParseSequence(char? endChar)
        {
            var list = new List<PatternElement>();
            while (Error is null)
            {
                while (_pos < text.Length && char.IsWhiteSpace(text[_pos])) _pos++;
                if (_pos >= text.Length)
                {
                    if (endChar is not null) Error = $"missing '{endChar}'";
                    return list;
                }
                char c = text[_pos];
                if (endChar is not null && c == endChar) { _pos++; return list; }
                if (c is ')' or '}') { Error = $"unexpected '{c}' at column {_pos + 1}"; return list; }
                if (c == '|' ) { Error = "'|' outside '{…}'"; return list; }
                switch (c)
                {
                    case '(':
                        _pos++;
                        list.Add(new PatternElement(PatternElementKind.Prepositional, Children: ParseSequence(')')));
                        break;
                    case '{':
                        _pos++;
                        list.Add(ParseBraces());
                        break;
                    default:
                        list.Add(ParseAtom());
                        break;
                }
            }
            return list;
        }

        private PatternElement ParseBraces()
        {
            var options = new List<IReadOnlyList<PatternElement>>();
            var current = new List<PatternElement>();
            while (Error is null)
            {
                // Alternatives are split on '|' at this nesting level.
                var part = ParseUntilBarOrClose();
                current.AddRange(part.Elements);
                if (part.Closer == '|') { options.Add(current); current = []; continue; }
                break;
            }
            if (options.Count == 0) return new PatternElement(PatternElementKind.NounPhrase, Children: current);
            options.Add(current);
            return new PatternElement(PatternElementKind.Alternatives, Options: options);
        }

        private (List<PatternElement> Elements, char Closer) ParseUntilBarOrClose()
        {
            var list = new List<PatternElement>();
            while (Error is null)
            {
                while (_pos < text.Length && char.IsWhiteSpace(text[_pos])) _pos++;
                if (_pos >= text.Length) { Error = "missing '}'"; break; }
                char c = text[_pos];
                if (c is '}' or '|') { _pos++; return (list, c); }
                if (c == ')') { Error = $"unexpected ')' at column {_pos + 1}"; break; }
                if (c == '(') { _pos++; list.Add(new PatternElement(PatternElementKind.Prepositional, Children: ParseSequence(')'))); }
                else if (c == '{') { _pos++; list.Add(ParseBraces()); }
                else list.Add(ParseAtom());
            }
            return (list, '\0');
        }

        private PatternElement ParseAtom()
        {
            int start = _pos;
            while (_pos < text.Length && !char.IsWhiteSpace(text[_pos]) && text[_pos] is not ('(' or ')' or '{' or '}' or '|')) _pos++;
            var token = text[start.._pos];
            return token switch
            {
                "*" => new PatternElement(PatternElementKind.Verb),
                "$" => new PatternElement(PatternElementKind.Source),
                "+" => new PatternElement(PatternElementKind.Target),
                "^" => new PatternElement(PatternElementKind.Skip),
                "%" => new PatternElement(PatternElementKind.Compound),
                "@" => new PatternElement(PatternElementKind.PrepositionObject),
                _ when token.Length > 1 && token[0] == '&' => new PatternElement(PatternElementKind.Synset, token[1..].ToUpperInvariant()),
                // Old-format patterns glue the verb to a particle ("*_UPON"); keep them as one word holding '*'.
                _ when token.Contains('*') => new PatternElement(PatternElementKind.Verb, token.ToUpperInvariant()),
                _ => new PatternElement(PatternElementKind.Word, token.ToUpperInvariant()),
            };
        }
    }
}
