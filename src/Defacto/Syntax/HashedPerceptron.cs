using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Defacto.Syntax;

/// <summary>Multiclass averaged perceptron over hashed features: each feature hashes to a row holding one weight per class.</summary>
public sealed class HashedPerceptron
{
    private float[] _weights; // dense rows while training; empty once loaded (then the tables below hold the weights)
    private WeightTable<float>? _loaded;          // loaded few-class models: their dense rows
    private WeightTable<RowRef>? _rows;           // loaded models with more classes: where each row's weights are (sparse entries or a dense block)
    private WeightTable<SparseEntry>? _entries;   // short rows: class and weight side by side, so a row's entries share a cache line
    private WeightTable<float>? _dense;           // long rows (the frequent features): Stride weights each, added with vectors
    private int _rowScale; // what Row multiplies the row number by: Stride for dense rows, 1 for a loaded sparse model
    private float[]? _accumulated; // sum of counter * delta, for averaging (Daumé's trick: avg = w - acc / counter)
    private int _counter = 1;

    public HashedPerceptron(int classes, int bits) : this(classes, bits, dense: true)
    {
    }

    private HashedPerceptron(int classes, int bits, bool dense)
    {
        Classes = classes;
        Stride = classes <= 4 ? classes : (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        Bits = bits;
        _weights = dense ? new float[(long)Stride << bits] : [];
        _rowScale = Stride;
    }

    public int Classes { get; }

    /// <summary>Floats per row (classes rounded up to the vector width).</summary>
    public int Stride { get; }

    public int Bits { get; }

    private int Mask => (1 << Bits) - 1;

    /// <summary>Read from a file: the weights sit in tables for scoring and can no longer be trained.</summary>
    private bool Loaded => _rows is not null || _loaded is not null;

    /// <summary>Row key for a 64-bit feature hash, as <see cref="Score"/> and <see cref="Update"/> take it: the row's offset in dense weights, or the row number in a loaded sparse model.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Row(ulong feature) => (int)((feature * 0x9E3779B97F4A7C15UL) >> (64 - Bits)) * _rowScale;

    /// <summary>Adds the rows of the given features into scores (length Stride).</summary>
    public unsafe void Score(ReadOnlySpan<int> rows, Span<float> scores)
    {
        scores.Clear();
        if (_rows is not null)
        {
            ScoreSparse(rows, scores);
            return;
        }
        if (_loaded is not null)
        {
            ScoreFew(_loaded.Items, rows, scores);
            GC.KeepAlive(_loaded);
            return;
        }
        var w = _weights;
        if (Stride < Vector<float>.Count)
        {
            fixed (float* wp = w) ScoreFew(wp, rows, scores);
            return;
        }
        var sv = MemoryMarshal.Cast<float, Vector<float>>(scores);
        foreach (var r in rows)
        {
            var rv = MemoryMarshal.Cast<float, Vector<float>>(w.AsSpan(r, Stride));
            for (int k = 0; k < sv.Length; k++) sv[k] += rv[k];
        }
    }

    /// <summary>Few classes: a row is shorter than a vector, so its weights are added one by one.</summary>
    private unsafe void ScoreFew(float* wp, ReadOnlySpan<int> rows, Span<float> scores)
    {
        if (Sse.IsSupported)
            foreach (var r in rows) Sse.Prefetch0(wp + r);
        if (Stride == 3)
        {
            float s0 = 0, s1 = 0, s2 = 0;
            foreach (var r in rows) { float* p = wp + r; s0 += p[0]; s1 += p[1]; s2 += p[2]; }
            scores[0] = s0; scores[1] = s1; scores[2] = s2;
            return;
        }
        foreach (var r in rows)
            for (int c = 0; c < Stride; c++) scores[c] += wp[r + c];
    }

    /// <summary>
    /// Loaded models. The features seen most often (bias, previous tags, common words) have weights for most classes,
    /// so their rows are dense blocks summed with vectors; the rest keep only their few nonzero weights. Either way each
    /// class receives the same additions in the same row order (a dense block only adds zeros besides), so the scores
    /// are bit-identical to summing the sparse entries.
    /// </summary>
    private unsafe void ScoreSparse(ReadOnlySpan<int> rows, Span<float> scores)
    {
        var refs = _rows!;
        var entries = _entries!;
        var dense = _dense!;
        int stride = Stride;
        var sv = MemoryMarshal.Cast<float, Vector<float>>(scores[..stride]);
        RowRef* refPtr = refs.Items;
        SparseEntry* entryPtr = entries.Items;
        float* densePtr = dense.Items;
        // Issue every row reference's memory load before using any, so the cache misses overlap. (A second round for the
        // weights they point to measured no faster once the tables sat in 2 MiB pages.)
        if (Sse.IsSupported)
            foreach (var r in rows) Sse.Prefetch0(refPtr + r);
        foreach (var r in rows)
        {
            var at = refPtr[r];
            if (at.Count >= 0)
            {
                foreach (var e in new ReadOnlySpan<SparseEntry>(entryPtr + at.Offset, at.Count)) scores[e.Class] += e.Weight;
                continue;
            }
            var dv = MemoryMarshal.Cast<float, Vector<float>>(new ReadOnlySpan<float>(densePtr + at.Offset, stride));
            for (int k = 0; k < sv.Length; k++) sv[k] += dv[k];
        }
        GC.KeepAlive(refs);
        GC.KeepAlive(entries);
        GC.KeepAlive(dense);
    }

    /// <summary>Best class among the first Classes scores where allowed (null = all allowed).</summary>
    public int Best(ReadOnlySpan<float> scores, ReadOnlySpan<bool> allowed = default)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int c = 0; c < Classes; c++)
        {
            if (!allowed.IsEmpty && !allowed[c]) continue;
            if (best < 0 || scores[c] > bestScore) { best = c; bestScore = scores[c]; }
        }
        return best;
    }

    /// <summary>Starts training: allocates the averaging accumulator.</summary>
    public void BeginTraining()
    {
        if (Loaded) throw new InvalidOperationException("a loaded model cannot be trained further");
        _accumulated ??= new float[_weights.Length];
    }

    /// <summary>Counts one training instance (the averaging clock).</summary>
    public void Tick() => _counter++;

    /// <summary>Moves weight toward truth and away from guess for every feature row.</summary>
    public void Update(ReadOnlySpan<int> rows, int truth, int guess)
    {
        if (truth == guess) return;
        var acc = _accumulated ?? throw new InvalidOperationException("BeginTraining was not called");
        float t = _counter;
        foreach (var r in rows)
        {
            _weights[r + truth] += 1f; acc[r + truth] += t;
            _weights[r + guess] -= 1f; acc[r + guess] -= t;
        }
    }

    /// <summary>Ends training: replaces weights by their average over all instances seen.</summary>
    public void Average()
    {
        var acc = _accumulated ?? throw new InvalidOperationException("BeginTraining was not called");
        float c = _counter;
        for (int i = 0; i < _weights.Length; i++) _weights[i] -= acc[i] / c;
        _accumulated = null;
    }

    /// <summary>A copy with averaged weights, leaving this one training (for per-epoch dev scores).</summary>
    public HashedPerceptron AveragedCopy()
    {
        var copy = new HashedPerceptron(Classes, Bits);
        var acc = _accumulated ?? throw new InvalidOperationException("BeginTraining was not called");
        float c = _counter;
        for (int i = 0; i < _weights.Length; i++) copy._weights[i] = _weights[i] - acc[i] / c;
        return copy;
    }

    /// <summary>Adds another dense model's weights to this one's (same shape), for averaging several training runs.</summary>
    public void AddWeights(HashedPerceptron other)
    {
        if (other.Classes != Classes || other.Bits != Bits || other.Loaded || Loaded)
            throw new ArgumentException("models differ in shape or are not dense");
        var w = _weights;
        var o = other._weights;
        for (long i = 0; i < w.Length; i++) w[i] += o[i];
    }

    /// <summary>Multiplies every weight by a factor (a sum of runs becomes their mean).</summary>
    public void ScaleWeights(float factor)
    {
        if (Loaded) throw new InvalidOperationException("a loaded model cannot be rescaled");
        var w = _weights;
        for (long i = 0; i < w.Length; i++) w[i] *= factor;
    }

    /// <summary>Rounds every weight to the half float <see cref="Write"/> stores and zeroes those under the threshold, so a model tuned after this scores exactly as its saved file does.</summary>
    public void RoundAsStored(float threshold)
    {
        if (_rows is not null) throw new InvalidOperationException("a loaded model is already rounded");
        var w = _weights;
        for (long i = 0; i < w.Length; i++) w[i] = MathF.Abs(w[i]) >= threshold ? (float)(Half)w[i] : 0f;
    }

    /// <summary>Writes the non-negligible weights sparsely (index deltas as varints, values as half floats).</summary>
    public void Write(BinaryWriter writer, float threshold)
    {
        writer.Write(Classes);
        writer.Write(Bits);
        var entries = Entries().Where(e => MathF.Abs(e.Value) >= threshold).ToList();
        writer.Write(entries.Count);
        long last = -1;
        foreach (var (index, value) in entries)
        {
            WriteVarint(writer, (ulong)(index - last));
            writer.Write((Half)value);
            last = index;
        }
    }

    /// <summary>Nonzero weights as (row * Stride + class, value), in index order.</summary>
    private IEnumerable<(long Index, float Value)> Entries()
    {
        if (_loaded is not null)
        {
            for (int i = 0; i < _loaded.Length; i++)
                if (_loaded[i] != 0) yield return (i, _loaded[i]);
            yield break;
        }
        if (_rows is null)
        {
            for (long i = 0; i < _weights.Length; i++)
                if (_weights[i] != 0) yield return (i, _weights[i]);
            yield break;
        }
        for (int row = 0; row < _rows.Length; row++)
        {
            var at = _rows[row];
            if (at.Count >= 0)
            {
                for (int e = at.Offset; e < at.Offset + at.Count; e++)
                    yield return ((long)row * Stride + _entries![e].Class, _entries[e].Weight);
                continue;
            }
            for (int c = 0; c < Stride; c++)
                if (_dense![at.Offset + c] != 0) yield return ((long)row * Stride + c, _dense[at.Offset + c]);
        }
    }

    public static HashedPerceptron Read(BinaryReader reader)
    {
        int classes = reader.ReadInt32();
        int bits = reader.ReadInt32();
        if (classes <= 0 || classes > 4096 || bits < 4 || bits > 26) throw new InvalidDataException($"bad perceptron header ({classes} classes, {bits} bits)");
        if (classes > 256) throw new InvalidDataException($"{classes} classes; at most 256 can be loaded");
        var p = new HashedPerceptron(classes, bits, dense: classes <= 4);
        int count = reader.ReadInt32();
        if (count < 0) throw new InvalidDataException("bad weight count");
        if (classes <= 4)
        {
            // Few classes: a dense row is one cache line, cheaper than an index lookup plus entries.
            long at = -1;
            for (int k = 0; k < count; k++)
            {
                at += (long)ReadVarint(reader);
                if (at >= p._weights.Length) throw new InvalidDataException("weight index out of range");
                p._weights[at] = (float)reader.ReadHalf();
            }
            p._loaded = new WeightTable<float>(p._weights);
            p._weights = [];
            return p;
        }
        int rows = 1 << bits;
        var starts = new int[rows + 1];
        var entries = new SparseEntry[count];
        long index = -1;
        int row = 0;
        for (int k = 0; k < count; k++)
        {
            index += (long)ReadVarint(reader);
            if (index >= (long)rows * p.Stride) throw new InvalidDataException("weight index out of range");
            int r = (int)(index / p.Stride);
            while (row < r) starts[++row] = k;
            entries[k] = new SparseEntry((float)reader.ReadHalf(), (byte)(index % p.Stride));
        }
        while (row < rows) starts[++row] = count;
        p.Pack(starts, entries);
        return p;
    }

    /// <summary>Rows holding at least this share of the classes become dense blocks: a vector add beats that many scattered ones.</summary>
    private const int DenseShare = 4;

    /// <summary>Splits the loaded rows into short sparse ones and long dense ones (see <see cref="ScoreSparse"/>).</summary>
    private void Pack(int[] starts, SparseEntry[] entries)
    {
        int rows = starts.Length - 1, threshold = Math.Max(1, Stride / DenseShare);
        int sparseCount = 0, denseRows = 0;
        for (int r = 0; r < rows; r++)
        {
            int n = starts[r + 1] - starts[r];
            if (n >= threshold) denseRows++; else sparseCount += n;
        }
        if (sparseCount >= RowRef.MaxOffset || (long)denseRows * Stride >= RowRef.MaxOffset)
            throw new InvalidDataException($"{sparseCount} sparse weights and {denseRows} dense rows are more than a loaded model can index");
        var refs = new RowRef[rows];
        var sparse = new SparseEntry[sparseCount];
        var dense = new float[(long)denseRows * Stride];
        int nextSparse = 0, nextDense = 0;
        for (int r = 0; r < rows; r++)
        {
            int n = starts[r + 1] - starts[r];
            if (n < threshold)
            {
                refs[r] = new RowRef(nextSparse, n);
                entries.AsSpan(starts[r], n).CopyTo(sparse.AsSpan(nextSparse));
                nextSparse += n;
                continue;
            }
            refs[r] = new RowRef(nextDense, -1);
            for (int e = starts[r]; e < starts[r + 1]; e++) dense[nextDense + entries[e].Class] = entries[e].Weight;
            nextDense += Stride;
        }
        _rows = new WeightTable<RowRef>(refs);
        _entries = new WeightTable<SparseEntry>(sparse);
        _dense = new WeightTable<float>(dense);
        _rowScale = 1;
    }

    /// <summary>Number of weights whose magnitude reaches the threshold.</summary>
    public int CountAbove(float threshold) => Entries().Count(e => MathF.Abs(e.Value) >= threshold);

    private static void WriteVarint(BinaryWriter w, ulong v)
    {
        while (v >= 0x80) { w.Write((byte)(v | 0x80)); v >>= 7; }
        w.Write((byte)v);
    }

    private static ulong ReadVarint(BinaryReader r)
    {
        ulong v = 0;
        int shift = 0;
        while (true)
        {
            byte b = r.ReadByte();
            v |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return v;
            shift += 7;
            if (shift > 63) throw new InvalidDataException("bad varint");
        }
    }
}

/// <summary>One nonzero weight of a loaded model's sparse row.</summary>
// Packed to 5 bytes: the tagger's and labeler's entries are read at random, so a smaller table misses the cache less.
[StructLayout(LayoutKind.Sequential, Pack = 1)]
internal readonly record struct SparseEntry(float Weight, byte Class);

/// <summary>Where a loaded row's weights are: Count entries from Offset in the sparse array, or (Count = -1) a dense block at Offset.</summary>
// Packed to 4 bytes (offset in the high 24 bits, count in the low 8): every feature reads one at random, and a table half
// the size misses the cache less.
internal readonly struct RowRef
{
    /// <summary>Offsets must stay below this to fit their 24 bits.</summary>
    public const int MaxOffset = 1 << 24;

    private readonly uint _packed;

    public RowRef(int offset, int count) => _packed = (uint)offset << 8 | (byte)(sbyte)count;

    public int Offset => (int)(_packed >> 8);

    public int Count => (sbyte)(byte)_packed;
}

/// <summary>Stable 64-bit hashing for feature keys (string.GetHashCode is randomized per process).</summary>
public static class FeatureHash
{
    private const ulong Prime = 0x100000001B3UL;
    private const ulong Offset = 0xCBF29CE484222325UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong a, ulong b)
    {
        ulong h = (a ^ (b + 0x9E3779B97F4A7C15UL + (a << 6) + (a >> 2))) * 0xBF58476D1CE4E5B9UL;
        return h ^ (h >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(ulong template, ulong a) => Mix(Mix(template * 0x94D049BB133111EBUL, a), 0x5555);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(ulong template, ulong a, ulong b) => Mix(Mix(Mix(template * 0x94D049BB133111EBUL, a), b), 0x7777);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(ulong template, ulong a, ulong b, ulong c) => Mix(Mix(Mix(Mix(template * 0x94D049BB133111EBUL, a), b), c), 0x9999);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(ulong template, ulong a, ulong b, ulong c, ulong d) => Mix(Mix(Mix(Mix(Mix(template * 0x94D049BB133111EBUL, a), b), c), d), 0xBBBB);

    /// <summary>FNV-1a over a span of characters.</summary>
    public static ulong String(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (var c in s) { h ^= c; h *= Prime; }
        return h;
    }

    /// <summary>Word shape: character classes with runs collapsed (Xxxx → Xx, 1984 → d), at most 7 classes, hashed.</summary>
    public static ulong Shape(ReadOnlySpan<char> s)
    {
        ulong h = 17;
        char last = '\0';
        int n = 0;
        foreach (var ch in s)
        {
            char c = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : char.IsLetter(ch) ? 'L' : ch;
            if (c == last) continue;
            last = c;
            h = Mix(h, c);
            if (++n > 6) break;
        }
        return h;
    }

    /// <summary>Bucketed share (0–4) of the words that start with a capital, 9 for under three words: headlines and shouting change what a capital means.</summary>
    public static ulong CapitalizedShare<T>(IReadOnlyList<T> items, Func<T, string> text)
    {
        int words = 0, capitalized = 0;
        for (int k = 0; k < items.Count; k++)
        {
            var f = text(items[k]);
            if (f.Length == 0 || !char.IsLetter(f[0])) continue;
            words++;
            if (char.IsUpper(f[0])) capitalized++;
        }
        return words < 3 ? 9UL : (ulong)(4 * capitalized / (words + 1));
    }

    /// <summary>FNV-1a over the lower-cased characters with digits mapped to 0, so "1984" and "2023" share features.</summary>
    public static ulong Normalized(ReadOnlySpan<char> s)
    {
        ulong h = Offset;
        foreach (var ch in s)
        {
            char c = char.IsDigit(ch) ? '0' : char.ToLowerInvariant(ch);
            h ^= c; h *= Prime;
        }
        return h;
    }
}
