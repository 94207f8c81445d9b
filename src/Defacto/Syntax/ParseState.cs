namespace Defacto.Syntax;

/// <summary>Arc-hybrid configuration: a stack with the root at the bottom, a buffer, and the arcs built so far. Reusable across sentences.</summary>
public sealed class ParseState
{
    private const ulong NoneWord = 3, RootWord = 4;
    private int[] _stack = new int[64];
    private int _sp;
    private int _b;
    private ulong[] _words = new ulong[64];
    private ulong[] _suffixes = new ulong[64];
    private int[] _punctuation = new int[64]; // running count of commas/semicolons up to each word
    private int[] _tags = new int[64];
    private int[] _coarse = new int[64];
    private int[] _heads = new int[64];
    private int[] _labels = new int[64];
    private ulong[] _leftLabels = new ulong[64], _rightLabels = new ulong[64]; // bit sets of the labels of left and right dependents
    private int[] _lc1 = new int[64], _lc2 = new int[64], _rc1 = new int[64], _rc2 = new int[64], _nl = new int[64], _nr = new int[64];

    /// <summary>Number of words (ids 1..Count).</summary>
    public int Count { get; private set; }

    /// <summary>A word (1..Count) that must end up as the sentence's root, or 0 for none; <see cref="Reset"/> clears it.</summary>
    public int ForcedRoot { get; set; }

    public ReadOnlySpan<int> Heads => _heads.AsSpan(0, Count + 1);
    public ReadOnlySpan<int> LabelsOf => _labels.AsSpan(0, Count + 1);

    /// <summary>Loads a sentence: forms and joint tag ids for words 1..n (index 0 of the spans is the first word).</summary>
    public void Reset(IReadOnlyList<string> forms, ReadOnlySpan<int> tags, IReadOnlyList<int> coarse)
    {
        int n = forms.Count;
        Count = n;
        if (_words.Length < n + 2) Grow(n + 2);
        _words[0] = RootWord;
        _suffixes[0] = RootWord;
        _tags[0] = -1;
        _punctuation[0] = 0;
        for (int i = 1; i <= n; i++)
        {
            var f = forms[i - 1];
            _punctuation[i] = _punctuation[i - 1] + (f is "," or ";" or ":" or "-" or "--" ? 1 : 0);
            _words[i] = FeatureHash.Normalized(f);
            _suffixes[i] = FeatureHash.Normalized(f.AsSpan(Math.Max(0, f.Length - 3)));
            _tags[i] = tags[i - 1];
            _coarse[i] = coarse[tags[i - 1]];
        }
        for (int i = 0; i <= n; i++)
        {
            _heads[i] = -1; _labels[i] = -1;
            _lc1[i] = _lc2[i] = _rc1[i] = _rc2[i] = -1;
            _nl[i] = _nr[i] = 0;
            _leftLabels[i] = _rightLabels[i] = 0;
        }
        _stack[0] = 0;
        _sp = 1;
        _b = 1;
        ForcedRoot = 0;
    }

    private void Grow(int size)
    {
        size = Math.Max(size, _words.Length * 2);
        Array.Resize(ref _stack, size); Array.Resize(ref _words, size); Array.Resize(ref _suffixes, size); Array.Resize(ref _punctuation, size); Array.Resize(ref _tags, size); Array.Resize(ref _coarse, size);
        Array.Resize(ref _heads, size); Array.Resize(ref _labels, size);
        Array.Resize(ref _lc1, size); Array.Resize(ref _lc2, size); Array.Resize(ref _rc1, size); Array.Resize(ref _rc2, size);
        Array.Resize(ref _nl, size); Array.Resize(ref _nr, size);
        Array.Resize(ref _leftLabels, size); Array.Resize(ref _rightLabels, size);
    }

    public bool Terminal => _b > Count && _sp == 1;

    public int S0 => _sp >= 1 ? _stack[_sp - 1] : -1;
    public int S1 => _sp >= 2 ? _stack[_sp - 2] : -1;
    public int S2 => _sp >= 3 ? _stack[_sp - 3] : -1;
    public int B0 => _b <= Count ? _b : -1;
    public int B(int k) => _b + k <= Count ? _b + k : -1;

    public ulong W(int i) => i < 0 || i > Count ? NoneWord : _words[i];
    public ulong T(int i) => i < 0 || i > Count ? 2000UL : i == 0 ? 2001UL : (ulong)_tags[i];
    /// <summary>Coarse (UPOS) tag id.</summary>
    public ulong U(int i) => i < 0 || i > Count ? 2000UL : i == 0 ? 2001UL : (ulong)_coarse[i];
    public ulong L(int i) => i < 0 ? 3000UL : (ulong)(_labels[i] + 1);
    public ulong Suffix(int i) => i < 0 || i > Count ? NoneWord : _suffixes[i];
    /// <summary>Commas and similar marks strictly between two words, capped at 3.</summary>
    public ulong PunctuationBetween(int a, int b) =>
        a <= 0 || b <= 0 || a > Count || b > Count ? 9UL : (ulong)Math.Min(3, Math.Abs(_punctuation[Math.Max(a, b) - 1] - _punctuation[Math.Min(a, b)]));

    public int Lc1(int i) => i < 0 ? -1 : _lc1[i];
    public int Lc2(int i) => i < 0 ? -1 : _lc2[i];
    public int Rc1(int i) => i < 0 ? -1 : _rc1[i];
    public int Rc2(int i) => i < 0 ? -1 : _rc2[i];
    public int Nl(int i) => i < 0 ? 0 : Math.Min(_nl[i], 5);
    public int Nr(int i) => i < 0 ? 0 : Math.Min(_nr[i], 5);

    /// <summary>Set of the labels of word i's left dependents so far (label ids modulo 64 as bits).</summary>
    public ulong LeftLabels(int i) => i < 0 ? 1UL << 63 : _leftLabels[i];

    /// <summary>Set of the labels of word i's right dependents so far.</summary>
    public ulong RightLabels(int i) => i < 0 ? 1UL << 63 : _rightLabels[i];

    /// <summary>Which transitions are allowed; the root takes a dependent only when the buffer is empty, so there is exactly one.</summary>
    public void Valid(Span<bool> valid)
    {
        bool bufferLeft = _b <= Count;
        valid[DependencyParser.Shift] = bufferLeft;
        valid[DependencyParser.Left] = _sp >= 2 && bufferLeft;
        valid[DependencyParser.Right] = _sp >= 2 && (_sp >= 3 || !bufferLeft);
        if (ForcedRoot == 0) return;
        // The forced root is never a dependent, and nothing may wait under it on the stack (it could never be reduced):
        // the stack is cleared before it is shifted, and once shifted it only leaves for the root at the end.
        if (_b == ForcedRoot && _sp >= 2) valid[DependencyParser.Shift] = false;
        if (S0 == ForcedRoot)
        {
            valid[DependencyParser.Left] = false;
            valid[DependencyParser.Right] &= _sp == 2;
        }
    }

    public void DoShift() => _stack[_sp++] = _b++;

    /// <summary>Attaches s0 to h (b0 for LEFT, s1 for RIGHT) and pops it.</summary>
    public void AddArc(int h, int d, int label)
    {
        _heads[d] = h;
        _labels[d] = label;
        if (d < h)
        {
            _nl[h]++;
            _leftLabels[h] |= 1UL << (label & 63);
            if (_lc1[h] < 0 || d < _lc1[h]) { _lc2[h] = _lc1[h]; _lc1[h] = d; }
            else if (_lc2[h] < 0 || d < _lc2[h]) _lc2[h] = d;
        }
        else
        {
            _nr[h]++;
            _rightLabels[h] |= 1UL << (label & 63);
            if (_rc1[h] < 0 || d > _rc1[h]) { _rc2[h] = _rc1[h]; _rc1[h] = d; }
            else if (_rc2[h] < 0 || d > _rc2[h]) _rc2[h] = d;
        }
        _sp--;
    }

    /// <summary>Gold arcs a transition makes unreachable (arc-hybrid dynamic oracle, Goldberg and Nivre 2013).</summary>
    public int Cost(int move, ReadOnlySpan<int> gold)
    {
        int cost = 0;
        int s0 = S0;
        if (move == DependencyParser.Shift)
        {
            int b0 = _b;
            for (int k = 1; k < _sp; k++)
            {
                int x = _stack[k];
                if (gold[x] == b0) cost++;
            }
            int g = gold[b0];
            for (int k = 0; k < _sp - 1; k++)
                if (_stack[k] == g) { cost++; break; }
            return cost;
        }
        for (int x = _b; x <= Count; x++)
            if (gold[x] == s0) cost++;
        int head = gold[s0];
        if (move == DependencyParser.Left)
        {
            if (head != _b && (head == S1 || head > _b)) cost++;
        }
        else if (head != S1 && head >= _b && _b <= Count) cost++;
        return cost;
    }
}
