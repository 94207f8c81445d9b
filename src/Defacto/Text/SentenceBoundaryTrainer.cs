using Defacto.Model;
using Defacto.Syntax;

namespace Defacto.Text;

/// <summary>Settings for <see cref="SentenceBoundaryTrainer"/>.</summary>
public sealed record SentenceTrainingOptions
{
    public int Epochs { get; init; } = 10;
    public int Bits { get; init; } = 18;
    public int Seed { get; init; } = 1;

    /// <summary>Averaged weights smaller than this are left out of the model (a smaller file).</summary>
    public float Prune { get; init; } = 0.05f;

    /// <summary>Training runs over different shuffles whose weights are averaged into the model.</summary>
    public int Runs { get; init; } = 5;

    /// <summary>Lowest score an added (non-punctuation) boundary may need: dev tuning never goes below it, so only confident splits are added.</summary>
    public float MinSplitMargin { get; init; }
}

/// <summary>One epoch's result (epoch 0: the averaged model's): training accuracy over gaps, dev sentence F1 with the tuned margins.</summary>
public sealed record SentenceTrainingProgress(int Epoch, double TrainAccuracy, double DevSentenceF1, float SplitMargin, float VetoMargin);

/// <summary>
/// Trains a <see cref="SentenceBoundaryModel"/> from a treebank rebuilt as raw text (as raw-text evaluation builds it):
/// the Text stage's tokenizer and punctuation rules run on the text, and every gap after a token is labelled by whether
/// a gold sentence ends there. The epoch and both margins are chosen by dev sentence F1.
/// </summary>
public sealed class SentenceBoundaryTrainer(SentenceTrainingOptions options, Action<SentenceTrainingProgress>? progress = null)
{
    public SentenceBoundaryModel Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev)
    {
        var trainCorpus = BoundaryCorpus.From(train);
        var devCorpus = BoundaryCorpus.From(dev);
        if (trainCorpus.Gaps == 0) throw new InvalidDataException("training data has no text to split (no sentence has '# text' or words)");
        HashedPerceptron? sum = null;
        for (int run = 0; run < options.Runs; run++)
        {
            var weights = TrainRun(trainCorpus, devCorpus, options.Seed + run);
            if (sum is null) sum = weights;
            else sum.AddWeights(weights);
        }
        // The mean of runs over different shuffles is steadier than any one of them.
        sum!.ScaleWeights(1f / options.Runs);
        sum.RoundAsStored(options.Prune);
        var (f1, split, veto) = Tune(sum, devCorpus);
        progress?.Invoke(new SentenceTrainingProgress(0, 0, f1, split, veto));
        return new SentenceBoundaryModel(sum, split, veto);
    }

    /// <summary>One training run; returns the averaged weights of its best dev epoch.</summary>
    private HashedPerceptron TrainRun(BoundaryCorpus trainCorpus, BoundaryCorpus devCorpus, int seed)
    {
        var weights = new HashedPerceptron(2, options.Bits);
        weights.BeginTraining();
        var order = Enumerable.Range(0, trainCorpus.Lines.Count).ToArray();
        var random = new Random(seed);
        HashedPerceptron? best = null;
        double bestF1 = -1;
        Span<ulong> features = stackalloc ulong[SentenceBoundaryModel.FeatureCount];
        Span<int> rows = stackalloc int[SentenceBoundaryModel.FeatureCount];
        Span<float> scores = stackalloc float[weights.Stride];
        var scratch = new LineScratch();
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int correct = 0, seen = 0;
            foreach (var index in order)
            {
                var line = trainCorpus.Lines[index];
                scratch.Load(line.Tokens, line.RuleEnds);
                for (int i = 0; i < line.Tokens.Count - 1; i++)
                {
                    if (line.Labels[i] is not { } truth) continue;
                    int count = SentenceBoundaryModel.Features(scratch, i, features);
                    for (int k = 0; k < count; k++) rows[k] = weights.Row(features[k]);
                    weights.Score(rows[..count], scores);
                    int guess = scores[1] > scores[0] ? 1 : 0;
                    int gold = truth ? 1 : 0;
                    seen++;
                    if (guess == gold) correct++;
                    weights.Update(rows[..count], gold, guess);
                    weights.Tick();
                }
            }
            var averaged = weights.AveragedCopy();
            var (f1, split, veto) = Tune(averaged, devCorpus);
            progress?.Invoke(new SentenceTrainingProgress(epoch, 100.0 * correct / Math.Max(1, seen), f1, split, veto));
            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = averaged;
            }
        }
        return best!;
    }

    /// <summary>Chooses the margins that maximize dev sentence F1 (the split margin no lower than the options' floor).</summary>
    private (double F1, float Split, float Veto) Tune(HashedPerceptron weights, BoundaryCorpus dev)
    {
        var margins = dev.Margins(weights);
        var added = new List<float>();
        var kept = new List<float>();
        for (int l = 0; l < dev.Lines.Count; l++)
        {
            var line = dev.Lines[l];
            for (int i = 0; i < line.Tokens.Count - 1; i++)
                (line.RuleEnds[i] ? kept : added).Add(margins[l][i]);
        }
        var splitCandidates = Candidates(added.Where(m => m >= options.MinSplitMargin), options.MinSplitMargin);
        var vetoCandidates = Candidates(kept.Where(m => m < 0).Select(m => -m), 0);
        vetoCandidates.Add(float.MaxValue);
        (double F1, float Split, float Veto) best = (-1, float.MaxValue, float.MaxValue);
        foreach (var split in splitCandidates)
            foreach (var veto in vetoCandidates)
            {
                double f1 = dev.SentenceF1(margins, split, veto);
                if (f1 > best.F1) best = (f1, split, veto);
            }
        return best;
    }

    /// <summary>About 24 thresholds spread over the values' quantiles, plus the floor.</summary>
    private static List<float> Candidates(IEnumerable<float> values, float floor)
    {
        var sorted = values.Order().ToArray();
        var result = new SortedSet<float> { floor };
        for (int q = 0; q < 24 && sorted.Length > 0; q++) result.Add(sorted[(int)((long)q * (sorted.Length - 1) / 23)]);
        return result.ToList();
    }
}

/// <summary>A treebank rebuilt as raw text, tokenized line by line, with the gold label of every gap and the gold sentence spans.</summary>
internal sealed class BoundaryCorpus
{
    /// <summary>One line's tokens, the rules' ends, and per gap whether a gold sentence ends there (null: the gold end falls inside a token).</summary>
    public sealed record Line(List<Token> Tokens, bool[] RuleEnds, bool?[] Labels, bool[] Blocked);

    public List<Line> Lines { get; } = [];
    public HashSet<(int, int)> GoldSpans { get; } = [];
    public int Gaps { get; private set; }

    public static BoundaryCorpus From(IReadOnlyList<ConlluSentence> gold)
    {
        var spans = new List<(int Start, int End)>();
        var text = RawTextAnalyzer.RunningText(gold, spans);
        var corpus = new BoundaryCorpus();
        var goldEnds = new HashSet<int>();
        var goldStarts = new HashSet<int>();
        foreach (var (start, end) in spans)
        {
            if (end <= start) continue;
            corpus.GoldSpans.Add((start, end));
            goldEnds.Add(end);
            goldStarts.Add(start);
        }
        var tokenizer = new Tokenizer();
        var scratch = new LineScratch();
        int lineStart = 0;
        while (lineStart < text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var tokens = tokenizer.Tokenize(text, lineStart, lineEnd);
            lineStart = lineEnd + 1;
            if (tokens.Count == 0) continue;
            var rule = new bool[tokens.Count];
            SentenceSplitter.RuleEnds(tokens, rule);
            var labels = new bool?[tokens.Count];
            for (int i = 0; i < tokens.Count - 1; i++)
            {
                bool ends = goldEnds.Contains(tokens[i].End);
                // A gold boundary that does not fall between two tokens cannot be learned from this gap.
                labels[i] = ends == goldStarts.Contains(tokens[i + 1].Start) ? ends : null;
                corpus.Gaps++;
            }
            scratch.Load(tokens, rule);
            corpus.Lines.Add(new Line(tokens, rule, labels, scratch.Blocked[..tokens.Count]));
        }
        return corpus;
    }

    /// <summary>The model's score for every gap of every line.</summary>
    public float[][] Margins(HashedPerceptron weights)
    {
        var result = new float[Lines.Count][];
        var scratch = new LineScratch();
        Span<ulong> features = stackalloc ulong[SentenceBoundaryModel.FeatureCount];
        Span<int> rows = stackalloc int[SentenceBoundaryModel.FeatureCount];
        Span<float> scores = stackalloc float[weights.Stride];
        for (int l = 0; l < Lines.Count; l++)
        {
            var line = Lines[l];
            scratch.Load(line.Tokens, line.RuleEnds);
            var m = result[l] = new float[line.Tokens.Count];
            for (int i = 0; i < line.Tokens.Count - 1; i++)
                m[i] = SentenceBoundaryModel.Margin(weights, scratch, i, features, rows, scores);
        }
        return result;
    }

    /// <summary>Sentence F1 (exact spans) when gaps are decided as <see cref="SentenceBoundaryModel.Refine"/> decides them.</summary>
    public double SentenceF1(float[][] margins, float split, float veto)
    {
        int system = 0, matched = 0;
        for (int l = 0; l < Lines.Count; l++)
        {
            var line = Lines[l];
            var tokens = line.Tokens;
            int first = 0;
            for (int i = 0; i < tokens.Count; i++)
            {
                bool end = i == tokens.Count - 1 || SentenceBoundaryModel.Ends(line.RuleEnds[i], line.Blocked[i], margins[l][i], split, veto);
                if (!end) continue;
                system++;
                if (GoldSpans.Contains((tokens[first].Start, tokens[i].End))) matched++;
                first = i + 1;
            }
        }
        return 2.0 * matched / Math.Max(1, system + GoldSpans.Count);
    }
}
