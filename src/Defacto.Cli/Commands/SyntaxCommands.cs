using System.CommandLine;
using System.Diagnostics;
using Defacto.Syntax;
using Spectre.Console;

namespace Defacto.Cli.Commands;

/// <summary>`train syntax`, `parse`, `eval syntax`: training, running and scoring the syntax model.</summary>
public static class SyntaxCommands
{
    public static void Register(RootCommand root, GlobalOptions globals)
    {
        CliApp.VerbGroup(root, "train", "Train a model").Subcommands.Add(TrainCommand());
        root.Subcommands.Add(ParseCommand());
        CliApp.VerbGroup(root, "eval", "Score a stage against gold-standard data").Subcommands.Add(EvalCommand(globals));
    }

    private static Option<string?> ModelOption() => new("--model")
    {
        Description = $"Syntax model file (default: env {SyntaxModelLocator.EnvironmentVariable}, else models/{SyntaxModelLocator.FileName})",
    };

    private static Command TrainCommand()
    {
        var train = new Option<string>("--train") { Description = "Training CoNLL-U file", Required = true };
        var dev = new Option<string>("--dev") { Description = "Development CoNLL-U file (per-epoch scores, best epoch)", Required = true };
        var output = new Option<string>("--out") { Description = "Model file to write", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Parser epochs", DefaultValueFactory = _ => 20 };
        var taggerEpochs = new Option<int>("--tagger-epochs") { Description = "Tagger epochs", DefaultValueFactory = _ => 8 };
        var jackknife = new Option<int>("--jackknife") { Description = "Folds for jackknifed parser training tags (0 = gold tags)", DefaultValueFactory = _ => 4 };
        var transitionBits = new Option<int>("--transition-bits") { Description = "log2 of the parser's hashed feature rows", DefaultValueFactory = _ => new SyntaxTrainingOptions().TransitionBits };
        var secondPass = new Option<int>("--tagger-second-pass") { Description = "Epochs for a second tagging pass that sees first-pass tags to the right (0 = none; doubles tagging time)", DefaultValueFactory = _ => 0 };
        var exploration = new Option<double>("--exploration") { Description = "Share of parser training steps that follow the model's own move after epoch 1", DefaultValueFactory = _ => 1.0 };
        var prune = new Option<float>("--prune") { Description = "Leave out averaged weights smaller than this (smaller model file)", DefaultValueFactory = _ => 0.5f };
        var runs = new Option<int>("--parser-runs") { Description = "Parser training runs (different shuffles) averaged into one model", DefaultValueFactory = _ => new SyntaxTrainingOptions().ParserRuns };
        var tagCache = new Option<string?>("--tag-cache") { Description = "File of jackknifed training tags: read if it exists (skips jackknifing), else written" };
        var parserOnly = new Option<string?>("--parser-only") { Description = "Retrain only the parser, keeping tagger and lemmatizer of this model file (needs --tag-cache, or --jackknife 0)" };
        var limit = new Option<int>("--limit") { Description = "Use only the first N training sentences (0 = all)", DefaultValueFactory = _ => 0 };
        var command = new Command("syntax", "Train tagger, lemmatizer and parser on UD CoNLL-U") { train, dev, output, epochs, taggerEpochs, jackknife, transitionBits, secondPass, exploration, prune, runs, tagCache, parserOnly, limit };
        command.SetAction(result => Guarded(() =>
        {
            var trainData = Read(result.GetValue(train)!);
            var devData = Read(result.GetValue(dev)!);
            int n = result.GetValue(limit);
            if (n > 0) trainData = trainData.Take(n).ToList();
            var options = new SyntaxTrainingOptions
            {
                ParserEpochs = Math.Max(1, result.GetValue(epochs)),
                TaggerEpochs = Math.Max(1, result.GetValue(taggerEpochs)),
                JackknifeFolds = result.GetValue(jackknife),
                TransitionBits = Math.Clamp(result.GetValue(transitionBits), 10, 24),
                SecondPassEpochs = Math.Max(0, result.GetValue(secondPass)),
                Exploration = Math.Clamp(result.GetValue(exploration), 0, 1),
                TagCachePath = result.GetValue(tagCache),
                ParserRuns = Math.Clamp(result.GetValue(runs), 1, 16),
            };
            var basePath = result.GetValue(parserOnly);
            if (basePath is not null && options.JackknifeFolds > 1 && (options.TagCachePath is null || !File.Exists(options.TagCachePath)))
                throw new UserErrorException("--parser-only needs an existing --tag-cache file (write one with a full training run), or --jackknife 0");
            var clock = Stopwatch.StartNew();
            var trainer = new SyntaxTrainer(options, p => Console.Error.WriteLine(p.Part switch
            {
                "tagger" or "tagger pass 2" => $"[{clock.Elapsed:mm\\:ss}] {p.Part} epoch {p.Epoch}: train {p.TrainScore:F2}  dev tags {p.DevScore:F2}",
                "parser mean" => $"[{clock.Elapsed:mm\\:ss}] mean of {p.Epoch} parser runs: dev UAS {p.DevScore:F2}  LAS {p.DevLabeled:F2}",
                "parser" => $"[{clock.Elapsed:mm\\:ss}] parser epoch {p.Epoch}: train UAS {p.TrainScore:F2}  dev UAS {p.DevScore:F2}  LAS {p.DevLabeled:F2}",
                _ => $"[{clock.Elapsed:mm\\:ss}] {p.Part} fold {p.Epoch} done",
            }));
            SyntaxModel model;
            try { model = basePath is null ? trainer.Train(trainData, devData) : trainer.RetrainParser(LoadModel(basePath), trainData, devData); }
            catch (InvalidDataException e) { throw new UserErrorException(e.Message); }
            var path = result.GetValue(output)!;
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (dir is not null) Directory.CreateDirectory(dir);
            model.Save(path, Math.Max(0, result.GetValue(prune)));
            Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB)");
            return 0;
        }));
        return command;
    }

    private static Command ParseCommand()
    {
        var file = new Argument<string>("file") { Description = "Raw text file to parse ('-' for standard input)" };
        var format = new Option<string>("--format") { Description = "Output format: conllu or text", DefaultValueFactory = _ => "conllu" };
        format.AcceptOnlyFromAmong("conllu", "text");
        var modelPath = ModelOption();
        var command = new Command("parse", "Split, tokenize, tag, lemmatize and parse raw text") { file, format, modelPath };
        command.SetAction(result => Guarded(() =>
        {
            var path = result.GetValue(file)!;
            string text;
            if (path == "-") text = Console.In.ReadToEnd();
            else if (!File.Exists(path)) throw new UserErrorException($"{path}: file not found");
            else text = File.ReadAllText(path);
            var model = LoadModel(result.GetValue(modelPath)).WithNewsVerbs(NewsVerbs());
            var sentences = RawTextAnalyzer.Analyze(text, model, path);
            var output = Console.Out;
            if (result.GetValue(format) == "conllu")
                foreach (var s in sentences) ConlluWriter.Write(output, s);
            else
                foreach (var s in sentences) WriteText(output, s);
            return 0;
        }));
        return command;
    }

    private static void WriteText(TextWriter output, ConlluSentence s)
    {
        output.WriteLine(s.Text);
        output.WriteLine(string.Join(' ', s.Words.Select(w => $"{w.Form}/{w.Upos}")));
        foreach (var w in s.Words)
        {
            var head = w.Head <= 0 ? "ROOT-0" : $"{s.Words[w.Head - 1].Form}-{w.Head}";
            output.WriteLine($"  {w.DepRel}({head}, {w.Form}-{w.Id})  lemma={w.Lemma}");
        }
        output.WriteLine();
    }

    private static Command EvalCommand(GlobalOptions globals)
    {
        var gold = new Option<string>("--gold") { Description = "Gold CoNLL-U file", Required = true };
        var raw = new Option<bool>("--raw") { Description = "Tokenize and split the gold text (from # text comments) instead of using gold words" };
        var modelPath = ModelOption();
        var systemOut = new Option<string?>("--system-out") { Description = "Also write the system's CoNLL-U to this file" };
        var command = new Command("syntax", "Score tagging, lemmas and parsing against gold CoNLL-U (CoNLL 2018 style)") { gold, raw, modelPath, systemOut };
        command.SetAction(result => Guarded(() =>
        {
            var goldData = Read(result.GetValue(gold)!);
            var clock = Stopwatch.StartNew();
            var model = LoadModel(result.GetValue(modelPath)).WithNewsVerbs(NewsVerbs());
            var loadSeconds = clock.Elapsed.TotalSeconds;
            // Warm up (JIT tiering) on the whole file once, so the timing below measures steady-state analysis.
            var warm = new SentenceAnalysis();
            for (int round = 0; round < 2; round++)
                foreach (var s in goldData) model.Analyze(s.Words.Select(w => w.Form).ToArray(), warm);
            clock.Restart();
            // CPU time of this (single-threaded) analysis: a fair speed figure on a machine shared with other work.
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            List<ConlluSentence> system;
            if (result.GetValue(raw))
                system = RawTextAnalyzer.Analyze(GoldText(goldData), model, result.GetValue(gold)!);
            else
            {
                system = goldData.Select(CopyWords).ToList();
                var scratch = new SentenceAnalysis();
                foreach (var s in system) model.Annotate(s, scratch);
            }
            var seconds = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            if (result.GetValue(systemOut) is { Length: > 0 } outPath)
                File.WriteAllText(outPath, ConlluWriter.ToString(system));
            var scores = SyntaxEvaluator.Score(goldData, system);
            if (result.GetValue(globals.Json))
            {
                CliApp.WriteJson(new
                {
                    tokens = Round(scores.Tokens), sentences = Round(scores.Sentences), words = Round(scores.Words),
                    upos = Round(scores.Upos), xpos = Round(scores.Xpos), lemma = Round(scores.Lemma), feats = Round(scores.Feats),
                    uas = Round(scores.Uas), las = Round(scores.Las), lasWithSubtypes = Round(scores.LasWithSubtypes),
                    goldSentences = scores.GoldSentences, systemSentences = scores.SystemSentences,
                    goldWords = scores.GoldWords, systemWords = scores.SystemWords,
                    seconds = Math.Round(seconds, 3), cpuSeconds = Math.Round(cpuSeconds, 3),
                    sentencesPerCpuSecond = Math.Round(system.Count / Math.Max(cpuSeconds, 1e-9)), modelLoadSeconds = Math.Round(loadSeconds, 3),
                });
                return 0;
            }
            var table = new Table().AddColumn("metric").AddColumn(new TableColumn("F1 %").RightAligned());
            void Row(string name, double v) => table.AddRow(name, v.ToString("F2", System.Globalization.CultureInfo.InvariantCulture));
            Row("tokens", scores.Tokens); Row("sentences", scores.Sentences); Row("words", scores.Words);
            Row("UPOS", scores.Upos); Row("XPOS", scores.Xpos); Row("UFeats", scores.Feats); Row("lemma", scores.Lemma);
            Row("UAS", scores.Uas); Row("LAS", scores.Las); Row("LAS (with subtypes)", scores.LasWithSubtypes);
            CliApp.Out.Write(table);
            CliApp.Out.WriteLine($"{scores.GoldSentences} gold sentences, {scores.SystemSentences} system; {scores.GoldWords} gold words, {scores.SystemWords} system; " +
                $"model load {loadSeconds:F2} s, analysis {seconds:F2} s ({scores.SystemSentences / Math.Max(seconds, 1e-9):F0} sentences/s; " +
                $"{cpuSeconds:F2} CPU s, {scores.SystemSentences / Math.Max(cpuSeconds, 1e-9):F0} sentences per CPU second)");
            return 0;
        }));
        return command;
    }

    /// <summary>Runs an action, reporting a user error as one line with exit code 1 (whatever the invocation's exception handling).</summary>
    internal static int Guarded(Func<int> action)
    {
        try { return action(); }
        catch (UserErrorException e)
        {
            Console.Error.WriteLine($"defacto: {e.Message}");
            return CliApp.UserError;
        }
    }

    private static double Round(double v) => Math.Round(v, 2);

    /// <summary>The gold file's running text (see <see cref="RawTextAnalyzer.RunningText"/>).</summary>
    internal static string GoldText(IReadOnlyList<ConlluSentence> gold) => RawTextAnalyzer.RunningText(gold);

    private static ConlluSentence CopyWords(ConlluSentence gold)
    {
        var copy = new ConlluSentence();
        copy.Comments.AddRange(gold.Comments);
        copy.Multiwords.AddRange(gold.Multiwords);
        foreach (var w in gold.Words) copy.Words.Add(new ConlluWord { Id = w.Id, Form = w.Form, Misc = w.Misc });
        return copy;
    }

    internal static List<ConlluSentence> Read(string path)
    {
        if (!File.Exists(path)) throw new UserErrorException($"{path}: file not found");
        try { return ConlluReader.ReadFile(path); }
        catch (ConlluFormatException e) { throw new UserErrorException($"malformed CoNLL-U: {e.Message}"); }
    }

    // The pipeline's Syntax stage knows headline verbs by the event coder's verb patterns; parsing and raw-text scoring read as it
    // does when the knowledge base is there.
    private static IReadOnlySet<string>? NewsVerbs() =>
        KnowledgeFiles.Find(Events.EventCoder.DefaultVerbFile) is null ? null : Events.EventCoder.Shared.NewsVerbs;

    private static SyntaxModel LoadModel(string? path)
    {
        try { return SyntaxModelLocator.LoadShared(path); }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException) { throw new UserErrorException(e.Message); }
    }
}
