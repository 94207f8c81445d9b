namespace Defacto.Actors;

/// <summary>A trie over normalized token sequences mapping surface forms to their meanings; longest match wins.</summary>
public sealed class Lexicon
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<LexiconEntry>? Entries;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    /// <summary>Adds a meaning for a surface form; returns false when the form already had a meaning of higher precedence and <paramref name="onlyIfNew"/> is set.</summary>
    public bool Add(string[] keys, LexiconEntry entry, bool onlyIfNew = false)
    {
        if (keys.Length == 0) return false;
        var node = _root;
        foreach (var key in keys)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(key, out var next)) node.Children[key] = next = new Node();
            node = next;
        }
        if (onlyIfNew && node.Entries is { Count: > 0 }) return false;
        node.Entries ??= new List<LexiconEntry>(1);
        if (node.Entries.Any(e => e.Kind == entry.Kind && e.Target == entry.Target && e.Role == entry.Role)) return false;
        node.Entries.Add(entry);
        Count++;
        return true;
    }

    /// <summary>True when the exact sequence has any meaning.</summary>
    public bool Contains(string[] keys) => Find(keys) is { Count: > 0 };

    public IReadOnlyList<LexiconEntry>? Find(IReadOnlyList<string> keys)
    {
        var node = _root;
        foreach (var key in keys)
        {
            if (node.Children is null || !node.Children.TryGetValue(key, out node)) return null;
        }
        return node.Entries;
    }

    /// <summary>The longest sequence starting at <paramref name="start"/> with a meaning accepted by <paramref name="accept"/>; length 0 when none.</summary>
    public (int Length, IReadOnlyList<LexiconEntry>? Entries) LongestMatch(string[] keys, int start, int end, Func<int, int, IReadOnlyList<LexiconEntry>, IReadOnlyList<LexiconEntry>?> accept)
    {
        var node = _root;
        int bestLength = 0;
        IReadOnlyList<LexiconEntry>? best = null;
        for (int i = start; i < end; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(keys[i], out node)) break;
            if (node.Entries is { Count: > 0 } entries)
            {
                var accepted = accept(start, i + 1, entries);
                if (accepted is { Count: > 0 })
                {
                    bestLength = i + 1 - start;
                    best = accepted;
                }
            }
        }
        return (bestLength, best);
    }
}
