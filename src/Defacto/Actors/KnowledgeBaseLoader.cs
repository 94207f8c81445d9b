namespace Defacto.Actors;

/// <summary>Reads the knowledge tables of a folder into a <see cref="KnowledgeBase"/>, reporting and skipping malformed rows.</summary>
public static class KnowledgeBaseLoader
{
    public static KnowledgeBase Load(string directory)
    {
        var kb = new KnowledgeBase { Directory = directory };
        var issues = kb.Issues;
        LoadPolities(kb, Path.Combine(directory, "polities.tsv"), issues);
        LoadOrganizations(kb, Path.Combine(directory, "organizations.tsv"), issues);
        LoadAgents(kb, Path.Combine(directory, "agents.tsv"), issues);
        LoadPlaces(kb, Path.Combine(directory, "places.tsv"), issues);
        LoadRoles(kb, Path.Combine(directory, "roles.tsv"), issues);
        LoadPeople(kb, Path.Combine(directory, "people.tsv"), issues);
        LoadOffices(kb, Path.Combine(directory, "offices.tsv"), issues);
        LoadRecognitions(kb, Path.Combine(directory, "recognitions.tsv"), issues);
        return kb;
    }

    private static void LoadPolities(KnowledgeBase kb, string path, List<KbIssue> issues)
    {
        var table = TsvTable.Read(path, ["code", "kind", "name"], issues);
        if (table is null) return;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var code = row["code"];
            if (!IsCode(code)) { issues.Add(row.Issue($"polity code '{code}' is not three letters")); continue; }
            if (!seen.Add(code)) { issues.Add(row.Issue($"duplicate polity code {code}")); continue; }
            if (!TryKind(row["kind"], out var kind)) { issues.Add(row.Issue($"unknown polity kind '{row["kind"]}'")); continue; }
            if (row["name"].Length == 0) { issues.Add(row.Issue("empty name")); continue; }
            if (!TryValidity(row, "from", "until", issues, out var validity)) continue;
            var claimed = row["claimed_by"];
            kb.Add(new Polity(code.ToUpperInvariant(), kind, row["name"])
            {
                Aliases = row.List("aliases"),
                Demonyms = row.List("demonyms"),
                Capitals = row.List("capital"),
                Seats = row.List("seats"),
                ClaimedBy = claimed.Length == 0 ? null : claimed.ToUpperInvariant(),
                Existence = validity,
                Note = row["note"],
            });
        }
    }

    private static void LoadOrganizations(KnowledgeBase kb, string path, List<KbIssue> issues)
    {
        var table = TsvTable.Read(path, ["code", "name"], issues);
        if (table is null) return;
        foreach (var row in table.Rows)
        {
            var code = row["code"];
            if (code.Length < 3 || !code.All(char.IsAsciiLetterUpper)) { issues.Add(row.Issue($"organization code '{code}' must be upper-case letters")); continue; }
            if (row["name"].Length == 0) { issues.Add(row.Issue("empty name")); continue; }
            if (kb.FindOrganization(code) is not null) { issues.Add(row.Issue($"duplicate organization code {code}")); continue; }
            var seat = row["seat"];
            kb.Add(new Organization(code, row["name"])
            {
                Aliases = row.List("aliases"),
                Seat = seat.Length == 0 ? null : seat,
                Members = row.List("members"),
                Note = row["note"],
            });
        }
    }

    private static void LoadAgents(KnowledgeBase kb, string path, List<KbIssue> issues)
    {
        var table = TsvTable.Read(path, ["term", "code"], issues);
        if (table is null) return;
        foreach (var row in table.Rows)
        {
            var code = row["code"];
            if (row["term"].Length == 0) { issues.Add(row.Issue("empty term")); continue; }
            if (code.Length < 3 || !code.All(char.IsAsciiLetterUpper)) { issues.Add(row.Issue($"agent code '{code}' must be upper-case letters")); continue; }
            var role = row["role"];
            kb.Agents.Add(new AgentTerm(row["term"], code, role.Length == 0 ? code.ToLowerInvariant() : role));
        }
    }

    private static void LoadPlaces(KnowledgeBase kb, string path, List<KbIssue> issues)
    {
        var table = TsvTable.Read(path, ["name", "polity"], issues);
        if (table is null) return;
        foreach (var row in table.Rows)
        {
            var polity = row["polity"].ToUpperInvariant();
            if (row["name"].Length == 0) { issues.Add(row.Issue("empty name")); continue; }
            if (kb.FindPolity(polity) is null) { issues.Add(row.Issue($"unknown polity '{row["polity"]}'")); continue; }
            kb.Places.Add(new Place(row["name"], polity) { Aliases = row.List("aliases"), Note = row["note"] });
        }
    }

    private static void LoadRoles(KnowledgeBase kb, string path, List<KbIssue> issues)
    {
        var table = TsvTable.Read(path, ["role", "titles", "code"], issues);
        if (table is null) return;
        foreach (var row in table.Rows)
        {
            var key = row["role"];
            if (key.Length == 0) { issues.Add(row.Issue("empty role")); continue; }
            var single = row["single"];
            if (single is not ("" or "yes" or "no")) { issues.Add(row.Issue($"single must be yes or no, not '{single}'")); continue; }
            var label = row["label"];
            kb.Add(new RoleDefinition(key, label.Length == 0 ? key.Replace('-', ' ') : label, row["code"], single == "yes") { Titles = row.List("titles") });
        }
    }

    private static void LoadPeople(KnowledgeBase kb, string path, List<KbIssue> issues)
    {
        var table = TsvTable.Read(path, ["id", "name"], issues);
        if (table is null) return;
        foreach (var row in table.Rows)
        {
            var id = row["id"];
            if (id.Length == 0 || row["name"].Length == 0) { issues.Add(row.Issue("id and name are required")); continue; }
            if (kb.FindPerson(id) is not null) { issues.Add(row.Issue($"duplicate person id {id}")); continue; }
            var aliases = row.List("aliases");
            var family = row["family"];
            // A family name must be one of the name's words, or it would match people the row does not describe.
            if (family.Length > 0 && !aliases.Prepend(row["name"]).Any(n => n.Split(' ').Contains(family, StringComparer.OrdinalIgnoreCase)))
            {
                issues.Add(row.Issue($"family name '{family}' is not a word of the name or an alias; ignored"));
                family = "";
            }
            kb.Add(new Person(id, row["name"], row["polity"].ToUpperInvariant()) { Aliases = aliases, Note = row["note"], Family = family });
        }
    }

    private static void LoadOffices(KnowledgeBase kb, string path, List<KbIssue> issues)
    {
        var table = TsvTable.Read(path, ["person", "role", "polity", "from", "until"], issues);
        if (table is null) return;
        foreach (var row in table.Rows)
        {
            var person = row["person"];
            if (kb.FindPerson(person) is null) { issues.Add(row.Issue($"unknown person '{person}'")); continue; }
            if (kb.FindRole(row["role"]) is null) { issues.Add(row.Issue($"unknown role '{row["role"]}'")); continue; }
            if (!kb.IsKnownCode(row["polity"])) { issues.Add(row.Issue($"unknown polity or organization '{row["polity"]}'")); continue; }
            if (!TryValidity(row, "from", "until", issues, out var validity)) continue;
            kb.Add(new Office(person, row["role"], row["polity"].ToUpperInvariant(), validity, row["note"]) { File = row.File, Line = row.Line });
        }
    }

    private static void LoadRecognitions(KnowledgeBase kb, string path, List<KbIssue> issues)
    {
        var table = TsvTable.Read(path, ["entity", "recognizer", "kind", "from", "until", "note"], issues);
        if (table is null) return;
        foreach (var row in table.Rows)
        {
            var entity = row["entity"].ToUpperInvariant();
            var recognizer = row["recognizer"].ToUpperInvariant();
            if (kb.FindPolity(entity) is null) { issues.Add(row.Issue($"unknown entity '{entity}'")); continue; }
            var kind = row["kind"] switch
            {
                "un-member" => RecognizerKind.UnMember,
                "non-un" => RecognizerKind.NonUn,
                "subnational" => RecognizerKind.Subnational,
                _ => (RecognizerKind?)null,
            };
            if (kind is null) { issues.Add(row.Issue($"unknown recognizer kind '{row["kind"]}'")); continue; }
            var parent = recognizer.Split('-')[0];
            if (kb.FindPolity(parent) is null) { issues.Add(row.Issue($"unknown recognizer '{recognizer}'")); continue; }
            if (kind != RecognizerKind.Subnational && recognizer.Contains('-')) { issues.Add(row.Issue($"recognizer '{recognizer}' looks sub-national but kind is {row["kind"]}")); continue; }
            if (row["note"].Length == 0) { issues.Add(row.Issue("a recognition needs a source note")); continue; }
            if (!TryValidity(row, "from", "until", issues, out var validity)) continue;
            var name = row["recognizer_name"];
            kb.Add(new Recognition(entity, recognizer, name.Length == 0 ? kb.NameOf(recognizer) : name, kind.Value, validity, row["note"]) { File = row.File, Line = row.Line });
        }
    }

    private static bool IsCode(string code) => code.Length == 3 && code.All(char.IsAsciiLetter);

    private static bool TryKind(string text, out PolityKind kind)
    {
        kind = text switch
        {
            "member" => PolityKind.Member,
            "observer" => PolityKind.Observer,
            "contested" => PolityKind.Contested,
            "former" => PolityKind.Former,
            "region" => PolityKind.Region,
            "territory" => PolityKind.Territory,
            _ => (PolityKind)(-1),
        };
        return kind >= 0;
    }

    private static bool TryValidity(TsvRow row, string fromColumn, string untilColumn, List<KbIssue> issues, out Validity validity)
    {
        validity = default;
        PartialDate? from = null, until = null;
        var f = row[fromColumn];
        var u = row[untilColumn];
        if (f.Length > 0)
        {
            if (!PartialDate.TryParse(f, out var d)) { issues.Add(row.Issue($"bad date '{f}' in {fromColumn} (want YYYY, YYYY-MM or YYYY-MM-DD)")); return false; }
            from = d;
        }
        if (u.Length > 0)
        {
            if (!PartialDate.TryParse(u, out var d)) { issues.Add(row.Issue($"bad date '{u}' in {untilColumn} (want YYYY, YYYY-MM or YYYY-MM-DD)")); return false; }
            until = d;
        }
        if (from is { } a && until is { } b && b.Start < a.Start)
        {
            issues.Add(row.Issue($"{untilColumn} {u} is before {fromColumn} {f}"));
            return false;
        }
        validity = new Validity(from, until);
        return true;
    }
}
