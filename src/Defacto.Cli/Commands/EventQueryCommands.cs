using System.CommandLine;
using System.Globalization;
using Defacto.Store;
using Spectre.Console;

namespace Defacto.Cli.Commands;

/// <summary>`events` lists stored, deduplicated events; `export events` writes them as JSONL, CSV or Parquet.</summary>
public static class EventQueryCommands
{
    public static void Register(RootCommand root, GlobalOptions globals)
    {
        root.Subcommands.Add(Events(globals));
        var export = CliApp.VerbGroup(root, "export", "Write stored results to a file");
        export.Subcommands.Add(ExportEvents(globals));
    }

    private static Command Events(GlobalOptions globals)
    {
        var filter = new FilterOptions(defaultLimit: 50);
        var command = new Command("events", "List stored events, one row per deduplicated event with its mention count");
        filter.AddTo(command);
        command.SetAction(result =>
        {
            var query = filter.Read(result);
            using var store = OpenExisting(result, globals);
            var events = store.QueryEvents(query);
            if (result.GetValue(globals.Json))
            {
                foreach (var e in events) Console.Out.WriteLine(EventExporter.ToJsonLine(e));
                return 0;
            }
            Print(events, store.CountEvents(query));
            return 0;
        });
        return command;
    }

    private static Command ExportEvents(GlobalOptions globals)
    {
        var filter = new FilterOptions(defaultLimit: null);
        var format = new Option<string>("--format") { Description = "jsonl, csv or parquet", Required = true };
        var output = new Option<string>("--out") { Description = "File to write (replaced if it exists)", Required = true };
        var command = new Command("events", "Export stored deduplicated events (same filters as `defacto events`)") { format, output };
        filter.AddTo(command);
        command.SetAction(result =>
        {
            EventExportFormat kind;
            try { kind = EventExporter.ParseFormat(result.GetValue(format)!); }
            catch (FormatException e) { throw new UserErrorException(e.Message); }
            var query = filter.Read(result);
            var path = result.GetValue(output)!;
            using var store = OpenExisting(result, globals);
            var events = store.QueryEvents(query);
            try { EventExporter.WriteFile(path, events, kind); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserErrorException($"{path}: cannot write ({e.Message})");
            }
            if (result.GetValue(globals.Json))
                CliApp.WriteJson(new { file = Path.GetFullPath(path), format = kind.ToString().ToLowerInvariant(), events = events.Count, bytes = new FileInfo(path).Length });
            else CliApp.Out.MarkupLine($"wrote {events.Count} events to [bold]{Markup.Escape(path)}[/] ({kind.ToString().ToLowerInvariant()})");
            return 0;
        });
        return command;
    }

    // Reading events from a database that does not exist would create an empty one and silently print nothing.
    private static DocumentStore OpenExisting(ParseResult result, GlobalOptions globals)
    {
        var db = result.GetValue(globals.Db)!;
        if (!File.Exists(db)) throw new UserErrorException($"{db}: no such database (give --db or set DEFACTO_DB)");
        return IngestCommands.OpenStore(result, globals);
    }

    private static void Print(IReadOnlyList<StoredEvent> events, int total)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("date", "source", "cameo", "plover", "target", "mentions", "evidence");
        foreach (var stored in events)
        {
            var e = stored.Event;
            var evidence = string.Join(", ", stored.Mentions.Take(3).Select(m => $"{Short(m.DocId)}#{m.Sentence?.ToString(CultureInfo.InvariantCulture) ?? "?"}"));
            if (stored.Mentions.Count > 3) evidence += ", …";
            table.AddRow(Markup.Escape(e.Date ?? "?"), Markup.Escape(Actors(e.Source)), Markup.Escape(e.Cameo) + (e.Negated ? " [red]not[/]" : ""),
                Markup.Escape(e.Plover ?? ""), Markup.Escape(Actors(e.Target)), stored.Mentions.Count.ToString(CultureInfo.InvariantCulture), Markup.Escape(evidence));
        }
        CliApp.Out.Write(table);
        CliApp.Out.MarkupLine(events.Count < total ? $"{events.Count} of {total} events shown (raise --limit for more)" : $"{total} events");
    }

    private static string Actors(IReadOnlyList<Model.EventActor> actors) =>
        string.Join("; ", actors.Select(a => a.Code is null ? a.Text : $"{a.Text} ({a.Code})"));

    private static string Short(string docId) => docId.Length > 8 ? docId[..8] : docId;

    /// <summary>The filter options both verbs take, read into an <see cref="EventFilter"/> with one-line errors for bad values.</summary>
    private sealed class FilterOptions(int? defaultLimit)
    {
        private readonly Option<string?> _actor = new("--actor") { Description = "Actor code, polity, knowledge-base id or part of its name (source or target)" };
        private readonly Option<string?> _from = new("--from") { Description = "Earliest date, yyyy[-MM[-dd]]; the event's whole date must be on or after it" };
        private readonly Option<string?> _to = new("--to") { Description = "Latest date, yyyy[-MM[-dd]]; the event's whole date must be on or before it" };
        private readonly Option<string?> _cameo = new("--cameo") { Description = "CAMEO code prefix (19, 190, 0311)" };
        private readonly Option<string?> _plover = new("--plover") { Description = "PLOVER event type (ASSAULT, AGREE, ...)" };
        private readonly Option<string?> _doc = new("--doc") { Description = "Document id or id prefix" };
        private readonly Option<int?> _limit = new("--limit") { Description = defaultLimit is null ? "Most events (default all)" : $"Most events (default {defaultLimit})" };

        public void AddTo(Command command)
        {
            foreach (var option in new Option[] { _actor, _from, _to, _cameo, _plover, _doc, _limit }) command.Options.Add(option);
        }

        public EventFilter Read(ParseResult result)
        {
            try
            {
                int? limit = result.GetValue(_limit) ?? defaultLimit;
                if (limit is < 1) throw new FormatException($"--limit {limit} must be at least 1");
                return new EventFilter
                {
                    Actor = result.GetValue(_actor),
                    From = result.GetValue(_from) is { } from ? EventFilter.FirstDay(from, "--from") : null,
                    To = result.GetValue(_to) is { } to ? EventFilter.LastDay(to, "--to") : null,
                    Cameo = result.GetValue(_cameo) is { } cameo ? EventFilter.CameoPrefix(cameo) : null,
                    Plover = result.GetValue(_plover),
                    DocId = result.GetValue(_doc),
                    Limit = limit,
                };
            }
            catch (FormatException e) { throw new UserErrorException(e.Message); }
        }
    }
}
