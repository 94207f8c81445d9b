namespace Defacto.Model;

/// <summary>Maps offsets in the clean text back to the raw text; the clean text is a sequence of raw-text pieces.</summary>
public sealed class OffsetMap
{
    // Parallel arrays of pieces: clean text [CleanStart, CleanStart + Length) == raw text [RawStart, RawStart + Length).
    private readonly List<int> _cleanStarts = new();
    private readonly List<int> _rawStarts = new();
    private readonly List<int> _lengths = new();

    /// <summary>Records that the next <paramref name="length"/> clean characters at <paramref name="cleanStart"/> copy raw text at <paramref name="rawStart"/>.</summary>
    public void Add(int cleanStart, int rawStart, int length)
    {
        if (length <= 0) return;
        _cleanStarts.Add(cleanStart);
        _rawStarts.Add(rawStart);
        _lengths.Add(length);
    }

    public int PieceCount => _lengths.Count;

    /// <summary>The pieces in order, as (clean start, raw start, length), for storage.</summary>
    public IEnumerable<(int CleanStart, int RawStart, int Length)> Pieces =>
        Enumerable.Range(0, _lengths.Count).Select(i => (_cleanStarts[i], _rawStarts[i], _lengths[i]));

    /// <summary>The raw-text offset of a clean-text offset; characters the cleaner inserted map to the next piece's start.</summary>
    public int ToRaw(int cleanOffset)
    {
        if (_lengths.Count == 0) return cleanOffset;
        int i = _cleanStarts.BinarySearch(cleanOffset);
        if (i < 0) i = ~i - 1;
        if (i < 0) return _rawStarts[0];
        int within = cleanOffset - _cleanStarts[i];
        if (within <= _lengths[i]) return _rawStarts[i] + within;
        return i + 1 < _lengths.Count ? _rawStarts[i + 1] : _rawStarts[i] + _lengths[i];
    }

    /// <summary>The clean-text offset of a raw-text offset, or null when that raw character was removed.</summary>
    public int? ToClean(int rawOffset)
    {
        for (int i = 0; i < _lengths.Count; i++)
        {
            if (rawOffset >= _rawStarts[i] && rawOffset < _rawStarts[i] + _lengths[i])
                return _cleanStarts[i] + rawOffset - _rawStarts[i];
        }
        return null;
    }

    public Span ToRaw(Span clean) => new(ToRaw(clean.Start), ToRaw(clean.End));
}
