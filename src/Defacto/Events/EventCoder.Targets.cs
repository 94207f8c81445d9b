using Defacto.Model;
using Defacto.Time;

namespace Defacto.Events;

// Where a target is found when no direct relation names one: complements, conditions, purposes, places and nested phrases.
public sealed partial class EventCoder
{
    // "Opened an inquiry into the death of X in Tskhinvali", "lifted restrictions on Moldovan farmers": when no relation names a
    // target, the first actor further inside the object or an oblique is the one the deed is about. Meetings are excluded: what
    // talks are about is their topic, not a party.
    private void DeepTarget(DependencyTree tree, SentenceActors actors, int predicate, string code, List<Mention> sources, List<Mention> targets)
    {
        if (code.StartsWith("04", StringComparison.Ordinal) || code.StartsWith("01", StringComparison.Ordinal) || code.Length == 0) return;
        var slots = new List<int>();
        foreach (var c in tree.Children(predicate))
            if (tree.BaseRel(c) is "obj" or "iobj") slots.Add(c);
        // "Voted to grant the Palestinians new rights": a purpose clause the parser did not make a complement is one all the same.
        foreach (var c in tree.Children(predicate))
            if (tree.BaseRel(c) is "xcomp" or "ccomp" || (tree.BaseRel(c) == "obl" && !IsCircumstance(tree, c))
                || (tree.BaseRel(c) == "advcl" && tree.Child(c, "nsubj") < 0 && tree.Child(c, "mark") is var to and >= 0 && tree.Lower(to) == "to")) slots.Add(c);
        slots.RemoveAll(c => ThirdPartyRoles.Contains(tree.Lemma(c)));
        foreach (var slot in slots)
            foreach (var t in tree.Subtree(slot, x => tree.Rel(x) is "acl:relcl" or "parataxis" or "conj" or "advcl" or "punct"
                // "..., according to the interior ministry": who reports it is no target, however the phrase was attached.
                || CaseOf(tree, x) == "according"
                || (tree.BaseRel(x) is "obl" or "nmod" && CaseOf(tree, x) is var circumstance && CircumstanceCases.Contains(circumstance) && circumstance != "during")
                || (tree.BaseRel(x) is "obl" or "nmod" && OccasionNouns.Contains(tree.Lemma(x)))
                // "Signed the pact at a virtual summit hosted by Vietnam", "a ceasefire brokered by Egypt": a host or a broker is a
                // third party, not the one the deed is aimed at (unlike the author of a plan one agrees to).
                || (tree.BaseRel(x) == "acl" && ThirdPartyRoles.Contains(tree.Lemma(x)))
                // (Nor, for a truce, who proposed it: see ReadPredicate.)
                || (tree.BaseRel(x) == "acl" && code.StartsWith("08", StringComparison.Ordinal) && tree.Lemma(x) is "propose" or "offer" or "draft")))
                if (actors.At(t) is { } m && !sources.Contains(m) && !sources.Exists(s => s.Code == m.Code) && !(m.Code is { Length: 3 } && sources.Exists(s => s.Polity == m.Code))
                    && !(code.Length >= 2 && code[..2] is "15" or "03" or "07" or "13" && IsOwn(m, sources) && m.Code is { Length: > 3 } own && own[3..].StartsWith("MIL", StringComparison.Ordinal))
                    && !(code.StartsWith("15", StringComparison.Ordinal) && IsOwn(m, sources))
                    // "Blocked the roads in northern Kosovo": where a protest happens is not whom it is against.
                    // ("in Israeli jails" names whose jails: a demonym still points at a side).
                    // ("Rallied outside the Georgian parliament": a body protested at is whom the protest is against.)
                    && !(code.StartsWith("14", StringComparison.Ordinal) && m.Method != "demonym" && !(m.Code is { Length: > 3 } && m.Method is not ("capital" or "place")) && InPlacePhrase(tree, t))
                    && !(code.StartsWith("15", StringComparison.Ordinal) && IsStationedIn(tree, t))
                    // "Agreed in Vienna", "signed in Abu Dhabi", "a centre in the Aghdam district": the place where an agreement or a meeting is made is not a party to it.
                    && !(code.Length >= 2 && code[..2] is "03" or "04" or "05" or "06" && m.Method is "capital" or "place" or "demonym" && m.Code is { Length: 3 }
                         && InPlacePhrase(tree, t)))
                {
                    targets.AddRange(actors.ActorsOf(t));
                    RemoveOverlap(sources, targets);
                    return;
                }
    }

    // "Threatened to use force unless Armenian troops left", "warned it would respond if Taiwan's president met ...": a threat or
    // a demand is aimed at whoever the condition is about; "blocked roads to demand Pashinyan's resignation": a protest at whoever
    // its purpose names.
    private static void ClauseTarget(DependencyTree tree, SentenceActors actors, int predicate, string code, List<Mention> sources, List<Mention> targets)
    {
        // "Spoke by phone with Putin": the parser may hang the other party on the means.
        if (code.StartsWith("04", StringComparison.Ordinal))
        {
            foreach (var c in tree.Children(predicate))
                if (tree.BaseRel(c) is "obl" or "obj")
                    foreach (var t in tree.Subtree(c, x => tree.BaseRel(x) is "acl" or "advcl" or "parataxis" or "conj"))
                        if (t != c && tree.BaseRel(t) == "nmod" && CaseOf(tree, t) == "with" && actors.ActorsOf(t) is { Count: > 0 } party && !party.Exists(sources.Contains))
                        {
                            targets.AddRange(party);
                            return;
                        }
            return;
        }
        // "Suspended the tax rise, bowing to three weeks of protests by the yellow vests": a concession is made to whom the
        // participle after it names.
        if (code.StartsWith("08", StringComparison.Ordinal))
        {
            // "Bowing to ..., the president announced that prices would be frozen": the participle may hang on the verb that reports the concession.
            var governors = new List<int> { predicate };
            if (tree.BaseRel(predicate) is "ccomp" or "xcomp" && tree.Head(predicate) is var reporter and >= 0) governors.Add(reporter);
            int protest = -1;
            foreach (var g in governors)
                foreach (var c in tree.Children(g))
                    if (tree.BaseRel(c) == "advcl" && tree.Tokens[c].Xpos == "VBG")
                        foreach (var t in tree.Subtree(c, x => tree.BaseRel(x) is "advcl" or "parataxis" or "acl:relcl"))
                        {
                            if (actors.At(t) is { } m && !sources.Exists(s => s.Code == m.Code || ReferenceEquals(s, m)))
                            {
                                targets.AddRange(actors.ActorsOf(t));
                                return;
                            }
                            // "Giving in to the demands of protesters": people a government gives in to are its own, unless a place says otherwise.
                            if (YieldingVerbs.Contains(tree.Lemma(c)) && actors.UnplacedAgentAt(t) is { Sector: { } sector } agent && sector is not ("MIL" or "GOV" or "COP" or "SPY")
                                && sources.Select(s => (s.Polity ?? s.Code) is { Length: >= 3 } p ? p[..3] : null).Distinct().ToList() is [{ } home])
                            {
                                targets.Add(agent with { Code = home + sector, Polity = home, Method = "agent conceded to" });
                                return;
                            }
                            if (protest < 0 && YieldingVerbs.Contains(tree.Lemma(c)) && ProtestNouns.Contains(tree.Lemma(t))) protest = t;
                        }
            // "Bowing to a week of deadly street protests": protests that name no one are the home country's people's.
            if (protest >= 0 && sources.Select(s => (s.Polity ?? s.Code) is { Length: >= 3 } p ? p[..3] : null).Distinct().ToList() is [{ } people])
            {
                var tok = tree.Tokens[protest];
                targets.Add(new Mention(new Span(tok.Start, tok.End), tok.Text)
                {
                    Code = people + "CVL", Polity = people, Kind = MentionKind.Group, Sector = "CVL", SentenceIndex = tree.Sentence.Index, Method = "protest conceded to",
                });
            }
            return;
        }
        bool conditional = code.StartsWith("13", StringComparison.Ordinal) || code.StartsWith("10", StringComparison.Ordinal);
        // "Used water cannon to disperse protesters": force, like protest, is aimed at whom its purpose names.
        bool purpose = code.Length >= 2 && code[..2] is "14" or "17" or "18" or "19";
        if (!conditional && !purpose) return;
        // The clause hangs from the predicate or from its complement ("threatened to use force unless ...").
        var heads = new List<int> { predicate };
        // "Russia will take retaliatory steps if Finland joins NATO, the ministry warned": a closing speech tag warns of the
        // clause it reports.
        if (conditional && tree.BaseRel(predicate) == "parataxis" && tree.Head(predicate) is var reported and >= 0) heads.Add(reported);
        foreach (var h in heads.ToList())
            foreach (var c in tree.Children(h)) if (tree.BaseRel(c) is "xcomp" or "ccomp") heads.Add(c);
        // "Vystrcil would pay a heavy price, Wang Yi warned": with no condition to name one, the warning is aimed at the reported
        // clause's subject.
        if (conditional && tree.BaseRel(predicate) == "parataxis" && tree.Head(predicate) is var said and >= 0 && !HasCondition(tree, heads)
            && tree.Child(said, "nsubj") is var warned and >= 0 && actors.ActorsOf(warned) is { Count: > 0 } subject && !subject.Exists(m => sources.Exists(s => s.Code == m.Code)))
        {
            targets.AddRange(subject);
            return;
        }
        foreach (var h in heads)
            foreach (var clause in tree.Children(h))
            {
                if (tree.BaseRel(clause) != "advcl" || tree.Child(clause, "mark") is not (var mark and >= 0)) continue;
                var word = tree.Lower(mark);
                if (!(conditional && word is "if" or "unless" || purpose && word is "to")) continue;
                if (AddClauseActor(tree, actors, clause, sources, targets)) return;
            }
        // "Warned that Belarus could shut off the gas that flows to Europe ... if the EU answered with sanctions": the parser may hang
        // the condition lower down, on a relative clause of the threatened deed's object; it still names whom the threat is aimed at.
        if (!conditional) return;
        foreach (var h in heads)
            foreach (var clause in tree.Subtree(h, x => tree.BaseRel(x) is "parataxis" or "ccomp" or "xcomp"))
            {
                if (clause == h || tree.BaseRel(clause) != "advcl" || tree.Child(clause, "mark") is not (var mark and >= 0) || tree.Lower(mark) is not ("if" or "unless")) continue;
                if (AddClauseActor(tree, actors, clause, sources, targets)) return;
            }
    }

    // The first actor of a condition or purpose clause (not of its own clauses) who is not a source becomes the target.
    private static bool AddClauseActor(DependencyTree tree, SentenceActors actors, int clause, List<Mention> sources, List<Mention> targets)
    {
        foreach (var t in tree.Subtree(clause, x => tree.BaseRel(x) is "advcl" or "acl" or "parataxis"))
            if (actors.At(t) is { } m && !sources.Exists(s => s.Code == m.Code || ReferenceEquals(s, m)))
            {
                targets.AddRange(actors.ActorsOf(t));
                return true;
            }
        return false;
    }

    // The government of the country a protest takes place in, when the protesters are its own people (not officials or forces).
    private static EventActor? ProtestedGovernment(SentenceActors actors, IReadOnlyList<EventActor> sources)
    {
        if (sources.Count == 0 || sources.Any(s => s.Code is { Length: >= 6 } c && c[3..6] is "GOV" or "MIL" or "COP" or "LEG" or "JUD" or "SPY")) return null;
        if (sources.Select(s => s.Polity).Distinct().ToList() is not [{ Length: 3 } home]) return null;
        foreach (var m in actors.Mentions)
            if (m.Method is "capital" or "place" && (m.Polity ?? m.Code) is { Length: >= 3 } polity && polity[..3] == home)
                return new EventActor(m.Text, home + "GOV");
        return null;
    }

    private static bool HasCondition(DependencyTree tree, List<int> heads) =>
        heads.Exists(h => tree.Children(h).Any(c => tree.BaseRel(c) == "advcl" && tree.Child(c, "mark") is var m and >= 0 && tree.Lower(m) is "if" or "unless"));

    private static readonly HashSet<string> ProtestNouns = new(StringComparer.Ordinal) { "protest", "demonstration", "unrest", "rally", "strike", "riot" };

    // Participles that tell to whom a concession is made ("bowing to", "giving in to", "yielding to", "meeting the demands of").
    private static readonly HashSet<string> YieldingVerbs = new(StringComparer.Ordinal) { "bow", "give", "yield", "cave", "relent", "heed", "meet", "bend", "accede", "succumb" };

    // "Launched the offensive despite a Russian-brokered ceasefire", "after the Hamas attack": circumstances, not targets.
    private static readonly HashSet<string> CircumstanceCases = new(StringComparer.Ordinal) { "according", "despite", "after", "before", "since", "during", "amid", "following", "until", "because", "as", "under", "through", "via" };

    // Material conflict whose place can stand for its target.
    private static readonly string[] ForceRoots = ["15", "18", "19", "20"];

    private static readonly HashSet<string> ThirdPartyRoles = new(StringComparer.Ordinal)
    {
        "host", "broker", "mediate", "chair", "co-chair", "sponsor", "organize", "organise", "facilitate", "attend",
    };

    // "On the sidelines of the G20 summit", "on the margins of the UN General Assembly": where it happened, never a party.
    private static readonly HashSet<string> OccasionNouns = new(StringComparer.Ordinal) { "sideline", "sidelines", "margin", "margins" };

    private static bool IsCircumstance(DependencyTree tree, int nominal) =>
        CircumstanceCases.Contains(CaseOf(tree, nominal)) || OccasionNouns.Contains(tree.Lemma(nominal));

    private static bool InPlacePhrase(DependencyTree tree, int t)
    {
        // The nearest phrase with a preposition decides: "in protest against Macron's reform" is against, not in.
        for (int n = t, steps = 0; n >= 0 && steps < 4; n = tree.Head(n), steps++)
            if (tree.BaseRel(n) is "obl" or "nmod" && CaseOf(tree, n) is { Length: > 0 } preposition && preposition != "'s") return LocationPrepositions.Contains(preposition);
        return false;
    }

    // "Marines arrived in the northern Australian city of Darwin", "a base in Djibouti": where forces are stationed is not whom they
    // face; a show of force is aimed "at", "toward", "near" or "along" a side, or at the other side of a border.
    private static bool IsStationedIn(DependencyTree tree, int t)
    {
        for (int n = t, steps = 0; n >= 0 && steps < 4; n = tree.Head(n), steps++)
            if (tree.BaseRel(n) is "obl" or "nmod" && CaseOf(tree, n) is { Length: > 0 } preposition && preposition != "'s")
                // "To restore constitutional order in Niger": a place in the purpose of the deployment is whom it is aimed at.
                return preposition is "in" or "from" && !(tree.BaseRel(n) == "obl" && tree.Head(n) is var verb and >= 0 && tree.BaseRel(verb) == "advcl");
        return false;
    }

    private static List<Mention>? AuthorOf(DependencyTree tree, SentenceActors actors, int noun)
    {
        foreach (var p in tree.Children(noun))
            if (tree.BaseRel(p) == "acl" && tree.Tokens[p].Xpos == "VBN")
                foreach (var a in tree.Children(p))
                    if ((tree.Rel(a) == "obl:agent" || (tree.BaseRel(a) == "obl" && CaseOf(tree, a) == "by")) && actors.ActorsOf(a) is { Count: > 0 } by) return by;
        // "Rejected the formula that Xi Jinping had held out": a relative clause saying who put the thing forward names its author.
        // ("the 'one country, two systems' formula that ...": the clause may hang on a noun in apposition.)
        foreach (var n in tree.Children(noun).Where(c => tree.BaseRel(c) == "appos").Prepend(noun))
            foreach (var p in tree.Children(n))
                if (tree.Rel(p) == "acl:relcl" && AuthoringVerbs.Contains(tree.Lemma(p)) && tree.Child(p, "nsubj") is var who and >= 0 && tree.Upos(who) != "PRON"
                    && actors.ActorsOf(who) is { Count: > 0 } author) return author;
        return null;
    }

    private static readonly HashSet<string> AuthoringVerbs = new(StringComparer.Ordinal)
    {
        "propose", "offer", "hold", "put", "unveil", "draft", "present", "announce", "submit", "table", "issue", "float", "suggest", "outline",
        "impose", "pass", "adopt", "make", "lay",
    };

    // The "bowing to ...", "giving in to ...", "yielding to ..." clause of a verb, or -1.
    private static int YieldingClause(DependencyTree tree, int verb)
    {
        foreach (var c in tree.Children(verb))
            if (tree.BaseRel(c) == "advcl" && (tree.Lemma(c) is "bow" or "yield" || (tree.Lemma(c) == "give" && tree.Children(c).Any(x => tree.Lower(x) == "in"))))
                return c;
        return -1;
    }

    // Those a yielding clause gives in to: "bowing to opposition protesters", "giving in to the main demand of the students".
    private static List<Mention> YieldedTo(DependencyTree tree, SentenceActors actors, int clause)
    {
        foreach (var c in tree.Children(clause))
        {
            if (tree.BaseRel(c) is not ("obl" or "obj")) continue;
            if (actors.ActorsOf(c) is { Count: > 0 } direct) return direct;
            // "the main demand of the students": the demand is theirs.
            foreach (var d in tree.Children(c))
                if (tree.BaseRel(d) == "nmod" && actors.ActorsOf(d) is { Count: > 0 } owners) return owners;
        }
        return [];
    }

    private static bool IsOwn(Mention m, List<Mention> sources) => m.Polity is not null && sources.Exists(s => s.Polity == m.Polity);

    // Force used somewhere ("launched an offensive ... in Karabakh", "shelled villages near Jermuk") is used against that place.
    private void PlaceAsTarget(DependencyTree tree, SentenceActors actors, int predicate, string code, List<Mention> sources, List<Mention> targets)
    {
        if (targets.Count > 0 || !Array.Exists(ForceRoots, r => code.StartsWith(r, StringComparison.Ordinal))) return;
        foreach (var c in tree.Children(predicate))
        {
            // Not a time ("a day after the outbreak of fighting in Karabakh") nor a circumstance.
            if (tree.BaseRel(c) is not ("obl" or "nmod" or "obj") || CircumstanceCases.Contains(CaseOf(tree, c)) || tree.IsTime(c)) continue;
            foreach (var t in tree.Subtree(c, x => tree.BaseRel(x) is "acl" or "parataxis" or "conj" || (tree.BaseRel(x) is "obl" or "nmod" && CircumstanceCases.Contains(CaseOf(tree, x)))))
                if (actors.At(t) is { } m && !sources.Exists(s => s.Polity == m.Polity && m.Polity is not null) && !sources.Contains(m)
                    && !(code.StartsWith("15", StringComparison.Ordinal) && IsStationedIn(tree, t)))
                {
                    targets.Add(m);
                    return;
                }
        }
        RemoveOverlap(sources, targets);
    }

    // "Demanded that Azerbaijan release ...", "threatened to cut gas to Moldova": the one acted on is named in the complement.
    private static List<Mention> ComplementTarget(DependencyTree tree, SentenceActors actors, int v, List<Mention> sources)
    {
        // What someone says is reported, not done to its subject.
        if (ClauseReader.IsSaying(tree, v)) return [];
        foreach (var c in tree.Children(v))
        {
            var rel = tree.BaseRel(c);
            if (rel is not ("ccomp" or "xcomp") && !(rel == "advcl" && IsComplementClause(tree, c))) continue;
            int subject = tree.Child(c, "nsubj");
            // "Demanded that Manila formally apologise, compensate the family and punish ...": the parser may hang the clause's
            // first verb, with the subject, below a later one; the subject before the complement's head is still its subject.
            if (subject < 0 && tree.Child(c, "mark") < 0)
                foreach (var d in tree.Children(c))
                    if (d < c && tree.BaseRel(d) == "advcl" && tree.Child(d, "mark") is var that and >= 0 && tree.Lower(that) == "that"
                        && tree.Child(d, "nsubj") is var early and >= 0) { subject = early; break; }
            if (subject >= 0 && SubjectActors(tree, actors, subject) is { Count: > 0 } named && !named.Exists(sources.Contains))
            {
                // "Demanded that M23 halt its offensive and that Rwandan troops withdraw": each "that" clause names one more.
                foreach (var d in tree.Children(c))
                    if (tree.BaseRel(d) == "conj" && tree.Child(d, "mark") is var that and >= 0 && tree.Lower(that) == "that" && tree.Child(d, "nsubj") is var more and >= 0
                        && SubjectActors(tree, actors, more) is { Count: > 0 } others && !others.Exists(sources.Contains))
                        named = [.. named, .. others.Where(o => !named.Contains(o))];
                return named;
            }
            foreach (var d in tree.Children(c))
            {
                var r = tree.Rel(d);
                bool slot = r is "obj" or "dobj" or "iobj" || (tree.BaseRel(d) is "obl" or "nmod" && TargetPrepositions.Contains(CaseOf(tree, d)));
                if (slot && actors.ActorsOf(d) is { Count: > 0 } found && !found.Exists(sources.Contains)) return found;
            }
        }
        return [];
    }
}
