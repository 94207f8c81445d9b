using System.Security.Cryptography;
using System.Text;
using Defacto.Text;

namespace Defacto.Ingest;

/// <summary>Content fingerprints: a stable document id from the normalized clean text, and a 64-bit SimHash for near duplicates.</summary>
public static class Fingerprint
{
    /// <summary>First 16 hex digits of SHA-256 over the normalized text: the same article gets the same id wherever it was read.</summary>
    public static string DocumentId(string cleanText)
    {
        var normalized = LineFeatures.Normalize(cleanText);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalized), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>SimHash over word 3-shingles: texts differing in a few lines differ in a few bits.</summary>
    public static ulong SimHash(string cleanText)
    {
        Span<int> weights = stackalloc int[64];
        var words = LineFeatures.Normalize(cleanText).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return 0;
        int shingles = Math.Max(1, words.Length - 2);
        for (int i = 0; i < shingles; i++)
        {
            ulong h = 14695981039346656037UL;
            for (int k = i; k < Math.Min(words.Length, i + 3); k++)
            {
                foreach (var c in words[k]) { h ^= c; h *= 1099511628211UL; }
                h ^= ' ';
                h *= 1099511628211UL;
            }
            h = Mix(h);
            for (int b = 0; b < 64; b++) weights[b] += ((h >> b) & 1) != 0 ? 1 : -1;
        }
        ulong result = 0;
        for (int b = 0; b < 64; b++) if (weights[b] > 0) result |= 1UL << b;
        return result;
    }

    // FNV alone leaves the high bits poorly mixed; a finalizer spreads every input bit over the word.
    private static ulong Mix(ulong h)
    {
        h ^= h >> 33; h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33; h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }

    public static int Distance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);
}

/// <summary>Finds a stored SimHash within a few bits of a new one; four 16-bit bands make the lookup exact for distances up to 3.</summary>
public sealed class NearDuplicateIndex
{
    public const int MaxDistance = 3;
    private readonly Dictionary<(int Band, ushort Value), List<(string Id, ulong Hash)>> _bands = new();

    public int Count { get; private set; }

    public void Add(string id, ulong hash)
    {
        for (int band = 0; band < 4; band++)
        {
            var key = (band, (ushort)(hash >> (band * 16)));
            if (!_bands.TryGetValue(key, out var list)) _bands[key] = list = new();
            list.Add((id, hash));
        }
        Count++;
    }

    /// <summary>The id of the first-added text within <see cref="MaxDistance"/> bits, or null.</summary>
    public string? Find(ulong hash)
    {
        for (int band = 0; band < 4; band++)
        {
            if (!_bands.TryGetValue((band, (ushort)(hash >> (band * 16))), out var list)) continue;
            foreach (var (id, other) in list)
                if (Fingerprint.Distance(hash, other) <= MaxDistance) return id;
        }
        return null;
    }
}
