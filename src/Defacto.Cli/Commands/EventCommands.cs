using System.CommandLine;
using Defacto.Events;
using Spectre.Console;

namespace Defacto.Cli.Commands;

/// <summary>`eval events`: scores the registered event coder against PETRARCH validation XML or PLOVER gold JSON.</summary>
public static class EventCommands
{
    public static void Register(RootCommand root, GlobalOptions globals)
    {
        var eval = CliApp.VerbGroup(root, "eval", "Score a stage against gold-standard data");
        eval.Subcommands.Add(EvalEvents(globals));
        EventQueryCommands.Register(root, globals);
    }

    private static Command EvalEvents(GlobalOptions globals)
    {
        var gold = new Option<string>("--gold") { Description = "Gold file: PETRARCH validation XML or PLOVER gold JSON", Required = true };
        var dictionaries = new Option<string?>("--dictionaries") { Description = "Folder searched last for the dictionaries a PETRARCH <Environment> names" };
        var raw = new Option<bool>("--raw") { Description = "Parse PETRARCH records' text with Defacto's own parser instead of reading the parse they carry" };
        var command = new Command("events", "Score event coding: exact records, event type and (source, type, target) P/R/F1, confusion table") { gold, dictionaries, raw };
        command.SetAction(result =>
        {
            var goldSet = ReadGold(result.GetValue(gold)!, result.GetValue(dictionaries));
            var coder = new GoldRecordCoder { UseGivenParse = !result.GetValue(raw) };
            var report = new EventEvaluator(goldSet.Scheme).Evaluate(goldSet, coder);
            if (result.GetValue(globals.Json)) CliApp.WriteJson(ToJson(report));
            else Print(AnsiConsole.Console, goldSet, report);
            return 0;
        });
        return command;
    }

    /// <summary>Reads a gold file, turning an unreadable file or a missing dictionary folder into a one-line user error.</summary>
    public static GoldSet ReadGold(string path, string? dictionariesDir)
    {
        if (dictionariesDir is not null && !Directory.Exists(dictionariesDir))
            throw new UserErrorException($"{dictionariesDir}: dictionaries folder not found");
        GoldSet set;
        try { set = GoldReader.Read(path, dictionariesDir); }
        catch (GoldFormatException e) { throw new UserErrorException(e.Message); }
        catch (IOException e) { throw new UserErrorException($"{path}: {e.Message}"); }
        catch (UnauthorizedAccessException e) { throw new UserErrorException($"{path}: {e.Message}"); }
        foreach (var issue in set.Issues) Console.Error.WriteLine($"defacto: warning: {issue}");
        foreach (var missing in PetrarchGoldReader.MissingDictionaries(set))
            Console.Error.WriteLine($"defacto: warning: {path}: the {missing} named in <Environment> was not found (next to the file, in dictionaries/, or in --dictionaries)");
        return set;
    }

    /// <summary>The --json object: the headline figures, then per-category, confusion and per-record details.</summary>
    public static object ToJson(EvaluationReport r) => new
    {
        scheme = r.Scheme.ToString().ToLowerInvariant(),
        records = r.Records,
        exactRecords = r.ExactRecords,
        exactRecordAccuracy = r.ExactRecordAccuracy,
        eventTypePrecision = r.EventType.Precision,
        eventTypeRecall = r.EventType.Recall,
        eventTypeF1 = r.EventType.F1,
        triplePrecision = r.Triple.Precision,
        tripleRecall = r.Triple.Recall,
        tripleF1 = r.Triple.F1,
        actorCodePrecision = r.ActorCode.Precision,
        actorCodeRecall = r.ActorCode.Recall,
        actorCodeF1 = r.ActorCode.F1,
        sectorAgreement = r.SectorAgreement,
        perCategory = r.PerCategory.Select(c => new
        {
            category = c.Category, records = c.Records, exact = c.Exact, accuracy = c.Accuracy,
            eventTypeF1 = c.EventType.F1, tripleF1 = c.Triple.F1,
        }),
        confusion = r.Confusion.Select(c => new { gold = c.Gold, system = c.System, count = c.Count }),
        perRecord = r.PerRecord.Select(o => new { id = o.Id, category = o.Category, exact = o.Exact, outcome = o.Outcome, gold = o.Gold, system = o.System }),
    };

    /// <summary>Human-readable report: per-record outcomes, per-category accuracy, the confusion table and the P/R/F1 summary.</summary>
    public static void Print(IAnsiConsole console, GoldSet gold, EvaluationReport r)
    {
        var records = new Table().Border(TableBorder.Rounded).Title("per record").AddColumn("id").AddColumn("category").AddColumn("outcome").AddColumn("gold").AddColumn("system");
        foreach (var o in r.PerRecord)
            records.AddRow(Markup.Escape(o.Id), Markup.Escape(o.Category ?? ""), o.Exact ? "[green]exact[/]" : $"[red]{o.Outcome}[/]",
                Markup.Escape(string.Join("; ", o.Gold)), Markup.Escape(string.Join("; ", o.System)));
        console.Write(records);

        var categories = new Table().Border(TableBorder.Rounded).Title("per category").AddColumn("category").AddColumn("records").AddColumn("exact").AddColumn("accuracy").AddColumn("type F1").AddColumn("triple F1");
        foreach (var c in r.PerCategory)
            categories.AddRow(Markup.Escape(c.Category), c.Records.ToString(), c.Exact.ToString(), Pct(c.Accuracy), F(c.EventType.F1), F(c.Triple.F1));
        console.Write(categories);

        var confusion = new Table().Border(TableBorder.Rounded).Title("event types: gold → system").AddColumn("gold").AddColumn("system").AddColumn("count");
        foreach (var c in r.Confusion.OrderByDescending(c => c.Gold != c.System).ThenByDescending(c => c.Count))
            confusion.AddRow(Markup.Escape(c.Gold), c.Gold == c.System ? Markup.Escape(c.System) : $"[yellow]{Markup.Escape(c.System)}[/]", c.Count.ToString());
        console.Write(confusion);

        var summary = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Path.GetFileName(gold.File))).AddColumn("measure").AddColumn("precision").AddColumn("recall").AddColumn("F1");
        summary.AddRow("event type", F(r.EventType.Precision), F(r.EventType.Recall), F(r.EventType.F1));
        summary.AddRow("(source, type, target)", F(r.Triple.Precision), F(r.Triple.Recall), F(r.Triple.F1));
        summary.AddRow("actor codes", F(r.ActorCode.Precision), F(r.ActorCode.Recall), F(r.ActorCode.F1));
        console.Write(summary);
        console.MarkupLine($"records {r.Records}, exact {r.ExactRecords} ({Pct(r.ExactRecordAccuracy)}); sector agreement on matched triples: {(r.SectorAgreement is { } s ? Pct(s) : "n/a")}");
    }

    private static string F(double v) => v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
    private static string Pct(double v) => (v * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %";
}
