using Defacto.Model;
using Defacto.Time;

namespace Defacto.Events;

/// <summary>
/// Codes who did what to whom in a parsed document: finds event predicates (verbs, and event nouns with an actor attached),
/// matches the verb patterns, takes source and target from the resolved mentions through the dependency relations, and adds
/// negation, modality, attribution, date, location, codes from the CAMEO catalog and a confidence.
/// </summary>
public sealed partial class EventCoder
{
    // Verbs whose object noun carries the event ("launched an offensive", "held a meeting").
    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal)
    {
        "launch", "hold", "begin", "start", "conduct", "carry", "stage", "mount", "announce", "declare", "make", "have", "take",
        "resume", "reach", "conclude", "open", "continue", "order", "lead", "initiate", "organize", "organise", "undertake", "give",
        "authorise", "authorize",
    };

    // Verbs whose subject noun carries the event ("the offensive began", "talks took place").
    private static readonly HashSet<string> SpanNouns = new(StringComparer.Ordinal) { "day", "week", "month", "hour", "round", "series", "wave", "season" };

    private static readonly HashSet<string> OccurrenceVerbs = new(StringComparer.Ordinal)
    {
        "begin", "start", "take", "continue", "resume", "end", "last", "happen", "occur", "follow", "break", "erupt", "come",
    };

    private static readonly HashSet<string> LocationPrepositions = new(StringComparer.Ordinal) { "in", "at", "near", "outside", "inside", "across" };

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

    /// <summary>One default coder for the process (built on first use): its tables are read-only once loaded.</summary>
    public static EventCoder Shared => SharedDefault.Value;

    private static readonly Lazy<EventCoder> SharedDefault = new(() => CreateDefault());

    /// <summary>The base forms of the verbs this coder's patterns know, for the Syntax stage to tell a headline's verb by.</summary>
    public IReadOnlySet<string> NewsVerbs => _newsVerbs ??= _verbs.VerbWords();

    private IReadOnlySet<string>? _newsVerbs;

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

    private static readonly HashSet<string> BehestNouns = new(StringComparer.Ordinal) { "request", "invitation", "behest", "urging", "initiative", "insistence" };

    // The actor of "at X's request" or "at the request of X" within the predicate's phrase, or an empty list.
    private static List<Mention> Requester(DependencyTree tree, SentenceActors actors, int predicate)
    {
        foreach (int r in tree.Subtree(predicate))
        {
            if (tree.Lemma(r) != "request" || !tree.Children(r).Any(x => tree.Rel(x) == "case" && tree.Lower(x) == "at")) continue;
            foreach (int x in tree.Children(r))
                if (tree.Rel(x) is "nmod:poss" or "nmod" && actors.ActorsOf(x) is { Count: > 0 } found) return found;
        }
        return [];
    }

    // Roots whose deed is mutual: "Moldovan and Transnistrian negotiators discussed" is one side meeting the other; two sides that
    // agree to or observe a truce each grant it to the other.
    private static readonly string[] MutualRoots = ["03", "04", "06", "050", "054", "057", "0871"];

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
        if (!PetrarchConventions && IsCapitalizedList(tree)) return;
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
        if (!PetrarchConventions && JointUndertaking(tree, actors, candidates) is { } joint) candidates.Add(joint);
        if (!PetrarchConventions && (ConditionalThreat(tree, actors, candidates) ?? ForceFromOwnSide(tree, actors, candidates)) is var (threat, contentStart, contentEnd))
        {
            candidates.RemoveAll(c => c.Token >= contentStart && c.Token < contentEnd || c.Token == threat.Token);
            candidates.Add(threat);
        }
        if (candidates.Count == 0) return;
        // "Most economists in Beirut believe the pound will keep falling until ...": what unnamed pundits believe is opinion, not news.
        if (!PetrarchConventions && IsPunditOpinion(tree)) return;

        int first = into.Count;
        var subordinates = new List<Event>();
        foreach (var original in candidates)
        {
            var c = PetrarchConventions ? original : AsThreat(tree, original, candidates);
            if (IsCoveredByGovernor(tree, c, candidates) && (PetrarchConventions || !c.IsNoun || !IsOrderedDeed(tree, c.Token))) continue;
            if (!PetrarchConventions && IsEarlierOrLaterDeed(tree, c, candidates)) continue;
            if (!PetrarchConventions && IsGroundsOfDeed(tree, c, candidates)) continue;
            if (!PetrarchConventions && IsForgoneDeed(tree, c)) continue;
            if (!PetrarchConventions && IsAgreementContent(tree, c)) continue;
            if (!PetrarchConventions && IsOrderOfCodedDeed(tree, c, candidates)) continue;
            // PETRARCH codes the saying too when it has a target of its own.
            if (!PetrarchConventions && c.Code is not ("100" or "112") && IsReportingShell(tree, c, candidates)) continue;
            if (PetrarchConventions && IsSayingOverDeed(tree, actors, c, candidates)) continue;
            if (PetrarchConventions && IsUnderPatternedDeed(tree, c, candidates)) continue;
            bool trailing = !PetrarchConventions && IsTrailingParticiple(tree, c, candidates);
            bool subordinate = !PetrarchConventions && !IsMainLine(tree, c);
            foreach (var e in BuildEvents(tree, actors, c))
            {
                if (trailing && e.Target.Count == 0) continue;
                bool duplicate = false;
                for (int k = first; k < into.Count && !duplicate; k++) duplicate = SameEvent(into[k], e);
                if (!duplicate) { into.Add(e); if (subordinate) subordinates.Add(e); }
            }
        }
        // "Taiwan and China signed a pact ..., as China cut tariffs", "Canada expelled six diplomats, accusing them of ...": a sentence
        // tells one piece of news in its main line (the root and what is coordinated with or reported by it); a deed of another kind
        // in a subordinate clause is background to it, and is told only when the main line holds no asserted deed.
        if (subordinates.Count > 0)
        {
            var mainTypes = into.Skip(first).Where(e => !e.Negated && e.Modality == "asserted" && e.Plover is not null && !subordinates.Contains(e)).Select(e => e.Plover).ToHashSet();
            if (mainTypes.Count > 0) into.RemoveAll(e => subordinates.Contains(e) && !mainTypes.Contains(e.Plover));
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
        // "Seven aid workers were killed when Israeli forces fired on their convoy in central Gaza": the killing told without its doer
        // and the firing told against a place are one attack, by the one on the victims.
        if (!PetrarchConventions)
            for (int k = into.Count - 1; k >= first; k--)
                if (into[k].Source.Count == 0 && into[k].Target.Any(t => t.Code is { Length: > 3 }) && into[k].Cameo.Length >= 2 && into[k].Cameo[..2] is "18" or "19" or "20")
                    for (int j = first; j < into.Count; j++)
                        if (j != k && into[j].Plover == into[k].Plover && into[j].Source.Count > 0 && into[j].Target.All(t => t.Code is { Length: 3 }))
                        {
                            into[k] = into[k] with { Source = into[j].Source };
                            into.RemoveAt(j);
                            break;
                        }
        // "Aid workers were killed by an Israeli air strike on their convoy in central Gaza": the strike whose only target is the place
        // it hit is the killing already told with its victims.
        if (!PetrarchConventions)
            for (int k = into.Count - 1; k >= first; k--)
                if (into[k].Target.Count > 0 && into[k].Target.All(t => t.Code is { Length: 3 }) && into[k].Cameo.Length >= 2 && into[k].Cameo[..2] is "18" or "19" or "20")
                    for (int j = first; j < into.Count; j++)
                        if (j != k && into[j].Plover == into[k].Plover && into[j].Target.Any(t => t.Code is { Length: > 3 })
                            && into[j].Source.Select(a => a.Polity).SequenceEqual(into[k].Source.Select(a => a.Polity)))
                        {
                            into.RemoveAt(k);
                            break;
                        }
        // "Serb gunmen ambushed a police patrol, killing one officer": the same doer's same kind of deed without a target is told already.
        if (!PetrarchConventions)
            for (int k = into.Count - 1; k >= first; k--)
                if (into[k].Target.Count == 0 && (into[k].Cameo.Length >= 2 || into[k].Plover is not null))
                    for (int j = first; j < into.Count; j++)
                        if (j != k && into[j].Target.Count > 0
                            && ((into[j].Cameo.Length >= 2 && into[k].Cameo.Length >= 2 && into[j].Cameo[..2] == into[k].Cameo[..2]) || (into[j].Plover is { } type && type == into[k].Plover))
                            && into[j].Source.Select(a => a.Polity).SequenceEqual(into[k].Source.Select(a => a.Polity)))
                        {
                            into.RemoveAt(k);
                            break;
                        }
        // "Tens of thousands rallied in Tbilisi against the bill": people protesting in their own country with no one named
        // protest against its government, which the place stands for.
        if (!PetrarchConventions)
            for (int k = first; k < into.Count; k++)
                if (into[k].Plover == "PROTEST" && into[k].Target.Count == 0 && ProtestedGovernment(actors, into[k].Source) is { } government)
                    into[k] = into[k] with { Target = [government] };
        // "A day after Azerbaijan launched its offensive, the Karabakh authorities accepted a ceasefire": a concession told without
        // anyone it is made to is made to the other side the sentence shows acting.
        if (!PetrarchConventions)
            for (int k = first; k < into.Count; k++)
                if (into[k].Plover == "CONCEDE" && into[k].Target.Count == 0 && into[k].Source.Count > 0
                    && OtherActingSide(tree, actors, into[k].Source.Select(a => a.Polity).ToList()) is { } side)
                    into[k] = into[k] with { Target = [ToActor(side)] };
        // "Drones struck the Abqaiq plant ..., in attacks claimed by Yemen's Houthi movement", "was killed ... in an attack Hamas and Iran
        // blamed on Israel": an attack whose doer the sentence names no one for is the deed of whoever it is claimed by or blamed on.
        if (!PetrarchConventions && into.Skip(first).Any(e => e.Plover == "ASSAULT" && e.Source.All(a => a.KbId is null)) && ClaimedAttacker(tree, actors) is { Count: > 0 } doers)
            for (int k = first; k < into.Count; k++)
                if (into[k].Plover == "ASSAULT" && into[k].Source.All(a => a.KbId is null) && !doers.Exists(d => into[k].Target.Any(t => t.Polity == d.Polity)))
                    into[k] = into[k] with { Source = doers.ConvertAll(ToActor) };
    }

    // The first side other than <paramref name="own"/> that is the subject of a deed in the sentence (not of a saying), or none.
    private static Mention? OtherActingSide(DependencyTree tree, SentenceActors actors, List<string?> own)
    {
        for (int t = 0; t < tree.Count; t++)
        {
            if (tree.Rel(t) != "nsubj" || tree.Head(t) is not (var verb and >= 0) || tree.Upos(verb) != "VERB" || ClauseReader.IsSaying(tree, verb)) continue;
            // A name in a fronted time phrase counts here: "a day after Baku launched ..." shows Baku acting.
            var named = actors.ActorsOf(t);
            if (named.Count == 0 && actors.BackgroundAt(t) is { } earlier) named.Add(earlier);
            foreach (var m in named)
                if (m.Code is not null && m.Polity is { Length: 3 } p && p is not ("IGO" or "NGO") && !own.Contains(p) && !SentenceActors.IsRegion(m)) return m;
        }
        return null;
    }

    // "A joint Russian-Turkish centre to monitor the ceasefire was opened", "Russian officers and their Turkish counterparts began jointly
    // monitoring the ceasefire": something two sides do or set up together is cooperation between them (CAMEO 06), told by the verb
    // that has it as subject or object when no pattern codes that verb.
    private Candidate? JointUndertaking(DependencyTree tree, SentenceActors actors, List<Candidate> found)
    {
        if (_verbs.Find("cooperate") is not { } cooperate) return null;
        for (int j = 0; j < tree.Count; j++)
        {
            int verb = -1;
            var sides = new List<Mention>();
            if (tree.Lower(j) == "joint" && tree.BaseRel(j) == "amod" && tree.Head(j) is var noun and >= 0 && tree.BaseRel(noun) is "nsubj" or "obj" && tree.Head(noun) is var v and >= 0)
            {
                verb = v;
                foreach (var c in tree.Children(noun))
                    if (tree.BaseRel(c) is "amod" or "compound" && actors.At(c) is { Polity: { Length: 3 } } m && !sides.Exists(x => x.Polity == m.Polity)) sides.Add(m);
            }
            else if (tree.Lower(j) == "jointly" && tree.Head(j) is var act and >= 0 && tree.Upos(act) == "VERB")
            {
                verb = act;
                int holder = tree.Child(act, "nsubj") >= 0 || tree.BaseRel(act) != "xcomp" ? act : tree.Head(act);
                if (tree.Child(holder, "nsubj") is var subject and >= 0)
                    foreach (var m in actors.ActorsOf(subject))
                        if (m.Polity is { Length: 3 } && !sides.Exists(x => x.Polity == m.Polity)) sides.Add(m);
            }
            if (verb < 0 || sides.Count < 2 || tree.Upos(verb) != "VERB" || found.Exists(c => c.Token == verb || c.Token == tree.Head(verb))) continue;
            return new Candidate(verb, cooperate, new PatternMatch(null, "060", 0, -1, -1, false), "060", false, sides, [], -1);
        }
        return null;
    }

    // A mention's sector: its own, else the one its code carries ("RUSMIL").
    private static string? SectorOf(Mention m) => m.Sector ?? (m.Code is { Length: >= 6 } c ? c[3..6] : null);

    // The doer of a sentence's "ordered their release" (a court, a president), or none.
    private static List<Mention> ReleaseOrderedBy(DependencyTree tree, SentenceActors actors)
    {
        for (int i = 0; i < tree.Count; i++)
            if (tree.Lemma(i) == "order" && tree.Child(i, "obj") is var o and >= 0 && tree.Lemma(o) == "release" && tree.Child(i, "nsubj") is var s and >= 0
                && actors.ActorsOf(s) is { Count: > 0 } who)
                return who;
        return [];
    }

    // The named actor an attack is claimed by ("attacks claimed by the Houthis") or blamed on ("blamed on Israel", "officials, who blamed
    // Armenian forces"), or none.
    private static List<Mention> ClaimedAttacker(DependencyTree tree, SentenceActors actors)
    {
        for (int i = 0; i < tree.Count; i++)
        {
            // By the word, not the lemma: the lemmatizer reads "blamed" as "blam".
            string? lemma = tree.Lower(i) switch { "claimed" => "claim", "blame" or "blamed" or "blames" or "blaming" => "blame", _ => null };
            if (lemma is null) continue;
            if (lemma == "claim" && tree.Tokens[i].Xpos != "VBN") continue;
            int named = -1;
            foreach (var c in tree.Children(i))
            {
                var rel = tree.BaseRel(c);
                if (lemma == "claim" && (tree.Rel(c) == "obl:agent" || (rel == "obl" && CaseOf(tree, c) == "by"))) named = c;
                else if (lemma == "blame" && rel == "obl" && CaseOf(tree, c) == "on") named = c;
                else if (lemma == "blame" && rel == "obj" && named < 0) named = c;
            }
            if (named >= 0 && actors.ActorsOf(named).FindAll(m => m.KbId is not null) is { Count: > 0 } found) return found;
        }
        return [];
    }

    // "LATIN AMERICA TODAY: BOGOTA PEACE TALKS, LIMA CABINET RESHUFFLE, ...": a run of headlines in capitals lists stories,
    // it does not tell one; its words have no clause to code.
    private static bool IsCapitalizedList(DependencyTree tree)
    {
        int letters = 0, upper = 0, separators = 0;
        foreach (var t in tree.Tokens)
        {
            if (t.Text is "," or ":" or ";" or "|" or "-" or "/") separators++;
            foreach (var ch in t.Text)
                if (char.IsLetter(ch)) { letters++; if (char.IsUpper(ch)) upper++; }
        }
        return letters >= 20 && upper >= letters * 9 / 10 && separators >= 2;
    }

    // The root, and clauses coordinated with it, reported by it or completing it; an event noun counts as the clause it is the
    // subject or object of.
    private static bool IsMainLine(DependencyTree tree, Candidate c)
    {
        int n = c.LightVerb >= 0 ? c.LightVerb : c.Token;
        // "Deployed 45,000 police officers, backed by armoured vehicles": a participle with its "by" phrase and no auxiliary describes
        // what came before it, however the parser joined it.
        if (!c.IsNoun && tree.Tokens[n].Xpos == "VBN" && tree.BaseRel(n) == "conj" && tree.Child(n, "aux") < 0 && tree.Child(n, "aux:pass") < 0
            && tree.Children(n).Any(k => tree.Rel(k) == "obl:agent" || (tree.BaseRel(k) == "obl" && CaseOf(tree, k) == "by"))) return false;
        if (c.IsNoun && c.LightVerb < 0 && tree.BaseRel(n) is "nsubj" or "obj" or "nsubj:pass") n = tree.Head(n);
        for (int steps = 0; n >= 0 && steps < tree.Count; steps++)
        {
            // "..., days after the prime minister resigned": a clause opened by a subordinator is background, however it was joined.
            if (tree.Children(n).Any(k => tree.BaseRel(k) == "mark" && (Subordinators.Contains(tree.Lower(k)) || tree.Lower(k) == "as"))
                || (tree.BaseRel(n) == "conj" && OpensWithSubordinator(tree, n))) return false;
            if (tree.Head(n) < 0) return true;
            if (!(tree.BaseRel(n) is "conj" or "ccomp" or "parataxis" or "xcomp")) return false;
            n = tree.Head(n);
        }
        return false;
    }

    // The sentence's first verb is a belief whose subject is a kind of pundit, not a named one ("Goldman economists"); the parser may
    // have hung that verb under the belief's own content.
    private static bool IsPunditOpinion(DependencyTree tree)
    {
        int verb = -1;
        for (int k = 0; k < tree.Count && verb < 0; k++) if (tree.Upos(k) == "VERB") verb = k;
        if (verb < 0 || !OpinionVerbs.Contains(tree.Lemma(verb))) return false;
        int subject = tree.Child(verb, "nsubj");
        return subject >= 0 && Pundits.Contains(tree.Lemma(subject)) && !tree.Children(subject).Any(c => tree.BaseRel(c) is "compound" or "flat" && tree.Upos(c) == "PROPN");
    }

    private static readonly HashSet<string> OpinionVerbs = new(StringComparer.Ordinal) { "believe", "argue", "think", "reckon", "doubt", "suspect", "fear" };

    // Unnamed people whose views are reported as views: economists, analysts, diplomats ("many diplomats in Brussels believe").
    private static readonly HashSet<string> Pundits = new(StringComparer.Ordinal)
    {
        "economist", "analyst", "expert", "observer", "diplomat", "critic", "commentator", "scholar", "historian", "investor", "pundit",
    };

    // The verb's subject, or the subject of the verb it is coordinated with ("drove into the terminal and took the gold").
    private static int SharedSubject(DependencyTree tree, int verb)
    {
        for (int steps = 0; verb >= 0 && steps < 3; steps++)
        {
            if (tree.Child(verb, "nsubj") is var subject and >= 0) return subject;
            if (tree.BaseRel(verb) != "conj") return -1;
            verb = tree.Head(verb);
        }
        return -1;
    }

    private static bool IsFriendlyDeployment(DependencyTree tree, List<Mention> sources)
    {
        if (sources.Exists(s => s.Code?.Contains("PKO", StringComparison.Ordinal) == true)) return true;
        for (int k = 0; k < tree.Count; k++)
        {
            if (tree.Lower(k).StartsWith("peacekeep", StringComparison.Ordinal)) return true;
            if (k >= 2 && tree.Lower(k) is "request" or "invitation" && tree.Lower(k - 1) == "the" && tree.Lower(k - 2) == "at") return true;
        }
        return false;
    }

    // "Police in Baku detained Ulvi Hasanli, director of an investigative outlet", "Mahsa Amini ... was detained by the morality
    // police": a named person the knowledge base does not know, arrested by a state's own forces, is one of that state's people
    // (a journalist or an activist when an agent noun in the phrase says so, else a civilian).
    private static Mention? DetainedPerson(DependencyTree tree, SentenceActors actors, int v, List<Mention> sources)
    {
        if (sources.Select(s => s.Polity).Distinct().ToList() is not [{ Length: 3 } home] || sources.Exists(s => s.Code?.StartsWith("IGO", StringComparison.Ordinal) == true))
            return null;
        int person = tree.Child(v, "obj");
        if (person < 0 && IsPassive(tree, v)) person = tree.Child(v, "nsubj:pass");
        // ("The dissident journalist Roman Protasevich": the name may hang from its title.)
        bool named = person >= 0 && (tree.Upos(person) == "PROPN"
            || (tree.Upos(person) == "NOUN" && tree.Children(person).Any(c => c > person && tree.Upos(c) == "PROPN" && tree.BaseRel(c) is "flat" or "appos" or "compound")));
        if (!named || actors.At(person) is not null) return null;
        string sector = "CVL";
        foreach (var t in tree.Subtree(person, x => tree.BaseRel(x) is "acl:relcl" or "acl"))
        {
            if (actors.At(t) is not null) return null;
            if (actors.UnplacedAgentAt(t) is { Sector: { } s } && s is "MED" or "CVL" or "OPP" or "EDU" or "HLH" or "LAB" or "REL" or "BUS") { sector = s; break; }
        }
        var tok = tree.Tokens[person];
        return new Mention(new Span(tok.Start, tok.End), tok.Text)
        {
            Code = home + sector, Polity = home, Kind = MentionKind.Person, Sector = sector, SentenceIndex = tree.Sentence.Index, Method = "detained at home",
        };
    }

    // Whether a target hangs from the predicate as its object (a passive's subject included: "a Palestinian state was recognised by
    // Spain and Norway") or through "with", "to" or "against", rather than through a circumstance.
    private static bool IsNamedParty(DependencyTree tree, SentenceActors actors, Mention target, int predicate)
    {
        int n = actors.TokensOf(target).First;
        for (int steps = 0; n >= 0 && steps < tree.Count; steps++)
        {
            int head = tree.Head(n);
            if (head == predicate)
                return tree.BaseRel(n) is "obj" or "iobj" || tree.Rel(n) is "nsubj:pass" || (tree.BaseRel(n) is "obl" or "nmod" && CaseOf(tree, n) is "with" or "to" or "against" or "toward" or "towards" or "between");
            n = head;
        }
        return true;
    }

    private static readonly HashSet<string> Subordinators = new(StringComparer.Ordinal) { "after", "before", "since", "because", "while", "when", "until", "although", "though" };

    // Whether one of the first words of the clause headed by `head` is a subordinator ("days after the minister resigned").
    private static bool OpensWithSubordinator(DependencyTree tree, int head)
    {
        int first = head;
        foreach (var t in tree.Subtree(head, _ => false)) first = Math.Min(first, t);
        for (int k = first; k < Math.Min(head, first + 4); k++)
            if (Subordinators.Contains(tree.Lower(k)) && tree.Dominates(head, k)) return true;
        return false;
    }

    private static List<Mention> TalksPartner(DependencyTree tree, SentenceActors actors, List<Mention> sources)
    {
        for (int n = 0; n < tree.Count; n++)
        {
            if (tree.Lemma(n) is not ("talk" or "talks" or "negotiation" or "deal" or "arrangement" or "meeting")) continue;
            foreach (var c in tree.Children(n))
                if (tree.BaseRel(c) == "nmod" && CaseOf(tree, c) == "with" && actors.ActorsOf(c) is { Count: > 0 } partners
                    && !partners.Exists(p => sources.Exists(s => s.Polity == p.Polity && (s.Code == p.Code || p.Code is { Length: 3 }))))
                    return partners;
        }
        return [];
    }

    private static bool IsVictimOf(DependencyTree tree, int token)
    {
        int head = token;
        for (int steps = 0; steps < 4 && tree.BaseRel(head) is "flat" or "compound" or "appos" && tree.Head(head) >= 0; steps++) head = tree.Head(head);
        return tree.BaseRel(head) is "nmod" or "nmod:poss" && tree.Head(head) is var crime and >= 0
            && tree.Lemma(crime) is "death" or "killing" or "murder" or "assassination" or "disappearance" or "poisoning" or "shooting";
    }

    private static bool IsPerfect(DependencyTree tree, int predicate) =>
        tree.Children(predicate).Any(c => tree.BaseRel(c) == "aux" && tree.Lemma(c) == "have");

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
            // "Began two days of large-scale drills": a span or series of the event stands for it.
            if (head >= 0 && tree.BaseRel(i) == "nmod" && CaseOf(tree, i) == "of" && SpanNouns.Contains(tree.Lemma(head)) && tree.RelIs(head, "obj")
                && tree.Head(head) is var verb and >= 0 && LightVerbs.Contains(tree.Lemma(verb))) light = verb;
            else if (head >= 0 && tree.RelIs(i, "obj") && LightVerbs.Contains(tree.Lemma(head))) light = head;
            else if (head >= 0 && tree.RelIs(i, "nsubj") && OccurrenceVerbs.Contains(tree.Lemma(head))) light = head;
        }

        var (before, after) = Phrase(tree, i, ownPhrase: !PetrarchConventions);
        // A passive's inherited subject is the one acted on, not a doer for the patterns' "$" ("boarded and inspected by ...").
        if (!PetrarchConventions && !(isVerb && IsPassive(tree, i))) before = WithInheritedSubject(tree, i, before);
        var (patternBefore, patternAfter) = PetrarchConventions ? PetrarchPhrase(tree, i, before, after) : (before, after);
        var match = _matcher.Match(tree, actors, i, block, formCode ?? block.Code, patternBefore, patternAfter);
        // "An agreement was reached by India and China", "gas deliveries were halted by Gazprom": a passive's subject is the object the
        // active patterns read after the verb.
        if (!PetrarchConventions && !isNoun && PassiveSubject(tree, i) is var passiveSubject and >= 0)
        {
            var subject = tree.Subtree(passiveSubject, x => tree.BaseRel(x) is "acl" or "punct" or "appos" or "parataxis");
            var activeBefore = patternBefore.Where(t => !subject.Contains(t)).ToList();
            var active = _matcher.Match(tree, actors, i, block, formCode ?? block.Code, activeBefore, [.. subject, .. patternAfter]);
            // Without a "by" phrase the subject would become the one acted on: "the withdrawal of Israeli troops was completed" is
            // the troops' own deed, which their noun tells.
            bool agent = tree.Children(i).Any(c => tree.Rel(c) == "obl:agent" || (tree.BaseRel(c) == "obl" && CaseOf(tree, c) == "by")) || StrandedAgent(tree, actors, i) >= 0;
            if (active.ByPattern && (!match.ByPattern || active.Score > match.Score) && (agent || !subject.Exists(t => actors.At(t) is not null))) match = active;
        }
        // "Rejected a peace agreement between the government and the rebels": a one-word no-event pattern ("dismissed the government")
        // speaks for the verb only about its own object, not about a word inside a modifier of it.
        if (!PetrarchConventions && match.Pattern is { Code: null or "---" } quiet && quiet.Elements.Count(e => e.Kind != PatternElementKind.Verb) == 1
            && match.WordToken >= 0 && IsInsideModifier(tree, i, match.WordToken))
            match = _matcher.Match(tree, actors, i, block, formCode ?? block.Code, patternBefore, patternAfter, p => p.Code is null or "---");
        // TABARI's "+++" (a complex event) is not implemented by PETRARCH, which codes the verb as if that pattern were absent.
        if (PetrarchConventions && match.Code == "+++") match = new PatternMatch(null, formCode ?? block.Code, 0, -1, -1, false) { PairedCode = block.PairedCode };
        // PETRARCH dictionaries may suffix a code with a letter for a variant ("174L"); the record expects it as written.
        if (match.Code is not { } code || !(IsCameoCode(code) || IsPloverOnly(code) || (PetrarchConventions && IsCameoCode(code[..^1]) && char.IsAsciiLetter(code[^1]))))
            return null;

        // "Was freed by the South Ossetian authorities and returned home": the one released coming back is the release's end, not a
        // deed of its own.
        if (!PetrarchConventions && isVerb && block.Headword == "RETURN" && tree.Child(i, "obj") < 0 && tree.Child(i, "nsubj") < 0
            && tree.BaseRel(i) == "conj" && tree.Head(i) is var released and >= 0 && IsPassive(tree, released) && !IsPassive(tree, i))
            return null;
        var sources = new List<Mention>();
        var targets = new List<Mention>();
        if (match.SourceToken >= 0) sources.AddRange(actors.ActorsOf(match.SourceToken));
        if (match.TargetToken >= 0) targets.AddRange(actors.ActorsOf(match.TargetToken));
        if (isNoun) NounRoles(tree, actors, i, light, code, sources, targets);
        else VerbRoles(tree, actors, i, sources, targets);
        // "Mexico extradited Ovidio Guzman, one of the sons of ..., to the United States": the state that receives the suspect is the
        // partner, wherever the parse hung the "to" phrase after a long apposition.
        if (!PetrarchConventions && isVerb && block.Headword == "EXTRADITE" && match.TargetToken < 0)
            foreach (var t in tree.Subtree(i, x => tree.BaseRel(x) is "advcl" or "parataxis"))
                if (t > i && CaseOf(tree, t) == "to" && actors.At(t) is { Polity: { Length: 3 } } receiver && !sources.Exists(x => x.Polity == receiver.Polity))
                {
                    targets.Clear();
                    targets.Add(receiver);
                    break;
                }
        // "Accepted a truce proposed by the United Nations": who proposes a truce mediates it; the concession is not made to them.
        if (!PetrarchConventions && !isNoun && code.StartsWith("08", StringComparison.Ordinal) && tree.Child(i, "obj") is var truce and >= 0
            && AuthorOf(tree, actors, truce) is { Count: > 0 } proposer && targets.TrueForAll(proposer.Contains)) targets.Clear();
        PlaceAsTarget(tree, actors, light >= 0 ? light : i, code, sources, targets);
        // "Raisi and bin Salman discussed the war between Israel and Hamas": what two sides discuss is their topic; they meet each other.
        if (!PetrarchConventions && !isNoun && code.StartsWith("04", StringComparison.Ordinal) && sources.Count >= 2 && tree.Child(i, "obj") is var topic and >= 0
            && actors.At(topic) is null && targets.Count > 0 && targets.TrueForAll(t => actors.TokensOf(t).First is var f && f >= 0 && tree.Dominates(topic, f)))
            targets.Clear();
        // "Tens of thousands of Palestinians massed along the fence": people who are no force mass to protest, not to mobilize.
        if (!PetrarchConventions && code.StartsWith("15", StringComparison.Ordinal) && sources.Count > 0
            && sources.TrueForAll(s => SectorOf(s) is "CVL" or "LAB" or "EDU" or "AGR" or "REL" or "OPP"))
            code = "141";
        // "Seventeen missionaries were kidnapped by the 400 Mawozo gang": an abduction by criminals is a crime, as by armed groups it
        // is an assault (the patterns see a gang only before the verb).
        if (!PetrarchConventions && code.StartsWith("181", StringComparison.Ordinal) && sources.Count > 0
            && sources.TrueForAll(s => SectorOf(s) == "CRM"))
            code = "CRIME";
        // "Gunmen stole a truck carrying cobalt ..., setting off an alert in Mexico": armed men who steal are criminals of the country
        // the sentence names.
        if (!PetrarchConventions && code == "CRIME" && sources.Count == 0 && isVerb && SharedSubject(tree, i) is var thief and >= 0
            && actors.UnplacedAgentAt(thief) is { Sector: "REB" or "CRM" } armed && actors.PlaceAsCriminal(armed) is { } criminal)
            sources.Add(criminal);
        // "Israel called up reservists": the forces one mobilizes are one's own, not a side it acts on; so are the troops a
        // government agrees, offers or promises to send or pull out ("Washington agreed to pull all US troops out").
        // ("Declared a truce, ordering Russian forces to halt": nor are the forces told to stop firing whom a truce is offered to.)
        bool ownForces = !PetrarchConventions && (code.StartsWith("15", StringComparison.Ordinal) || code == "074" || code.StartsWith("087", StringComparison.Ordinal)
            || (code.Length >= 2 && code[..2] is "03" or "13" && targets.Count > 0 && targets.TrueForAll(t => t.Code is { Length: > 3 } c && c[3..].StartsWith("MIL", StringComparison.Ordinal))));
        if (ownForces) targets.RemoveAll(t => IsOwn(t, sources));
        // "Poland handed tanks to Ukraine, Defence Minister Blaszczak said": help goes to another side; the source's own people
        // beside the recipient are its spokesmen.
        if (!PetrarchConventions && code.StartsWith("07", StringComparison.Ordinal) && targets.Exists(t => !IsOwn(t, sources))) targets.RemoveAll(t => IsOwn(t, sources));
        // "Soldiers were deployed by South Africa's army to help the police": forces sent to help one's own are mobilized, not aid.
        else if (!PetrarchConventions && code == "072" && block.Headword == "MOBILIZE" && block.Code is { } mobilize)
        {
            code = mobilize;
            targets.RemoveAll(t => IsOwn(t, sources));
        }
        if (!PetrarchConventions && targets.Count == 0 && sources.Count > 0)
        {
            ClauseTarget(tree, actors, light >= 0 ? light : i, code, sources, targets);
            // Checked like any other target: a side never acts on itself ("its envoy held talks with Georgian officials").
            RemoveOverlap(sources, targets);
        }
        if (!PetrarchConventions && targets.Count == 0 && sources.Count > 0) DeepTarget(tree, actors, light >= 0 ? light : i, code, sources, targets);
        // "Pyongyang agreed to send athletes ..., after the first high-level talks with Seoul", "promised to free everyone jailed ...
        // under a deal reached at talks with the opposition": what one side agrees to or yields after talks is agreed with the other.
        if (!PetrarchConventions && targets.Count == 0 && sources.Count > 0 && code.Length >= 2 && code[..2] is "03" or "08")
            targets.AddRange(TalksPartner(tree, actors, sources));
        // "Were freed on Monday, after a court in Kraljevo ordered their release": who ordered a release without a doer did it.
        if (!PetrarchConventions && sources.Count == 0 && isVerb && code.StartsWith("084", StringComparison.Ordinal) && IsPassive(tree, i))
            sources.AddRange(ReleaseOrderedBy(tree, actors));
        if (!PetrarchConventions && targets.Count == 0 && sources.Count > 0 && !isNoun && code.StartsWith("173", StringComparison.Ordinal)
            && DetainedPerson(tree, actors, i, sources) is { } detained) targets.Add(detained);
        // "Emailed his resignation as president to the speaker from Singapore": a resignation is done to no one.
        if (!PetrarchConventions && code == "084" && (block.Headword == "RESIGN" || (match.WordToken >= 0 && tree.Lemma(match.WordToken) == "resignation")))
            targets.Clear();
        // "Resigned on Tuesday, bowing to opposition protesters who had occupied the parliament": a resignation that gives in to a
        // demand yields to those who made it (CAMEO 0831, a leadership change conceded).
        if (!PetrarchConventions && code == "084" && isVerb && block.Headword == "RESIGN" && YieldingClause(tree, i) is var yielding and >= 0)
        {
            code = "0831";
            targets.AddRange(YieldedTo(tree, actors, yielding).Where(t => !sources.Exists(s => s.Code == t.Code)));
        }
        if (ownForces) targets.RemoveAll(t => IsOwn(t, sources));
        // "Escaped from Mexico's Altiplano prison": the country of the prison is where, not whom.
        if (!PetrarchConventions && block.Headword == "ESCAPE" && code == "CRIME") targets.RemoveAll(t => t.Code is { Length: 3 });
        // "A delegation arrived in Managua to look into the killings": the country an inquiry comes to is where it works, not whom
        // it investigates.
        if (!PetrarchConventions && block.Headword == "ARRIVE" && code.StartsWith("09", StringComparison.Ordinal)) targets.RemoveAll(t => t.Code is { Length: 3 });
        // "Judges gave the prosecutor the go-ahead to open an inquiry": the one cleared to investigate is not the one investigated.
        if (!PetrarchConventions && block.Headword is "GIVE" or "CLEAR" or "AUTHORIZE" && code.StartsWith("09", StringComparison.Ordinal))
            targets.RemoveAll(t => IsOwn(t, sources));
        // "Opened a murder inquiry into the death of Yasser Arafat", "began investigating the killing of Oliver Ivanovic": the victim
        // of the crime looked into is not the one investigated.
        if (!PetrarchConventions && code.StartsWith("09", StringComparison.Ordinal))
            targets.RemoveAll(t => actors.TokensOf(t).First is var f && f >= 0 && IsVictimOf(tree, f));
        // "Sending three thousand soldiers to the Middle East": a region is where forces go, not a side they face.
        if (!PetrarchConventions && code.StartsWith("15", StringComparison.Ordinal)) targets.RemoveAll(SentenceActors.IsRegion);
        // "The first Russian peacekeepers flew into Armenia", "deployed soldiers to Mozambique at the request of its government":
        // forces sent to keep the peace or at the host's request do not face the country they go to.
        if (!PetrarchConventions && code.StartsWith("15", StringComparison.Ordinal) && targets.Count > 0 && IsFriendlyDeployment(tree, sources)) targets.Clear();
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
            foreach (var c in RecipientPhrases(tree, i))
                if (actors.ActorsOf(c) is { Count: > 0 } recipients && !recipients.Exists(sources.Contains))
                {
                    targets.Clear();
                    targets.AddRange(recipients);
                    break;
                }
        // "Northern Cyprus is recognized by Turkey alone": a standing state of affairs (the recognition ledger's business), not news.
        if (!PetrarchConventions && code == "054" && !isNoun && IsPassive(tree, i) && tree.Children(i).Any(c => tree.BaseRel(c) == "aux" && tree.Lower(c) is "is" or "are"))
            return null;
        // "About 1,500 Russian troops are still stationed in the region", "remain stationed": a standing presence, not a deployment.
        if (!PetrarchConventions && code.StartsWith("15", StringComparison.Ordinal) && !isNoun && IsStandingPresence(tree, i)) return null;
        // "Warned that food was running short" is an alarm, not a threat: a warning threatens only someone.
        if (!PetrarchConventions && code.StartsWith("13", StringComparison.Ordinal) && targets.Count == 0 && tree.Lemma(light >= 0 ? light : i) is "warn" or "caution") return null;
        // A visit or a hosting needs someone visited or hosted: "received seven million visitors" is tourism, not diplomacy.
        // So does a call: "activists calling themselves environmentalists" phoned no one.
        if (!PetrarchConventions && targets.Count == 0 && (code is "042" or "043" || (code == "041" && sources.Count < 2))) return null;
        return new Candidate(i, block, match, code, isNoun, sources, targets, light);
    }

    // A present-tense passive ("are stationed") or a participle under "remain" or "stay" tells where forces are, not that they moved.
    private static bool IsStandingPresence(DependencyTree tree, int v)
    {
        if (tree.Tokens[v].Xpos != "VBN") return false;
        if (tree.BaseRel(v) == "xcomp" && tree.Head(v) is var h and >= 0 && tree.Lemma(h) is "remain" or "stay") return true;
        foreach (var c in tree.Children(v))
            if (tree.Rel(c) == "aux:pass" && tree.Lower(c) is "is" or "are") return true;
        return false;
    }

    // True when the word hangs inside a modifier (nmod, acl, appos) of one of the verb's dependents rather than heading it.
    private static bool IsInsideModifier(DependencyTree tree, int v, int word)
    {
        for (int n = word, steps = 0; n >= 0 && n != v && steps < tree.Count; n = tree.Head(n), steps++)
            if (tree.BaseRel(n) is "nmod" or "acl" or "appos" && tree.Head(n) != v) return true;
        return false;
    }

    // The subject of a passive verb ("nsubj:pass"), or -1.
    private static int PassiveSubject(DependencyTree tree, int v)
    {
        foreach (var c in tree.Children(v))
            if (tree.Rel(c) is "nsubj:pass" or "nsubjpass") return c;
        // "Was boarded and inspected by ...": the second participle shares the first one's subject.
        if (tree.BaseRel(v) == "conj" && tree.Tokens[v].Xpos == "VBN" && tree.Head(v) is var first and >= 0)
            foreach (var c in tree.Children(first))
                if (tree.Rel(c) is "nsubj:pass" or "nsubjpass") return c;
        return -1;
    }

    // The "to" phrases of a verb, including one the parser hung on an apposition of its object ("extradited Manuel Chang, a
    // former finance minister, to the United States").
    private static IEnumerable<int> RecipientPhrases(DependencyTree tree, int v)
    {
        foreach (var c in tree.Children(v))
        {
            if (tree.BaseRel(c) == "obl" && CaseOf(tree, c) == "to") yield return c;
            if (tree.BaseRel(c) != "obj") continue;
            foreach (var appos in tree.Children(c))
                if (tree.BaseRel(appos) == "appos")
                    foreach (var p in tree.Children(appos))
                        if (tree.BaseRel(p) is "nmod" or "obl" && CaseOf(tree, p) == "to" && p > appos) yield return p;
        }
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

    private (VerbBlock? Block, string? FormCode) FindBlock(DependencyTree tree, int i, bool isNoun)
    {
        var lemma = tree.Lemma(i);
        // Phrasal verbs first: "pull out", "hold talks", "carry out".
        if (!isNoun)
        {
            foreach (var c in tree.Children(i))
            {
                // "Was set free": an adjective completing the verb makes a phrasal verb too.
                if (!(tree.RelIs(c, "compound") || tree.RelIs(c, "obj") || (!PetrarchConventions && tree.RelIs(c, "xcomp") && tree.Upos(c) == "ADJ")) || c < i) continue;
                if (_verbs.Find(lemma + "_" + tree.Lower(c)) is { } phrasal) return (phrasal, FormCode(phrasal, lemma + "_" + tree.Lower(c)));
                if (PetrarchConventions && _verbs.Find(tree.Lower(i) + "_" + tree.Lower(c)) is { } inflected) return (inflected, FormCode(inflected, lemma + "_" + tree.Lower(c)));
            }
            // "Set free two soldiers": an adjective right after the verb that the parser hung on the object.
            if (!PetrarchConventions && i + 1 < tree.Count && tree.Upos(i + 1) == "ADJ" && tree.Head(i + 1) != i
                && _verbs.Find(lemma + "_" + tree.Lower(i + 1)) is { } adjective) return (adjective, FormCode(adjective, lemma + "_" + tree.Lower(i + 1)));
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
        var subtree = tree.Subtree(i, c => tree.Head(c) == i && (tree.BaseRel(c) is "conj" or "parataxis" or "punct" or "cc" || (tree.BaseRel(c) == "advcl" && !IsComplementClause(tree, c) && !(ownPhrase && (IsCargoOrHelp(tree, c) || IsOrderedPurpose(tree, i, c))))
            || (tree.BaseRel(c) is "nsubj" or "csubj" && c > i) || (ownPhrase && tree.BaseRel(c) is "obl" or "nmod" or "advmod" && IsTimeOnly(tree, c) && !IsTimeLimit(tree, c)))
            // Nor, outside PETRARCH's conventions, a clause modifying a noun inside it: "set up a mission to look into ... protests"
            // sets up no protest.
            // ("Aircraft carrying rescue teams landed in Adana": what a subject carries is its own, and patterns read it.)
            // (Nor "sent five trucks carrying food": what is carried is sent.)
            // (An order's object does what it is told: "ordered Ethiopia's ambassador to leave" reads the infinitive.)
            || (ownPhrase && tree.Head(c) != i && tree.BaseRel(c) == "acl" && !(tree.Lemma(c) is "carry" or "load") && !IsOrderedInfinitive(tree, i, c))
            // Nor a phrase that only dates or explains it: "freed the servicemen a week after a joint statement" releases no statement.
            || (ownPhrase && tree.BaseRel(c) is "obl" or "nmod" && tree.Child(c, "case") is var framing and >= 0 && framing < c && FramingCases.Contains(tree.Lemma(framing)) && !IsTimeLimit(tree, c)));
        var before = new List<int>();
        var after = new List<int>();
        foreach (var t in subtree)
        {
            if (t < i) before.Add(t);
            else if (t > i) after.Add(t);
        }
        return (before, after);
    }

    // "Ordered the residents of northern Gaza on Friday to move south": the parser may read what the object is told to do as a
    // purpose of the order; it is still the order's content.
    private static bool IsOrderedPurpose(DependencyTree tree, int verb, int clause) =>
        tree.Lemma(verb) is "order" or "instruct" or "direct" or "tell" && tree.Child(verb, "obj") is var o and >= 0 && o < clause
        // (Forces ordered somewhere "to restore order" go there for that purpose: only people told to act are meant.)
        && tree.Lemma(o) is "resident" or "civilian" or "inhabitant" or "population" or "people" or "citizen" or "villager" or "diplomat" or "ambassador" or "staff" or "journalist"
        && tree.Child(clause, "nsubj") < 0 && tree.Child(clause, "mark") is var to and >= 0 && tree.Lower(to) == "to";

    private static bool IsOrderedInfinitive(DependencyTree tree, int verb, int clause) =>
        tree.Lemma(verb) is "order" or "instruct" or "direct" && tree.Head(clause) is var noun and >= 0 && tree.Head(noun) == verb && tree.BaseRel(noun) == "obj"
        && tree.Child(clause, "mark") is var to and >= 0 && tree.Lower(to) == "to";

    // "Planes landed in Kathmandu carrying rescue teams", "officers landed in Port-au-Prince to help Haiti's police", "a delegation
    // arrived in Managua to look into the killings": what a mover carries, and the help or inquiry it comes for, belong to its phrase.
    private static bool IsCargoOrHelp(DependencyTree tree, int clause) =>
        (tree.Lemma(clause) is "carry" or "load" && tree.Tokens[clause].Xpos is "VBG" or "VBN")
        || (tree.Lemma(clause) is "help" or "assist" or "investigate" or "look" && tree.Child(clause, "mark") is var to and >= 0 && tree.Lower(to) == "to");

    // "Thousands of protesters tried to force their way into parliament": a verb that shares its governor's subject is matched
    // with that subject before it, as if it had its own ("protesters forced their way").
    private static List<int> WithInheritedSubject(DependencyTree tree, int v, List<int> before)
    {
        if (tree.BaseRel(v) is not ("xcomp" or "conj") || tree.Child(v, "nsubj") >= 0 || tree.Head(v) is not (var governor and >= 0)
            || tree.Upos(governor) != "VERB" || tree.Child(governor, "nsubj") is not (var subject and >= 0) || subject > v) return before;
        var merged = new List<int>(tree.Subtree(subject, c => tree.BaseRel(c) is "acl" or "punct" or "appos"));
        merged.AddRange(before.Where(t => !merged.Contains(t)));
        merged.Sort();
        return merged;
    }

    private static readonly HashSet<string> FramingCases = new(StringComparer.Ordinal) { "after", "before", "since", "until", "despite", "amid", "following", "during", "because" };

    // A temporal modifier and nothing else: a misparse may hang a whole subject on a fronted time ("At 7:15 am, the Forces").
    private static bool IsTimeOnly(DependencyTree tree, int c) =>
        tree.IsTime(c) && tree.Subtree(c).TrueForAll(t => tree.IsTime(t) || tree.BaseRel(t) is "case" or "det" or "punct" or "advmod" or "nummod");

    // "Gave the junta one week to reinstate the president": a span of time followed by what must be done in it is a deadline, part
    // of the deed, not its date.
    private static bool IsTimeLimit(DependencyTree tree, int c)
    {
        int next = tree.Subtree(c).Max() + 1;
        // "Gave Israel until six in the evening on Monday to pull ...": further times between the limit and its "to" belong to it.
        int head = tree.Head(c);
        for (bool skipped = true; skipped && next < tree.Count;)
        {
            skipped = false;
            foreach (var s in tree.Children(head))
                if (s > c && s != next && tree.BaseRel(s) is "obl" or "nmod" && IsTimeOnly(tree, s) && tree.Subtree(s) is var more && more.Min() == next)
                {
                    next = more.Max() + 1;
                    skipped = true;
                    break;
                }
        }
        return next + 1 < tree.Count && tree.Lower(next) == "to" && tree.Upos(next + 1) == "VERB";
    }

    // "Charged on Tuesday that Baku ...": a that-clause the parser took for an adverbial is the verb's complement.
    // So is "summoned her for questioning", which the parser may read as an adverbial clause.
    private static bool IsComplementClause(DependencyTree tree, int clause) => tree.Child(clause, "mark") is var mark and >= 0 && tree.Lower(mark) is "that" or "for";

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
        // "Serbia will never recognise Kosovo's independence", "said it did not recognise the court's jurisdiction": refusing
        // recognition now or from now on rejects it (PLOVER's REJECT); "has never recognised" and "no member recognises it" only
        // describe a standing state. Refusing to accept a formula or a demand ("would never accept 'one country, two systems'") is
        // a rejection too; a past refusal in a relative clause ("supporters who never accepted his defeat") is background.
        if (!PetrarchConventions && negated && (code == "054" || (c.Block.Headword == "ACCEPT" && tree.Tokens[c.Token].Xpos != "VBD" && tree.Rel(c.Token) != "acl:relcl")) && !c.IsNoun && !IsPerfect(tree, c.Token)
            && tree.Children(c.Token).Any(x => tree.Lower(x) is "not" or "never" or "n't" or "nor")) { code = "120"; negated = false; }
        // "Berlin will send another air defence system", "said it would contribute officers": help or cooperation still to come is
        // a promise of it (PLOVER's AGREE).
        if (!PetrarchConventions && !negated && code.Length >= 2 && code[..2] is "06" or "07" && IsFuture(tree, c.LightVerb >= 0 ? c.LightVerb : c.Token))
        {
            code = code[..2] == "07" ? "033" : "031";
            modality = "intended";
        }
        // "Resumed reunification talks at Crans-Montana": talks taken up again in the past were held, not only intended ("ready to
        // resume talks" stays an intention).
        if (!PetrarchConventions && !negated && code == "036" && !c.IsNoun && tree.Tokens[c.Token].Xpos == "VBD"
            && c.Block.Headword == "RESUME") code = "046";
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
        // "A Gulf force sent at Manama's request", "paratroopers landing in Kazakhstan at the request of President Tokayev": troops
        // deployed at a government's request protect it (military aid, CAMEO 074); the government asking is the target.
        if (!PetrarchConventions && code == "154" && Requester(tree, actors, c.LightVerb >= 0 ? c.LightVerb : c.Token) is { Count: > 0 } requester)
        {
            code = "074";
            targets = requester;
        }
        // "Trump, Trudeau and Pena Nieto signed the agreement": three or more signers each sign it, none signs with the others.
        bool everySigner = sources.Count >= 3 && code.StartsWith("057", StringComparison.Ordinal);
        // "Israel and Hamas agreed on the first phase of Trump's plan", "met over a dinner hosted by Guterres", "drills in the Gulf of
        // Oman": when two or more sides do a mutual deed together, a plan's author, a host or a place found in a circumstance is no
        // party to it; the sides are each other's. A party named as object or by "with" or "to" stays ("Russia and China held talks with Iran").
        if (!PetrarchConventions && targets.Count > 0 && !everySigner && Array.Exists(MutualRoots, r => code.StartsWith(r, StringComparison.Ordinal))
            && sources.Select(s => s.Polity).Where(p => p is not null).Distinct().Count() >= 2
            && targets.TrueForAll(t => !IsNamedParty(tree, actors, t, c.LightVerb >= 0 ? c.LightVerb : c.Token)))
            targets = [];
        // "Ethiopia and Eritrea reopened two crossings on their border": two sides easing the same restriction together cooperate.
        // "Russian and Belarusian troops launched the Zapad exercises": a show of force put on by two states' forces together is
        // military cooperation between them.
        if (!PetrarchConventions && targets.Count == 0 && sources.Select(s => s.Polity).Where(p => p is not null).Distinct().Count() >= 2)
            code = code == "081" ? "060" : code == "150" ? "062" : code;
        if (targets.Count == 0 && sources.Count >= 2 && !everySigner && (c.Match.Compound || Array.Exists(MutualRoots, r => code.StartsWith(r, StringComparison.Ordinal))))
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
            // "Isa Mustafa and Aleksandar Vucic, the prime ministers of Kosovo and Serbia, agreed": an apposition names the same
            // sides again; each other side is one target, and the first side is not its own.
            var first = ordered[0];
            targets = ordered.Skip(1).Where(t => t.Code is null || t.Code != first.Code).DistinctBy(t => t.Code ?? t.Text).ToList();
            sources = [first];
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
            // "At the request of President Barrow", "at Manama's invitation": who asked, not where.
            if (BehestNouns.Contains(tree.Lemma(c))) continue;
            bool named = tree.Upos(c) == "PROPN" || actors.At(c) is not null;
            // ("in the town of Zvecan" is named by its "of"; "in humanitarian assistance for Armenians fleeing Karabakh" is no place.)
            if (!named) foreach (var m in tree.Children(c)) if (tree.Upos(m) == "PROPN" && (tree.BaseRel(m) is "compound" or "amod" || (tree.BaseRel(m) == "nmod" && CaseOf(tree, m) is "of" or ""))) named = true;
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
