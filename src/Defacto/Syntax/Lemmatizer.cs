namespace Defacto.Syntax;

/// <summary>Lemmatizer learned from a treebank: an exceptions lexicon of (form, tag) pairs, then suffix edit rules per tag for unseen words.</summary>
public sealed class Lemmatizer
{
    private const int MaxSuffix = 6;
    private readonly Dictionary<(string Form, int Tag), string> _lexicon;
    private readonly Dictionary<(string Suffix, int Tag), int> _suffixRules;
    private readonly List<EditRule> _rules;
    private readonly Dictionary<ulong, int> _suffixIndex; // (suffix, tag) hashed, so lookups need no substring

    internal Lemmatizer(Dictionary<(string, int), string> lexicon, Dictionary<(string, int), int> suffixRules, List<EditRule> rules)
    {
        _lexicon = lexicon;
        _suffixRules = suffixRules;
        _rules = rules;
        _suffixIndex = new Dictionary<ulong, int>(suffixRules.Count);
        foreach (var ((suffix, tag), rule) in suffixRules) _suffixIndex[SuffixKey(suffix, tag)] = rule;
    }

    private static ulong SuffixKey(ReadOnlySpan<char> suffix, int tag) => FeatureHash.Mix(FeatureHash.String(suffix), (ulong)tag + 1);

    internal IReadOnlyDictionary<(string Form, int Tag), string> Lexicon => _lexicon;
    internal IReadOnlyDictionary<(string Suffix, int Tag), int> SuffixRules => _suffixRules;
    internal IReadOnlyList<EditRule> Rules => _rules;

    /// <summary>The lemma of a word with the given joint tag.</summary>
    public string Lemmatize(string form, int tag)
    {
        if (_lexicon.TryGetValue((form, tag), out var lemma)) return lemma;
        var lower = form.ToLowerInvariant();
        if (!ReferenceEquals(lower, form) && lower != form && _lexicon.TryGetValue((lower, tag), out lemma))
            return lemma;
        for (int k = Math.Min(MaxSuffix, lower.Length); k >= 0; k--)
        {
            if (_suffixIndex.TryGetValue(SuffixKey(lower.AsSpan(lower.Length - k), tag), out int rule) && _rules[rule].Applies(form))
                return _rules[rule].Apply(form);
        }
        return form;
    }

    /// <summary>Learns the lexicon and the suffix rules from (form, joint tag, lemma) triples.</summary>
    public static Lemmatizer Train(IEnumerable<(string Form, int Tag, string Lemma)> words)
    {
        var pairCounts = new Dictionary<(string, int), Dictionary<string, int>>();
        foreach (var (form, tag, lemma) in words)
        {
            if (!pairCounts.TryGetValue((form, tag), out var lemmas)) pairCounts[(form, tag)] = lemmas = new();
            lemmas[lemma] = lemmas.GetValueOrDefault(lemma) + 1;
        }
        var rules = new List<EditRule>();
        var ruleIds = new Dictionary<EditRule, int>();
        var suffixCounts = new Dictionary<(string, int), Dictionary<int, int>>();
        var lexicon = new Dictionary<(string, int), string>();
        foreach (var ((form, tag), lemmas) in pairCounts)
        {
            var lemma = lemmas.MaxBy(kv => kv.Value).Key;
            var rule = EditRule.Between(form, lemma);
            if (!ruleIds.TryGetValue(rule, out int id)) { ruleIds[rule] = id = rules.Count; rules.Add(rule); }
            // Each word type votes once for its suffixes, so rules generalize from the vocabulary, not from frequent words.
            var lower = form.ToLowerInvariant();
            for (int k = 0; k <= Math.Min(MaxSuffix, lower.Length); k++)
            {
                var key = (lower[(lower.Length - k)..], tag);
                if (!suffixCounts.TryGetValue(key, out var counts)) suffixCounts[key] = counts = new();
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
            lexicon[(form, tag)] = lemma;
        }
        var suffixRules = new Dictionary<(string, int), int>();
        foreach (var (key, counts) in suffixCounts)
        {
            var best = counts.MaxBy(kv => kv.Value);
            int total = counts.Values.Sum();
            // A long suffix seen on one word alone is a memorized word, not a rule.
            if (key.Item1.Length > 2 && total < 2) continue;
            suffixRules[key] = best.Key;
        }
        // Drop lexicon entries the rules already get right; they cost space and add nothing.
        var rulesOnly = new Lemmatizer(new(), suffixRules, rules);
        var kept = new Dictionary<(string, int), string>();
        foreach (var (key, lemma) in lexicon)
            if (rulesOnly.Lemmatize(key.Item1, key.Item2) != lemma) kept[key] = lemma;
        return new Lemmatizer(kept, suffixRules, rules);
    }
}

/// <summary>Edit from a form to its lemma: optionally lower-case, strip a suffix, append a string.</summary>
internal readonly record struct EditRule(bool Lower, int Strip, string Append)
{
    public bool Applies(string form) => Strip <= form.Length;

    public string Apply(string form)
    {
        var source = Lower ? form.ToLowerInvariant() : form;
        return Strip == 0 && Append.Length == 0 ? source : string.Concat(source.AsSpan(0, source.Length - Strip), Append);
    }

    public static EditRule Between(string form, string lemma)
    {
        var lower = form.ToLowerInvariant();
        int keep = Common(form, lemma), keepLower = Common(lower, lemma);
        return keepLower > keep
            ? new EditRule(true, lower.Length - keepLower, lemma[keepLower..])
            : new EditRule(false, form.Length - keep, lemma[keep..]);
    }

    private static int Common(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length), i = 0;
        while (i < n && a[i] == b[i]) i++;
        return i;
    }
}
