namespace Defacto.Syntax;

/// <summary>Greedy left-to-right averaged-perceptron tagger predicting a joint UPOS+XPOS tag per word, with a tag dictionary for frequent unambiguous words.</summary>
public sealed class PosTagger
{
    private const int MaxFeatures = 60;
    private readonly Dictionary<string, int> _unambiguous;
    private readonly Dictionary<ulong, int> _mostFrequent;

    internal PosTagger(TagSet tags, HashedPerceptron model, Dictionary<string, int> unambiguous, Dictionary<ulong, int> mostFrequent)
    {
        Tags = tags;
        Model = model;
        _unambiguous = unambiguous;
        _mostFrequent = mostFrequent;
    }

    public TagSet Tags { get; }

    internal HashedPerceptron Model { get; set; }

    /// <summary>Optional second left-to-right pass that also sees the first pass's tags to the right.</summary>
    internal HashedPerceptron? Second { get; set; }

    internal Dictionary<string, int> Unambiguous => _unambiguous;

    internal Dictionary<ulong, int> MostFrequent => _mostFrequent;

    /// <summary>Tags every word; tags[i] receives a joint tag id.</summary>
    public void Tag(IReadOnlyList<string> forms, Span<int> tags)
    {
        var context = Prepare(forms, CapitalizedShare(forms));
        Span<float> margins = forms.Count <= 256 ? stackalloc float[forms.Count] : new float[forms.Count];
        TagPass(Model, forms, tags, default, context, margins);
        if (Second is null || forms.Count == 0) return;
        Span<int> first = forms.Count <= 256 ? stackalloc int[forms.Count] : new int[forms.Count];
        tags[..forms.Count].CopyTo(first);
        TagPass(Second, forms, tags, first, context, margins, SureMargin);
    }

    /// <summary>
    /// First-pass score margin above which the second pass keeps the first tag instead of re-scoring the word. On EWT dev
    /// 20 skips 87 % of the second pass's words with UPOS, XPOS and LAS unchanged: the second pass only ever changes close calls.
    /// </summary>
    internal const float SureMargin = 20f;

    /// <summary>Second-pass tags given first-pass tags (for evaluating a second pass in training).</summary>
    internal void TagSecond(HashedPerceptron second, IReadOnlyList<string> forms, ReadOnlySpan<int> first, Span<int> tags) =>
        TagPass(second, forms, tags, first, Prepare(forms, CapitalizedShare(forms)));

    private void TagPass(HashedPerceptron model, IReadOnlyList<string> forms, Span<int> tags, ReadOnlySpan<int> right, SentenceFeatures context,
        Span<float> margins = default, float sure = float.PositiveInfinity)
    {
        Span<int> rows = stackalloc int[MaxFeatures];
        Span<float> scores = stackalloc float[model.Stride];
        for (int i = 0; i < forms.Count; i++)
        {
            if (_unambiguous.TryGetValue(forms[i], out int known)) { tags[i] = known; continue; }
            if (!margins.IsEmpty && margins[i] >= sure) continue; // the first pass was sure: its tag stands
            int n = Features(model, context, forms.Count, i, tags, rows, right);
            model.Score(rows[..n], scores);
            if (!margins.IsEmpty && right.IsEmpty) tags[i] = BestWithMargin(scores[..model.Classes], out margins[i]);
            else tags[i] = model.Best(scores);
        }
    }

    /// <summary>The first highest score's class, as <see cref="HashedPerceptron.Best"/> picks it, and its lead over the best of the rest, in one pass.</summary>
    private static int BestWithMargin(ReadOnlySpan<float> scores, out float margin)
    {
        int best = 0;
        float top = scores[0], second = float.NegativeInfinity;
        for (int c = 1; c < scores.Length; c++)
        {
            float s = scores[c];
            if (s > top) { second = top; top = s; best = c; }
            else if (s > second) second = s;
        }
        margin = top - second;
        return best;
    }

    /// <summary>One training pass over a sentence with gold tags; returns the number of correct predictions.</summary>
    internal int Train(IReadOnlyList<string> forms, ReadOnlySpan<int> gold, Span<int> predicted, float[] scores) =>
        Train(Model, forms, gold, predicted, scores, default);

    /// <summary>Training pass for the given model; <paramref name="right"/> holds first-pass tags when training a second pass.</summary>
    internal int Train(HashedPerceptron model, IReadOnlyList<string> forms, ReadOnlySpan<int> gold, Span<int> predicted, float[] scores, ReadOnlySpan<int> right)
    {
        Span<int> rows = stackalloc int[MaxFeatures];
        int correct = 0;
        var context = Prepare(forms, CapitalizedShare(forms));
        for (int i = 0; i < forms.Count; i++)
        {
            int guess;
            if (_unambiguous.TryGetValue(forms[i], out int known)) guess = known;
            else
            {
                int n = Features(model, context, forms.Count, i, predicted, rows, right);
                model.Score(rows[..n], scores);
                guess = model.Best(scores);
                model.Tick();
                model.Update(rows[..n], gold[i], guess);
            }
            if (guess == gold[i]) correct++;
            // Condition later words on the prediction, as at run time.
            predicted[i] = guess;
        }
        return correct;
    }

    private static ulong CapitalizedShare(IReadOnlyList<string> forms) => FeatureHash.CapitalizedShare(forms, static f => f);

    /// <summary>The word's most frequent tag in training, by its normalized hash (<see cref="Word"/>), or -1.</summary>
    private int MostFrequentTag(ulong word) => _mostFrequent.TryGetValue(word, out int t) ? t : -1;

    /// <summary>The Penn tag the word (in any case) had most often in training, or null for a word not seen there.</summary>
    internal string? MostFrequentXpos(string form) => MostFrequentTagOf(form) is var t and >= 0 ? Tags.Xpos[t] : null;

    /// <summary>The joint tag id the word (in any case) had most often in training, or -1.</summary>
    internal int MostFrequentTagOf(string form) => MostFrequentTag(FeatureHash.Normalized(form));

    private static ulong Word(IReadOnlyList<string> forms, int i) =>
        i < 0 ? 1UL : i >= forms.Count ? 2UL : FeatureHash.Normalized(forms[i]);

    private static ulong Suffix(IReadOnlyList<string> forms, int i, int k)
    {
        if (i < 0) return 1UL;
        if (i >= forms.Count) return 2UL;
        var f = forms[i];
        return FeatureHash.Normalized(f.AsSpan(Math.Max(0, f.Length - k))) ^ (ulong)k;
    }

    private static ulong Tag(ReadOnlySpan<int> tags, int i) => i < 0 ? 1000UL : (ulong)tags[i];

    private ulong Coarse(ReadOnlySpan<int> tags, int i) => i < 0 ? 1000UL : (ulong)Tags.UposId[tags[i]];

    /// <summary>Word shape of forms[i] (see <see cref="FeatureHash.Shape"/>); 1 and 2 stand for before and after the sentence.</summary>
    internal static ulong Shape(IReadOnlyList<string> forms, int i) =>
        i < 0 ? 1UL : i >= forms.Count ? 2UL : FeatureHash.Shape(forms[i]);

    /// <summary>Per-sentence values that do not depend on tags, computed once and shared by both passes.</summary>
    private sealed class SentenceFeatures
    {
        public const int PerWord = 35;
        public ulong[] Hashes = new ulong[64 * PerWord];
        public ulong[] Words = new ulong[64], Suffix3 = new ulong[64], Shapes = new ulong[64], Frequent = new ulong[64];

        public void Ensure(int n)
        {
            if (Words.Length >= n + 2) return;
            int size = Math.Max(n + 2, Words.Length * 2);
            Hashes = new ulong[size * PerWord];
            Words = new ulong[size]; Suffix3 = new ulong[size]; Shapes = new ulong[size]; Frequent = new ulong[size];
        }
    }

    [ThreadStatic] private static SentenceFeatures? _scratch;

    private SentenceFeatures Prepare(IReadOnlyList<string> forms, ulong caps)
    {
        var c = _scratch ??= new SentenceFeatures();
        int count = forms.Count;
        c.Ensure(count);
        for (int i = 0; i < count; i++)
        {
            c.Words[i] = Word(forms, i);
            c.Suffix3[i] = Suffix(forms, i, 3);
            c.Shapes[i] = Shape(forms, i);
            c.Frequent[i] = (ulong)(MostFrequentTag(c.Words[i]) + 10);
        }
        ulong W(int k) => k < 0 ? 1UL : k >= count ? 2UL : c.Words[k];
        ulong S3(int k) => k < 0 ? 1UL : k >= count ? 2UL : c.Suffix3[k];
        ulong Sh(int k) => k < 0 ? 1UL : k >= count ? 2UL : c.Shapes[k];
        ulong Mf(int k) => k < 0 ? 8UL : k >= count ? 7UL : c.Frequent[k];
        for (int i = 0; i < count; i++)
        {
            var f = forms[i];
            ulong w = W(i), wp = W(i - 1), wn = W(i + 1), mf = Mf(i), mfn = Mf(i + 1), mfnn = Mf(i + 2), suf3 = S3(i), shape = Sh(i);
            var h = c.Hashes.AsSpan(i * SentenceFeatures.PerWord, SentenceFeatures.PerWord);
            int n = 0;
            h[n++] = FeatureHash.Of(1, 0);
            h[n++] = FeatureHash.Of(2, w);
            h[n++] = FeatureHash.Of(3, FeatureHash.String(f));
            h[n++] = FeatureHash.Of(4, Suffix(forms, i, 1));
            h[n++] = FeatureHash.Of(5, Suffix(forms, i, 2));
            h[n++] = FeatureHash.Of(6, suf3);
            h[n++] = FeatureHash.Of(7, Suffix(forms, i, 4));
            h[n++] = FeatureHash.Of(8, Suffix(forms, i, 5));
            h[n++] = FeatureHash.Of(9, FeatureHash.Normalized(f.AsSpan(0, Math.Min(1, f.Length))));
            h[n++] = FeatureHash.Of(10, FeatureHash.Normalized(f.AsSpan(0, Math.Min(2, f.Length))));
            h[n++] = FeatureHash.Of(11, FeatureHash.Normalized(f.AsSpan(0, Math.Min(3, f.Length))));
            h[n++] = FeatureHash.Of(12, shape);
            h[n++] = FeatureHash.Of(13, wp);
            h[n++] = FeatureHash.Of(14, wn);
            h[n++] = FeatureHash.Of(15, W(i - 2));
            h[n++] = FeatureHash.Of(16, W(i + 2));
            h[n++] = FeatureHash.Of(17, S3(i - 1));
            h[n++] = FeatureHash.Of(18, S3(i + 1));
            h[n++] = FeatureHash.Of(23, wp, w);
            h[n++] = FeatureHash.Of(24, w, wn);
            h[n++] = FeatureHash.Of(25, mf);
            h[n++] = FeatureHash.Of(26, mfn);
            h[n++] = FeatureHash.Of(27, mfnn);
            h[n++] = FeatureHash.Of(28, mf, mfn);
            h[n++] = FeatureHash.Of(30, Sh(i + 1));
            h[n++] = FeatureHash.Of(31, Sh(i - 1));
            h[n++] = FeatureHash.Of(32, i == 0 ? 1UL : 0UL, shape);
            h[n++] = FeatureHash.Of(34, (ulong)Math.Min(f.Length, 12));
            h[n++] = FeatureHash.Of(35, wn, W(i + 2));
            h[n++] = FeatureHash.Of(37, wp, mf);
            h[n++] = FeatureHash.Of(38, caps, shape);
            h[n++] = FeatureHash.Of(39, caps, w, i == 0 ? 1UL : 0UL);
            h[n++] = FeatureHash.Of(40, w, mfn);
            h[n++] = FeatureHash.Of(41, suf3, mfn);
            h[n++] = FeatureHash.Of(43, caps, Sh(i - 1), Sh(i + 1));
        }
        return c;
    }

    private int Features(HashedPerceptron m, SentenceFeatures c, int count, int i, ReadOnlySpan<int> tags, Span<int> rows, ReadOnlySpan<int> right)
    {
        int n = 0;
        foreach (var hash in c.Hashes.AsSpan(i * SentenceFeatures.PerWord, SentenceFeatures.PerWord)) rows[n++] = m.Row(hash);
        ulong w = c.Words[i], wn = i + 1 < count ? c.Words[i + 1] : 2UL, suf3 = c.Suffix3[i], shape = c.Shapes[i];
        ulong mf = c.Frequent[i], mfn = i + 1 < count ? c.Frequent[i + 1] : 7UL;
        ulong tp = Tag(tags, i - 1), tpp = Tag(tags, i - 2);
        rows[n++] = m.Row(FeatureHash.Of(19, tp));
        rows[n++] = m.Row(FeatureHash.Of(20, tpp));
        rows[n++] = m.Row(FeatureHash.Of(21, tp, tpp));
        rows[n++] = m.Row(FeatureHash.Of(22, tp, w));
        rows[n++] = m.Row(FeatureHash.Of(29, tp, mfn));
        rows[n++] = m.Row(FeatureHash.Of(33, suf3, tp));
        rows[n++] = m.Row(FeatureHash.Of(36, tp, mf, mfn));
        rows[n++] = m.Row(FeatureHash.Of(42, shape, tp));
        ulong up = Coarse(tags, i - 1), upp = Coarse(tags, i - 2);
        rows[n++] = m.Row(FeatureHash.Of(44, up, upp, w));
        rows[n++] = m.Row(FeatureHash.Of(45, up, suf3));
        rows[n++] = m.Row(FeatureHash.Of(46, up, wn));
        if (right.IsEmpty) return n;
        ulong r1 = i + 1 < right.Length ? (ulong)right[i + 1] : 1001UL, r2 = i + 2 < right.Length ? (ulong)right[i + 2] : 1001UL;
        rows[n++] = m.Row(FeatureHash.Of(47, r1));
        rows[n++] = m.Row(FeatureHash.Of(48, r2));
        rows[n++] = m.Row(FeatureHash.Of(49, r1, r2));
        rows[n++] = m.Row(FeatureHash.Of(50, w, r1));
        rows[n++] = m.Row(FeatureHash.Of(51, tp, r1));
        rows[n++] = m.Row(FeatureHash.Of(52, suf3, r1));
        rows[n++] = m.Row(FeatureHash.Of(53, (ulong)right[i]));
        rows[n++] = m.Row(FeatureHash.Of(54, w, (ulong)right[i]));
        return n;
    }
}

/// <summary>The joint UPOS+XPOS tags a model knows, with their parts.</summary>
public sealed class TagSet
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    public TagSet(IEnumerable<string> joint)
    {
        foreach (var t in joint) Add(t);
    }

    public List<string> Joint { get; } = new();

    /// <summary>For each joint tag, the index of its UPOS among the distinct UPOS values (a coarser feature).</summary>
    public List<int> UposId { get; } = new();

    private readonly Dictionary<string, int> _uposIndex = new(StringComparer.Ordinal);
    public List<string> Upos { get; } = new();
    public List<string> Xpos { get; } = new();

    public int Count => Joint.Count;

    public int Add(string joint)
    {
        if (_index.TryGetValue(joint, out int id)) return id;
        id = Joint.Count;
        _index[joint] = id;
        Joint.Add(joint);
        int tab = joint.IndexOf('|');
        Upos.Add(joint[..tab]);
        if (!_uposIndex.TryGetValue(joint[..tab], out int u)) _uposIndex[joint[..tab]] = u = _uposIndex.Count;
        UposId.Add(u);
        Xpos.Add(joint[(tab + 1)..]);
        return id;
    }

    public int Find(string upos, string xpos) => _index.TryGetValue(upos + "|" + xpos, out int id) ? id : -1;

    public static string Key(string upos, string xpos) => upos + "|" + xpos;
}
