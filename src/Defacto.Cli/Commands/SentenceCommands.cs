using System.CommandLine;
using System.Diagnostics;
using Defacto.Text;

namespace Defacto.Cli.Commands;

/// <summary>`train sentences`: training the Text stage's sentence-boundary model.</summary>
public static class SentenceCommands
{
    public static void Register(RootCommand root) =>
        CliApp.VerbGroup(root, "train", "Train a model").Subcommands.Add(TrainCommand());

    private static Command TrainCommand()
    {
        var train = new Option<string>("--train") { Description = "Training CoNLL-U file (its '# text' comments are rebuilt as raw text)", Required = true };
        var dev = new Option<string>("--dev") { Description = "Development CoNLL-U file (best epoch and margins by sentence F1)", Required = true };
        var output = new Option<string>("--out") { Description = "Model file to write", Required = true };
        var defaults = new SentenceTrainingOptions();
        var epochs = new Option<int>("--epochs") { Description = "Training epochs", DefaultValueFactory = _ => defaults.Epochs };
        var bits = new Option<int>("--bits") { Description = "log2 of the hashed feature rows", DefaultValueFactory = _ => defaults.Bits };
        var minSplit = new Option<float>("--min-split-margin") { Description = "Lowest score an added non-punctuation boundary may need", DefaultValueFactory = _ => defaults.MinSplitMargin };
        var prune = new Option<float>("--prune") { Description = "Leave out averaged weights smaller than this", DefaultValueFactory = _ => defaults.Prune };
        var runs = new Option<int>("--runs") { Description = "Training runs (different shuffles) averaged into one model", DefaultValueFactory = _ => defaults.Runs };
        var limit = new Option<int>("--limit") { Description = "Use only the first N training sentences (0 = all)", DefaultValueFactory = _ => 0 };
        var command = new Command("sentences", "Train the sentence-boundary model on UD CoNLL-U rebuilt as raw text") { train, dev, output, epochs, bits, minSplit, prune, runs, limit };
        command.SetAction(result => SyntaxCommands.Guarded(() =>
        {
            var trainData = SyntaxCommands.Read(result.GetValue(train)!);
            var devData = SyntaxCommands.Read(result.GetValue(dev)!);
            if (result.GetValue(limit) is > 0 and var n) trainData = trainData.Take(n).ToList();
            var options = new SentenceTrainingOptions
            {
                Epochs = Math.Max(1, result.GetValue(epochs)),
                Bits = Math.Clamp(result.GetValue(bits), 10, 24),
                MinSplitMargin = Math.Max(0, result.GetValue(minSplit)),
                Runs = Math.Clamp(result.GetValue(runs), 1, 16),
                Prune = Math.Max(0, result.GetValue(prune)),
            };
            var clock = Stopwatch.StartNew();
            var trainer = new SentenceBoundaryTrainer(options, p => Console.Error.WriteLine(
                $"[{clock.Elapsed:mm\\:ss}] {(p.Epoch == 0 ? "mean of runs" : $"epoch {p.Epoch}")}: train gaps {p.TrainAccuracy:F2}  dev sentences F1 {100 * p.DevSentenceF1:F2}  split > {p.SplitMargin:F1}  veto < -{p.VetoMargin:F1}"));
            SentenceBoundaryModel model;
            try { model = trainer.Train(trainData, devData); }
            catch (InvalidDataException e) { throw new UserErrorException(e.Message); }
            var path = result.GetValue(output)!;
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (dir is not null) Directory.CreateDirectory(dir);
            model.Save(path);
            Console.Error.WriteLine($"[{clock.Elapsed:mm\\:ss}] wrote {path} ({new FileInfo(path).Length / 1024.0:F0} KB)");
            return 0;
        }));
        return command;
    }
}
