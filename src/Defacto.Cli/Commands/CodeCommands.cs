using System.CommandLine;
using Defacto.Model;
using Spectre.Console;

namespace Defacto.Cli.Commands;

/// <summary>`code`: runs the whole pipeline over one file or a sentence and prints the coded events, without a database.</summary>
public static class CodeCommands
{
    public static void Register(RootCommand root, GlobalOptions globals)
    {
        var file = new Argument<string?>("file") { Description = "Text or HTML file to code", Arity = ArgumentArity.ZeroOrOne };
        var text = new Option<string?>("--text") { Description = "Code this text instead of a file" };
        var dct = new Option<string?>("--dct") { Description = "Document date (yyyy-MM-dd) when the text does not give one" };
        var explain = new Option<bool>("--explain") { Description = "Also print each coded sentence's parse and resolved mentions" };
        var verbs = VerbsOption();
        var command = new Command("code", "Code the events of a file or a sentence and print them (JSON lines with --json)") { file, text, dct, explain, verbs };
        command.SetAction(result =>
        {
            var document = Read(result.GetValue(file), result.GetValue(text));
            if (result.GetValue(dct) is { } d)
            {
                if (!DateOnly.TryParseExact(d, "yyyy-MM-dd", out var day)) throw new UserErrorException($"--dct: '{d}' is not a yyyy-MM-dd date");
                document.MetadataDate = DocumentDate.Exact(day.ToDateTime(TimeOnly.MinValue), DatePrecision.Day, DateProvenance.Metadata, "--dct");
            }
            Pipeline.CreateDefault(VerbFiles(result, verbs)).Process(document);
            if (result.GetValue(globals.Json)) { EventJson.Write(Console.Out, document.Events); return 0; }
            Print(document, result.GetValue(explain));
            return 0;
        });
        root.Subcommands.Add(command);
    }

    /// <summary>`--verbs FILE` (repeatable): extra CAMEO-format verb dictionaries, e.g. the public CAMEO.2.0.txt.</summary>
    public static Option<string[]> VerbsOption() => new("--verbs")
    {
        Description = "Extra verb dictionary in CAMEO format (e.g. CAMEO.2.0.txt) added to the project's patterns; repeatable",
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
    };

    /// <summary>The --verbs files, each checked to exist; bad lines inside are reported as warnings by the loader's issues.</summary>
    public static string[] VerbFiles(ParseResult result, Option<string[]> option)
    {
        var files = result.GetValue(option) ?? [];
        foreach (var f in files)
            if (!File.Exists(f)) throw new UserErrorException($"{f}: verb dictionary not found");
        if (files.Length > 0)
            foreach (var issue in Events.VerbDictionary.Load(files).Issues.Take(20))
                Console.Error.WriteLine($"defacto: warning: {issue}");
        return files;
    }

    private static Document Read(string? path, string? text)
    {
        if (text is not null) return new Document("--text", text);
        if (path is null) throw new UserErrorException("give a file or --text");
        if (!File.Exists(path)) throw new UserErrorException($"{path}: no such file");
        try { return new Document(path, File.ReadAllText(path)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new UserErrorException($"{path}: cannot read ({e.Message})"); }
    }

    private static void Print(Document document, bool explain)
    {
        var console = CliApp.Out;
        console.MarkupLine(Markup.Escape($"{document.Source}: date {document.Dct}, {document.Sentences.Count} sentences, {document.Mentions.Count(m => m.IsResolved)} resolved mentions, {document.Events.Count} events"));
        foreach (var group in document.Events.GroupBy(e => e.Sentence ?? -1))
        {
            var sentence = document.Sentences[group.Key];
            console.MarkupLine("");
            console.MarkupLine($"[grey]{Markup.Escape(sentence.GetText(document))}[/]");
            if (explain) Explain(document, sentence);
            foreach (var e in group)
            {
                var neg = e.Negated ? " [red]negated[/]" : "";
                var said = e.AttributedTo is { } a ? $" (according to {Markup.Escape(a.Code ?? a.Text)})" : "";
                console.MarkupLine($"  [bold]{Markup.Escape(Actors(e.Source))}[/] {Markup.Escape(e.Cameo)}/{Markup.Escape(e.Plover ?? "-")} [bold]{Markup.Escape(Actors(e.Target))}[/]"
                    + $"  {Markup.Escape(e.Date ?? "undated")} ({Markup.Escape(e.DatePrecision ?? "-")}){neg} {Markup.Escape(e.Modality)}{said}"
                    + (e.Location is { } l ? $" in {Markup.Escape(l)}" : "") + $" conf {e.Confidence:0.00}");
            }
        }
        if (explain)
            foreach (var sentence in document.Sentences.Where(s => document.Events.All(e => e.Sentence != s.Index)))
            {
                console.MarkupLine("");
                console.MarkupLine($"[grey]{Markup.Escape(sentence.GetText(document))}[/] [yellow](no event)[/]");
                Explain(document, sentence);
            }
    }

    private static string Actors(IReadOnlyList<EventActor> actors) => actors.Count == 0 ? "-" : string.Join("+", actors.Select(a => a.Code ?? a.Text));

    private static void Explain(Document document, Sentence sentence)
    {
        var tokens = sentence.Tokens(document);
        var parse = string.Join(" ", tokens.ToArray().Select((t, i) => $"{i + 1}:{t.Text}/{t.Upos}/{t.DepRel}>{t.Head}"));
        CliApp.Out.MarkupLine($"    [grey]{Markup.Escape(parse)}[/]");
        foreach (var m in document.Mentions.Where(m => m.SentenceIndex == sentence.Index))
            CliApp.Out.MarkupLine($"    [grey]mention '{Markup.Escape(m.Text)}' → {Markup.Escape(m.Code ?? "unresolved")} ({Markup.Escape(m.Method ?? "")}){(m.Group is { } g ? " group " + g : "")}[/]");
    }
}
