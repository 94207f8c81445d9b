using System.Security.Cryptography;
using System.Text;
using Defacto.Text;

namespace Defacto.Ingest;

/// <summary>Content fingerprints: a stable document id from the normalized clean text, and a MinHash signature for near duplicates.</summary>
public static class Fingerprint
{
    /// <summary>Number of hash functions in a MinHash signature.</summary>
    public const int SignatureLength = 64;

    private static readonly (ulong A, ulong B)[] Permutations = MakePermutations();

    /// <summary>First 16 hex digits of SHA-256 over the normalized text: the same article gets the same id wherever it was read.</summary>
    public static string DocumentId(string cleanText)
    {
        var normalized = LineFeatures.Normalize(cleanText);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalized), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>MinHash over word 3-shingles: the share of equal entries in two signatures estimates the texts' Jaccard similarity.</summary>
    public static uint[] MinHash(string cleanText)
    {
        var signature = new uint[SignatureLength];
        Array.Fill(signature, uint.MaxValue);
        var words = LineFeatures.Normalize(cleanText).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return signature;
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
            for (int p = 0; p < SignatureLength; p++)
            {
                var (a, b) = Permutations[p];
                uint v = (uint)((a * h + b) >> 32);
                if (v < signature[p]) signature[p] = v;
            }
        }
        return signature;
    }

    /// <summary>Estimated Jaccard similarity of the shingle sets behind two signatures.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        int same = 0;
        for (int i = 0; i < a.Length; i++) if (a[i] == b[i]) same++;
        return (double)same / a.Length;
    }

    public static byte[] ToBytes(uint[] signature)
    {
        var bytes = new byte[signature.Length * 4];
        Buffer.BlockCopy(signature, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static uint[] FromBytes(byte[] bytes)
    {
        var signature = new uint[bytes.Length / 4];
        Buffer.BlockCopy(bytes, 0, signature, 0, signature.Length * 4);
        return signature;
    }

    private static (ulong, ulong)[] MakePermutations()
    {
        // Fixed seed: signatures stored in a database must stay comparable across runs.
        var rng = new Random(20081);
        return Enumerable.Range(0, SignatureLength).Select(_ => ((ulong)rng.NextInt64() | 1UL, (ulong)rng.NextInt64())).ToArray();
    }
}

/// <summary>Finds an earlier text whose MinHash signature shows Jaccard similarity of at least <see cref="Threshold"/>, via LSH bands.</summary>
public sealed class NearDuplicateIndex
{
    /// <summary>Estimated share of shared word 3-shingles above which two texts are the same story.</summary>
    public const double Threshold = 0.8;

    // 16 bands of 4 rows: a pair at similarity 0.8 shares a band with probability 1 - (1 - 0.8^4)^16 ≈ 0.9996.
    private const int Bands = 16;
    private const int Rows = Fingerprint.SignatureLength / Bands;
    private readonly Dictionary<(int Band, ulong Key), List<int>> _buckets = new();
    private readonly List<(string Id, uint[] Signature)> _entries = new();

    public int Count => _entries.Count;

    public void Add(string id, uint[] signature)
    {
        int index = _entries.Count;
        _entries.Add((id, signature));
        for (int band = 0; band < Bands; band++)
        {
            var key = (band, BandKey(signature, band));
            if (!_buckets.TryGetValue(key, out var list)) _buckets[key] = list = new();
            list.Add(index);
        }
    }

    /// <summary>The id of the earliest-added similar text, or null.</summary>
    public string? Find(uint[] signature)
    {
        int best = int.MaxValue;
        for (int band = 0; band < Bands; band++)
        {
            if (!_buckets.TryGetValue((band, BandKey(signature, band)), out var list)) continue;
            foreach (var i in list)
                if (i < best && Fingerprint.Similarity(signature, _entries[i].Signature) >= Threshold) best = i;
        }
        return best == int.MaxValue ? null : _entries[best].Id;
    }

    private static ulong BandKey(uint[] signature, int band)
    {
        ulong key = 14695981039346656037UL;
        for (int r = 0; r < Rows; r++) { key ^= signature[band * Rows + r]; key *= 1099511628211UL; }
        return key;
    }
}
