using System.CommandLine;
using Defacto.Model;
using Defacto.Time;
using Spectre.Console;

namespace Defacto.Cli.Commands;

/// <summary>`time FILE` lists a text's temporal expressions; `eval time --gold FILE` scores the tagger on a gold set.</summary>
public static class TimeCommands
{
    public static void Register(RootCommand root, GlobalOptions globals)
    {
        root.Subcommands.Add(BuildTime(globals));
        var eval = CliApp.VerbGroup(root, "eval", "Score a stage against gold-standard data");
        eval.Subcommands.Add(BuildEval(globals));
    }

    private static Command BuildTime(GlobalOptions globals)
    {
        var file = new Argument<string>("file") { Description = "A plain-text article" };
        var dct = new Option<string?>("--dct") { Description = "Document date (yyyy-MM-dd or yyyy-MM-ddTHH:mm) to resolve relative expressions against" };
        var command = new Command("time", "List the temporal expressions of a text with their normalized values") { file, dct };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var document = ReadDocument(path);
            if (result.GetValue(dct) is { } dctText)
            {
                try { document.Dct = TimexGold.ParseDct(dctText, "--dct"); }
                catch (FormatException e) { throw new UserErrorException(e.Message); }
            }
            new TimeStage().Process(document);
            if (result.GetValue(globals.Json)) CliApp.WriteJson(document.TimeExpressions.Select(ToJson));
            else PrintTable(document);
            return 0;
        });
        return command;
    }

    private static Document ReadDocument(string path)
    {
        if (!File.Exists(path)) throw new UserErrorException($"{path}: no such file");
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new UserErrorException($"{path}: cannot read ({e.Message})"); }
        var document = new Document(path, text);
        Pipeline.CreateTextOnly().Process(document);
        return document;
    }

    private static object ToJson(TimeValue t) => new
    {
        text = t.Text, start = t.Span.Start, end = t.Span.End, type = TimexScorer.TypeName(t.Type), value = t.Value,
        precision = t.Precision.ToString().ToLowerInvariant(), mod = t.Mod, anchor = t.Anchor, zone = t.Zone, note = t.Note,
    };

    private static void PrintTable(Document document)
    {
        var table = new Table().AddColumns("start", "text", "type", "value", "precision", "note");
        foreach (var t in document.TimeExpressions)
        {
            var note = string.Join("; ", new[] { t.Mod, t.Zone, t.Note, t.Anchor is null ? null : "anchor: " + t.Anchor }.Where(s => s is not null));
            table.AddRow(t.Span.Start.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(t.Text.ReplaceLineEndings(" ")),
                TimexScorer.TypeName(t.Type), Markup.Escape(t.Value ?? "(unresolved)"), t.Precision.ToString().ToLowerInvariant(), Markup.Escape(note));
        }
        CliApp.Out.MarkupLine($"[bold]{Markup.Escape(document.Source)}[/]  DCT {Markup.Escape(document.Dct.ToString())}  {document.TimeExpressions.Count} expressions");
        CliApp.Out.Write(table);
    }

    private static Command BuildEval(GlobalOptions globals)
    {
        var gold = new Option<string>("--gold") { Description = "Gold file: JSON lines of {id, dct, text, timex: [{text, type, value}]}", Required = true };
        var command = new Command("time", "Score the temporal tagger: strict/relaxed span F1, value and type accuracy") { gold };
        command.SetAction(result =>
        {
            var path = result.GetValue(gold)!;
            List<GoldSentence> records;
            try { records = TimexGold.Load(path); }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or FormatException) { throw new UserErrorException(e.Message); }
            var score = TimexScorer.Score(records, new TemporalTagger());
            if (result.GetValue(globals.Json))
            {
                CliApp.WriteJson(new
                {
                    sentences = records.Count, gold = score.Gold, system = score.System,
                    strict = new { precision = score.StrictPrecision, recall = score.StrictRecall, f1 = score.StrictF1 },
                    relaxed = new { precision = score.RelaxedPrecision, recall = score.RelaxedRecall, f1 = score.RelaxedF1 },
                    valueAccuracy = score.ValueAccuracy, typeAccuracy = score.TypeAccuracy, errors = score.Errors,
                });
                return 0;
            }
            var table = new Table().AddColumns("measure", "precision", "recall", "F1");
            table.AddRow("strict span", Pct(score.StrictPrecision), Pct(score.StrictRecall), Pct(score.StrictF1));
            table.AddRow("relaxed span", Pct(score.RelaxedPrecision), Pct(score.RelaxedRecall), Pct(score.RelaxedF1));
            CliApp.Out.MarkupLine($"{records.Count} sentences, {score.Gold} gold expressions, {score.System} tagged");
            CliApp.Out.Write(table);
            CliApp.Out.MarkupLine($"value accuracy {Pct(score.ValueAccuracy)} ({score.ValueCorrect}/{score.Gold}), type accuracy {Pct(score.TypeAccuracy)}");
            foreach (var e in score.Errors)
                CliApp.Out.MarkupLine(Markup.Escape($"  {e.Id} {e.Kind}: gold '{e.GoldText}' = {e.GoldValue ?? "null"}; system '{e.SystemText}' = {e.SystemValue ?? "null"}"));
            return 0;
        });
        return command;
    }

    private static string Pct(double x) => (100 * x).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %";
}
