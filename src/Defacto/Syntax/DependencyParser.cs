namespace Defacto.Syntax;

/// <summary>Greedy arc-hybrid transition parser: an averaged perceptron picks SHIFT/LEFT/RIGHT, a second one labels each arc as it is made.</summary>
public sealed class DependencyParser
{
    internal const int Shift = 0, Left = 1, Right = 2;
    private const int MaxFeatures = 128;
    private const int MaxLabelFeatures = 40;

    internal DependencyParser(List<string> labels, HashedPerceptron transitions, HashedPerceptron labeler)
    {
        Labels = labels;
        Transitions = transitions;
        Labeler = labeler;
        RootLabel = Math.Max(0, labels.IndexOf("root"));
    }

    /// <summary>Dependency relation names; a label id indexes this list.</summary>
    public List<string> Labels { get; }

    internal HashedPerceptron Transitions { get; set; }
    internal HashedPerceptron Labeler { get; set; }
    internal int RootLabel { get; }

    /// <summary>Training scores are sums of integer weights: a right answer must win by this much, so a tie with a wrong one still counts as an error.</summary>
    private const float Margin = 1f;

    /// <summary>Parses the sentence loaded in <paramref name="state"/>, leaving heads and labels there; always one root, no cycles.</summary>
    public void Parse(ParseState state)
    {
        Span<int> rows = stackalloc int[MaxFeatures];
        Span<int> labelRows = stackalloc int[MaxLabelFeatures];
        Span<float> scores = stackalloc float[Transitions.Stride];
        Span<float> labelScores = stackalloc float[Labeler.Stride];
        Span<bool> valid = stackalloc bool[3];
        while (!state.Terminal)
        {
            state.Valid(valid);
            int move = OnlyMove(valid);
            if (move < 0)
            {
                int n = Features(state, rows);
                Transitions.Score(rows[..n], scores);
                move = Transitions.Best(scores, valid);
            }
            if (move == Shift) { state.DoShift(); continue; }
            int d = state.S0, h = move == Left ? state.B0 : state.S1;
            state.AddArc(h, d, PredictLabel(state, h, d, labelScores, labelRows));
        }
    }

    /// <summary>The move when only one is allowed (the first shift, the final reductions), else -1: no need to score it.</summary>
    private static int OnlyMove(ReadOnlySpan<bool> valid)
    {
        int only = -1;
        for (int t = 0; t < valid.Length; t++)
        {
            if (!valid[t]) continue;
            if (only >= 0) return -1;
            only = t;
        }
        return only;
    }

    private int PredictLabel(ParseState state, int h, int d, Span<float> labelScores, Span<int> rows)
    {
        if (h == 0) return RootLabel;
        int n = LabelFeatures(state, h, d, rows);
        Labeler.Score(rows[..n], labelScores);
        return BestNonRoot(labelScores);
    }

    private int BestNonRoot(ReadOnlySpan<float> scores)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int c = 0; c < Labeler.Classes; c++)
        {
            if (c == RootLabel && Labeler.Classes > 1) continue;
            if (best < 0 || scores[c] > bestScore) { best = c; bestScore = scores[c]; }
        }
        return best;
    }

    /// <summary>One dynamic-oracle training pass; returns (correct heads, correct labeled heads).</summary>
    internal (int Heads, int Labeled) Train(ParseState state, ReadOnlySpan<int> goldHeads, ReadOnlySpan<int> goldLabels, double explore, Random random)
    {
        Span<int> rows = stackalloc int[MaxFeatures];
        Span<int> labelRows = stackalloc int[MaxLabelFeatures];
        Span<float> scores = stackalloc float[Transitions.Stride];
        Span<bool> valid = stackalloc bool[3];
        Span<int> costs = stackalloc int[3];
        Span<float> labelScores = stackalloc float[Labeler.Stride];
        while (!state.Terminal)
        {
            state.Valid(valid);
            int n = Features(state, rows);
            Transitions.Score(rows[..n], scores);
            int predicted = Transitions.Best(scores, valid);
            int minCost = int.MaxValue;
            for (int t = 0; t < 3; t++)
            {
                costs[t] = valid[t] ? state.Cost(t, goldHeads) : int.MaxValue;
                minCost = Math.Min(minCost, costs[t]);
            }
            int gold = -1;
            for (int t = 0; t < 3; t++)
                if (costs[t] == minCost && (gold < 0 || scores[t] > scores[gold])) gold = t;
            Transitions.Tick();
            if (costs[predicted] > minCost) Transitions.Update(rows[..n], gold, predicted);
            else
            {
                int rival = -1;
                for (int t = 0; t < 3; t++)
                    if (valid[t] && costs[t] > minCost && (rival < 0 || scores[t] > scores[rival])) rival = t;
                if (rival >= 0 && scores[predicted] - scores[rival] < Margin) Transitions.Update(rows[..n], predicted, rival);
            }
            int move = explore > 0 && random.NextDouble() < explore ? predicted : gold;
            if (move == Shift) { state.DoShift(); continue; }
            int d = state.S0, h = move == Left ? state.B0 : state.S1;
            int label;
            if (h == 0) label = RootLabel;
            else
            {
                int ln = LabelFeatures(state, h, d, labelRows);
                Labeler.Score(labelRows[..ln], labelScores);
                label = BestNonRoot(labelScores);
                if (goldHeads[d] == h)
                {
                    Labeler.Tick();
                    int target = goldLabels[d];
                    if (label != target) Labeler.Update(labelRows[..ln], target, label);
                    else
                    {
                        int rival = -1;
                        for (int c = 0; c < Labeler.Classes; c++)
                            if (c != target && c != RootLabel && (rival < 0 || labelScores[c] > labelScores[rival])) rival = c;
                        if (rival >= 0 && labelScores[target] - labelScores[rival] < Margin) Labeler.Update(labelRows[..ln], target, rival);
                    }
                    label = target;
                }
            }
            state.AddArc(h, d, label);
        }
        int heads = 0, labeled = 0;
        for (int i = 1; i <= state.Count; i++)
        {
            if (state.Heads[i] != goldHeads[i]) continue;
            heads++;
            if (state.LabelsOf[i] == goldLabels[i]) labeled++;
        }
        return (heads, labeled);
    }

    private int Features(ParseState s, Span<int> rows)
    {
        var m = Transitions;
        int n = 0;
        int s0 = s.S0, s1 = s.S1, s2 = s.S2, b0 = s.B0, b1 = s.B(1), b2 = s.B(2);
        ulong s0w = s.W(s0), s0t = s.T(s0), s1w = s.W(s1), s1t = s.T(s1), b0w = s.W(b0), b0t = s.T(b0);
        ulong b1w = s.W(b1), b1t = s.T(b1), b2t = s.T(b2), s2t = s.T(s2);
        ulong s0wt = FeatureHash.Mix(s0w, s0t), b0wt = FeatureHash.Mix(b0w, b0t), s1wt = FeatureHash.Mix(s1w, s1t), b1wt = FeatureHash.Mix(b1w, b1t);
        int s0lc = s.Lc1(s0), s0rc = s.Rc1(s0), b0lc = s.Lc1(b0), s0lc2 = s.Lc2(s0), s0rc2 = s.Rc2(s0), b0lc2 = s.Lc2(b0), s1rc = s.Rc1(s1), s1lc = s.Lc1(s1);
        ulong s0lct = s.T(s0lc), s0rct = s.T(s0rc), b0lct = s.T(b0lc), s1rct = s.T(s1rc);
        ulong s0lcl = s.L(s0lc), s0rcl = s.L(s0rc), b0lcl = s.L(b0lc), s0lc2l = s.L(s0lc2), s0rc2l = s.L(s0rc2), b0lc2l = s.L(b0lc2);
        ulong dist = s0 > 0 && b0 > 0 ? (ulong)Math.Min(b0 - s0, 10) : 0UL;
        ulong dist1 = s0 > 0 && s1 > 0 ? (ulong)Math.Min(s0 - s1, 10) : 0UL;
        rows[n++] = m.Row(FeatureHash.Of(1, 0));
        rows[n++] = m.Row(FeatureHash.Of(2, s0wt));
        rows[n++] = m.Row(FeatureHash.Of(3, s0w));
        rows[n++] = m.Row(FeatureHash.Of(4, s0t));
        rows[n++] = m.Row(FeatureHash.Of(5, b0wt));
        rows[n++] = m.Row(FeatureHash.Of(6, b0w));
        rows[n++] = m.Row(FeatureHash.Of(7, b0t));
        rows[n++] = m.Row(FeatureHash.Of(8, b1wt));
        rows[n++] = m.Row(FeatureHash.Of(9, b1w));
        rows[n++] = m.Row(FeatureHash.Of(10, b1t));
        rows[n++] = m.Row(FeatureHash.Of(11, b2t));
        rows[n++] = m.Row(FeatureHash.Of(12, s1wt));
        rows[n++] = m.Row(FeatureHash.Of(13, s1w));
        rows[n++] = m.Row(FeatureHash.Of(14, s1t));
        rows[n++] = m.Row(FeatureHash.Of(15, s2t));
        rows[n++] = m.Row(FeatureHash.Of(16, s0wt, b0wt));
        rows[n++] = m.Row(FeatureHash.Of(17, s0wt, b0w));
        rows[n++] = m.Row(FeatureHash.Of(18, s0w, b0wt));
        rows[n++] = m.Row(FeatureHash.Of(19, s0wt, b0t));
        rows[n++] = m.Row(FeatureHash.Of(20, s0t, b0wt));
        rows[n++] = m.Row(FeatureHash.Of(21, s0w, b0w));
        rows[n++] = m.Row(FeatureHash.Of(22, s0t, b0t));
        rows[n++] = m.Row(FeatureHash.Of(23, b0t, b1t));
        rows[n++] = m.Row(FeatureHash.Of(24, s1wt, s0wt));
        rows[n++] = m.Row(FeatureHash.Of(25, s1w, s0w));
        rows[n++] = m.Row(FeatureHash.Of(26, s1t, s0t));
        rows[n++] = m.Row(FeatureHash.Of(27, s1t, s0w));
        rows[n++] = m.Row(FeatureHash.Of(28, s1w, s0t));
        rows[n++] = m.Row(FeatureHash.Of(29, b0t, b1t, b2t));
        rows[n++] = m.Row(FeatureHash.Of(30, s0t, b0t, b1t));
        rows[n++] = m.Row(FeatureHash.Of(31, s1t, s0t, b0t));
        rows[n++] = m.Row(FeatureHash.Of(32, s0t, s0lct, b0t));
        rows[n++] = m.Row(FeatureHash.Of(33, s0t, s0rct, b0t));
        rows[n++] = m.Row(FeatureHash.Of(34, s0t, b0t, b0lct));
        rows[n++] = m.Row(FeatureHash.Of(35, s1t, s0t, s0lct));
        rows[n++] = m.Row(FeatureHash.Of(36, s1t, s1rct, s0t));
        rows[n++] = m.Row(FeatureHash.Of(37, s2t, s1t, s0t));
        rows[n++] = m.Row(FeatureHash.Of(38, s0w, dist));
        rows[n++] = m.Row(FeatureHash.Of(39, s0t, dist));
        rows[n++] = m.Row(FeatureHash.Of(40, b0w, dist));
        rows[n++] = m.Row(FeatureHash.Of(41, b0t, dist));
        rows[n++] = m.Row(FeatureHash.Of(42, s0w, b0w, dist));
        rows[n++] = m.Row(FeatureHash.Of(43, s0t, b0t, dist));
        rows[n++] = m.Row(FeatureHash.Of(44, s1t, s0t, dist1));
        rows[n++] = m.Row(FeatureHash.Of(45, s1w, s0w, dist1));
        rows[n++] = m.Row(FeatureHash.Of(46, s0w, (ulong)s.Nr(s0)));
        rows[n++] = m.Row(FeatureHash.Of(47, s0t, (ulong)s.Nr(s0)));
        rows[n++] = m.Row(FeatureHash.Of(48, s0w, (ulong)s.Nl(s0)));
        rows[n++] = m.Row(FeatureHash.Of(49, s0t, (ulong)s.Nl(s0)));
        rows[n++] = m.Row(FeatureHash.Of(50, b0w, (ulong)s.Nl(b0)));
        rows[n++] = m.Row(FeatureHash.Of(51, b0t, (ulong)s.Nl(b0)));
        rows[n++] = m.Row(FeatureHash.Of(52, s1t, (ulong)s.Nr(s1)));
        rows[n++] = m.Row(FeatureHash.Of(53, s.W(s0lc)));
        rows[n++] = m.Row(FeatureHash.Of(54, s0lct));
        rows[n++] = m.Row(FeatureHash.Of(55, s0lcl));
        rows[n++] = m.Row(FeatureHash.Of(56, s.W(s0rc)));
        rows[n++] = m.Row(FeatureHash.Of(57, s0rct));
        rows[n++] = m.Row(FeatureHash.Of(58, s0rcl));
        rows[n++] = m.Row(FeatureHash.Of(59, s.W(b0lc)));
        rows[n++] = m.Row(FeatureHash.Of(60, b0lct));
        rows[n++] = m.Row(FeatureHash.Of(61, b0lcl));
        rows[n++] = m.Row(FeatureHash.Of(62, s.T(s0lc2)));
        rows[n++] = m.Row(FeatureHash.Of(63, s0lc2l));
        rows[n++] = m.Row(FeatureHash.Of(64, s.T(s0rc2)));
        rows[n++] = m.Row(FeatureHash.Of(65, s0rc2l));
        rows[n++] = m.Row(FeatureHash.Of(66, s.T(b0lc2)));
        rows[n++] = m.Row(FeatureHash.Of(67, b0lc2l));
        rows[n++] = m.Row(FeatureHash.Of(68, s1rct));
        rows[n++] = m.Row(FeatureHash.Of(69, s.L(s1rc)));
        rows[n++] = m.Row(FeatureHash.Of(70, s0t, s0lcl, s0lc2l));
        rows[n++] = m.Row(FeatureHash.Of(71, s0t, s0rcl, s0rc2l));
        rows[n++] = m.Row(FeatureHash.Of(72, b0t, b0lcl, b0lc2l));
        rows[n++] = m.Row(FeatureHash.Of(73, s0wt, s0lcl, b0t));
        rows[n++] = m.Row(FeatureHash.Of(74, s1t, s.L(s1lc), s0t));
        rows[n++] = m.Row(FeatureHash.Of(75, s0t, b0t, (s.B0 < 0 ? 1UL : 0UL)));
        rows[n++] = m.Row(FeatureHash.Of(76, b0w, b1w));
        rows[n++] = m.Row(FeatureHash.Of(77, s0w, b0t, b1t));
        ulong s0s = s.Suffix(s0), b0s = s.Suffix(b0);
        ulong punct = s.PunctuationBetween(s0, b0), punct1 = s.PunctuationBetween(s1, s0);
        rows[n++] = m.Row(FeatureHash.Of(78, s0s, s0t));
        rows[n++] = m.Row(FeatureHash.Of(79, b0s, b0t));
        rows[n++] = m.Row(FeatureHash.Of(80, s0t, b0t, punct));
        rows[n++] = m.Row(FeatureHash.Of(81, s1t, s0t, punct1));
        rows[n++] = m.Row(FeatureHash.Of(82, s0w, b0t, punct));
        rows[n++] = m.Row(FeatureHash.Of(83, s0t, b0w, b1t));
        rows[n++] = m.Row(FeatureHash.Of(84, s.W(s0lc), s0t, b0t));
        rows[n++] = m.Row(FeatureHash.Of(85, s0t, s.W(b0lc), b0t));
        rows[n++] = m.Row(FeatureHash.Of(86, s1w, b0t));
        rows[n++] = m.Row(FeatureHash.Of(87, s1t, b0w));
        ulong s0u = s.U(s0), b0u = s.U(b0), s1u = s.U(s1), b1u = s.U(b1);
        rows[n++] = m.Row(FeatureHash.Of(88, s0u, b0u));
        rows[n++] = m.Row(FeatureHash.Of(89, s1u, s0u, b0u));
        rows[n++] = m.Row(FeatureHash.Of(90, s0u, b0u, b1u));
        rows[n++] = m.Row(FeatureHash.Of(91, s0u, b0u, dist));
        rows[n++] = m.Row(FeatureHash.Of(92, s0w, b0u));
        rows[n++] = m.Row(FeatureHash.Of(93, s0u, b0w));
        rows[n++] = m.Row(FeatureHash.Of(94, s0u, s.U(s0lc), s.U(s0rc)));
        // Label sets of the dependents so far (Zhang and Nivre 2011) and more third-order context.
        ulong s0ll = s.LeftLabels(s0), s0rl = s.RightLabels(s0), b0ll = s.LeftLabels(b0), s1rl = s.RightLabels(s1), s1ll = s.LeftLabels(s1);
        rows[n++] = m.Row(FeatureHash.Of(95, s0t, s0ll));
        rows[n++] = m.Row(FeatureHash.Of(96, s0t, s0rl));
        rows[n++] = m.Row(FeatureHash.Of(97, b0t, b0ll));
        rows[n++] = m.Row(FeatureHash.Of(98, s1t, s1rl));
        rows[n++] = m.Row(FeatureHash.Of(99, s0w, s0ll, s0rl));
        rows[n++] = m.Row(FeatureHash.Of(100, s1t, s1ll));
        rows[n++] = m.Row(FeatureHash.Of(101, s0t, b0t, s0rl));
        rows[n++] = m.Row(FeatureHash.Of(102, s1t, s0t, s0ll));
        ulong dist2 = s1 > 0 && b0 > 0 ? (ulong)Math.Min(b0 - s1, 10) : 0UL;
        rows[n++] = m.Row(FeatureHash.Of(103, s1t, b0t, dist2));
        rows[n++] = m.Row(FeatureHash.Of(104, s1w, b0w));
        rows[n++] = m.Row(FeatureHash.Of(105, s.W(s2)));
        rows[n++] = m.Row(FeatureHash.Of(106, s.W(b2)));
        rows[n++] = m.Row(FeatureHash.Of(107, b0t, b1t, b2t, s.T(s.B(3))));
        rows[n++] = m.Row(FeatureHash.Of(108, s.W(s1rc), s1t, s0t));
        rows[n++] = m.Row(FeatureHash.Of(109, s0w, s.W(s0rc)));
        rows[n++] = m.Row(FeatureHash.Of(110, s1t, s0t, b0t, b1t));
        return n;
    }

    private int LabelFeatures(ParseState s, int h, int d, Span<int> rows)
    {
        var m = Labeler;
        int n = 0;
        ulong dir = d < h ? 1UL : 2UL;
        ulong dist = (ulong)Math.Min(Math.Abs(h - d), 10);
        ulong dw = s.W(d), dt = s.T(d), hw = s.W(h), ht = s.T(h);
        int hlc = s.Lc1(h), hrc = s.Rc1(h), dlc = s.Lc1(d), drc = s.Rc1(d);
        ulong dlcl = s.L(dlc), drcl = s.L(drc), hlcl = s.L(hlc), hrcl = s.L(hrc);
        rows[n++] = m.Row(FeatureHash.Of(1, dir));
        rows[n++] = m.Row(FeatureHash.Of(2, dw, dir));
        rows[n++] = m.Row(FeatureHash.Of(3, dt, dir));
        rows[n++] = m.Row(FeatureHash.Of(4, hw, dir));
        rows[n++] = m.Row(FeatureHash.Of(5, ht, dir));
        rows[n++] = m.Row(FeatureHash.Of(6, dt, ht, dir));
        rows[n++] = m.Row(FeatureHash.Of(7, dw, ht, dir));
        rows[n++] = m.Row(FeatureHash.Of(8, dt, hw, dir));
        rows[n++] = m.Row(FeatureHash.Of(9, dw, hw));
        rows[n++] = m.Row(FeatureHash.Of(10, dt, dist, dir));
        rows[n++] = m.Row(FeatureHash.Of(11, dt, dlcl));
        rows[n++] = m.Row(FeatureHash.Of(12, dt, drcl));
        rows[n++] = m.Row(FeatureHash.Of(13, ht, hlcl, dir));
        rows[n++] = m.Row(FeatureHash.Of(14, ht, hrcl, dir));
        rows[n++] = m.Row(FeatureHash.Of(15, dt, dlcl, drcl));
        rows[n++] = m.Row(FeatureHash.Of(16, s.W(hlc), dt, ht));
        rows[n++] = m.Row(FeatureHash.Of(17, s.W(dlc), dt));
        rows[n++] = m.Row(FeatureHash.Of(18, s.W(drc), dt));
        rows[n++] = m.Row(FeatureHash.Of(19, s.T(d - 1), dt));
        rows[n++] = m.Row(FeatureHash.Of(20, dt, s.T(d + 1)));
        rows[n++] = m.Row(FeatureHash.Of(21, s.Suffix(d), dt));
        rows[n++] = m.Row(FeatureHash.Of(22, dt, ht, hlcl));
        rows[n++] = m.Row(FeatureHash.Of(23, dw, dt));
        rows[n++] = m.Row(FeatureHash.Of(24, hw, ht));
        rows[n++] = m.Row(FeatureHash.Of(25, ht, s.L(s.Lc2(h)), dir));
        rows[n++] = m.Row(FeatureHash.Of(26, dt, (ulong)s.Nl(d), (ulong)s.Nr(d)));
        rows[n++] = m.Row(FeatureHash.Of(27, dw, dlcl));
        rows[n++] = m.Row(FeatureHash.Of(28, dt, ht, s.W(dlc)));
        rows[n++] = m.Row(FeatureHash.Of(29, s.T(h + 1), ht, dt));
        rows[n++] = m.Row(FeatureHash.Of(30, s.T(h - 1), ht, dt));
        rows[n++] = m.Row(FeatureHash.Of(31, s.Suffix(h), ht, dir));
        rows[n++] = m.Row(FeatureHash.Of(32, dt, ht, s.PunctuationBetween(h, d)));
        rows[n++] = m.Row(FeatureHash.Of(33, dw, hw, dir));
        return n;
    }
}

