namespace Defacto.Syntax;

/// <summary>Morphological features (UD FEATS) by lookup: the most frequent value for the word and tag, else for the tag alone.</summary>
public sealed class FeatureGuesser
{
    private readonly Dictionary<(string Form, int Tag), string> _byWord;
    private readonly Dictionary<int, string> _byTag;

    internal FeatureGuesser(Dictionary<(string, int), string> byWord, Dictionary<int, string> byTag)
    {
        _byWord = byWord;
        _byTag = byTag;
    }

    internal IReadOnlyDictionary<(string Form, int Tag), string> ByWord => _byWord;
    internal IReadOnlyDictionary<int, string> ByTag => _byTag;

    /// <summary>FEATS for a word with the given joint tag ("_" when none).</summary>
    public string Guess(string form, int tag)
    {
        if (_byWord.TryGetValue((form.ToLowerInvariant(), tag), out var feats)) return feats;
        return _byTag.GetValueOrDefault(tag, "_");
    }

    /// <summary>Counts (form, tag, FEATS) triples and keeps the most frequent values; word entries that agree with their tag's value are dropped.</summary>
    public static FeatureGuesser Train(IEnumerable<(string Form, int Tag, string Feats)> words)
    {
        var wordCounts = new Dictionary<(string, int), Dictionary<string, int>>();
        var tagCounts = new Dictionary<int, Dictionary<string, int>>();
        foreach (var (form, tag, feats) in words)
        {
            var key = (form.ToLowerInvariant(), tag);
            if (!wordCounts.TryGetValue(key, out var w)) wordCounts[key] = w = new();
            w[feats] = w.GetValueOrDefault(feats) + 1;
            if (!tagCounts.TryGetValue(tag, out var t)) tagCounts[tag] = t = new();
            t[feats] = t.GetValueOrDefault(feats) + 1;
        }
        var byTag = tagCounts.ToDictionary(kv => kv.Key, kv => kv.Value.MaxBy(p => p.Value).Key);
        var byWord = new Dictionary<(string, int), string>();
        foreach (var (key, counts) in wordCounts)
        {
            var best = counts.MaxBy(p => p.Value).Key;
            if (best != byTag[key.Item2]) byWord[key] = best;
        }
        return new FeatureGuesser(byWord, byTag);
    }
}
