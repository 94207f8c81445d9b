namespace Defacto.Syntax;

/// <summary>Settings for training a syntax model.</summary>
public sealed record SyntaxTrainingOptions
{
    public int TaggerEpochs { get; init; } = 8;
    public int ParserEpochs { get; init; } = 20;

    /// <summary>Epochs of the tagger's second pass (needs jackknifing); 0 = one pass.</summary>
    public int SecondPassEpochs { get; init; }

    /// <summary>Folds for jackknifed training-set tags (the parser learns from tags as noisy as at run time); 0 or 1 = gold tags.</summary>
    public int JackknifeFolds { get; init; } = 4;

    /// <summary>After the first parser epoch, the share of steps that follow the model's own (possibly wrong) move.</summary>
    public double Exploration { get; init; } = 1.0;

    /// <summary>Parser training runs over different shuffles whose weights are averaged into one model.</summary>
    public int ParserRuns { get; init; } = 5;

    public int TaggerBits { get; init; } = 20;
    public int TransitionBits { get; init; } = 22;
    public int LabelBits { get; init; } = 20;
    public int Seed { get; init; } = 1;

    /// <summary>File of jackknifed training-set tags: read when it exists (skipping the jackknife), else written after jackknifing. Valid only for the same train file and tagger settings.</summary>
    public string? TagCachePath { get; init; }
}

/// <summary>Per-epoch progress of training: which part, epoch, and scores (percent).</summary>
public sealed record TrainingProgress(string Part, int Epoch, double TrainScore, double DevScore, double DevLabeled);

/// <summary>Trains tagger, lemmatizer and parser from CoNLL-U sentences, choosing each part's best epoch on the dev set.</summary>
public sealed class SyntaxTrainer(SyntaxTrainingOptions options, Action<TrainingProgress>? progress = null)
{
    public SyntaxModel Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev)
    {
        if (train.Count == 0) throw new ArgumentException("no training sentences");
        var tags = new TagSet(train.SelectMany(s => s.Words).Select(w => TagSet.Key(w.Upos, w.Xpos)).Distinct().OrderBy(t => t, StringComparer.Ordinal));
        var labels = train.SelectMany(s => s.Words).Select(w => w.DepRel).Append("root").Append("dep").Distinct().OrderBy(l => l, StringComparer.Ordinal).ToList();
        var trainData = Prepare(train, tags, labels);
        var devData = Prepare(dev, tags, labels);

        var tagger = TrainTagger(trainData, devData, tags, options.TaggerEpochs, report: true);
        var lemmatizer = Lemmatizer.Train(trainData.SelectMany(s => s.Forms.Select((f, i) => (f, s.Tags[i], s.Lemmas[i]))));

        // Parser input tags: jackknifed on train, predicted on dev.
        var trainTags = options.JackknifeFolds > 1 ? CachedJackknife(trainData, tags) : trainData.Select(s => s.Tags).ToList();
        if (options.JackknifeFolds > 1 && options.SecondPassEpochs > 0) TrainSecondPass(tagger, trainData, trainTags, devData, tags);
        var devTags = devData.Select(s => Predict(tagger, s)).ToList();
        var parser = TrainParser(trainData, trainTags, devData, devTags, labels, tags.UposId);
        var features = FeatureGuesser.Train(trainData.SelectMany(s => s.Forms.Select((f, i) => (f, s.Tags[i], s.Feats[i]))));
        return new SyntaxModel(tagger, lemmatizer, parser, features);
    }

    /// <summary>Retrains only the parser, keeping the tagger, lemmatizer and FEATS lookup of <paramref name="baseModel"/>; training-set tags come from the tag cache (or gold tags without jackknifing).</summary>
    public SyntaxModel RetrainParser(SyntaxModel baseModel, IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev)
    {
        if (train.Count == 0) throw new ArgumentException("no training sentences");
        var tags = baseModel.Tags;
        var labels = train.SelectMany(s => s.Words).Select(w => w.DepRel).Append("root").Append("dep").Distinct().OrderBy(l => l, StringComparer.Ordinal).ToList();
        var trainData = Prepare(train, tags, labels);
        var devData = Prepare(dev, tags, labels);
        List<int[]> trainTags;
        if (options.JackknifeFolds <= 1) trainTags = trainData.Select(s => s.Tags).ToList();
        else if (options.TagCachePath is { } cache && File.Exists(cache)) trainTags = ReadTagCache(cache, trainData, tags);
        else throw new InvalidOperationException("retraining only the parser needs a tag cache of jackknifed tags (or no jackknifing)");
        var devTags = devData.Select(s => Predict(baseModel.Tagger, s)).ToList();
        var parser = TrainParser(trainData, trainTags, devData, devTags, labels, tags.UposId);
        return new SyntaxModel(baseModel.Tagger, baseModel.Lemmatizer, parser, baseModel.Features);
    }

    private List<int[]> CachedJackknife(List<Prepared> train, TagSet tags)
    {
        if (options.TagCachePath is { } cache && File.Exists(cache)) return ReadTagCache(cache, train, tags);
        var result = Jackknife(train, tags);
        if (options.TagCachePath is { } path)
            File.WriteAllLines(path, result.Select(t => string.Join(' ', t)).Prepend($"{tags.Count} {train.Count}"));
        return result;
    }

    private static List<int[]> ReadTagCache(string path, List<Prepared> train, TagSet tags)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length != train.Count + 1 || lines[0] != $"{tags.Count} {train.Count}")
            throw new InvalidDataException($"tag cache {path} does not match the training data ({train.Count} sentences, {tags.Count} tags)");
        var result = new List<int[]>(train.Count);
        for (int k = 0; k < train.Count; k++)
        {
            var t = lines[k + 1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
            if (t.Length != train[k].Forms.Length || t.Any(x => x < 0 || x >= tags.Count))
                throw new InvalidDataException($"tag cache {path}, line {k + 2}: does not match training sentence {k + 1}");
            result.Add(t);
        }
        return result;
    }

    private sealed record Prepared(string[] Forms, int[] Tags, string[] Lemmas, int[] Heads, int[] Labels, string[] Feats);

    private static List<Prepared> Prepare(IReadOnlyList<ConlluSentence> sentences, TagSet tags, List<string> labels)
    {
        var labelIds = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i);
        var list = new List<Prepared>(sentences.Count);
        foreach (var s in sentences)
        {
            int n = s.Words.Count;
            if (n == 0) continue;
            var heads = new int[n + 1];
            var labs = new int[n + 1];
            heads[0] = -1;
            bool ok = true;
            for (int i = 0; i < n; i++)
            {
                heads[i + 1] = s.Words[i].Head;
                labs[i + 1] = labelIds.GetValueOrDefault(s.Words[i].DepRel, labelIds["dep"]);
                if (s.Words[i].Head < 0) ok = false;
            }
            if (!ok) continue;
            list.Add(new Prepared(
                s.Words.Select(w => SyntaxModel.NormalizeForm(w.Form)).ToArray(),
                s.Words.Select(w => Math.Max(0, tags.Find(w.Upos, w.Xpos))).ToArray(),
                s.Words.Select(w => w.Lemma).ToArray(),
                heads, labs,
                s.Words.Select(w => w.Feats).ToArray()));
        }
        return list;
    }

    private static int[] Predict(PosTagger tagger, Prepared s)
    {
        var t = new int[s.Forms.Length];
        tagger.Tag(s.Forms, t);
        return t;
    }

    private PosTagger TrainTagger(List<Prepared> train, List<Prepared> dev, TagSet tags, int epochs, bool report)
    {
        // Tag dictionary: frequent words that (almost) always take one tag skip the model.
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        var byNormalized = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var s in train)
            for (int i = 0; i < s.Forms.Length; i++)
            {
                if (!counts.TryGetValue(s.Forms[i], out var c)) counts[s.Forms[i]] = c = new();
                c[s.Tags[i]] = c.GetValueOrDefault(s.Tags[i]) + 1;
                var h = FeatureHash.Normalized(s.Forms[i]);
                if (!byNormalized.TryGetValue(h, out var d)) byNormalized[h] = d = new();
                d[s.Tags[i]] = d.GetValueOrDefault(s.Tags[i]) + 1;
            }
        var unambiguous = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (form, c) in counts)
        {
            int total = c.Values.Sum();
            var top = c.MaxBy(kv => kv.Value);
            if (total >= 20 && top.Value >= 0.995 * total) unambiguous[form] = top.Key;
        }
        // Only words seen a few times get a most-frequent-tag feature, so training sees as many "unknown" words as run time does.
        var mostFrequent = byNormalized.Where(kv => kv.Value.Values.Sum() >= 3).ToDictionary(kv => kv.Key, kv => kv.Value.MaxBy(p => p.Value).Key);
        var model = new HashedPerceptron(tags.Count, options.TaggerBits);
        model.BeginTraining();
        var tagger = new PosTagger(tags, model, unambiguous, mostFrequent);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var scores = new float[model.Stride];
        HashedPerceptron? best = null;
        double bestDev = -1;
        var predicted = new int[1024];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var k in order)
            {
                var s = train[k];
                if (predicted.Length < s.Forms.Length) predicted = new int[s.Forms.Length * 2];
                correct += tagger.Train(s.Forms, s.Tags, predicted, scores);
                total += s.Forms.Length;
            }
            if (!report || dev.Count == 0) continue;
            var averaged = model.AveragedCopy();
            var evalTagger = new PosTagger(tags, averaged, unambiguous, mostFrequent);
            double devScore = TagAccuracy(evalTagger, dev);
            progress?.Invoke(new TrainingProgress("tagger", epoch, 100.0 * correct / total, devScore, devScore));
            if (devScore > bestDev) { bestDev = devScore; best = averaged; }
        }
        if (best is null) { model.Average(); best = model; }
        tagger.Model = best;
        return tagger;
    }

    /// <summary>Trains the tagger's second pass on jackknifed first-pass tags (as noisy as at run time), keeping its best dev epoch.</summary>
    private void TrainSecondPass(PosTagger tagger, List<Prepared> train, List<int[]> firstPass, List<Prepared> dev, TagSet tags)
    {
        var model = new HashedPerceptron(tags.Count, options.TaggerBits);
        model.BeginTraining();
        var random = new Random(options.Seed + 7);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var scores = new float[model.Stride];
        var predicted = new int[1024];
        var devFirst = dev.Select(s => Predict(tagger, s)).ToList();
        HashedPerceptron? best = null;
        double bestDev = TagAccuracy(tagger, dev);
        for (int epoch = 1; epoch <= options.SecondPassEpochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var k in order)
            {
                var s = train[k];
                if (predicted.Length < s.Forms.Length) predicted = new int[s.Forms.Length * 2];
                correct += tagger.Train(model, s.Forms, s.Tags, predicted, scores, firstPass[k]);
                total += s.Forms.Length;
            }
            var averaged = model.AveragedCopy();
            long devCorrect = 0, devTotal = 0;
            for (int d = 0; d < dev.Count; d++)
            {
                var t = new int[dev[d].Forms.Length];
                tagger.TagSecond(averaged, dev[d].Forms, devFirst[d], t);
                for (int i = 0; i < t.Length; i++) if (t[i] == dev[d].Tags[i]) devCorrect++;
                devTotal += t.Length;
            }
            double devScore = devTotal == 0 ? 0 : 100.0 * devCorrect / devTotal;
            progress?.Invoke(new TrainingProgress("tagger pass 2", epoch, 100.0 * correct / total, devScore, devScore));
            // Keep the second pass only if it beats the first on dev.
            if (devScore > bestDev) { bestDev = devScore; best = averaged; }
        }
        tagger.Second = best;
    }

    private static double TagAccuracy(PosTagger tagger, List<Prepared> data)
    {
        long correct = 0, total = 0;
        foreach (var s in data)
        {
            var t = Predict(tagger, s);
            for (int i = 0; i < t.Length; i++) if (t[i] == s.Tags[i]) correct++;
            total += t.Length;
        }
        return total == 0 ? 0 : 100.0 * correct / total;
    }

    private List<int[]> Jackknife(List<Prepared> train, TagSet tags)
    {
        int folds = options.JackknifeFolds;
        var result = new int[train.Count][];
        for (int f = 0; f < folds; f++)
        {
            var rest = train.Where((_, i) => i % folds != f).ToList();
            var tagger = TrainTagger(rest, [], tags, Math.Max(1, options.TaggerEpochs - 2), report: false);
            for (int i = f; i < train.Count; i += folds) result[i] = Predict(tagger, train[i]);
            progress?.Invoke(new TrainingProgress("jackknife", f + 1, 0, 0, 0));
        }
        return result.ToList();
    }

    private DependencyParser TrainParser(List<Prepared> train, List<int[]> trainTags, List<Prepared> dev, List<int[]> devTags, List<string> labels, List<int> coarse)
    {
        if (options.ParserRuns <= 1) return TrainParserRun(train, trainTags, dev, devTags, labels, coarse, options.Seed);
        // Several runs over different shuffles, their weights averaged: one model, so parsing costs no more than one run's.
        // Summed as they finish, so only one run's weights are held beside the sum.
        var mean = TrainParserRun(train, trainTags, dev, devTags, labels, coarse, options.Seed);
        for (int r = 1; r < options.ParserRuns; r++)
        {
            var run = TrainParserRun(train, trainTags, dev, devTags, labels, coarse, options.Seed + r);
            mean.Transitions.AddWeights(run.Transitions);
            mean.Labeler.AddWeights(run.Labeler);
        }
        mean.Transitions.ScaleWeights(1f / options.ParserRuns);
        mean.Labeler.ScaleWeights(1f / options.ParserRuns);
        if (dev.Count > 0)
        {
            var (uas, las) = Attachment(mean, dev, devTags, coarse);
            progress?.Invoke(new TrainingProgress("parser mean", options.ParserRuns, 0, uas, las));
        }
        return mean;
    }

    private DependencyParser TrainParserRun(List<Prepared> train, List<int[]> trainTags, List<Prepared> dev, List<int[]> devTags, List<string> labels, List<int> coarse, int seed)
    {
        var transitions = new HashedPerceptron(3, options.TransitionBits);
        var labeler = new HashedPerceptron(labels.Count, options.LabelBits);
        transitions.BeginTraining();
        labeler.BeginTraining();
        var state = new ParseState();
        var parser = new DependencyParser(labels, transitions, labeler);
        var random = new Random(seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        DependencyParser? best = null;
        double bestLas = -1;
        for (int epoch = 1; epoch <= options.ParserEpochs; epoch++)
        {
            random.Shuffle(order);
            long heads = 0, total = 0;
            foreach (var k in order)
            {
                var s = train[k];
                state.Reset(s.Forms, trainTags[k], coarse);
                heads += parser.Train(state, s.Heads, s.Labels, explore: epoch > 1 ? options.Exploration : 0, random).Heads;
                total += s.Forms.Length;
            }
            if (dev.Count == 0) continue;
            var averaged = new DependencyParser(labels, transitions.AveragedCopy(), labeler.AveragedCopy());
            var (uas, las) = Attachment(averaged, dev, devTags, coarse);
            progress?.Invoke(new TrainingProgress("parser", epoch, 100.0 * heads / total, uas, las));
            if (las > bestLas) { bestLas = las; best = averaged; }
        }
        if (best is null)
        {
            transitions.Average();
            labeler.Average();
            best = parser;
        }
        return best;
    }

    private static (double Uas, double Las) Attachment(DependencyParser parser, List<Prepared> data, List<int[]> tags, List<int> coarse)
    {
        var state = new ParseState();
        long heads = 0, labeled = 0, total = 0;
        for (int k = 0; k < data.Count; k++)
        {
            var s = data[k];
            state.Reset(s.Forms, tags[k], coarse);
            parser.Parse(state);
            for (int i = 1; i <= s.Forms.Length; i++)
            {
                if (state.Heads[i] != s.Heads[i]) continue;
                heads++;
                if (state.LabelsOf[i] == s.Labels[i]) labeled++;
            }
            total += s.Forms.Length;
        }
        return (100.0 * heads / total, 100.0 * labeled / total);
    }
}
