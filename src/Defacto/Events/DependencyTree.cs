using Defacto.Model;

namespace Defacto.Events;

/// <summary>One parsed sentence as child lists with 0-based positions, built once per sentence for the event coder.</summary>
public sealed class DependencyTree
{
    private readonly int[] _heads;
    private readonly string[] _rels;
    private readonly List<int>[] _children;

    /// <summary>Builds the tree of <paramref name="sentence"/>; unparsed tokens (head -1) hang from nothing.</summary>
    public DependencyTree(Document document, Sentence sentence)
    {
        Document = document;
        Sentence = sentence;
        var tokens = sentence.Tokens(document);
        Count = tokens.Length;
        Tokens = tokens.ToArray();
        _heads = new int[Count];
        _rels = new string[Count];
        _children = new List<int>[Count];
        for (int i = 0; i < Count; i++) _children[i] = [];
        for (int i = 0; i < Count; i++)
        {
            var t = tokens[i];
            int head = t.Head - 1;
            // A head outside the sentence or on itself is treated as no head, so walks up the tree always end.
            _heads[i] = head >= 0 && head < Count && head != i ? head : -1;
            _rels[i] = t.DepRel ?? "";
            if (_heads[i] >= 0) _children[_heads[i]].Add(i);
        }
        BreakCycles();
        ReattachCasedConjuncts();
        ReattachBareVerbConjuncts();
        ReattachStrandedAgents();
        ReattachNamedObjects();
    }

    /// <summary>The document the sentence belongs to.</summary>
    public Document Document { get; }

    /// <summary>The sentence.</summary>
    public Sentence Sentence { get; }

    /// <summary>The sentence's tokens; position i is CoNLL-U id i + 1.</summary>
    public Token[] Tokens { get; }

    /// <summary>Number of tokens.</summary>
    public int Count { get; }

    /// <summary>Head of token <paramref name="i"/>, or -1 for the root.</summary>
    public int Head(int i) => _heads[i];

    /// <summary>Full relation of token <paramref name="i"/> (e.g. "nsubj:pass").</summary>
    public string Rel(int i) => _rels[i];

    /// <summary>The relation without its subtype ("obl:tmod" → "obl").</summary>
    public string BaseRel(int i)
    {
        var r = _rels[i];
        int colon = r.IndexOf(':');
        return colon < 0 ? r : r[..colon];
    }

    /// <summary>Dependents of token <paramref name="i"/> in sentence order.</summary>
    public IReadOnlyList<int> Children(int i) => _children[i];

    /// <summary>Lower-case lemma, falling back to the lower-case form.</summary>
    public string Lemma(int i) => (Tokens[i].Lemma is { Length: > 0 } l && l != "_" ? l : Tokens[i].Text).ToLowerInvariant();

    /// <summary>Lower-case form.</summary>
    public string Lower(int i) => Tokens[i].Text.ToLowerInvariant();

    /// <summary>Universal part of speech, empty when untagged.</summary>
    public string Upos(int i) => Tokens[i].Upos ?? "";

    /// <summary>The first dependent of <paramref name="i"/> whose relation is <paramref name="rel"/> (or starts with "rel:"), or -1.</summary>
    public int Child(int i, string rel)
    {
        foreach (var c in _children[i])
            if (RelIs(c, rel)) return c;
        return -1;
    }

    /// <summary>True when the relation of <paramref name="i"/> is <paramref name="rel"/> or one of its subtypes.</summary>
    public bool RelIs(int i, string rel)
    {
        var r = _rels[i];
        return r.Length == rel.Length ? r == rel : r.Length > rel.Length && r[rel.Length] == ':' && r.StartsWith(rel, StringComparison.Ordinal);
    }

    /// <summary>True when <paramref name="i"/> lies in the subtree of <paramref name="root"/> (itself included).</summary>
    public bool Dominates(int root, int i)
    {
        for (int steps = 0; i >= 0 && steps <= Count; steps++, i = _heads[i])
            if (i == root) return true;
        return false;
    }

    /// <summary>Tokens of the subtree of <paramref name="root"/> in sentence order, not descending into dependents <paramref name="stop"/> rejects.</summary>
    public List<int> Subtree(int root, Func<int, bool>? stop = null)
    {
        // The result list doubles as the work list (no stack to allocate); the order of the visit does not matter, as the
        // set is sorted and stop only reads the tree.
        var result = new List<int> { root };
        for (int k = 0; k < result.Count; k++)
            foreach (var c in _children[result[k]])
                if (stop is null || !stop(c)) result.Add(c);
        result.Sort();
        return result;
    }

    /// <summary>True when token <paramref name="i"/> is a temporal modifier ("on Tuesday", "in the early hours of Friday", "last week"): a time
    /// relation, or a word inside a time expression the Time stage found.</summary>
    public bool IsTime(int i)
    {
        if (_rels[i].EndsWith(":tmod", StringComparison.Ordinal)) return true;
        if (_inTime is null)
        {
            // One pass over the document's times marks this sentence's words, so the coder's many questions cost nothing.
            _inTime = new bool[Count];
            int first = Count == 0 ? 0 : Tokens[0].Start, last = Count == 0 ? 0 : Tokens[^1].End;
            foreach (var t in Document.TimeExpressions)
            {
                if (t.Span.End <= first || t.Span.Start >= last) continue;
                for (int k = 0; k < Count; k++)
                    if (t.Span.Start <= Tokens[k].Start && Tokens[k].End <= t.Span.End) _inTime[k] = true;
            }
        }
        return _inTime[i];
    }

    private bool[]? _inTime;

    /// <summary>Text of tokens from <paramref name="first"/> to <paramref name="last"/> as written in the document.</summary>
    public string TextOf(int first, int last) =>
        Document.Text[Tokens[first].Start..Tokens[last].End];

    // "Met Kevin McCarthy, the Speaker, at the Reagan Library ..., on Wednesday, despite warnings from Beijing": in long sentences the
    // parser strings later prepositional phrases onto the object as conjuncts, which would make the library, the day and Beijing
    // further people met. A conjunct with a preposition of its own, no "and"/"or" and a head without that preposition is an
    // oblique of the verb, so it is hung there.
    private void ReattachCasedConjuncts()
    {
        for (int i = 0; i < Count; i++)
        {
            if (_rels[i] != "conj" || Upos(i) is not ("NOUN" or "PROPN")) continue;
            int h = _heads[i];
            if (h < 0 || Upos(h) is not ("NOUN" or "PROPN" or "PRON")) continue;
            int verb = _heads[h];
            if (verb < 0 || Upos(verb) != "VERB" || BaseRel(h) is not ("obj" or "nsubj" or "iobj" or "obl")) continue;
            string? own = CaseWord(i);
            if (own is null || own == CaseWord(h) || Child(i, "cc") >= 0) continue;
            Move(i, verb, "obl");
        }
    }

    // "Demanded that Iran stop enriching uranium, pull its forces out of Syria and end its support ...": a bare infinitive
    // cannot be coordinated with the finite "demanded"; it continues the complement clause of the same form before it.
    private void ReattachBareVerbConjuncts()
    {
        for (int i = 0; i < Count; i++)
        {
            if (_rels[i] != "conj" || Upos(i) != "VERB" || Tokens[i].Xpos != "VB" || Child(i, "nsubj") >= 0 || Child(i, "mark") >= 0) continue;
            int h = _heads[i];
            if (h < 0 || Upos(h) != "VERB" || Tokens[h].Xpos is not ("VBD" or "VBZ" or "VBP")) continue;
            int complement = -1;
            foreach (var c in _children[h])
                if (c < i && BaseRel(c) is "ccomp" or "xcomp" && Tokens[c].Xpos == "VB") complement = c;
            if (complement < 0) continue;
            Move(i, complement, _rels[i]);
        }
    }

    // "Was questioned for more than twenty hours by special prosecutors": the parser may hang the passive's "by" phrase on the
    // oblique before it; a passive verb with no agent of its own takes it back.
    private void ReattachStrandedAgents()
    {
        for (int v = 0; v < Count; v++)
        {
            if (Upos(v) != "VERB" || (Child(v, "aux:pass") < 0 && Child(v, "nsubj:pass") < 0)) continue;
            if (_children[v].Exists(c => _rels[c] == "obl:agent" || (BaseRel(c) == "obl" && CaseWord(c) == "by"))) continue;
            // ("Was granted the status of candidate ... by EU leaders", "placed under an asset freeze and travel ban by the Council":
            // the agent may also hang from the object, or from a conjunct or modifier inside either.)
            foreach (var phrase in _children[v].ToArray())
            {
                if (BaseRel(phrase) is not ("obl" or "obj")) continue;
                int by = StrandedAgent(phrase, 3);
                if (by < 0) continue;
                Move(by, v, "obl:agent");
                break;
            }
        }
    }

    // "Condemned what it called a cowardly Israeli attack", "pounded what Islamabad described as militant hideouts": the deed's
    // object is the noun the speaker named, not "what"; the naming clause hangs from that noun as a relative clause, so the
    // verb's patterns and target read the attack and the hideouts.
    private void ReattachNamedObjects()
    {
        for (int w = 0; w < Count; w++)
        {
            if (Lower(w) != "what" || _rels[w] != "obj" || _heads[w] is not (var verb and >= 0) || Upos(verb) != "VERB") continue;
            int naming = _children[w].Find(c => BaseRel(c) == "acl" && NamingLemmas.Contains(Lemma(c)));
            if (naming <= 0) continue;
            int named = _children[naming].Find(c => c > naming && (_rels[c] is "obj" or "xcomp" || (BaseRel(c) == "obl" && CaseWord(c) == "as"))
                && Upos(c) is "NOUN" or "PROPN");
            if (named < 0) continue;
            // (Phrases after the named noun, "... hideouts in Iran's Sistan-Baluchestan province", "... on Thursday", are the deed's.)
            foreach (var later in _children[naming].ToArray())
                if (later > named && BaseRel(later) is "obl" or "advmod" or "advcl") Move(later, verb, _rels[later]);
            Move(named, verb, "obj");
            Move(naming, named, "acl:relcl");
            Move(w, naming, "obj");
        }
    }

    private static readonly HashSet<string> NamingLemmas = new(StringComparer.Ordinal) { "call", "describe", "term", "dub", "label", "brand", "characterize", "characterise" };

    // Hangs a token from another head, keeping each head's children in sentence order.
    private void Move(int child, int head, string rel)
    {
        if (_heads[child] >= 0) _children[_heads[child]].Remove(child);
        _heads[child] = head;
        _rels[child] = rel;
        int at = _children[head].FindIndex(c => c > child);
        _children[head].Insert(at < 0 ? _children[head].Count : at, child);
    }

    // A "by" phrase under a noun phrase, through its nouns and conjuncts (not into clauses), up to a depth.
    private int StrandedAgent(int noun, int depth)
    {
        foreach (var c in _children[noun])
        {
            if (_rels[c] == "nmod" && CaseWord(c) == "by" && Upos(c) is "NOUN" or "PROPN") return c;
            if (depth > 1 && _rels[c] is "nmod" or "conj" && Upos(c) is "NOUN" or "PROPN" && StrandedAgent(c, depth - 1) is var deeper and >= 0) return deeper;
        }
        return -1;
    }

    private string? CaseWord(int i)
    {
        foreach (var c in _children[i])
            if (_rels[c] == "case") return Lower(c);
        return null;
    }

    // A parse from outside (gold files) may hold a cycle; cut it at its first token so every walk terminates.
    private void BreakCycles()
    {
        var state = new byte[Count];
        for (int i = 0; i < Count; i++)
        {
            int n = i;
            var path = new List<int>();
            while (n >= 0 && state[n] == 0) { state[n] = 1; path.Add(n); n = _heads[n]; }
            if (n >= 0 && state[n] == 1)
            {
                _children[_heads[n]].Remove(n);
                _heads[n] = -1;
            }
            foreach (var p in path) state[p] = 2;
        }
    }
}
