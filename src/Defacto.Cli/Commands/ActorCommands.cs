using System.CommandLine;
using System.Globalization;
using Defacto.Actors;
using Defacto.Actors.Dictionaries;
using Defacto.Facts;
using Defacto.Model;
using Spectre.Console;

namespace Defacto.Cli.Commands;

/// <summary>`ledger`, `whois`, `actor`, `kb check`, `mentions`: knowledge-base queries and actor resolution.</summary>
public static class ActorCommands
{
    public static void Register(RootCommand root, GlobalOptions globals)
    {
        var kbOption = new Option<string?>("--kb") { Description = "Knowledge folder (env DEFACTO_KB; default: knowledge/ found beside or above the program)", Recursive = true };
        root.Options.Add(kbOption);
        root.Subcommands.Add(LedgerCommand(globals, kbOption));
        root.Subcommands.Add(WhoisCommand(globals, kbOption));
        root.Subcommands.Add(ActorCommand(globals, kbOption));
        root.Subcommands.Add(KbCommand(globals, kbOption));
        root.Subcommands.Add(MentionsCommand(globals, kbOption));
    }

    private static Option<string?> AsOfOption() => new("--as-of") { Description = "Date to answer for (YYYY-MM-DD, YYYY-MM or YYYY; default today)" };

    private static Command LedgerCommand(GlobalOptions globals, Option<string?> kbOption)
    {
        var entity = new Argument<string>("entity") { Description = "Contested state: name, alias or code (\"South Ossetia\", SOS)" };
        var asOf = AsOfOption();
        var command = new Command("ledger", "Who recognizes a contested state on a date, with source notes") { entity, asOf };
        command.SetAction(result =>
        {
            var kb = LoadKb(result.GetValue(kbOption));
            var polity = FindPolity(kb, result.GetValue(entity)!);
            var date = ParseDate(result.GetValue(asOf));
            var answer = new RecognitionLedger(kb).Query(polity, date);
            if (result.GetValue(globals.Json))
            {
                CliApp.WriteJson(new
                {
                    entity = answer.Entity, code = answer.Code, asOf = answer.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    entityExisted = answer.EntityExisted, entityNote = answer.EntityNote,
                    recognizedBy = answer.RecognizedBy.Select(e => new { name = e.Name, code = e.Code, kind = KindName(e.Kind), since = e.Since, until = e.Until, source = e.Source }),
                    withdrawn = answer.Withdrawn.Select(e => new { name = e.Name, code = e.Code, kind = KindName(e.Kind), since = e.Since, until = e.Until, source = e.Source }),
                });
                return 0;
            }
            var o = CliApp.Out;
            o.MarkupLine($"[bold]{Markup.Escape(answer.Entity)}[/] ({answer.Code}) as of {answer.AsOf:yyyy-MM-dd}: recognized by {answer.RecognizedBy.Count}");
            if (!answer.EntityExisted) o.MarkupLine($"[yellow]Note: the entity did not exist on that date.[/] {Markup.Escape(answer.EntityNote ?? "")}");
            var table = new Table().AddColumns("Recognizer", "Code", "Kind", "Since", "Source");
            foreach (var e in answer.RecognizedBy)
                table.AddRow(Markup.Escape(e.Name), e.Code, KindName(e.Kind), e.Since ?? "", Markup.Escape(e.Source));
            o.Write(table);
            if (answer.Withdrawn.Count > 0)
            {
                o.MarkupLine("[bold]No longer recognizing[/]");
                var w = new Table().AddColumns("Recognizer", "Code", "From", "Until", "Source");
                foreach (var e in answer.Withdrawn) w.AddRow(Markup.Escape(e.Name), e.Code, e.Since ?? "", e.Until ?? "", Markup.Escape(e.Source));
                o.Write(w);
            }
            return 0;
        });
        return command;
    }

    private static Command WhoisCommand(GlobalOptions globals, Option<string?> kbOption)
    {
        var role = new Argument<string>("role") { Description = "Role key or title (president, \"foreign minister\", foreign-minister)" };
        var polityArg = new Argument<string>("polity") { Description = "Polity or organization: name, alias or code" };
        var asOf = AsOfOption();
        var command = new Command("whois", "Who held a role for a polity on a date") { role, polityArg, asOf };
        command.SetAction(result =>
        {
            var kb = LoadKb(result.GetValue(kbOption));
            var roleDef = FindRole(kb, result.GetValue(role)!);
            var (code, name) = FindPolityOrOrganization(kb, result.GetValue(polityArg)!);
            var date = ParseDate(result.GetValue(asOf));
            var office = kb.Holder(roleDef.Key, code, date, date);
            var person = office is null ? null : kb.FindPerson(office.PersonId);
            if (result.GetValue(globals.Json))
            {
                CliApp.WriteJson(new
                {
                    role = roleDef.Key, polity = code, polityName = name, asOf = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    holder = person is null ? null : new { id = person.Id, name = person.Name },
                    from = office?.Validity.From?.ToString(), until = office?.Validity.Until?.ToString(), note = office?.Note,
                });
                return 0;
            }
            if (office is null || person is null)
            {
                CliApp.Out.MarkupLine($"No {Markup.Escape(roleDef.Label)} of {Markup.Escape(name)} is known on {date:yyyy-MM-dd}.");
                return 0;
            }
            CliApp.Out.MarkupLine($"[bold]{Markup.Escape(person.Name)}[/] was {Markup.Escape(kb.Describe(office))} on {date:yyyy-MM-dd} ({office.Validity}).");
            if (office.Note.Length > 0) CliApp.Out.MarkupLine(Markup.Escape(office.Note));
            return 0;
        });
        return command;
    }

    private static Command ActorCommand(GlobalOptions globals, Option<string?> kbOption)
    {
        var nameArg = new Argument<string>("name") { Description = "Person, polity or organization: name, alias, surname, id or code" };
        var command = new Command("actor", "Show a knowledge-base entry and its history") { nameArg };
        command.SetAction(result =>
        {
            var kb = LoadKb(result.GetValue(kbOption));
            var query = result.GetValue(nameArg)!;
            bool json = result.GetValue(globals.Json);
            var person = FindPerson(kb, query);
            if (person is not null)
            {
                var offices = kb.OfficesOf(person.Id).OrderBy(o => o.Validity.FirstDay).ToList();
                if (json)
                {
                    CliApp.WriteJson(new
                    {
                        type = "person", id = person.Id, name = person.Name, aliases = person.Aliases, polity = person.Polity,
                        offices = offices.Select(o => new { role = o.Role, polity = o.Polity, title = kb.Describe(o), from = o.Validity.From?.ToString(), until = o.Validity.Until?.ToString(), note = o.Note }),
                    });
                    return 0;
                }
                CliApp.Out.MarkupLine($"[bold]{Markup.Escape(person.Name)}[/] ({person.Id}), {Markup.Escape(kb.NameOf(person.Polity))}");
                if (person.Aliases.Count > 0) CliApp.Out.MarkupLine("Also: " + Markup.Escape(string.Join(", ", person.Aliases)));
                var table = new Table().AddColumns("Office", "From", "Until", "Note");
                foreach (var o in offices)
                    table.AddRow(Markup.Escape(kb.Describe(o)), o.Validity.From?.ToString() ?? "", o.Validity.Until?.ToString() ?? "(current)", Markup.Escape(o.Note));
                CliApp.Out.Write(table);
                return 0;
            }
            var polity = TryFindPolity(kb, query);
            if (polity is not null)
            {
                var recognitions = kb.Recognitions.Where(r => r.Entity == polity.Code).OrderBy(r => r.Validity.FirstDay).ToList();
                if (json)
                {
                    CliApp.WriteJson(new
                    {
                        type = "polity", code = polity.Code, kind = polity.Kind.ToString().ToLowerInvariant(), name = polity.Name, aliases = polity.Aliases,
                        demonyms = polity.Demonyms, capitals = polity.Capitals, seats = polity.Seats, claimedBy = polity.ClaimedBy,
                        from = polity.Existence.From?.ToString(), until = polity.Existence.Until?.ToString(), note = polity.Note,
                        recognitions = recognitions.Select(r => new { name = r.RecognizerName, code = r.Recognizer, kind = KindName(r.Kind), since = r.Validity.From?.ToString(), until = r.Validity.Until?.ToString(), source = r.Note }),
                    });
                    return 0;
                }
                var o = CliApp.Out;
                o.MarkupLine($"[bold]{Markup.Escape(polity.Name)}[/] ({polity.Code}, {polity.Kind.ToString().ToLowerInvariant()})");
                if (polity.Aliases.Count > 0) o.MarkupLine("Also: " + Markup.Escape(string.Join(", ", polity.Aliases)));
                if (polity.Capitals.Count > 0) o.MarkupLine("Capital: " + Markup.Escape(string.Join(" / ", polity.Capitals)));
                if (polity.ClaimedBy is { } c) o.MarkupLine($"Claimed by: {Markup.Escape(kb.NameOf(c))} ({c})");
                if (polity.Existence.From is not null || polity.Existence.Until is not null) o.MarkupLine($"Exists: {polity.Existence}");
                if (polity.Note.Length > 0) o.MarkupLine(Markup.Escape(polity.Note));
                if (recognitions.Count > 0)
                {
                    var table = new Table().AddColumns("Recognizer", "Kind", "From", "Until", "Source");
                    foreach (var r in recognitions)
                        table.AddRow(Markup.Escape(r.RecognizerName), KindName(r.Kind), r.Validity.From?.ToString() ?? "", r.Validity.Until?.ToString() ?? "", Markup.Escape(r.Note));
                    o.Write(table);
                }
                return 0;
            }
            var org = kb.Organizations.FirstOrDefault(x => Same(x.Code, query) || Same(x.Name, query) || x.Aliases.Any(a => Same(a, query)))
                ?? throw new UserErrorException($"no person, polity or organization named '{query}' in the knowledge base");
            if (json)
            {
                CliApp.WriteJson(new { type = "organization", code = org.Code, name = org.Name, aliases = org.Aliases, seat = org.Seat, members = org.Members, note = org.Note });
                return 0;
            }
            CliApp.Out.MarkupLine($"[bold]{Markup.Escape(org.Name)}[/] ({org.Code})");
            if (org.Aliases.Count > 0) CliApp.Out.MarkupLine("Also: " + Markup.Escape(string.Join(", ", org.Aliases)));
            if (org.Note.Length > 0) CliApp.Out.MarkupLine(Markup.Escape(org.Note));
            return 0;
        });
        return command;
    }

    private static Command KbCommand(GlobalOptions globals, Option<string?> kbOption)
    {
        var dictionaries = new Option<string[]>("--dictionaries") { Description = "CAMEO/Phoenix dictionary files or folders to check as well", AllowMultipleArgumentsPerToken = true };
        var check = new Command("check", "Report malformed knowledge rows and conflicts (two presidents at once, overlapping rows)") { dictionaries };
        check.SetAction(result =>
        {
            var dir = ResolveKbDir(result.GetValue(kbOption));
            var kb = KnowledgeBaseLoader.Load(dir);
            var problems = new List<(string Type, KbIssue Issue)>();
            problems.AddRange(kb.Issues.Select(i => ("bad line", i)));
            problems.AddRange(KnowledgeBaseChecker.FindConflicts(kb).Select(i => ("conflict", i)));
            foreach (var path in result.GetValue(dictionaries) ?? [])
            {
                var set = Directory.Exists(path) ? DictionarySet.LoadDirectory(path) : DictionarySet.Load([path]);
                problems.AddRange(set.Issues.Select(i => ("dictionary", i)));
            }
            if (result.GetValue(globals.Json))
            {
                CliApp.WriteJson(new
                {
                    directory = dir, polities = kb.Polities.Count, people = kb.People.Count, offices = kb.Offices.Count(), recognitions = kb.Recognitions.Count,
                    problems = problems.Select(p => new { type = p.Type, file = p.Issue.File, line = p.Issue.Line, reason = p.Issue.Reason }),
                });
            }
            else
            {
                CliApp.Out.MarkupLine($"{Markup.Escape(dir)}: {kb.Polities.Count} polities, {kb.Organizations.Count} organizations, {kb.People.Count} people, {kb.Offices.Count()} offices, {kb.Recognitions.Count} recognitions");
                foreach (var (type, issue) in problems) CliApp.Out.MarkupLine($"[yellow]{type}[/] {Markup.Escape(issue.ToString())}");
                CliApp.Out.MarkupLine(problems.Count == 0 ? "[green]no problems found[/]" : $"{problems.Count} problem(s)");
            }
            return problems.Count == 0 ? 0 : CliApp.UserError;
        });
        var goldArg = new Argument<string>("gold") { Description = "Gold TSV: date, sentence, mention, code, kb (see eval/actors/README.md)" };
        var eval = new Command("eval", "Score mention resolution against a gold TSV") { goldArg };
        eval.SetAction(result =>
        {
            var path = result.GetValue(goldArg)!;
            if (!File.Exists(path)) throw new UserErrorException($"{path}: file not found");
            var kb = LoadKb(result.GetValue(kbOption));
            var issues = new List<KbIssue>();
            var gold = MentionGoldEvaluator.Read(path, issues);
            foreach (var issue in issues) Console.Error.WriteLine($"defacto: warning: {issue}");
            var outcomes = new MentionGoldEvaluator(new MentionResolver(ActorIndex.For(kb))).Evaluate(gold);
            int correct = outcomes.Count(o => o.Correct);
            double accuracy = outcomes.Count == 0 ? 0 : (double)correct / outcomes.Count;
            if (result.GetValue(globals.Json))
            {
                CliApp.WriteJson(new
                {
                    gold = path, mentions = outcomes.Count, correct, accuracy,
                    errors = outcomes.Where(o => !o.Correct).Select(o => new { line = o.Gold.Line, date = o.Gold.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), mention = o.Gold.Text, expectedCode = o.Gold.Code, expectedKb = o.Gold.KbId, systemText = o.SystemText, systemCode = o.SystemCode, systemKb = o.SystemKbId }),
                });
                return 0;
            }
            var table = new Table().AddColumns("Line", "Mention", "Expected", "Got");
            foreach (var o in outcomes.Where(o => !o.Correct))
                table.AddRow(o.Gold.Line.ToString(CultureInfo.InvariantCulture), Markup.Escape(o.Gold.Text), Markup.Escape($"{o.Gold.Code} {o.Gold.KbId}"),
                    Markup.Escape(o.SystemText is null ? "(no mention)" : $"{o.SystemCode ?? "-"} {o.SystemKbId ?? "-"} «{o.SystemText}»"));
            if (table.Rows.Count > 0) CliApp.Out.Write(table);
            CliApp.Out.MarkupLine($"{correct}/{outcomes.Count} mentions resolved correctly ({accuracy:P1})");
            return 0;
        });
        var kbCommand = new Command("kb", "Knowledge-base maintenance") { check, eval };
        return kbCommand;
    }

    private static Command MentionsCommand(GlobalOptions globals, Option<string?> kbOption)
    {
        var file = new Argument<string>("file") { Description = "Text file of one article" };
        var date = new Option<string?>("--date") { Description = "Document date to resolve roles at (default: the date found in the text, else today)" };
        var dictionaries = new Option<string[]>("--dictionaries") { Description = "CAMEO/Phoenix dictionary files or folders to use alongside the knowledge base", AllowMultipleArgumentsPerToken = true };
        var command = new Command("mentions", "Find and resolve actor mentions in an article") { file, date, dictionaries };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            if (!File.Exists(path)) throw new UserErrorException($"{path}: file not found");
            var kb = LoadKb(result.GetValue(kbOption));
            DictionarySet? set = null;
            foreach (var d in result.GetValue(dictionaries) ?? [])
            {
                set ??= new DictionarySet();
                if (Directory.Exists(d)) foreach (var f in Directory.EnumerateFiles(d, "*.txt")) { if (IsDictionaryFile(f)) set.LoadFile(f); }
                else set.LoadFile(d);
            }
            var doc = Pipeline.CreateTextOnly().Process(new Document(path, File.ReadAllText(path)));
            if (result.GetValue(date) is { } dateText) doc.Dct = DocumentDate.Exact(ParseDate(dateText).ToDateTime(TimeOnly.MinValue), DatePrecision.Day, DateProvenance.Metadata, "--date");
            new ActorStage(kb, set).Process(doc);
            if (result.GetValue(globals.Json))
            {
                CliApp.WriteJson(new { source = path, date = doc.Dct.ToIso(), mentions = doc.Mentions });
                return 0;
            }
            CliApp.Out.MarkupLine($"{Markup.Escape(path)} (date {doc.Dct.ToIso() ?? "unknown"}): {doc.Mentions.Count} mentions");
            var table = new Table().AddColumns("S", "Text", "Code", "KB", "Role", "How");
            foreach (var m in doc.Mentions)
                table.AddRow(m.SentenceIndex.ToString(CultureInfo.InvariantCulture), Markup.Escape(m.Text), m.Code ?? "-", Markup.Escape(m.KbId ?? "-"),
                    Markup.Escape(m.Role ?? ""), Markup.Escape(m.Method ?? "") + (m.Group is { } g ? $" g{g}" : ""));
            CliApp.Out.Write(table);
            return 0;
        });
        return command;
    }

    private static bool IsDictionaryFile(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        return name.Contains("actors") || name.Contains("agents") || name.Contains("discards");
    }

    private static string ResolveKbDir(string? explicitDir)
    {
        try
        {
            return KnowledgeBaseLocator.Resolve(explicitDir);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new UserErrorException(e.Message);
        }
    }

    private static KnowledgeBase LoadKb(string? explicitDir)
    {
        var dir = ResolveKbDir(explicitDir);
        var kb = KnowledgeBaseLocator.Load(dir);
        foreach (var issue in kb.Issues) Console.Error.WriteLine($"defacto: warning: {issue}");
        return kb;
    }

    private static DateOnly ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return DateOnly.FromDateTime(DateTime.UtcNow);
        if (PartialDate.TryParse(text.Trim(), out var d)) return d.Start;
        throw new UserErrorException($"--as-of '{text}': not a date (want YYYY-MM-DD, YYYY-MM or YYYY)");
    }

    private static bool Same(string a, string b) => string.Equals(NameKey.Of(a.Trim()), NameKey.Of(b.Trim()), StringComparison.Ordinal);

    private static Polity? TryFindPolity(KnowledgeBase kb, string query)
    {
        var direct = kb.FindPolity(query.Trim());
        if (direct is not null) return direct;
        var keys = NameKey.Tokens(query);
        var entries = ActorIndex.For(kb).Lexicon.Find(keys);
        var entry = entries?.FirstOrDefault(e => e.Kind is LexiconKind.Polity) ?? entries?.FirstOrDefault(e => e.Kind is LexiconKind.Demonym or LexiconKind.Capital);
        return entry is null ? null : kb.FindPolity(entry.Target);
    }

    private static Polity FindPolity(KnowledgeBase kb, string query) =>
        TryFindPolity(kb, query) ?? throw new UserErrorException($"'{query}' is not a polity in the knowledge base (try a name such as \"South Ossetia\" or a code such as SOS)");

    private static (string Code, string Name) FindPolityOrOrganization(KnowledgeBase kb, string query)
    {
        if (TryFindPolity(kb, query) is { } p) return (p.Code, p.Name);
        var org = kb.Organizations.FirstOrDefault(x => Same(x.Code, query) || Same(x.Name, query) || x.Aliases.Any(a => Same(a, query)));
        if (org is not null) return (org.Code, org.Name);
        throw new UserErrorException($"'{query}' is not a polity or organization in the knowledge base");
    }

    private static RoleDefinition FindRole(KnowledgeBase kb, string query)
    {
        var role = kb.FindRole(query.Trim()) ?? kb.FindRole(query.Trim().Replace(' ', '-'))
            ?? kb.Roles.FirstOrDefault(r => r.Titles.Any(t => Same(t, query)));
        return role ?? throw new UserErrorException($"unknown role '{query}' (known: {string.Join(", ", kb.RoleOrder)})");
    }

    private static Person? FindPerson(KnowledgeBase kb, string query)
    {
        var byId = kb.FindPerson(query.Trim());
        if (byId is not null) return byId;
        var entries = ActorIndex.For(kb).Lexicon.Find(NameKey.Tokens(query));
        var ids = entries?.Where(e => e.Kind is LexiconKind.Person).Select(e => e.Target).Distinct().ToList() ?? [];
        if (ids.Count == 0) ids = entries?.Where(e => e.Kind is LexiconKind.Surname).Select(e => e.Target).Distinct().ToList() ?? [];
        if (ids.Count > 1) throw new UserErrorException($"'{query}' is ambiguous: {string.Join(", ", ids)}");
        return ids.Count == 1 ? kb.FindPerson(ids[0]) : null;
    }

    private static string KindName(RecognizerKind kind) => kind switch
    {
        RecognizerKind.UnMember => "un-member",
        RecognizerKind.NonUn => "non-un",
        _ => "subnational",
    };
}
