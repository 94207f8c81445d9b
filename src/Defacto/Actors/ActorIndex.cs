using Defacto.Actors.Dictionaries;

namespace Defacto.Actors;

/// <summary>Everything mention finding looks up, built once from a knowledge base (and optional public dictionaries): the lexicon trie and the fuzzy-match candidates.</summary>
public sealed class ActorIndex
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeBase, ActorIndex> Cache = new();

    private ActorIndex(KnowledgeBase kb)
    {
        Kb = kb;
    }

    public KnowledgeBase Kb { get; }
    public Lexicon Lexicon { get; } = new();

    /// <summary>Sentence-level discard phrases (from imported discard lists) as token keys.</summary>
    public Lexicon Discards { get; } = new();

    /// <summary>Whole-name keys (tokens joined by spaces) by first character, for fuzzy matching of misspelled names.</summary>
    internal Dictionary<char, List<(string Key, IReadOnlyList<LexiconEntry> Entries)>> FuzzyKeys { get; } = new();

    /// <summary>Surname keys of each person (last name tokens joined by spaces), for document-level fuzzy matching.</summary>
    internal Dictionary<string, string> SurnameOf { get; } = new(StringComparer.Ordinal);

    /// <summary>First-name keys of each person (first token of every multi-word name and alias), to tell "Irfaan Ali" from "Ben Ali".</summary>
    internal Dictionary<string, HashSet<string>> GivenNamesOf { get; } = new(StringComparer.Ordinal);

    /// <summary>Every given-name key of the people in the knowledge base ("mohammed", "ali"), to tell a given name from a surname.</summary>
    internal HashSet<string> GivenNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The index for a knowledge base without public dictionaries, built once per KB.</summary>
    public static ActorIndex For(KnowledgeBase kb) => Cache.GetValue(kb, k => Build(k, null));

    /// <summary>Role of a surname entry that is a family name written first ("Xi" of "Xi Jinping").</summary>
    internal const string FamilyRole = "family";

    /// <summary>Builds the index; project entries are added first so they win over imported dictionary entries for the same surface form.</summary>
    public static ActorIndex Build(KnowledgeBase kb, DictionarySet? dictionaries)
    {
        var index = new ActorIndex(kb);
        index.AddKnowledgeBase();
        if (dictionaries is not null) index.AddDictionaries(dictionaries);
        index.BuildFuzzyKeys();
        return index;
    }

    private void AddKnowledgeBase()
    {
        foreach (var p in Kb.People)
        {
            var family = p.Family.Length > 0 ? NameKey.Tokens(p.Family) : [];
            if (family.Length > 0)
            {
                // "Xi Jinping", "Tsai Ing-wen": the family name comes first and is the one used alone ("President Xi").
                Lexicon.Add(family, new LexiconEntry(LexiconKind.Surname, p.Id) { Surface = p.Family, Role = FamilyRole });
                SurnameOf.TryAdd(p.Id, string.Join(' ', family));
            }
            foreach (var name in p.Aliases.Prepend(p.Name))
            {
                var keys = NameKey.Tokens(name);
                AddName(keys, name, LexiconKind.Person, p.Id);
                if (family.Length > 0 && keys.AsSpan().StartsWith(family)) continue;
                // "Mohammed VI": a regnal number is no surname, and the given name alone is shared by too many to stand for one holder
                // ("Pope Leo XIV" still gives "Leo XIV").
                bool regnal = NameKey.IsRegnalNumber(keys[^1]);
                if (keys.Length >= (regnal ? 3 : 2))
                {
                    var surname = keys[1..];
                    AddName(surname, name, LexiconKind.Surname, p.Id);
                    if (surname.Length > 1 && !regnal) AddName(keys[^1..], name, LexiconKind.Surname, p.Id);
                    SurnameOf.TryAdd(p.Id, string.Join(' ', surname));
                    if (!GivenNamesOf.TryGetValue(p.Id, out var given)) GivenNamesOf[p.Id] = given = new(StringComparer.Ordinal);
                    given.Add(keys[0]);
                    GivenNames.Add(keys[0]);
                }
            }
        }
        foreach (var p in Kb.Polities)
        {
            foreach (var name in p.Aliases.Prepend(p.Name)) AddName(NameKey.Tokens(name), name, LexiconKind.Polity, p.Code);
            foreach (var d in p.Demonyms)
            {
                var keys = NameKey.Tokens(d);
                AddName(keys, d, LexiconKind.Demonym, p.Code);
                if (!keys[^1].EndsWith('s') && !keys[^1].EndsWith("ese", StringComparison.Ordinal))
                {
                    var plural = (string[])keys.Clone();
                    plural[^1] += "s";
                    Lexicon.Add(plural, new LexiconEntry(LexiconKind.Demonym, p.Code) { Role = "people", Surface = d + "s" });
                }
            }
            foreach (var c in p.Capitals)
            {
                AddName(NameKey.Tokens(c), c, LexiconKind.Capital, p.Code);
                // After a claimed state dissolves, its capital is again a city of the state that claimed it (Khankendi in Azerbaijan).
                if (p.ClaimedBy is { } parent && p.Existence.Until is { } end)
                    Lexicon.Add(NameKey.Tokens(c), new LexiconEntry(LexiconKind.Capital, parent) { Surface = c, ActiveDuring = new Validity(end, null) });
            }
            foreach (var s in p.Seats) AddName(NameKey.Tokens(s), s, LexiconKind.Seat, p.Code);
        }
        foreach (var o in Kb.Organizations)
        {
            foreach (var name in o.Aliases.Prepend(o.Name)) AddName(NameKey.Tokens(name), name, LexiconKind.Organization, o.Code);
            if (o.Seat is { } seat) AddName(NameKey.Tokens(seat), seat, LexiconKind.OrganizationSeat, o.Code);
        }
        foreach (var place in Kb.Places)
        foreach (var name in place.Aliases.Prepend(place.Name))
            AddName(NameKey.Tokens(name), name, LexiconKind.Place, place.Polity);
        foreach (var a in Kb.Agents)
        {
            var keys = NameKey.Tokens(a.Term);
            var entry = new LexiconEntry(LexiconKind.Agent, a.Code) { Role = a.Role, Surface = a.Term, CaseSensitive = NameKey.IsAcronym(a.Term) };
            Lexicon.Add(keys, entry);
            foreach (var plural in Plurals(keys)) Lexicon.Add(plural, entry);
        }
        foreach (var role in Kb.Roles)
        foreach (var title in role.Titles)
            Lexicon.Add(NameKey.Tokens(title), new LexiconEntry(LexiconKind.Title, role.Key) { Surface = title, CaseSensitive = NameKey.IsAcronym(title) });
        foreach (var r in Kb.Recognitions.Where(r => r.Kind == RecognizerKind.Subnational))
        {
            var name = r.RecognizerName;
            int paren = name.IndexOf('(');
            if (paren > 0) name = name[..paren].Trim();
            var keys = NameKey.Tokens(name);
            if (!Lexicon.Contains(keys))
                Lexicon.Add(keys, new LexiconEntry(LexiconKind.Subnational, r.Recognizer) { Surface = name });
        }
    }

    private void AddName(string[] keys, string surface, LexiconKind kind, string target) =>
        Lexicon.Add(keys, new LexiconEntry(kind, target) { Surface = surface, CaseSensitive = NameKey.IsAcronym(surface) });

    private void AddDictionaries(DictionarySet set)
    {
        foreach (var actor in set.Actors)
        {
            if (actor.Codes.Count == 0) continue;
            var entry = new LexiconEntry(LexiconKind.Imported, actor.Codes[0].Code) { Codes = actor.Codes, Surface = actor.Name };
            foreach (var name in actor.Names)
            {
                var keys = NameKey.Tokens(name);
                if (keys.Length > 0) Lexicon.Add(keys, entry with { Surface = name, CaseSensitive = NameKey.IsAcronym(name) }, onlyIfNew: true);
            }
        }
        foreach (var agent in set.Agents)
        {
            var keys = NameKey.Tokens(agent.Term);
            if (keys.Length == 0) continue;
            var entry = new LexiconEntry(LexiconKind.ImportedAgent, agent.Code) { Role = agent.Code.ToLowerInvariant(), Surface = agent.Term };
            Lexicon.Add(keys, entry, onlyIfNew: true);
            foreach (var plural in Plurals(keys)) Lexicon.Add(plural, entry, onlyIfNew: true);
        }
        foreach (var d in set.Discards.Where(d => !d.StoryLevel))
        {
            var keys = NameKey.Tokens(d.Phrase);
            if (keys.Length > 0) Discards.Add(keys, new LexiconEntry(LexiconKind.Agent, "DISCARD") { Surface = d.Phrase });
        }
    }

    private void BuildFuzzyKeys()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string surface, LexiconKind kind)
        {
            var keys = NameKey.Tokens(surface);
            var joined = string.Join(' ', keys);
            if (joined.Length < 5 || !seen.Add(joined)) return;
            var entries = Lexicon.Find(keys);
            if (entries is null) return;
            if (!FuzzyKeys.TryGetValue(joined[0], out var list)) FuzzyKeys[joined[0]] = list = new();
            list.Add((joined, entries));
        }
        foreach (var p in Kb.People)
        foreach (var name in p.Aliases.Prepend(p.Name))
        {
            Add(name, LexiconKind.Person);
            var keys = NameKey.Tokens(name);
            if (p.Family.Length > 0) Add(p.Family, LexiconKind.Surname);
            else if (keys.Length >= 2 && !NameKey.IsRegnalNumber(keys[^1])) Add(keys[^1], LexiconKind.Surname);
        }
        foreach (var p in Kb.Polities)
        foreach (var name in p.Aliases.Prepend(p.Name).Concat(p.Capitals).Concat(p.Demonyms))
            Add(name, LexiconKind.Polity);
    }

    private static IEnumerable<string[]> Plurals(string[] keys)
    {
        var last = keys[^1];
        if (last.Length < 2 || last.EndsWith('s')) yield break;
        // A lone man who acts is a private person; "men of fighting age" are a population, not an actor.
        if (keys is ["man"]) yield break;
        string plural = last.EndsWith("man", StringComparison.Ordinal) ? last[..^3] + "men"
            : last.EndsWith('y') && !"aeiou".Contains(last[^2]) ? last[..^1] + "ies"
            : last.EndsWith("ch", StringComparison.Ordinal) || last.EndsWith("sh", StringComparison.Ordinal) || last.EndsWith('x') ? last + "es"
            : last + "s";
        var copy = (string[])keys.Clone();
        copy[^1] = plural;
        yield return copy;
    }
}
