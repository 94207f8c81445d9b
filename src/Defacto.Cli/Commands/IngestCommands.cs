using System.CommandLine;
using Defacto.Ingest;
using Defacto.Store;
using Spectre.Console;

namespace Defacto.Cli.Commands;

/// <summary>`ingest`, `docs`, `show`, `search`: reading articles into the store and looking at what was stored.</summary>
public static class IngestCommands
{
    public static void Register(RootCommand root, GlobalOptions globals)
    {
        root.Subcommands.Add(Ingest(globals));
        root.Subcommands.Add(Docs(globals));
        root.Subcommands.Add(Show(globals));
        root.Subcommands.Add(Search(globals));
    }

    /// <summary>Opens the store named by --db, turning a bad file into a one-line user error.</summary>
    public static DocumentStore OpenStore(ParseResult result, GlobalOptions globals)
    {
        var path = result.GetValue(globals.Db)!;
        try { return DocumentStore.Open(path); }
        catch (StoreException e) { throw new UserErrorException(e.Message); }
    }

    private static Command Ingest(GlobalOptions globals)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders (recursive), feed or page URLs", Arity = ArgumentArity.OneOrMore };
        var maxBytes = new Option<long>("--max-article-bytes") { Description = "Largest article file accepted", DefaultValueFactory = _ => new IngestLimits().MaxArticleBytes };
        var timeout = new Option<double>("--timeout") { Description = "Seconds allowed for each URL", DefaultValueFactory = _ => 20 };
        var verbs = CodeCommands.VerbsOption();
        var command = new Command("ingest", "Read, clean, date, parse, code and store articles (txt, html, rss/atom, jsonl, http(s) URLs)") { paths, maxBytes, timeout, verbs };
        command.SetAction(result =>
        {
            var limits = new IngestLimits { MaxArticleBytes = result.GetValue(maxBytes), HttpTimeout = TimeSpan.FromSeconds(result.GetValue(timeout)) };
            using var store = OpenStore(result, globals);
            using var fetcher = new HttpFetcher(limits);
            var ingester = new Ingester(Pipeline.CreateDefault(CodeCommands.VerbFiles(result, verbs)), store, new SourceReader(limits, fetcher));
            var args = result.GetValue(paths)!;
            bool json = result.GetValue(globals.Json);
            IngestReport report;
            if (json || Console.IsOutputRedirected)
                report = ingester.Run(args);
            else
            {
                report = null!;
                AnsiConsole.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("ingesting", maxValue: 1);
                        report = ingester.Run(args, (done, total, input) =>
                        {
                            task.MaxValue = total;
                            task.Value = done;
                            task.Description = Markup.Escape(Path.GetFileName(input));
                        });
                    });
            }
            if (json) CliApp.WriteJson(ToJson(report));
            else PrintReport(report, store.Path);
            return 0;
        });
        return command;
    }

    private static object ToJson(IngestReport r) => new
    {
        read = r.Read, @new = r.New, duplicates = r.Duplicates, nearDuplicates = r.NearDuplicates, rejected = r.Rejected,
        seconds = Math.Round(r.Elapsed.TotalSeconds, 3),
        entries = r.Entries.Select(e => new { source = e.Source, outcome = e.Outcome.ToString().ToLowerInvariant(), id = e.DocumentId, detail = e.Detail }),
    };

    private static void PrintReport(IngestReport r, string db)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("read").AddColumn("new").AddColumn("duplicate").AddColumn("near-duplicate").AddColumn("rejected").AddColumn("time");
        table.AddRow(r.Read.ToString(), $"[green]{r.New}[/]", r.Duplicates.ToString(), r.NearDuplicates.ToString(),
            r.Rejected > 0 ? $"[red]{r.Rejected}[/]" : "0", $"{r.Elapsed.TotalSeconds:0.00} s");
        AnsiConsole.Write(table);
        foreach (var e in r.Entries.Where(e => e.Outcome is IngestOutcome.Rejected or IngestOutcome.NearDuplicate))
        {
            var color = e.Outcome == IngestOutcome.Rejected ? "red" : "yellow";
            AnsiConsole.MarkupLine($"[{color}]{e.Outcome.ToString().ToLowerInvariant()}[/] {Markup.Escape(e.Source)}: {Markup.Escape(e.Detail ?? "")}");
        }
        AnsiConsole.MarkupLine($"[dim]database: {Markup.Escape(db)}[/]");
    }

    private static Command Docs(GlobalOptions globals)
    {
        var command = new Command("docs", "List stored documents with date, language and outlet");
        command.SetAction(result =>
        {
            using var store = OpenStore(result, globals);
            var docs = store.ListDocuments();
            if (result.GetValue(globals.Json))
            {
                CliApp.WriteJson(docs.Select(d => new
                {
                    id = d.Id, source = d.Source, title = d.Title, outlet = d.Outlet, language = d.Language, dct = d.Dct,
                    dctPrecision = d.DctPrecision, dctProvenance = d.DctProvenance, nearDuplicateOf = d.NearDuplicateOf, sentences = d.Sentences,
                }));
                return 0;
            }
            var table = new Table().Border(TableBorder.Simple).AddColumn("id").AddColumn("date").AddColumn("lang").AddColumn("outlet").AddColumn("title");
            foreach (var d in docs)
            {
                var date = d.Dct is null ? "[dim]unknown[/]" : Markup.Escape(d.Dct) + (d.DctProvenance == "inferred" ? " [yellow](inferred)[/]" : "");
                table.AddRow(d.Id[..12], date, d.Language ?? "?", Markup.Escape(d.Outlet ?? ""), Markup.Escape(Truncate(d.Title ?? Path.GetFileName(d.Source), 70)));
            }
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"[dim]{docs.Count} document(s)[/]");
            return 0;
        });
        return command;
    }

    private static Command Show(GlobalOptions globals)
    {
        var id = new Argument<string>("id") { Description = "Document id or a unique prefix of it (4+ characters)" };
        var command = new Command("show", "Show a document's clean text with sentence breaks, its removed lines and its date") { id };
        command.SetAction(result =>
        {
            using var store = OpenStore(result, globals);
            var key = result.GetValue(id)!;
            StoredDocument doc;
            try { doc = store.Get(key) ?? throw new UserErrorException($"no document with id '{key}'"); }
            catch (StoreException e) { throw new UserErrorException(e.Message); }
            if (result.GetValue(globals.Json))
            {
                var s = doc.Summary;
                CliApp.WriteJson(new
                {
                    id = s.Id, source = s.Source, title = s.Title, outlet = s.Outlet, language = s.Language, dct = s.Dct,
                    dctPrecision = s.DctPrecision, dctProvenance = s.DctProvenance, dctEvidence = doc.DctEvidence, text = doc.CleanText,
                    sentences = doc.Sentences.Select(x => new { index = x.Index, start = x.Start, end = x.End, text = x.Text }),
                    removedLines = doc.RemovedLines.Select(r => new { rawStart = r.RawStart, rawEnd = r.RawEnd, text = r.Text, reason = r.Reason }),
                    timeExpressions = doc.TimeExpressions.Select(t => new { text = t.Text, start = t.Start, end = t.End, type = t.Type, value = t.Value, precision = t.Precision, note = t.Note }),
                });
                return 0;
            }
            PrintDocument(doc);
            return 0;
        });
        return command;
    }

    private static void PrintDocument(StoredDocument doc)
    {
        var s = doc.Summary;
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(s.Title ?? "(no title)")}[/]");
        AnsiConsole.MarkupLine($"id {s.Id}  source {Markup.Escape(s.Source)}");
        AnsiConsole.MarkupLine($"outlet {Markup.Escape(s.Outlet ?? "-")}  language {s.Language ?? "?"}  date [bold]{Markup.Escape(s.Dct ?? "unknown")}[/] ({s.DctPrecision}, {s.DctProvenance}{(doc.DctEvidence is null ? "" : ": " + Markup.Escape(doc.DctEvidence))})");
        if (s.NearDuplicateOf is not null) AnsiConsole.MarkupLine($"[yellow]near duplicate of {s.NearDuplicateOf}[/]");
        AnsiConsole.WriteLine();
        // Interleave kept sentences and removed lines in the order they stood in the raw text.
        var items = doc.Sentences.Select(x => (Raw: doc.Offsets.ToRaw(x.Start), Line: $"[grey]{x.Index + 1,3}[/] {MarkTimes(x, doc.TimeExpressions)}"))
            .Concat(doc.RemovedLines.Select(r => (Raw: r.RawStart, Line: $"[dim]  ✂ {Markup.Escape(r.Text)}  ({Markup.Escape(r.Reason)})[/]")))
            .OrderBy(x => x.Raw);
        foreach (var (_, line) in items) AnsiConsole.MarkupLine(line);
    }

    /// <summary>The sentence with each temporal expression underlined and followed by its value.</summary>
    private static string MarkTimes(StoredSentence sentence, IReadOnlyList<StoredTime> times)
    {
        var sb = new System.Text.StringBuilder();
        int at = sentence.Start;
        foreach (var t in times.Where(t => t.Start >= sentence.Start && t.End <= sentence.End))
        {
            if (t.Start < at) continue;
            sb.Append(Markup.Escape(sentence.Text[(at - sentence.Start)..(t.Start - sentence.Start)]));
            sb.Append("[underline cyan]").Append(Markup.Escape(sentence.Text[(t.Start - sentence.Start)..(t.End - sentence.Start)])).Append("[/]");
            sb.Append($"[cyan dim]⟨{Markup.Escape(t.Value ?? "unresolved")}⟩[/]");
            at = t.End;
        }
        sb.Append(Markup.Escape(sentence.Text[(at - sentence.Start)..]));
        return sb.ToString();
    }

    private static Command Search(GlobalOptions globals)
    {
        var query = new Argument<string>("query") { Description = "Words to find (or an FTS5 query)" };
        var limit = new Option<int>("--limit") { Description = "Most hits to show", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Full-text search over stored sentences") { query, limit };
        command.SetAction(result =>
        {
            using var store = OpenStore(result, globals);
            IReadOnlyList<SearchHit> hits;
            try { hits = store.Search(result.GetValue(query)!, result.GetValue(limit)); }
            catch (StoreException e) { throw new UserErrorException(e.Message); }
            if (result.GetValue(globals.Json))
            {
                CliApp.WriteJson(hits.Select(h => new { documentId = h.DocumentId, title = h.Title, dct = h.Dct, sentence = h.SentenceIndex, text = h.Text, snippet = h.Snippet }));
                return 0;
            }
            foreach (var h in hits)
            {
                var marked = Markup.Escape(h.Snippet).Replace("[[", "[bold yellow]").Replace("]]", "[/]");
                AnsiConsole.MarkupLine($"[grey]{h.DocumentId[..12]} #{h.SentenceIndex + 1} {Markup.Escape(h.Dct ?? "")}[/] {marked}");
            }
            AnsiConsole.MarkupLine($"[dim]{hits.Count} hit(s)[/]");
            return 0;
        });
        return command;
    }

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
