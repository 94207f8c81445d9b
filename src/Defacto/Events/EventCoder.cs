using Defacto.Model;
using Defacto.Time;

namespace Defacto.Events;

/// <summary>
/// Codes who did what to whom in a parsed document: finds event predicates (verbs, and event nouns with an actor attached),
/// matches the verb patterns, takes source and target from the resolved mentions through the dependency relations, and adds
/// negation, modality, attribution, date, location, codes from the CAMEO catalog and a confidence.
/// </summary>
public sealed class EventCoder
{
    // Verbs whose object noun carries the event ("launched an offensive", "held a meeting").
    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal)
    {
        "launch", "hold", "begin", "start", "conduct", "carry", "stage", "mount", "announce", "declare", "make", "have", "take",
        "resume", "reach", "conclude", "open", "continue", "order", "lead", "initiate", "organize", "organise", "undertake", "give",
    };

    // Verbs whose subject noun carries the event ("the offensive began", "talks took place").
    private static readonly HashSet<string> OccurrenceVerbs = new(StringComparer.Ordinal)
    {
        "begin", "start", "take", "continue", "resume", "end", "last", "happen", "occur", "follow", "break", "erupt",
    };

    // Prepositions that introduce a target in an oblique ("met with", "fired on", "appealed to").
    private static readonly HashSet<string> TargetPrepositions = new(StringComparer.Ordinal)
    {
        "with", "to", "against", "on", "toward", "towards", "into", "at", "from", "upon", "over", "for", "of", "between", "onto",
    };

    private static readonly HashSet<string> LocationPrepositions = new(StringComparer.Ordinal) { "in", "at", "near", "outside", "inside", "across" };

    // "Opened an inquiry into the death of X in Tskhinvali", "lifted restrictions on Moldovan farmers": when no relation names a
    // target, the first actor further inside the object or an oblique is the one the deed is about. Meetings are excluded: what
    // talks are about is their topic, not a party.
    private void DeepTarget(DependencyTree tree, SentenceActors actors, int predicate, string code, List<Mention> sources, List<Mention> targets)
    {
        if (code.StartsWith("04", StringComparison.Ordinal) || code.StartsWith("01", StringComparison.Ordinal) || code.Length == 0) return;
        var slots = new List<int>();
        foreach (var c in tree.Children(predicate))
            if (tree.BaseRel(c) is "obj" or "iobj") slots.Add(c);
        foreach (var c in tree.Children(predicate))
            if (tree.BaseRel(c) is "xcomp" or "ccomp" || (tree.BaseRel(c) == "obl" && !CircumstanceCases.Contains(CaseOf(tree, c)))) slots.Add(c);
        foreach (var slot in slots)
            foreach (var t in tree.Subtree(slot, x => tree.Rel(x) is "acl:relcl" or "parataxis" or "conj" or "advcl" or "punct"
                || (tree.BaseRel(x) is "obl" or "nmod" && CaseOf(tree, x) is var circumstance && CircumstanceCases.Contains(circumstance) && circumstance != "during")))
                if (actors.At(t) is { } m && !sources.Contains(m) && !sources.Exists(s => s.Code == m.Code) && !(m.Code is { Length: 3 } && sources.Exists(s => s.Polity == m.Code))
                    && !(code.Length >= 2 && code[..2] is "15" or "03" or "07" or "13" && IsOwn(m, sources) && m.Code is { Length: > 3 } own && own[3..].StartsWith("MIL", StringComparison.Ordinal))
                    && !(code.StartsWith("15", StringComparison.Ordinal) && IsOwn(m, sources))
                    // "Blocked the roads in northern Kosovo": where a protest happens is not whom it is against.
                    // ("in Israeli jails" names whose jails: a demonym still points at a side).
                    && !(code.StartsWith("14", StringComparison.Ordinal) && m.Method != "demonym" && InPlacePhrase(tree, t)))
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
            foreach (var c in tree.Children(predicate))
                if (tree.BaseRel(c) == "advcl" && tree.Tokens[c].Xpos == "VBG")
                    foreach (var t in tree.Subtree(c, x => tree.BaseRel(x) is "advcl" or "parataxis" or "acl:relcl"))
                        if (actors.At(t) is { } m && !sources.Exists(s => s.Code == m.Code || ReferenceEquals(s, m)))
                        {
                            targets.AddRange(actors.ActorsOf(t));
                            return;
                        }
            return;
        }
        bool conditional = code.StartsWith("13", StringComparison.Ordinal) || code.StartsWith("10", StringComparison.Ordinal);
        // "Used water cannon to disperse protesters": force, like protest, is aimed at whom its purpose names.
        bool purpose = code.Length >= 2 && code[..2] is "14" or "17" or "18" or "19";
        if (!conditional && !purpose) return;
        // The clause hangs from the predicate or from its complement ("threatened to use force unless ...").
        var heads = new List<int> { predicate };
        foreach (var c in tree.Children(predicate)) if (tree.BaseRel(c) is "xcomp" or "ccomp") heads.Add(c);
        foreach (var h in heads)
            foreach (var clause in tree.Children(h))
            {
                if (tree.BaseRel(clause) != "advcl" || tree.Child(clause, "mark") is not (var mark and >= 0)) continue;
                var word = tree.Lower(mark);
                if (!(conditional && word is "if" or "unless" || purpose && word is "to")) continue;
                foreach (var t in tree.Subtree(clause, x => tree.BaseRel(x) is "advcl" or "acl" or "parataxis"))
                    if (actors.At(t) is { } m && !sources.Exists(s => s.Code == m.Code || ReferenceEquals(s, m)))
                    {
                        targets.AddRange(actors.ActorsOf(t));
                        return;
                    }
            }
    }

    // "Launched the offensive despite a Russian-brokered ceasefire", "after the Hamas attack": circumstances, not targets.
    private static readonly HashSet<string> CircumstanceCases = new(StringComparer.Ordinal) { "despite", "after", "before", "since", "during", "amid", "following", "until", "because", "as", "under", "through", "via" };

    // Material conflict whose place can stand for its target.
    private static readonly string[] ForceRoots = ["15", "18", "19", "20"];

    // Codes whose governor speaks for the deed in its complement: "accused X of killing" is an accusation, not a killing.
    private static readonly string[] GoverningRoots = ["02", "03", "09", "10", "11", "12", "13", "16"];

    private readonly VerbDictionary _verbs;
    private readonly PatternMatcher _matcher;
    private readonly CameoCatalog _catalog;

    /// <summary>A coder over the given verb patterns and CAMEO catalog.</summary>
    public EventCoder(VerbDictionary verbs, CameoCatalog catalog)
    {
        _verbs = verbs;
        _matcher = new PatternMatcher(verbs);
        _catalog = catalog;
    }

    /// <summary>The coder with the project's own verb patterns and CAMEO table from knowledge/ (plus extra dictionary files, e.g. CAMEO.2.0.txt).</summary>
    public static EventCoder CreateDefault(params string[] extraVerbFiles)
    {
        var files = new List<string> { KnowledgeFiles.Find(DefaultVerbFile) ?? throw new FileNotFoundException("verb patterns not found: knowledge/" + DefaultVerbFile) };
        files.AddRange(extraVerbFiles);
        return new EventCoder(VerbDictionary.Load(files.ToArray()), CameoCatalog.LoadDefault());
    }

    /// <summary>Path of the project's pattern file under knowledge/.</summary>
    public const string DefaultVerbFile = "verbs/defacto-verbs.txt";

    /// <summary>Code "A and B met" as A→B and B→A (PETRARCH's convention) instead of one event from the first to the others.</summary>
    public bool CompoundBothWays { get; init; }

    /// <summary>
    /// PETRARCH's conventions for its own dictionaries: a paired code (`[040:040]`) also codes the target's deed toward the source,
    /// and a deed with no target in its slots takes the first actor named in the rest of the verb phrase.
    /// </summary>
    public bool PetrarchConventions { get; init; }

    /// <summary>
    /// With <see cref="PetrarchConventions"/>, PETRARCH's require_dyad: when off, a noun phrase naming no actor still fills a deed's
    /// target as `---` ("a senior official said on Saturday").
    /// </summary>
    public bool RequireDyad { get; init; } = true;

    /// <summary>With <see cref="PetrarchConventions"/>, the length range (in words) of a closing comma clause PETRARCH drops before coding (comma_emin, comma_emax); max 0 keeps it.</summary>
    public (int Min, int Max) DroppedClosingClause { get; init; }

    /// <summary>Codes that are each other's negation (PETRARCH's ontology: not 050 is 110): a negated deed is coded as its opposite.</summary>
    public IReadOnlyDictionary<string, string> NegatedCodes { get; init; } = new Dictionary<string, string>();

    // Roots whose deed is mutual: "Moldovan and Transnistrian negotiators discussed" is one side meeting the other.
    private static readonly string[] MutualRoots = ["03", "04", "06", "050", "057"];

    /// <summary>The verb patterns in use.</summary>
    public VerbDictionary Verbs => _verbs;

    /// <summary>Codes every sentence of the document.</summary>
    public List<Event> Code(Document document)
    {
        var events = new List<Event>();
        // No actor, no event: one pass over the mentions marks the sentences worth a tree (bare agents may still be placed).
        var hasActor = new bool[document.Sentences.Count];
        foreach (var m in document.Mentions)
            if ((m.Code is not null || m.Sector is not null) && (uint)m.SentenceIndex < (uint)hasActor.Length) hasActor[m.SentenceIndex] = true;
        foreach (var sentence in document.Sentences)
            if (hasActor[sentence.Index]) CodeSentence(document, sentence, events);
        return events;
    }

    /// <summary>Codes one sentence, appending its events to <paramref name="into"/>.</summary>
    public void CodeSentence(Document document, Sentence sentence, List<Event> into)
    {
        if (sentence.TokenCount == 0) return;

        var tree = new DependencyTree(document, sentence);
        if (tree.Tokens[0].Head < 0) return; // unparsed
        var actors = new SentenceActors(tree, document.Mentions);
        if (actors.IsEmpty) return;
        var candidates = new List<Candidate>();
        var dropped = PetrarchConventions ? PetrarchRoles.DroppedClosingClause(tree, DroppedClosingClause.Min, DroppedClosingClause.Max) : [];
        for (int i = 0; i < tree.Count; i++)
            if (!dropped.Contains(i) && ReadPredicate(tree, actors, i) is { } c)
            {
                candidates.Add(c);
                if (!c.IsNoun && ConjoinedObject(tree, actors, c) is { } second) candidates.Add(second);
            }
        if (!PetrarchConventions) candidates.AddRange(ReportedObligations(tree, actors).Concat(ReportedBlame(tree, actors)));
        if (candidates.Count == 0) return;

        int first = into.Count;
        foreach (var original in candidates)
        {
            var c = PetrarchConventions ? original : AsThreat(tree, original, candidates);
            if (IsCoveredByGovernor(tree, c, candidates)) continue;
            // PETRARCH codes the saying too when it has a target of its own.
            if (!PetrarchConventions && c.Code is not ("100" or "112") && IsReportingShell(tree, c, candidates)) continue;
            if (PetrarchConventions && IsSayingOverDeed(tree, actors, c, candidates)) continue;
            if (PetrarchConventions && IsUnderPatternedDeed(tree, c, candidates)) continue;
            foreach (var e in BuildEvents(tree, actors, c))
            {
                bool duplicate = false;
                for (int k = first; k < into.Count && !duplicate; k++) duplicate = SameEvent(into[k], e);
                if (!duplicate) into.Add(e);
            }
        }
        // "Gave in to protesters and withdrew the bill": one kind of deed by the same doer on the same side is told once.
        if (!PetrarchConventions)
            for (int k = into.Count - 1; k > first; k--)
                for (int j = first; j < k; j++)
                    if (into[j].Plover is { } type && type == into[k].Plover && into[j].Negated == into[k].Negated
                        && into[j].Source.Select(a => a.Polity).SequenceEqual(into[k].Source.Select(a => a.Polity))
                        && into[j].Target.Select(a => a.Polity).SequenceEqual(into[k].Target.Select(a => a.Polity)))
                    {
                        into.RemoveAt(k);
                        break;
                    }
        // "Maduro was received by Lula ..., the Venezuelan leader's first visit": a meeting told from both sides is one meeting.
        if (!PetrarchConventions)
            for (int k = into.Count - 1; k > first; k--)
                for (int j = first; j < k; j++)
                    if (into[j].Plover is "CONSULT" or "COOPERATE" && into[j].Plover == into[k].Plover && into[k].Target.Count > 0
                        && into[j].Source.Select(a => a.Polity).SequenceEqual(into[k].Target.Select(a => a.Polity))
                        && into[j].Target.Select(a => a.Polity).SequenceEqual(into[k].Source.Select(a => a.Polity)))
                    {
                        into.RemoveAt(k);
                        break;
                    }
        // "Serb gunmen ambushed a police patrol, killing one officer": the same doer's same kind of deed without a target is told already.
        if (!PetrarchConventions)
            for (int k = into.Count - 1; k >= first; k--)
                if (into[k].Target.Count == 0 && into[k].Cameo.Length >= 2)
                    for (int j = first; j < into.Count; j++)
                        if (j != k && into[j].Target.Count > 0 && into[j].Cameo.Length >= 2 && (into[j].Cameo[..2] == into[k].Cameo[..2] || (into[j].Plover is { } type && type == into[k].Plover))
                            && into[j].Source.Select(a => a.Polity).SequenceEqual(into[k].Source.Select(a => a.Polity)))
                        {
                            into.RemoveAt(k);
                            break;
                        }
    }

    // "Obama said that Gaddafi must leave power now": telling another side what it must do is a demand (CAMEO 10), aimed at
    // that side; the obligation itself is hypothetical and not coded as a deed.
    private IEnumerable<Candidate> ReportedObligations(DependencyTree tree, SentenceActors actors)
    {
        if (_verbs.Find("demand") is not { } demand) yield break;
        for (int v = 0; v < tree.Count; v++)
        {
            if (!ClauseReader.IsSaying(tree, v) || tree.Child(v, "nsubj") is not (var speaker and >= 0)) continue;
            var sayers = SubjectActors(tree, actors, speaker);
            if (sayers.Count == 0) continue;
            foreach (var clause in tree.Children(v))
            {
                if (tree.BaseRel(clause) != "ccomp") continue;
                foreach (var x in tree.Subtree(clause, t => tree.BaseRel(t) is "parataxis" or "advcl"))
                {
                    if (!tree.Children(x).Any(c => tree.BaseRel(c) == "aux" && tree.Lower(c) is "must" or "should")) continue;
                    // The obligation may sit on a coordinated verb that shares an earlier subject: "had lost the legitimacy to
                    // lead and must leave power".
                    int holder = x;
                    for (int steps = 0; steps < 4 && tree.Child(holder, "nsubj") < 0 && holder != clause; steps++) holder = tree.Head(holder);
                    if (tree.Child(holder, "nsubj") is not (var subject and >= 0)) continue;
                    var told = SubjectActors(tree, actors, subject);
                    if (told.Count == 0 || told.Exists(t => sayers.Exists(s => s.Polity == t.Polity))) continue;
                    yield return new Candidate(v, demand, new PatternMatch(null, "100", 0, -1, -1, false), "100", false, sayers, told, -1);
                    break;
                }
            }
        }
    }

    private static readonly HashSet<string> BlameWords = new(StringComparer.Ordinal) { "responsible", "guilty", "culpable", "to_blame" };

    // "May told parliament that it was highly likely that Russia was responsible for the poisoning": saying another side is to
    // blame is an accusation (CAMEO 112) against it.
    private IEnumerable<Candidate> ReportedBlame(DependencyTree tree, SentenceActors actors)
    {
        if (_verbs.Find("accuse") is not { } accuse) yield break;
        for (int a = 0; a < tree.Count; a++)
        {
            if (!BlameWords.Contains(tree.Lemma(a)) || tree.Child(a, "nsubj") is not (var culprit and >= 0)) continue;
            var blamed = SubjectActors(tree, actors, culprit);
            if (blamed.Count == 0) continue;
            int v = a;
            for (int steps = 0; steps < 3 && v >= 0 && !ClauseReader.IsSaying(tree, v); steps++) v = tree.BaseRel(v) is "ccomp" or "csubj" or "xcomp" ? tree.Head(v) : -1;
            if (v < 0 || !ClauseReader.IsSaying(tree, v) || tree.Child(v, "nsubj") is not (var speaker and >= 0)) continue;
            var sayers = SubjectActors(tree, actors, speaker);
            if (sayers.Count == 0 || blamed.Exists(b => sayers.Exists(s => s.Polity == b.Polity))) continue;
            yield return new Candidate(v, accuse, new PatternMatch(null, "112", 0, -1, -1, false), "112", false, sayers, blamed, -1);
        }
    }

    // "Vowed to strike American warships": promising force is threatening it.
    private static Candidate AsThreat(DependencyTree tree, Candidate c, List<Candidate> all)
    {
        if (!c.Code.StartsWith("03", StringComparison.Ordinal) || c.IsNoun) return c;
        foreach (var o in all)
        {
            if (o.IsNoun || tree.Head(o.Token) != c.Token || tree.BaseRel(o.Token) != "xcomp" || o.Code.Length < 2) continue;
            string? threat = o.Code[..2] switch { "16" => "131", "17" => "137", "18" or "19" or "20" => "138", _ => null };
            if (threat is null) continue;
            return c with { Code = threat, Targets = c.Targets.Count > 0 ? c.Targets : o.Targets };
        }
        return c;
    }

    private static bool IsFuture(DependencyTree tree, int predicate)
    {
        foreach (var c in tree.Children(predicate))
        {
            if (tree.BaseRel(c) != "aux") continue;
            if (tree.Lower(c) is "will" or "shall" or "'ll") return true;
            if (tree.Lower(c) == "would" && ClauseReader.ReportingVerb(tree, predicate) >= 0) return true;
        }
        return false;
    }

    private static bool InPlacePhrase(DependencyTree tree, int t)
    {
        // The nearest phrase with a preposition decides: "in protest against Macron's reform" is against, not in.
        for (int n = t, steps = 0; n >= 0 && steps < 4; n = tree.Head(n), steps++)
            if (tree.BaseRel(n) is "obl" or "nmod" && CaseOf(tree, n) is { Length: > 0 } preposition && preposition != "'s") return LocationPrepositions.Contains(preposition);
        return false;
    }

    private static List<Mention>? AuthorOf(DependencyTree tree, SentenceActors actors, int noun)
    {
        foreach (var p in tree.Children(noun))
            if (tree.BaseRel(p) == "acl" && tree.Tokens[p].Xpos == "VBN")
                foreach (var a in tree.Children(p))
                    if ((tree.Rel(a) == "obl:agent" || (tree.BaseRel(a) == "obl" && CaseOf(tree, a) == "by")) && actors.ActorsOf(a) is { Count: > 0 } by) return by;
        return null;
    }

    private static bool IsOwn(Mention m, List<Mention> sources) => m.Polity is not null && sources.Exists(s => s.Polity == m.Polity);

    private sealed record Candidate(int Token, VerbBlock Block, PatternMatch Match, string Code, bool IsNoun, List<Mention> Sources, List<Mention> Targets, int LightVerb);

    private Candidate? ReadPredicate(DependencyTree tree, SentenceActors actors, int i)
    {
        var upos = tree.Upos(i);
        bool isVerb = upos == "VERB" || (upos == "" && tree.Tokens[i].Xpos?.StartsWith('V') == true);
        bool isNoun = upos == "NOUN";
        if (!isVerb && !isNoun) return null;
        if (!PetrarchConventions && isVerb && IsBackground(tree, i, actors)) return null;
        if (!PetrarchConventions && isNoun && IsBackgroundNoun(tree, i)) return null;
        var (block, formCode) = FindBlock(tree, i, isNoun);
        if (block is null) return null;

        int light = -1;
        if (isNoun)
        {
            int head = tree.Head(i);
            if (head >= 0 && tree.RelIs(i, "obj") && LightVerbs.Contains(tree.Lemma(head))) light = head;
            else if (head >= 0 && tree.RelIs(i, "nsubj") && OccurrenceVerbs.Contains(tree.Lemma(head))) light = head;
        }

        var (before, after) = Phrase(tree, i, ownPhrase: !PetrarchConventions);
        var (patternBefore, patternAfter) = PetrarchConventions ? PetrarchPhrase(tree, i, before, after) : (before, after);
        var match = _matcher.Match(tree, actors, i, block, formCode ?? block.Code, patternBefore, patternAfter);
        // TABARI's "+++" (a complex event) is not implemented by PETRARCH, which codes the verb as if that pattern were absent.
        if (PetrarchConventions && match.Code == "+++") match = new PatternMatch(null, formCode ?? block.Code, 0, -1, -1, false) { PairedCode = block.PairedCode };
        // PETRARCH dictionaries may suffix a code with a letter for a variant ("174L"); the record expects it as written.
        if (match.Code is not { } code || !(IsCameoCode(code) || IsPloverOnly(code) || (PetrarchConventions && IsCameoCode(code[..^1]) && char.IsAsciiLetter(code[^1]))))
            return null;

        var sources = new List<Mention>();
        var targets = new List<Mention>();
        if (match.SourceToken >= 0) sources.AddRange(actors.ActorsOf(match.SourceToken));
        if (match.TargetToken >= 0) targets.AddRange(actors.ActorsOf(match.TargetToken));
        if (isNoun) NounRoles(tree, actors, i, light, code, sources, targets);
        else VerbRoles(tree, actors, i, sources, targets);
        PlaceAsTarget(tree, actors, light >= 0 ? light : i, code, sources, targets);
        // "Israel called up reservists": the forces one mobilizes are one's own, not a side it acts on; so are the troops a
        // government agrees, offers or promises to send or pull out ("Washington agreed to pull all US troops out").
        bool ownForces = !PetrarchConventions && (code.StartsWith("15", StringComparison.Ordinal) || code == "074"
            || (code.Length >= 2 && code[..2] is "03" or "13" && targets.Count > 0 && targets.TrueForAll(t => t.Code is { Length: > 3 } c && c[3..].StartsWith("MIL", StringComparison.Ordinal))));
        if (ownForces) targets.RemoveAll(t => IsOwn(t, sources));
        if (!PetrarchConventions && targets.Count == 0 && sources.Count > 0) ClauseTarget(tree, actors, light >= 0 ? light : i, code, sources, targets);
        if (!PetrarchConventions && targets.Count == 0 && sources.Count > 0) DeepTarget(tree, actors, light >= 0 ? light : i, code, sources, targets);
        if (ownForces) targets.RemoveAll(t => IsOwn(t, sources));
        if (PetrarchConventions && targets.Count == 0) FirstInPhrase(actors, after.Union(patternAfter).Order().ToList(), sources, targets);
        // "An Eriadorian was shot dead in Osgiliath": a passive without an agent takes the phrase's next actor as the doer.
        if (PetrarchConventions && sources.Count == 0 && !isNoun && IsPassive(tree, i)) FirstInPhrase(actors, after, targets, sources);
        if (PetrarchConventions && !RequireDyad && targets.Count == 0 && sources.Count > 0 && !isNoun && PetrarchRoles.UncodedObject(tree, actors, i) is { } uncoded) targets.Add(uncoded);
        // An event needs someone who acts or is acted on; a noun needs an actor of its own so that "the agreement" alone codes nothing.
        if (sources.Count == 0 && targets.Count == 0) return null;
        // A deed with nobody doing it is kept only when the text itself leaves the doer out (passives, event nouns).
        if (sources.Count == 0 && !isNoun && !IsPassive(tree, i)) return null;
        // A bare statement ("X said") tells nothing until it is addressed to someone.
        if (code == "010" && targets.Count == 0) return null;
        if (isNoun && sources.Count == 0 && light < 0) return null;
        // "Spanish rescue teams were flown to Morocco", "police officers were deployed in Paris": those sent are the side that
        // helps or mobilizes.
        if (!isNoun && sources.Count == 0 && code.Length >= 2 && (code[..2] == "15" || (!PetrarchConventions && code[..2] == "07")) && IsPassive(tree, i))
            (sources, targets) = (targets, new List<Mention>());
        // "Extradited Guzman to the United States", "handed over weapons to UN monitors": cooperation and help go to whom "to" names.
        if (!PetrarchConventions && !isNoun && code.Length >= 2 && code[..2] is "06" or "07")
            foreach (var c in tree.Children(i))
                if (tree.BaseRel(c) == "obl" && CaseOf(tree, c) == "to" && actors.ActorsOf(c) is { Count: > 0 } recipients && !recipients.Exists(sources.Contains))
                {
                    targets.Clear();
                    targets.AddRange(recipients);
                    break;
                }
        // "Northern Cyprus is recognized by Turkey alone": a standing state of affairs (the recognition ledger's business), not news.
        if (!PetrarchConventions && code == "054" && !isNoun && IsPassive(tree, i) && tree.Children(i).Any(c => tree.BaseRel(c) == "aux" && tree.Lower(c) is "is" or "are"))
            return null;
        // "Warned that food was running short" is an alarm, not a threat: a warning threatens only someone.
        if (!PetrarchConventions && code.StartsWith("13", StringComparison.Ordinal) && targets.Count == 0 && tree.Lemma(light >= 0 ? light : i) is "warn" or "caution") return null;
        // A visit or a hosting needs someone visited or hosted: "received seven million visitors" is tourism, not diplomacy.
        if (!PetrarchConventions && code is "042" or "043" && targets.Count == 0) return null;
        return new Candidate(i, block, match, code, isNoun, sources, targets, light);
    }

    // "Declared martial law and general mobilization": a coordinated object can carry a deed of its own.
    private Candidate? ConjoinedObject(DependencyTree tree, SentenceActors actors, Candidate c)
    {
        int obj = tree.Child(c.Token, "obj");
        if (obj < 0) return null;
        foreach (var conj in tree.Children(obj))
        {
            if (!tree.RelIs(conj, "conj")) continue;
            var phrase = tree.Subtree(conj, x => tree.BaseRel(x) is "punct" or "cc");
            var match = _matcher.Match(tree, actors, c.Token, c.Block, null, [], phrase);
            if (match.ByPattern && match.Code is { } code && code != c.Code && (IsCameoCode(code) || IsPloverOnly(code)))
                return c with { Match = match, Code = code, Token = conj, LightVerb = c.Token };
        }
        return null;
    }

    private static bool IsPassive(DependencyTree tree, int v)
    {
        foreach (var c in tree.Children(v))
            if (tree.Rel(c) is "nsubj:pass" or "nsubjpass" or "aux:pass" or "auxpass") return true;
        return tree.Tokens[v].Xpos == "VBN" && tree.BaseRel(v) is "acl" or "amod" && !IsMisparsedClause(tree, v);
    }

    // "Pashinyan accused Russian peacekeepers ...", "Azerbaijani troops held exercises": the parser sometimes makes the subject
    // the root and hangs the finite verb from it as a modifier; a verb there with an object of its own is the main clause.
    private static bool IsMisparsedClause(DependencyTree tree, int v)
    {
        int head = tree.Head(v);
        if (head < 0 || !(tree.BaseRel(v) is "acl" or "amod") || tree.Rel(v) == "acl:relcl") return false;
        // "An Ecuadorian gang smuggled cocaine into Spain, Spanish police said": the noun became a second subject of the saying.
        if (tree.Head(head) is var say and >= 0)
        {
            if (!(tree.BaseRel(head) == "nsubj" && ClauseReader.IsSaying(tree, say) && say > v && tree.Children(say).Any(c => c > v && tree.BaseRel(c) == "nsubj")))
                return false;
        }
        if (tree.Tokens[v].Xpos is "VBD" or "VBZ" or "VBP") return true;
        return tree.Child(v, "obj") >= 0 || tree.Child(v, "obl") >= 0;
    }

    // A participle modifying a noun ("investigators looking into", "Georgians returning home") or a purpose clause ("to reopen
    // the crossing") describes the actors of the main event, not a deed of its own.
    private static readonly HashSet<string> ProspectNouns = new(StringComparer.Ordinal)
    {
        "possibility", "prospect", "prospects", "idea", "option", "chance", "risk", "threat", "danger", "fear", "hope", "scenario",
    };

    private static readonly HashSet<string> EndingNouns = new(StringComparer.Ordinal) { "end", "halt", "stop", "cessation", "suspension", "pause" };

    // "The population displaced by Azerbaijan's offensive": an event noun inside a participle describing something else is
    // history, not news; "ordered an end to the military operation" ends the operation rather than waging it.
    private static bool IsBackgroundNoun(DependencyTree tree, int noun)
    {
        int head = tree.Head(noun);
        if (head >= 0 && tree.BaseRel(noun) is "nmod" or "obl" && EndingNouns.Contains(tree.Lemma(head))) return true;
        // "Discussing the possibility of the safe return of ...": a deed that is only a prospect is not news.
        if (head >= 0 && tree.BaseRel(noun) is "nmod" or "obl" && ProspectNouns.Contains(tree.Lemma(head))) return true;
        // "Ended its coordination after a deadly Israeli raid", "a row over Ottawa's criticism": the occasion, told as background.
        if (tree.BaseRel(noun) is "nmod" or "obl" && CaseOf(tree, noun) is var occasion && (CircumstanceCases.Contains(occasion) || occasion == "over") && occasion != "as")
            return true;
        // "Condemned ... at an emergency meeting of its foreign ministers": the meeting is where it was said.
        if (tree.BaseRel(noun) == "obl" && CaseOf(tree, noun) == "at") return true;
        int n = noun;
        for (int steps = 0; steps < 3 && n >= 0; steps++)
        {
            int up = tree.Head(n);
            if (up < 0) break;
            if (tree.BaseRel(up) is "acl" or "amod" && tree.Rel(up) != "acl:relcl" && tree.Tokens[up].Xpos is "VBN" or "VBG" && !IsMisparsedClause(tree, up) && !IsAuthoredDocument(tree, up))
                return true;
            // "During a conversation on the sidelines of a summit", "to shield its oil sales from US sanctions": inside an
            // occasion or a purpose, an event noun is background too.
            if (tree.BaseRel(up) is "nmod" or "obl" && CaseOf(tree, up) is var c && (CircumstanceCases.Contains(c) || c == "over") && c != "as") return true;
            if (tree.Upos(up) == "VERB" && (IsBackground(tree, up) || (tree.BaseRel(up) == "acl" && tree.Child(up, "mark") is var to and >= 0 && tree.Lower(to) == "to")))
                return true;
            n = up;
        }
        return false;
    }

    // "The air defence system supplied by Germany": a participle that names its doer tells a deed of its own.
    private static bool HasAgent(DependencyTree tree, int v, SentenceActors? actors)
    {
        if (tree.Tokens[v].Xpos != "VBN") return false;
        foreach (var c in tree.Children(v))
            // A named doer only: "displaced by floods" stays background.
            // The agent's head names the doer itself: "displaced by Azerbaijan's offensive" tells an earlier deed in passing.
            if ((tree.Rel(c) == "obl:agent" || (tree.BaseRel(c) == "obl" && CaseOf(tree, c) == "by")) && (tree.Upos(c) == "PROPN" || actors?.At(c) is not null)) return true;
        return false;
    }

    private static bool IsBackground(DependencyTree tree, int v, SentenceActors? actors = null)
    {
        var rel = tree.BaseRel(v);
        if (rel is "acl" or "amod" && tree.Rel(v) != "acl:relcl" && tree.Tokens[v].Xpos is "VBG" or "VBN" && !IsMisparsedClause(tree, v) && !IsAuthoredDocument(tree, v)
            && !HasAgent(tree, v, actors))
        {
            // A clause of its own ("an agreement had been signed", "no reason to hinder") is not a bare participle.
            foreach (var c in tree.Children(v))
                if (tree.BaseRel(c) is "nsubj" or "aux" or "mark") return false;
            return true;
        }
        if (rel == "advcl" && tree.Child(v, "nsubj") < 0 && tree.Child(v, "mark") is var mark and >= 0 && tree.Lower(mark) == "to") return true;
        // "Met Myanmar's detained former leader": a bare participle right before the noun it describes, misread as a clause.
        if (rel == "xcomp" && tree.Tokens[v].Xpos == "VBN" && tree.Child(v, "aux") < 0 && tree.Child(v, "mark") < 0 && tree.Child(v, "obj") is var o and > 0 && o > v
            && Enumerable.Range(v + 1, o - v - 1).All(t => tree.Upos(t) is "ADJ" or "NOUN" or "PROPN" or "NUM"))
            return true;
        return false;
    }

    private static readonly HashSet<string> DocumentNouns = new(StringComparer.Ordinal)
    {
        "decree", "resolution", "statement", "law", "bill", "order", "declaration", "document", "letter", "communique", "motion",
        "ruling", "verdict", "petition", "memorandum", "note", "message", "address", "proclamation", "edict", "ordinance",
    };

    // A participle on the object of a verb whose noun is a document ("signed decrees recognizing", "adopted a resolution
    // condemning"): the document's content is the deed of whoever issued it.
    private static bool IsAuthoredDocument(DependencyTree tree, int participle)
    {
        int noun = tree.Head(participle);
        return noun >= 0 && tree.Tokens[participle].Xpos == "VBG" && DocumentNouns.Contains(tree.Lemma(noun)) && tree.BaseRel(noun) == "obj" && tree.Head(noun) >= 0;
    }

    private (VerbBlock? Block, string? FormCode) FindBlock(DependencyTree tree, int i, bool isNoun)
    {
        var lemma = tree.Lemma(i);
        // Phrasal verbs first: "pull out", "hold talks", "carry out".
        if (!isNoun)
        {
            foreach (var c in tree.Children(i))
            {
                if (!(tree.RelIs(c, "compound") || tree.RelIs(c, "obj")) || c < i) continue;
                if (_verbs.Find(lemma + "_" + tree.Lower(c)) is { } phrasal) return (phrasal, FormCode(phrasal, lemma + "_" + tree.Lower(c)));
                if (PetrarchConventions && _verbs.Find(tree.Lower(i) + "_" + tree.Lower(c)) is { } inflected) return (inflected, FormCode(inflected, lemma + "_" + tree.Lower(c)));
            }
            // "cordoned off the roads": PETRARCH reads a multi-word verb off the words, whatever phrase the parser hung the particle on.
            if (PetrarchConventions && i + 1 < tree.Count && tree.Upos(i + 1) is "ADP" or "PART"
                && _verbs.Find(tree.Lower(i) + "_" + tree.Lower(i + 1)) is { } adjacent) return (adjacent, FormCode(adjacent, lemma + "_" + tree.Lower(i + 1)));
        }
        // PETRARCH knows a verb by the forms its dictionary lists or generates, not by a lemma ("departes" is no form of DEPART).
        var block = _verbs.Find(tree.Lower(i)) ?? (PetrarchConventions && !isNoun ? null : _verbs.Find(lemma));
        if (block is null) return (null, null);
        return (block, FormCode(block, lemma) ?? FormCode(block, tree.Lower(i)));
    }

    private static string? FormCode(VerbBlock block, string form)
    {
        foreach (var f in block.Forms)
            if (f.Code is not null && string.Equals(f.Text, form, StringComparison.OrdinalIgnoreCase)) return f.Code;
        return null;
    }

    // PLOVER types CAMEO has no code for (CRIME) are written as the type's name in the project's pattern file.
    private static readonly HashSet<string> PloverOnlyTypes = new(StringComparer.Ordinal) { "CRIME" };

    private static bool IsPloverOnly(string code) => PloverOnlyTypes.Contains(code);

    private static bool IsCameoCode(string code)
    {
        if (code.Length is < 2 or > 4) return false;
        foreach (var ch in code) if (!char.IsAsciiDigit(ch)) return false;
        return true;
    }

    // The predicate's phrase: its subtree without subjects, coordinated or adverbial clauses and punctuation, split at the predicate.
    // Outside PETRARCH's conventions a temporal modifier is left out too, so "charged on Tuesday that ..." matches "* THAT".
    private static (List<int> Before, List<int> After) Phrase(DependencyTree tree, int i, bool ownPhrase = false)
    {
        var subtree = tree.Subtree(i, c => tree.Head(c) == i && (tree.BaseRel(c) is "conj" or "parataxis" or "punct" or "cc" || (tree.BaseRel(c) == "advcl" && !IsThatClause(tree, c))
            || (tree.BaseRel(c) is "nsubj" or "csubj" && c > i) || (ownPhrase && tree.BaseRel(c) is "obl" or "nmod" or "advmod" && IsTimeOnly(tree, c)))
            // Nor, outside PETRARCH's conventions, a clause modifying a noun inside it: "set up a mission to look into ... protests"
            // sets up no protest.
            || (ownPhrase && tree.Head(c) != i && tree.BaseRel(c) == "acl"));
        var before = new List<int>();
        var after = new List<int>();
        foreach (var t in subtree)
        {
            if (t < i) before.Add(t);
            else if (t > i) after.Add(t);
        }
        return (before, after);
    }

    // A temporal modifier and nothing else: a misparse may hang a whole subject on a fronted time ("At 7:15 am, the Forces").
    private static bool IsTimeOnly(DependencyTree tree, int c) =>
        tree.IsTime(c) && tree.Subtree(c).TrueForAll(t => tree.IsTime(t) || tree.BaseRel(t) is "case" or "det" or "punct" or "advmod" or "nummod");

    // "Charged on Tuesday that Baku ...": a that-clause the parser took for an adverbial is the verb's complement.
    // So is "summoned her for questioning", which the parser may read as an adverbial clause.
    private static bool IsThatClause(DependencyTree tree, int clause) => tree.Child(clause, "mark") is var mark and >= 0 && tree.Lower(mark) is "that" or "for";

    // PETRARCH matches a verb's patterns on its own phrases: not inside a clause it governs ("allowed that Mordor isn't the neatest
    // place" is not "allowed the neatest place") nor on adverbs before it ("recently allowed").
    private static (List<int> Before, List<int> After) PetrarchPhrase(DependencyTree tree, int v, List<int> fullBefore, List<int> fullAfter)
    {
        var before = new List<int>(fullBefore);
        var after = new List<int>(fullAfter);
        foreach (var c in tree.Children(v))
        {
            if (tree.BaseRel(c) == "ccomp")
            {
                var clause = tree.Subtree(c, _ => false);
                after.RemoveAll(clause.Contains);
            }
            // Nor on the infinitive's "to", which is no preposition ("to accord with Gondor" is not "(TO) *").
            else if (c < v && (tree.BaseRel(c) == "advmod" || (tree.BaseRel(c) == "mark" && tree.Upos(c) == "PART")))
                before.Remove(c);
            // "vowed on Thursday to wage war": an infinitive after the verb is in its verb phrase however it was attached.
            else if (tree.BaseRel(c) == "advcl" && c > v && tree.Child(c, "mark") is var mark and >= 0 && tree.Lower(mark) == "to")
                foreach (var t in tree.Subtree(c, _ => false))
                    if (!after.Contains(t)) after.Add(t);
        }
        // "Gollum was seen to break in ...": an infinitive without a subject of its own reads its governor's subject before it.
        if (tree.BaseRel(v) == "xcomp" && tree.Child(v, "mark") >= 0 && tree.Child(v, "nsubj") < 0 && tree.Head(v) is var head and >= 0)
            foreach (var c in tree.Children(head))
                if (tree.BaseRel(c) is "nsubj" or "nsubjpass" && c < v)
                    foreach (var t in tree.Subtree(c, _ => false))
                        if (!before.Contains(t)) before.Add(t);
        before.Sort();
        after.Sort();
        return (before, after);
    }

    private void VerbRoles(DependencyTree tree, SentenceActors actors, int v, List<Mention> sources, List<Mention> targets)
    {
        bool passive = false;
        int subject = -1, passiveSubject = -1, agent = -1, obj = -1, iobj = -1;
        var obliques = new List<int>();
        foreach (var c in tree.Children(v))
        {
            var rel = tree.Rel(c);
            if (rel == "nsubj:pass" || rel == "nsubjpass") { passive = true; passiveSubject = c; }
            else if (rel.StartsWith("nsubj", StringComparison.Ordinal) && subject < 0) subject = c;
            else if (rel.StartsWith("aux:pass", StringComparison.Ordinal)) passive = true;
            // The first "by" phrase naming someone: "ratified by the Greek parliament on Friday by 153 votes to 146".
            else if ((rel == "obl:agent" && (agent < 0 || actors.ActorsOf(agent).Count == 0)) || (rel.StartsWith("obl", StringComparison.Ordinal) && CaseOf(tree, c) == "by" && agent < 0 && (passive || IsPassive(tree, v)))) agent = c;
            else if (rel == "obl:agent") continue;
            else if ((rel == "obj" || rel == "dobj") && obj < 0) obj = c;
            else if (rel == "iobj" && iobj < 0) iobj = c;
            // "On the South Lawn of the White House": "on" and "at" name a target only when their own noun is the actor
            // ("sanctions on Russia", "fired at protesters"), not a place that merely belongs to one.
            else if ((rel == "obl" || rel == "nmod") && TargetPrepositions.Contains(CaseOf(tree, c)) && actors.ActorsOf(c, false).Count > 0
                     && (CaseOf(tree, c) is not ("on" or "at") || actors.At(c) is not null || PetrarchConventions)) obliques.Add(c);
        }

        if (sources.Count == 0)
        {
            if (passive && agent < 0 && Between(tree, actors, v) is { Count: >= 2 } parties) sources.AddRange(parties);
            else if (passive) { if (agent >= 0) sources.AddRange(actors.ActorsOf(agent)); }
            else if (subject >= 0) sources.AddRange(SubjectActors(tree, actors, subject));
            else sources.AddRange(InheritedSubject(tree, actors, v));
            if (sources.Count == 0 && subject < 0 && !passive && tree.Head(v) < 0) sources.AddRange(StrandedSubject(tree, actors, v));
            // "The system supplied by Germany arrived": a doer introduced by "by" is the doer whatever the parser made the subject.
            if (sources.Count == 0 && agent >= 0) sources.AddRange(actors.ActorsOf(agent));
        }
        // "Bolsonaro was questioned by the federal police over a video": a pattern's target read after a passive verb may be its
        // doer; the one acted on is the passive subject.
        if (passive && agent >= 0 && passiveSubject >= 0 && !PetrarchConventions)
        {
            var doers = actors.ActorsOf(agent);
            targets.RemoveAll(doers.Contains);
        }
        if (targets.Count == 0)
        {
            if (passive && passiveSubject >= 0) targets.AddRange(SubjectActors(tree, actors, passiveSubject));
            foreach (var slot in new[] { obj, iobj })
            {
                if (targets.Count > 0 || slot < 0) continue;
                // "Dismissed the Middle East plan unveiled by Donald Trump": whose plan it is, not what it is about.
                if (!PetrarchConventions && AuthorOf(tree, actors, slot) is { Count: > 0 } author) { targets.AddRange(author); continue; }
                targets.AddRange(actors.ActorsOf(slot));
            }
            // The first oblique naming someone other than the doer ("on Wednesday, Russia's envoy, ... met with Bayramov").
            foreach (var slot in obliques)
            {
                if (targets.Count > 0) break;
                var named = actors.ActorsOf(slot);
                if (!named.TrueForAll(m => sources.Exists(s => s.Code == m.Code))) targets.AddRange(named);
            }
            if (targets.Count == 0) targets.AddRange(ComplementTarget(tree, actors, v, sources));
        }
        RemoveOverlap(sources, targets);
    }

    // Force used somewhere ("launched an offensive ... in Karabakh", "shelled villages near Jermuk") is used against that place.
    private void PlaceAsTarget(DependencyTree tree, SentenceActors actors, int predicate, string code, List<Mention> sources, List<Mention> targets)
    {
        if (targets.Count > 0 || !Array.Exists(ForceRoots, r => code.StartsWith(r, StringComparison.Ordinal))) return;
        foreach (var c in tree.Children(predicate))
        {
            // Not a time ("a day after the outbreak of fighting in Karabakh") nor a circumstance.
            if (tree.BaseRel(c) is not ("obl" or "nmod" or "obj") || CircumstanceCases.Contains(CaseOf(tree, c)) || tree.IsTime(c)) continue;
            foreach (var t in tree.Subtree(c, x => tree.BaseRel(x) is "acl" or "parataxis" or "conj" || (tree.BaseRel(x) is "obl" or "nmod" && CircumstanceCases.Contains(CaseOf(tree, x)))))
                if (actors.At(t) is { } m && !sources.Exists(s => s.Polity == m.Polity && m.Polity is not null) && !sources.Contains(m))
                {
                    targets.Add(m);
                    return;
                }
        }
        RemoveOverlap(sources, targets);
    }

    // PETRARCH reads the verb phrase left to right: the first actor after the verb not already on the other side fills the empty one.
    private static void FirstInPhrase(SentenceActors actors, List<int> after, List<Mention> other, List<Mention> empty)
    {
        foreach (var t in after)
        {
            if (actors.At(t) is not { } m || other.Contains(m)) continue;
            empty.AddRange(actors.ActorsOf(t));
            Distinct(empty);
            empty.RemoveAll(e => other.Any(o => ReferenceEquals(o, e) || (o.Code == e.Code && o.KbId == e.KbId)));
            if (empty.Count > 0) return;
        }
    }

    // "Earlier on Wednesday, Russia's special envoy, Igor Khovayev, met ...": a misparse can hang the subject on a fronted
    // adverbial; the first actor before the main verb not introduced by a preposition is then its subject.
    private static List<Mention> StrandedSubject(DependencyTree tree, SentenceActors actors, int v)
    {
        for (int t = 0; t < v; t++)
        {
            if (actors.At(t) is not { } m) continue;
            int head = t;
            while (tree.Head(head) >= 0 && tree.Head(head) < v && actors.At(tree.Head(head)) == m) head = tree.Head(head);
            // "In a message on New Year's Eve, Colombian President Gustavo Petro announced": a name after the fronted phrase's comma
            // may hang from it as a conjunct.
            bool afterComma = t > 0 && tree.Tokens[t - 1].Text == "," && tree.BaseRel(head) == "conj";
            if (tree.Child(head, "case") < 0 && (afterComma || tree.BaseRel(head) is "appos" or "nsubj" or "flat" or "compound" or "nmod:poss" or "obl" or "dep")) return actors.ActorsOf(t);
        }
        return [];
    }

    // "An agreement was signed between Armenia and Georgia": both are parties to a mutual deed.
    private static List<Mention> Between(DependencyTree tree, SentenceActors actors, int v)
    {
        foreach (var c in tree.Children(v))
            if (tree.BaseRel(c) is "obl" or "nmod" && CaseOf(tree, c) == "between") return actors.ActorsOf(c);
        return [];
    }

    // "Demanded that Azerbaijan release ...", "threatened to cut gas to Moldova": the one acted on is named in the complement.
    private static List<Mention> ComplementTarget(DependencyTree tree, SentenceActors actors, int v, List<Mention> sources)
    {
        // What someone says is reported, not done to its subject.
        if (ClauseReader.IsSaying(tree, v)) return [];
        foreach (var c in tree.Children(v))
        {
            var rel = tree.BaseRel(c);
            if (rel is not ("ccomp" or "xcomp") && !(rel == "advcl" && IsThatClause(tree, c))) continue;
            int subject = tree.Child(c, "nsubj");
            if (subject >= 0 && SubjectActors(tree, actors, subject) is { Count: > 0 } named && !named.Exists(sources.Contains)) return named;
            foreach (var d in tree.Children(c))
            {
                var r = tree.Rel(d);
                bool slot = r is "obj" or "dobj" or "iobj" || (tree.BaseRel(d) is "obl" or "nmod" && TargetPrepositions.Contains(CaseOf(tree, d)));
                if (slot && actors.ActorsOf(d) is { Count: > 0 } found && !found.Exists(sources.Contains)) return found;
            }
        }
        return [];
    }

    // A relative pronoun subject stands for the noun the clause modifies ("Azerbaijan, which launched ..."); a personal pronoun
    // subject of a reported clause for the one reporting ("Russia said it is discussing ...").
    private static List<Mention> SubjectActors(DependencyTree tree, SentenceActors actors, int subject)
    {
        var found = actors.ActorsOf(subject);
        if (found.Count > 0) return found;
        if (tree.Upos(subject) == "PRON" && tree.Lower(subject) is "it" or "he" or "she" or "they" or "we")
        {
            // "Ethiopia indicated it would act": the clause's governor names who "it" is, before any later reporter does.
            int clauseHead = tree.Head(subject);
            if (clauseHead >= 0 && tree.BaseRel(clauseHead) == "ccomp" && tree.Head(clauseHead) is var governor and >= 0
                && tree.Child(governor, "nsubj") is var gs and >= 0 && gs != subject && actors.ActorsOf(gs) is { Count: > 0 } governing) return governing;
            int reporter = ClauseReader.ReportingVerb(tree, clauseHead);
            if (reporter >= 0 && tree.Child(reporter, "nsubj") is var rs and >= 0 && rs != subject && actors.ActorsOf(rs) is { Count: > 0 } speaker) return speaker;
            if (tree.Lower(subject) is "he" or "she" && PersonBefore(tree, subject) is { } person) return [person];
        }
        if (OwnCountry(tree, actors, subject) is { } country) return [country];
        int clause = tree.Head(subject);
        if (clause >= 0 && tree.RelIs(clause, "acl") && tree.Lower(subject) is "who" or "which" or "that")
            return actors.ActorsOf(tree.Head(clause));
        // A subject the parser split oddly ("the so-called South Ossetia") still names its actor somewhere inside.
        foreach (var t in tree.Subtree(subject, x => tree.Rel(x) is "acl:relcl" or "parataxis"))
            if (actors.At(t) is { } m) return actors.ActorsOf(t);
        return found;
    }

    private static readonly HashSet<string> CountryNouns = new(StringComparer.Ordinal) { "country", "nation", "government", "state", "republic", "people" };

    // "Chavez announced that his country recognizes ...": the country of the person "his" stands for, or of the one reporting.
    private static Mention? OwnCountry(DependencyTree tree, SentenceActors actors, int subject)
    {
        if (!CountryNouns.Contains(tree.Lemma(subject)) || tree.Child(subject, "nmod:poss") is not (var owner and >= 0)) return null;
        Mention? who = null;
        if (tree.Lower(owner) is "his" or "her") who = PersonBefore(tree, owner);
        else if (tree.Lower(owner) is "its" or "their" or "our")
        {
            int reporter = ClauseReader.ReportingVerb(tree, tree.Head(subject));
            if (reporter >= 0 && tree.Child(reporter, "nsubj") is var rs and >= 0 && rs != subject && actors.ActorsOf(rs) is { Count: > 0 } speaker) who = speaker[0];
        }
        if (who?.Polity is not { Length: 3 } polity) return null;
        string sector = tree.Lemma(subject) == "people" ? "CVL" : "GOV";
        var first = tree.Tokens[owner];
        var last = tree.Tokens[subject];
        return new Mention(new Span(first.Start, last.End), tree.TextOf(owner, subject))
        {
            Code = polity + sector, Polity = polity, Kind = MentionKind.Polity, KbId = polity, SentenceIndex = tree.Sentence.Index, Method = "possessor",
        };
    }

    // "Lavrov said ... . He stressed ...": he or she is the last person named before it, in this sentence or the two before.
    private static Mention? PersonBefore(DependencyTree tree, int pronoun)
    {
        var document = tree.Document;
        int sentence = tree.Sentence.Index, at = tree.Tokens[pronoun].Start;
        for (int m = document.Mentions.Count - 1; m >= 0; m--)
        {
            var mention = document.Mentions[m];
            if (mention.SentenceIndex > sentence || (mention.SentenceIndex == sentence && mention.Span.Start >= at)) continue;
            if (mention.SentenceIndex < sentence - 2) break;
            if (mention.Kind == MentionKind.Person && mention.Code is not null) return mention;
        }
        return null;
    }

    // A predicate without its own subject takes the controller's: coordinated verbs, "agreed to restore", "after meeting X, A said".
    private static List<Mention> InheritedSubject(DependencyTree tree, SentenceActors actors, int v)
    {
        int n = v;
        for (int steps = 0; steps < 4; steps++)
        {
            int head = tree.Head(n);
            if (head < 0) break;
            var rel = tree.BaseRel(n);
            if (rel == "acl" && tree.Rel(n) == "acl:relcl") return actors.ActorsOf(head);
            // "Signed decrees recognizing Abkhazia": what a document does, its author does.
            if (rel == "acl" && IsAuthoredDocument(tree, n) && tree.Head(head) is var author and >= 0 && tree.Child(author, "nsubj") is var ns and >= 0)
                return SubjectActors(tree, actors, ns);
            // "the visiting Karabakh foreign minister": an active participle's noun is its doer.
            // A finite verb hanging from a noun is a misparsed clause whose noun is the subject ("drones struck ...").
            if (rel is "amod" or "acl" && (tree.Tokens[n].Xpos is "VBG" or "VBD" or "VBZ" or "VBP" || IsMisparsedClause(tree, n))) return actors.ActorsOf(head);
            // "Russia sees no reason to hinder ...", "made a decision to withdraw": the noun's verb has the doer.
            if (rel == "acl" && tree.BaseRel(head) is "obj" && tree.Head(head) is var verb and >= 0 && tree.Child(verb, "nsubj") is var vs and >= 0)
                return SubjectActors(tree, actors, vs);
            if (rel is not ("conj" or "xcomp" or "advcl" or "ccomp")) break;
            // Object control: "urged Gondor to withdraw" — the one urged is the one who withdraws.
            if ((rel == "xcomp" || (rel == "advcl" && tree.Child(n, "mark") is var mk and >= 0 && tree.Lower(mk) == "as"))
                && tree.Child(head, "obj") is var o and >= 0 && actors.ActorsOf(o).Count > 0) return actors.ActorsOf(o);
            int subject = -1;
            foreach (var c in tree.Children(head))
                if (tree.BaseRel(c) is "nsubj" && (tree.Rel(c) != "nsubj:pass" || rel != "xcomp")) { subject = c; break; }
            // "Gollum was seen to break into ...": a passive governor raises its subject to be the infinitive's doer.
            if (subject < 0 && rel == "xcomp" && tree.Child(n, "mark") >= 0)
                foreach (var c in tree.Children(head))
                    if (tree.Rel(c) is "nsubj:pass" or "nsubjpass") { subject = c; break; }
            if (subject >= 0) return SubjectActors(tree, actors, subject);
            n = head;
        }
        return [];
    }

    private static bool IsDoneByItsOf(string code) => code.Length >= 2 && code[..2] is "04" or "08" or "14" or "15";

    private void NounRoles(DependencyTree tree, SentenceActors actors, int noun, int light, string code, List<Mention> sources, List<Mention> targets)
    {
        foreach (var c in tree.Children(noun))
        {
            var rel = tree.Rel(c);
            // "Azerbaijan's offensive", "an offensive by Azerbaijan", "the Azerbaijani offensive"; a compound names the topic
            // ("the Karabakh agreement"), not a party.
            if (sources.Count == 0 && (rel == "nmod:poss" || (rel.StartsWith("nmod", StringComparison.Ordinal) && CaseOf(tree, c) == "by")))
                sources.AddRange(actors.ActorsOf(c));
            // "Talks between Armenia and Azerbaijan": the parties of a mutual deed; "the withdrawal of Russian troops": the one who
            // withdraws, visits, meets or protests.
            else if (sources.Count == 0 && rel.StartsWith("nmod", StringComparison.Ordinal) && CaseOf(tree, c) is "between" or "among")
                sources.AddRange(actors.ActorsOf(c));
            else if (sources.Count == 0 && rel.StartsWith("nmod", StringComparison.Ordinal) && CaseOf(tree, c) == "of" && IsDoneByItsOf(code))
                sources.AddRange(actors.ActorsOf(c));
            else if (sources.Count == 0 && rel == "amod" && actors.At(c) is { } named)
                sources.Add(named);
            else if (targets.Count == 0 && rel.StartsWith("nmod", StringComparison.Ordinal) && CaseOf(tree, c) is var p && TargetPrepositions.Contains(p) && p != "by")
                targets.AddRange(actors.ActorsOf(c));
        }
        if (light >= 0)
        {
            if (sources.Count == 0)
            {
                int subject = tree.Child(light, "nsubj");
                if (subject >= 0 && subject != noun) sources.AddRange(SubjectActors(tree, actors, subject));
                else if (subject < 0) sources.AddRange(InheritedSubject(tree, actors, light));
            }
            if (targets.Count == 0)
                foreach (var c in tree.Children(light))
                    if (tree.BaseRel(c) == "obl" && TargetPrepositions.Contains(CaseOf(tree, c)) && actors.ActorsOf(c, false).Count > 0) { targets.AddRange(actors.ActorsOf(c)); break; }
        }
        RemoveOverlap(sources, targets);
    }

    private void RemoveOverlap(List<Mention> sources, List<Mention> targets)
    {
        // "Putin and other Russian officials": one actor code once.
        Distinct(sources);
        Distinct(targets);
        // PETRARCH crosses a compound doer with a compound target and drops only the pairs of an actor with itself
        // ("ties between Arnor and Gondor may spur reconciliation between Calenardhon and Gondor").
        if (PetrarchConventions && sources.Count >= 2 && targets.Count >= 2) return;
        // A bare polity on the target side that the source belongs to ("smugglers from Transnistria") is where they act from, not whom.
        // Outside PETRARCH's conventions an actor code never acts on itself ("Senegal's government cut access across the country").
        targets.RemoveAll(t => sources.Any(s => ReferenceEquals(s, t) || (s.Code == t.Code && (s.KbId == t.KbId || !PetrarchConventions)) || (t.Code is { Length: 3 } && t.Kind != MentionKind.Person && s.Polity == t.Code)));
    }

    private static bool SameActor(Mention a, Mention b) => ReferenceEquals(a, b) || (a.Code == b.Code && a.KbId == b.KbId);

    private static void Distinct(List<Mention> list)
    {
        for (int i = list.Count - 1; i > 0; i--)
            for (int j = 0; j < i; j++)
                if (list[j].Code == list[i].Code && list[j].KbId == list[i].KbId) { list.RemoveAt(i); break; }
    }

    private static string CaseOf(DependencyTree tree, int nominal)
    {
        string found = "";
        foreach (var c in tree.Children(nominal))
            if (tree.BaseRel(c) == "case" && c < nominal) found = tree.Lemma(c);
        if (found.Length > 0) return found;
        // The parser sometimes hangs the preposition on a modifier ("with [Foreign Minister] Bayramov"): take the phrase's first word.
        int first = nominal;
        foreach (var t in tree.Subtree(nominal, x => tree.BaseRel(x) is "acl" or "conj" or "punct")) { first = t; break; }
        return first != nominal && tree.BaseRel(first) == "case" ? tree.Lemma(first) : "";
    }

    // "Accused Georgia of killing": the killing is the accusation's content, not a deed to code on its own; and a coded light
    // verb ("signed an agreement") already tells its object noun's event.
    private static bool IsCoveredByGovernor(DependencyTree tree, Candidate c, List<Candidate> all)
    {
        if (c.IsNoun && tree.BaseRel(c.Token) is "obj" or "nsubj" && all.Exists(g => g.Token == tree.Head(c.Token))) return true;
        int n = c.Token;
        // "Accused Baku of carrying out ethnic cleansing": an event noun is inside the clause of the verb it hangs from.
        if (c.IsNoun && tree.BaseRel(n) is "obj" or "obl" or "nsubj" && tree.Head(n) >= 0) n = tree.Head(n);
        for (int steps = 0; steps < 4; steps++)
        {
            // "Accused Rwanda of backing the rebels": the clause may hang from the accused rather than from the accusing verb.
            // A conjoined clause shares its governor: "demanded that NATO rule out ... and pull its forces back".
            if (tree.BaseRel(n) is not ("xcomp" or "ccomp" or "advcl" or "acl") && !(steps > 0 && tree.BaseRel(n) is "obj" or "obl" or "nmod")
                && !(tree.BaseRel(n) == "conj" && tree.Head(n) >= 0 && tree.Upos(tree.Head(n)) == "VERB" && tree.BaseRel(tree.Head(n)) is "ccomp" or "xcomp")) return false;
            int head = tree.Head(n);
            if (head < 0) return false;
            if (all.Exists(g => g.Token == head && (!ClauseReader.IsSaying(tree, head) || g.Code == "100") && Array.Exists(GoverningRoots, r => g.Code.StartsWith(r, StringComparison.Ordinal))))
                return true;
            n = head;
        }
        return false;
    }

    // "Lavrov said Moscow and Baku are discussing ...": the saying is how we know, not an event of its own.
    private static bool IsReportingShell(DependencyTree tree, Candidate c, List<Candidate> all)
    {
        if (!ClauseReader.IsSaying(tree, c.Token)) return false;
        foreach (var other in all)
            if (!ReferenceEquals(other, c) && ClauseReader.ReportingVerb(tree, other.Token) == c.Token) return true;
        return false;
    }

    // PETRARCH codes a saying only with a target of its own: "X noted that Y regretted Z" and "... after a hafling was reported"
    // code the deed, not the saying whose actors sit in (or around) another coded clause.
    private static bool IsSayingOverDeed(DependencyTree tree, SentenceActors actors, Candidate c, List<Candidate> all)
    {
        if (c.IsNoun) return false;
        // "Gollum was seen to break into ...": the passive only tells how the deed under it is known.
        if (IsPassive(tree, c.Token) && all.Exists(o => o.Token != c.Token && !o.IsNoun && tree.Head(o.Token) == c.Token && tree.BaseRel(o.Token) == "xcomp"))
            return true;
        if (!ClauseReader.IsSaying(tree, c.Token)) return false;
        foreach (var other in all)
        {
            if (ReferenceEquals(other, c) || other.Token == c.Token) continue;
            // The saying is a subordinate clause of another deed.
            if (tree.BaseRel(c.Token) is "advcl" or "acl" && tree.Dominates(other.Token, c.Token)) return true;
            // The saying's actor comes from a clause under it (what it reports, or a misparsed governor) that holds a deed of its own.
            int clause = other.Token;
            while (clause >= 0 && tree.Head(clause) != c.Token) clause = tree.Head(clause);
            if (clause < 0) continue;
            foreach (var t in c.Targets.Concat(c.Sources))
            {
                if (!actors.Mentions.Contains(t)) continue;
                var (first, _) = actors.TokensOf(t);
                if (first >= 0 && tree.Dominates(clause, first)) return true;
            }
        }
        return false;
    }

    // "Arnor has celebrated Iftar ... after leaving Eriador": a dictionary pattern coded the whole verb phrase, and PETRARCH codes
    // no second event for a clause inside it done by the same actor.
    private static bool IsUnderPatternedDeed(DependencyTree tree, Candidate c, List<Candidate> all)
    {
        if (c.IsNoun || tree.BaseRel(c.Token) is not ("advcl" or "xcomp")) return false;
        int n = tree.Head(c.Token);
        for (int steps = 0; steps < 2 && n >= 0; steps++, n = tree.Head(n))
        {
            int governor = n;
            if (all.Exists(g => g.Token == governor && !g.IsNoun && g.Match.ByPattern && g.Sources.Exists(s => c.Sources.Exists(o => o.Code == s.Code))))
                return true;
            if (tree.BaseRel(n) is not ("advcl" or "xcomp")) break;
        }
        return false;
    }

    private IEnumerable<Event> BuildEvents(DependencyTree tree, SentenceActors actors, Candidate c)
    {
        var document = tree.Document;
        var sentence = tree.Sentence;
        int tokenIndex = sentence.FirstToken + (c.LightVerb >= 0 ? c.LightVerb : c.Token);
        var negated = ClauseReader.IsNegated(tree, c.Token) || (c.LightVerb >= 0 && ClauseReader.IsNegated(tree, c.LightVerb));
        var modality = ClauseReader.Modality(tree, c.LightVerb >= 0 ? c.LightVerb : c.Token);
        var code = c.Code;
        // PETRARCH negates only the verb that carries the negation ("won't try to clash" still clashes).
        if (PetrarchConventions) negated = ClauseReader.IsNegated(tree, c.Token, throughGovernors: false);
        if (negated && NegatedCodes.TryGetValue(code, out var opposite)) { code = opposite; negated = false; }
        // "Berlin will send another air defence system", "said it would contribute officers": help or cooperation still to come is
        // a promise of it (PLOVER's AGREE).
        if (!PetrarchConventions && !negated && code.Length >= 2 && code[..2] is "06" or "07" && IsFuture(tree, c.LightVerb >= 0 ? c.LightVerb : c.Token))
        {
            code = code[..2] == "07" ? "033" : "031";
            modality = "intended";
        }
        EventActor? attributedTo = null;
        int reporter = ClauseReader.ReportingVerb(tree, c.LightVerb >= 0 ? c.LightVerb : c.Token);
        if (reporter >= 0)
        {
            int subject = tree.Child(reporter, "nsubj");
            var who = subject >= 0 ? SubjectActors(tree, actors, subject) : [];
            if (who.Count > 0) attributedTo = ToActor(who[0]);
        }

        var sources = c.Sources;
        var targets = c.Targets;
        if (targets.Count == 0 && sources.Count >= 2 && (c.Match.Compound || Array.Exists(MutualRoots, r => code.StartsWith(r, StringComparison.Ordinal))))
        {
            if (CompoundBothWays)
            {
                foreach (var a in sources)
                    foreach (var pair in BuildEvents(tree, actors, c with { Sources = [a], Targets = sources.Where(b => !ReferenceEquals(a, b)).ToList() }))
                        yield return pair;
                yield break;
            }
            // The first named is the source, as a reader takes "Biden and Xi agreed".
            var ordered = sources.OrderBy(m => actors.TokensOf(m).First is var f && f >= 0 ? f : int.MaxValue).ToList();
            targets = ordered.Skip(1).ToList();
            sources = [ordered[0]];
        }
        if (PetrarchConventions && sources.Count >= 2 && sources.Exists(s => targets.Exists(t => SameActor(s, t))))
        {
            foreach (var a in sources)
                foreach (var single in BuildEvents(tree, actors, c with { Sources = [a], Targets = targets.Where(t => !SameActor(a, t)).ToList() }))
                    yield return single;
            yield break;
        }
        // A deed in scare quotes is the claimant's accusation against the alleged doer, not a deed we saw.
        if (ClauseReader.IsQuoted(tree, c.Token) && attributedTo is not null && !code.StartsWith("11", StringComparison.Ordinal))
        {
            targets = sources;
            sources = [];
            code = "112";
        }

        // PETRARCH codes only dyads: a deed without both a doer and someone it is done to is not an event.
        if (PetrarchConventions && (sources.Count == 0 || targets.Count == 0)) yield break;
        var date = EventDater.DateOf(document, tokenIndex);
        var (iso, precision) = DateFields(date);
        // An expression that cannot be written as a date ("the early 1990s" as a decade) leaves the report date.
        if (iso is null && document.Dct.IsKnown && date.Precision != TimePrecision.Reported)
        {
            (iso, precision) = DateFields(new TimeValue(date.Span, date.Text, TimeType.Date, document.Dct.ToIso(), TimePrecision.Reported));
        }
        double confidence = 0.45;
        if (c.Match.ByPattern) confidence += 0.2;
        if (sources.Count > 0) confidence += 0.15;
        if (targets.Count > 0) confidence += 0.1;
        if (c.IsNoun) confidence -= 0.1;
        if (date.Precision != TimePrecision.Reported) confidence += 0.05;

        var e = new Event
        {
            Id = $"{document.Id}:{sentence.Index}:{c.Token}",
            Date = iso,
            DatePrecision = precision,
            Source = sources.Count == 0 && code == "112" && attributedTo is not null ? [attributedTo] : sources.Select(ToActor).ToList(),
            Target = targets.Select(ToActor).ToList(),
            Cameo = IsPloverOnly(code) ? "" : code,
            Plover = IsPloverOnly(code) ? code : null,
            Negated = negated,
            Modality = modality,
            AttributedTo = attributedTo,
            Location = LocationOf(tree, actors, c.LightVerb >= 0 ? c.LightVerb : c.Token) ?? (c.LightVerb >= 0 ? LocationOf(tree, actors, c.Token) : null),
            DocId = document.Id,
            Sentence = sentence.Index,
            Evidence = new EventEvidence(sentence.Start, sentence.End),
            Confidence = Math.Round(Math.Clamp(confidence, 0, 1), 2),
        };
        yield return _catalog.Apply(e);
        // "Left for Minas Tirith" is a visit by the source and a visit received by the target.
        if (PetrarchConventions && c.Match.PairedCode is { } paired && sources.Count > 0 && targets.Count > 0)
            foreach (var reverse in BuildEvents(tree, actors, c with { Code = paired, Sources = targets, Targets = sources, Match = c.Match with { PairedCode = null } }))
                yield return reverse;
    }

    private static EventActor ToActor(Mention m) => new(m.Text, m.Code, m.KbId);

    private static (string? Iso, string? Precision) DateFields(TimeValue date)
    {
        var value = date.RangeStart;
        if (value is null) return (null, null);
        if (date.Precision == TimePrecision.Reported) return (value.Length > 10 ? value[..10] : value, "reported");
        if (value.Length >= 10 && char.IsAsciiDigit(value[9])) return (value[..10], "day");
        if (value.Length >= 7 && char.IsAsciiDigit(value[6]) && value[4] == '-') return (value[..7], "month");
        if (value.Length >= 4 && value[..4].All(char.IsAsciiDigit)) return (value[..4], "year");
        return (null, null);
    }

    private static string? LocationOf(DependencyTree tree, SentenceActors actors, int predicate)
    {
        if (LocationAmong(tree, actors, predicate) is { } own) return own;
        // The parser often hangs the place on the object ("met with Bayramov in Baku", "held a meeting in Moscow").
        foreach (var c in tree.Children(predicate))
            if (tree.BaseRel(c) is "obj" or "obl" && LocationAmong(tree, actors, c) is { } nested) return nested;
        return null;
    }

    private static string? LocationAmong(DependencyTree tree, SentenceActors actors, int predicate)
    {
        foreach (var c in tree.Children(predicate))
        {
            if (!(tree.BaseRel(c) is "obl" or "nmod") || !LocationPrepositions.Contains(CaseOf(tree, c))) continue;
            bool named = tree.Upos(c) == "PROPN" || actors.At(c) is not null;
            if (!named) foreach (var m in tree.Children(c)) if (tree.Upos(m) == "PROPN" && tree.BaseRel(m) is "compound" or "amod" or "nmod") named = true;
            if (!named) continue;
            var span = tree.Subtree(c, x => tree.BaseRel(x) is "acl" or "punct" or "conj" or "cc" || (tree.BaseRel(x) is "case" or "det" && tree.Head(x) == c));
            // "In the early hours of Friday", "in August 2008": a time, not a place.
            if (span.Count == 0 || span.Count > 8 || span.Exists(tree.IsTime)) continue;
            return tree.TextOf(span[0], span[^1]);
        }
        return null;
    }

    private static bool SameEvent(Event a, Event b) =>
        a.Cameo == b.Cameo && a.Negated == b.Negated
        && a.Source.Select(x => x.Code).SequenceEqual(b.Source.Select(x => x.Code))
        && a.Target.Select(x => x.Code).SequenceEqual(b.Target.Select(x => x.Code));
}
