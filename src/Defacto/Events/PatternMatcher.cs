namespace Defacto.Events;

/// <summary>The best pattern of a verb block for one predicate, and the tokens its `$` and `+` slots took.</summary>
public sealed record PatternMatch(VerbPattern? Pattern, string? Code, int Score, int SourceToken, int TargetToken, bool Compound)
{
    /// <summary>The code of the reverse event (target to source) a `[040:040]` code pairs with the first, or null.</summary>
    public string? PairedCode { get; init; }

    /// <summary>True when a pattern (not only the block's default code) decided the code.</summary>
    public bool ByPattern => Pattern is not null;

    /// <summary>The token the pattern's first word matched, or -1.</summary>
    public int WordToken { get; init; } = -1;
}

/// <summary>
/// Matches CAMEO-format verb patterns against the words around a predicate: elements after `*` against the predicate's phrase to
/// its right, elements before `*` against its phrase to the left, in order with gaps allowed (the dependency tree, not a shallow
/// parse, decides what belongs to the phrase). The pattern matching the most elements wins; the first one listed breaks ties.
/// </summary>
public sealed class PatternMatcher(VerbDictionary dictionary)
{
    private readonly VerbDictionary _dictionary = dictionary;

    /// <summary>The best match of <paramref name="block"/>'s patterns for the predicate at <paramref name="predicate"/>, or the block default.</summary>
    public PatternMatch Match(DependencyTree tree, SentenceActors actors, int predicate, VerbBlock block, string? defaultCode,
        IReadOnlyList<int> before, IReadOnlyList<int> after, Func<VerbPattern, bool>? exclude = null)
    {
        PatternMatch? best = null;
        foreach (var pattern in block.Patterns)
        {
            if (exclude is not null && exclude(pattern)) continue;
            var elements = pattern.Elements;
            int star = -1;
            for (int i = 0; i < elements.Count; i++) if (elements[i].Kind == PatternElementKind.Verb) { star = i; break; }
            var state = new MatchState(tree, actors);
            int score = 0;
            if (star > 0)
            {
                var pre = Slice(elements, 0, star);
                int s = MatchSequence(pre, 0, before, 0, state);
                if (s < 0) continue;
                score += s;
            }
            var post = star < 0 ? elements : Slice(elements, star + 1, elements.Count);
            int t = MatchSequence(post, 0, after, 0, state);
            if (t < 0) continue;
            score += t;
            if (best is null || score > best.Score)
                best = new PatternMatch(pattern, pattern.Code, score, state.Source, state.Target, pattern.IsCompound) { PairedCode = pattern.PairedCode, WordToken = state.Word };
        }
        return best ?? new PatternMatch(null, defaultCode, 0, -1, -1, false) { PairedCode = defaultCode == block.Code ? block.PairedCode : null };
    }

    private static List<PatternElement> Slice(IReadOnlyList<PatternElement> list, int from, int to)
    {
        var r = new List<PatternElement>(to - from);
        for (int i = from; i < to; i++) r.Add(list[i]);
        return r;
    }

    private sealed class MatchState(DependencyTree tree, SentenceActors actors)
    {
        public DependencyTree Tree { get; } = tree;
        public SentenceActors Actors { get; } = actors;
        public int Source { get; set; } = -1;
        public int Target { get; set; } = -1;
        public int Word { get; set; } = -1;
        public MatchState Copy() => new(Tree, Actors) { Source = Source, Target = Target, Word = Word };
        public void From(MatchState other) { Source = other.Source; Target = other.Target; Word = other.Word; }
    }

    // Returns the number of elements matched (-1 when the sequence cannot match); pos advances through tokens.
    private int MatchSequence(IReadOnlyList<PatternElement> elements, int k, IReadOnlyList<int> tokens, int pos, MatchState state)
    {
        if (k == elements.Count) return 0;
        var e = elements[k];
        switch (e.Kind)
        {
            case PatternElementKind.Verb:
                return MatchSequence(elements, k + 1, tokens, pos, state);
            case PatternElementKind.Skip:
                // `^` passes over the next noun phrase (an actor's, or a plain noun's) so that a later `$` or `+` takes the one after it.
                for (int p = pos; p < tokens.Count; p++)
                {
                    int next = p + 1;
                    if (state.Actors.At(tokens[p]) is { } skipped)
                    {
                        var (_, last) = state.Actors.TokensOf(skipped);
                        while (next < tokens.Count && tokens[next] <= last) next++;
                    }
                    else if (state.Tree.Upos(tokens[p]) is "NOUN" or "PROPN")
                        while (next < tokens.Count && tokens[next] == tokens[next - 1] + 1 && state.Actors.At(tokens[next]) is null
                               && state.Tree.Upos(tokens[next]) is "NOUN" or "PROPN") next++;
                    else continue;
                    return MatchSequence(elements, k + 1, tokens, next, state);
                }
                return MatchSequence(elements, k + 1, tokens, pos, state);
            case PatternElementKind.Source:
            case PatternElementKind.Target:
            case PatternElementKind.Compound:
            case PatternElementKind.PrepositionObject:
                for (int p = pos; p < tokens.Count; p++)
                {
                    if (state.Actors.At(tokens[p]) is not { } mention) continue;
                    var (_, last) = state.Actors.TokensOf(mention);
                    int next = p + 1;
                    while (next < tokens.Count && tokens[next] <= last) next++;
                    var trial = state.Copy();
                    if (e.Kind == PatternElementKind.Source) trial.Source = tokens[p];
                    else if (e.Kind != PatternElementKind.PrepositionObject) trial.Target = tokens[p];
                    int rest = MatchSequence(elements, k + 1, tokens, next, trial);
                    if (rest < 0) continue;
                    state.From(trial);
                    return rest + 1;
                }
                return -1;
            case PatternElementKind.Prepositional:
            case PatternElementKind.NounPhrase:
            {
                // A group's words must be contiguous for a noun phrase; a prepositional phrase only keeps its order.
                var inner = e.Children!;
                if (e.Kind == PatternElementKind.NounPhrase)
                {
                    for (int p = pos; p < tokens.Count; p++)
                    {
                        var trial = state.Copy();
                        int end = MatchContiguous(inner, tokens, p, trial);
                        if (end < 0) continue;
                        int rest = MatchSequence(elements, k + 1, tokens, end, trial);
                        if (rest < 0) continue;
                        state.From(trial);
                        return rest + inner.Count;
                    }
                    return -1;
                }
                // A prepositional phrase's words followed by the rest of the pattern, as one sequence.
                var flat = new List<PatternElement>(inner.Count + elements.Count - k - 1);
                flat.AddRange(inner);
                for (int i = k + 1; i < elements.Count; i++) flat.Add(elements[i]);
                int r = MatchSequence(flat, 0, tokens, pos, state);
                return r < 0 ? -1 : r;
            }
            case PatternElementKind.Alternatives:
            {
                int bestScore = -1;
                MatchState? bestState = null;
                foreach (var option in e.Options!)
                {
                    var seq = new List<PatternElement>(option);
                    for (int i = k + 1; i < elements.Count; i++) seq.Add(elements[i]);
                    var trial = state.Copy();
                    int s = MatchSequence(seq, 0, tokens, pos, trial);
                    if (s > bestScore) { bestScore = s; bestState = trial; }
                }
                if (bestState is not null) state.From(bestState);
                return bestScore;
            }
            default:
            {
                for (int p = pos; p < tokens.Count; p++)
                {
                    int end = MatchWordAt(e, tokens, p, state);
                    if (end < 0) continue;
                    int rest = MatchSequence(elements, k + 1, tokens, end, state);
                    // A longer phrase is the more specific match ("austrian gold florin" over "florin").
                    // (Set after the rest matched, so the earliest word of the pattern is the one kept.)
                    if (rest >= 0) { state.Word = tokens[p]; return rest + (end - p); }
                }
                return -1;
            }
        }
    }

    // Matches a noun-phrase group word by word from exactly position p; returns the position after it or -1.
    private int MatchContiguous(IReadOnlyList<PatternElement> inner, IReadOnlyList<int> tokens, int p, MatchState state)
    {
        foreach (var e in inner)
        {
            if (p >= tokens.Count) return -1;
            if (e.Kind is PatternElementKind.Source or PatternElementKind.Target)
            {
                if (state.Actors.At(tokens[p]) is not { } m) return -1;
                if (e.Kind == PatternElementKind.Source) state.Source = tokens[p]; else state.Target = tokens[p];
                var (_, last) = state.Actors.TokensOf(m);
                while (p < tokens.Count && tokens[p] <= last) p++;
                continue;
            }
            if (e.Kind == PatternElementKind.Skip) { p++; continue; }
            int end = MatchWordAt(e, tokens, p, state);
            // Inside a group a synset may follow one extra modifier ("new global economic relations" is {NEW &TIETYPES RELATIONS}).
            if (end < 0 && e.Kind == PatternElementKind.Synset && !ReferenceEquals(e, inner[0]) && p + 1 < tokens.Count)
                end = MatchWordAt(e, tokens, p + 1, state);
            if (end < 0) return -1;
            // A word coordinated inside the group stands for the group once more: "death and injury toll" holds {DEATH TOLL}.
            int matched = tokens[end - 1];
            while (end < tokens.Count && state.Tree.Head(tokens[end]) == matched && state.Tree.BaseRel(tokens[end]) is "cc" or "conj") end++;
            p = end;
        }
        return p;
    }

    // A literal word or synset member at position p (multi-word entries joined by '_' take consecutive tokens); -1 when no match.
    private int MatchWordAt(PatternElement e, IReadOnlyList<int> tokens, int p, MatchState state)
    {
        if (e.Kind == PatternElementKind.Word) return MatchPhraseAt(e.Text!, tokens, p, state.Tree);
        if (e.Kind == PatternElementKind.Synset && _dictionary.Synsets.TryGetValue(e.Text!, out var members))
        {
            foreach (var member in members)
            {
                int end = MatchPhraseAt(member, tokens, p, state.Tree);
                if (end >= 0) return end;
            }
        }
        return -1;
    }

    private static int MatchPhraseAt(string phrase, IReadOnlyList<int> tokens, int p, DependencyTree tree)
    {
        int start = 0;
        while (start <= phrase.Length)
        {
            int us = phrase.IndexOf('_', start);
            var word = us < 0 ? phrase.AsSpan(start) : phrase.AsSpan(start, us - start);
            if (word.Length > 0)
            {
                if (p >= tokens.Count || !WordEquals(word, tree, tokens[p])) return -1;
                p++;
            }
            if (us < 0) break;
            start = us + 1;
        }
        return p;
    }

    // A word by its lemma too, unless it serves as a preposition: "according to the institute" holds no "accord".
    private static bool WordEquals(ReadOnlySpan<char> word, DependencyTree tree, int token) =>
        word.Equals(tree.Tokens[token].Text, StringComparison.OrdinalIgnoreCase)
        || (tree.Tokens[token].Lemma is { } lemma && word.Equals(lemma, StringComparison.OrdinalIgnoreCase) && tree.Tokens[token].DepRel != "case");
}
