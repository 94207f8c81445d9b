using Defacto.Model;
using Defacto.Time;

namespace Defacto.Events;

// Who acts and who is acted on: the doer and the target of a predicate from its dependents, pronouns and coordination.
public sealed partial class EventCoder
{
    // Prepositions that introduce a target in an oblique ("met with", "fired on", "appealed to").
    private static readonly HashSet<string> TargetPrepositions = new(StringComparer.Ordinal)
    {
        "with", "to", "against", "on", "toward", "towards", "into", "at", "from", "upon", "over", "for", "of", "between", "onto", "around",
    };

    private static bool IsPassive(DependencyTree tree, int v)
    {
        foreach (var c in tree.Children(v))
            if (tree.Rel(c) is "nsubj:pass" or "nsubjpass" or "aux:pass" or "auxpass") return true;
        if (tree.Tokens[v].Xpos != "VBN") return false;
        if (tree.BaseRel(v) is "acl" or "amod" && !IsMisparsedClause(tree, v)) return true;
        // "Was boarded and inspected by coast guard officers", "supported by household spending": a participle joined to a passive,
        // or one with a "by" agent of its own, is passive too.
        if (tree.Child(v, "nsubj") < 0)
            foreach (var c in tree.Children(v))
                if (tree.Rel(c) == "obl:agent") return true;
        return tree.BaseRel(v) == "conj" && tree.Head(v) is var first and >= 0 && first != v && tree.Tokens[first].Xpos == "VBN"
            && tree.Children(first).Any(c => tree.Rel(c) is "nsubj:pass" or "aux:pass");
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
            // "Russian troops completed their withdrawal ..., the ministry said": or the reported clause headed by that noun.
            bool secondSubject = tree.BaseRel(head) == "nsubj" && tree.Children(say).Any(c => c > v && tree.BaseRel(c) == "nsubj");
            bool reportedNoun = tree.BaseRel(head) == "ccomp" && tree.Child(head, "nsubj") < 0 && tree.Tokens[v].Xpos is "VBD" or "VBN" && tree.Child(v, "obj") >= 0;
            if (!(ClauseReader.IsSaying(tree, say) && say > v && (secondSubject || reportedNoun)))
                return false;
        }
        if (tree.Tokens[v].Xpos is "VBD" or "VBZ" or "VBP") return true;
        return tree.Child(v, "obj") >= 0 || tree.Child(v, "obl") >= 0;
    }

    private static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal) { "minute", "hour", "day", "week", "month", "year", "moment" };

    private void VerbRoles(DependencyTree tree, SentenceActors actors, int v, List<Mention> sources, List<Mention> targets)
    {
        // A participle with a "by" agent is passive even without an auxiliary ("..., supported by household spending").
        bool passive = tree.Tokens[v].Xpos == "VBN" && tree.Children(v).Any(c => tree.Rel(c) == "obl:agent") && tree.Child(v, "nsubj") < 0;
        int subject = -1, passiveSubject = -1, agent = -1, obj = -1, iobj = -1;
        var obliques = new List<int>();
        foreach (var c in tree.Children(v))
        {
            var rel = tree.Rel(c);
            // Of two passive subjects the parser split ("vessels and their crew were seized"), the one naming an actor.
            if (rel == "nsubj:pass" || rel == "nsubjpass")
            {
                passive = true;
                if (passiveSubject < 0 || actors.ActorsOf(c).Count > 0 || actors.ActorsOf(passiveSubject).Count == 0) passiveSubject = c;
            }
            // "Hours after the ceasefire, hundreds of protesters stormed ...": a fronted time misread as a subject is not the doer.
            // A parse that gave the verb two subjects ("The first rotation of ... Marines arrived") keeps the one naming an actor.
            else if (rel.StartsWith("nsubj", StringComparison.Ordinal) && (subject < 0 || (actors.ActorsOf(subject).Count == 0 && actors.ActorsOf(c).Count > 0))
                     && !TimeUnits.Contains(tree.Lemma(c))) subject = c;
            else if (rel.StartsWith("aux:pass", StringComparison.Ordinal)) passive = true;
            // The first "by" phrase naming someone: "ratified by the Greek parliament on Friday by 153 votes to 146".
            else if ((rel == "obl:agent" && (agent < 0 || actors.ActorsOf(agent).Count == 0)) || (rel.StartsWith("obl", StringComparison.Ordinal) && CaseOf(tree, c) == "by" && agent < 0 && (passive || IsPassive(tree, v)))) agent = c;
            else if (rel == "obl:agent") continue;
            else if ((rel == "obj" || rel == "dobj") && obj < 0) obj = c;
            else if (rel == "iobj" && iobj < 0) iobj = c;
            // "On the South Lawn of the White House": "on", "at" and "around" name a target only when their own noun is the actor
            // ("sanctions on Russia", "fired at protesters", "drills around Taiwan"), not a place that merely belongs to one.
            else if ((rel == "obl" || rel == "nmod") && TargetPrepositions.Contains(CaseOf(tree, c)) && actors.ActorsOf(c, false).Count > 0
                     && (CaseOf(tree, c) is not ("on" or "at" or "around") || actors.At(c) is not null || PetrarchConventions)) obliques.Add(c);
        }

        // "Were handed back to Kyiv by Moscow", "was put off for a month by Pristina": the parser may hang the "by" phrase on the
        // oblique before it; naming someone, it is still the passive's doer.
        if (passive && agent < 0 && !PetrarchConventions) agent = StrandedAgent(tree, actors, v);
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
            // "Officers who had been held in Serbia ... were released on Monday by a court": a coordinated passive with a doer of its
            // own acts on the subject it shares.
            else if (passive && agent >= 0 && sources.Count > 0 && tree.BaseRel(v) == "conj" && !PetrarchConventions)
                targets.AddRange(InheritedSubject(tree, actors, v).FindAll(m => !sources.Contains(m)));
            foreach (var slot in new[] { obj, iobj })
            {
                if (targets.Count > 0 || slot < 0) continue;
                // "Dismissed the Middle East plan unveiled by Donald Trump": whose plan it is, not what it is about.
                if (!PetrarchConventions && AuthorOf(tree, actors, slot) is { Count: > 0 } author) { targets.AddRange(author); continue; }
                targets.AddRange(actors.ActorsOf(slot));
                if (targets.Count == 0 && !PetrarchConventions) targets.AddRange(DescribedName(tree, actors, slot));
            }
            // The first oblique naming someone other than the doer ("on Wednesday, Russia's envoy, ... met with Bayramov").
            foreach (var slot in obliques)
            {
                if (targets.Count > 0) break;
                var named = actors.ActorsOf(slot);
                if (!named.TrueForAll(m => sources.Exists(s => s.Code == m.Code))) targets.AddRange(named);
            }
            // "Rallied against austerity measures dictated by Ankara": a deed against something is against its author.
            if (targets.Count == 0 && !PetrarchConventions)
                foreach (var c in tree.Children(v))
                    if (tree.BaseRel(c) == "obl" && CaseOf(tree, c) == "against" && actors.At(c) is null && AuthorOf(tree, actors, c) is { Count: > 0 } author
                        && !author.Exists(sources.Contains)) { targets.AddRange(author); break; }
            if (targets.Count == 0) targets.AddRange(ComplementTarget(tree, actors, v, sources));
        }
        RemoveOverlap(sources, targets);
    }

    // "Seized the Sirius Star, a Saudi supertanker carrying ...": an unknown name is what the description set off after it names,
    // wherever the parser hung the description.
    private static List<Mention> DescribedName(DependencyTree tree, SentenceActors actors, int name)
    {
        if (tree.Upos(name) != "PROPN") return [];
        int last = name;
        while (last + 1 < tree.Count && tree.Head(last + 1) == name && tree.BaseRel(last + 1) is "flat" or "compound") last++;
        if (last + 3 >= tree.Count || tree.Tokens[last + 1].Text != "," || tree.Lower(last + 2) is not ("a" or "an")) return [];
        for (int t = last + 3; t < tree.Count && t <= last + 5; t++)
            if (actors.At(t) is not null) return actors.ActorsOf(t);
            else if (tree.Upos(t) is not ("ADJ" or "NOUN" or "PROPN" or "PUNCT")) break;
        return [];
    }

    // A "by" phrase naming someone that the parser hung inside an oblique of the verb ("handed back to Kyiv by Moscow"), or -1.
    private static int StrandedAgent(DependencyTree tree, SentenceActors actors, int v)
    {
        foreach (var c in tree.Children(v))
        {
            if (tree.BaseRel(c) is not ("obl" or "advmod")) continue;
            foreach (var g in tree.Children(c))
            {
                if (tree.BaseRel(g) is "nmod" or "obl" && CaseOf(tree, g) == "by" && actors.ActorsOf(g).Count > 0) return g;
                foreach (var h in tree.Children(g))
                    if (tree.BaseRel(g) is "obl" or "nmod" && tree.BaseRel(h) == "nmod" && CaseOf(tree, h) == "by" && actors.ActorsOf(h).Count > 0) return h;
            }
        }
        return -1;
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
        // "Talks between Modi and Xi were held on Wednesday": or the parties of the passive subject's mutual deed.
        foreach (var c in tree.Children(v))
            if (tree.Rel(c) is "nsubj:pass" or "nsubjpass")
                foreach (var d in tree.Children(c))
                    if (tree.BaseRel(d) == "nmod" && CaseOf(tree, d) == "between" && actors.ActorsOf(d) is { Count: >= 2 } parties) return parties;
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
        // "The ICC prosecutor said her office had opened an investigation": the speaker's own office is the speaker.
        if (tree.Lemma(subject) is "office" && tree.Child(subject, "nmod:poss") is var holder and >= 0 && tree.Lower(holder) is "his" or "her" or "its" or "their"
            && ClauseReader.ReportingVerb(tree, tree.Head(subject)) is var says and >= 0 && tree.Child(says, "nsubj") is var sayer and >= 0 && sayer != subject
            && actors.ActorsOf(sayer) is { Count: > 0 } own) return own;
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
        // "Kim stepped over the kerb that marks the border to meet Moon": the one who came meets, wherever the purpose hangs.
        if (ArrivalForMeeting(tree, v) is var arrival and >= 0 && arrival != tree.Head(v))
            return tree.Child(arrival, "nsubj") is var mover and >= 0 ? SubjectActors(tree, actors, mover) : InheritedSubject(tree, actors, arrival);
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
            // "Russia sees no reason to hinder ...", "made a decision to withdraw": the noun's verb has the doer ("Nauru became the
            // fourth state to recognize Abkhazia" too).
            if (rel == "acl" && tree.BaseRel(head) is "obj" or "xcomp" && tree.Head(head) is var verb and >= 0 && tree.Child(verb, "nsubj") is var vs and >= 0)
                return SubjectActors(tree, actors, vs);
            if (rel is not ("conj" or "xcomp" or "advcl" or "ccomp")) break;
            // "Macron wrote that the future of Western Sahara lies with Morocco, calling Rabat's plan the only basis": a participle
            // after a reported clause is the reporter's.
            if (rel == "advcl" && tree.Tokens[n].Xpos == "VBG" && n > head && tree.BaseRel(head) == "ccomp" && tree.Head(head) is var reporter and >= 0
                && ClauseReader.IsSaying(tree, reporter) && tree.Child(reporter, "nsubj") is var rs and >= 0 && actors.ActorsOf(rs).Count > 0)
                return SubjectActors(tree, actors, rs);
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
        if (!PetrarchConventions)
        {
            // "India's high commissioner and five other Indian diplomats": a bare polity beside one of its own bodies is the same side.
            DropBareTwins(sources);
            DropBareTwins(targets);
        }
        // PETRARCH crosses a compound doer with a compound target and drops only the pairs of an actor with itself
        // ("ties between Arnor and Gondor may spur reconciliation between Calenardhon and Gondor").
        if (PetrarchConventions && sources.Count >= 2 && targets.Count >= 2) return;
        // A bare polity on the target side that the source belongs to ("smugglers from Transnistria") is where they act from, not whom.
        // Outside PETRARCH's conventions an actor code never acts on itself ("Senegal's government cut access across the country"),
        // unless both are people the knowledge base tells apart ("Biden endorsed Harris", "Putin dismissed Shoigu").
        targets.RemoveAll(t => sources.Any(s => ReferenceEquals(s, t)
            || (s.Code == t.Code && (s.KbId == t.KbId || (!PetrarchConventions && !TwoKnownPeople(s, t))))
            || (t.Code is { Length: 3 } && t.Kind != MentionKind.Person && s.Polity == t.Code)));
    }

    private static bool TwoKnownPeople(Mention a, Mention b) =>
        a.Kind == MentionKind.Person && b.Kind == MentionKind.Person && a.KbId is not null && b.KbId is not null && a.KbId != b.KbId;

    private static bool SameActor(Mention a, Mention b) => ReferenceEquals(a, b) || (a.Code == b.Code && a.KbId == b.KbId);

    private static void DropBareTwins(List<Mention> list)
    {
        if (list.Count < 2) return;
        list.RemoveAll(bare => bare.Code is { Length: 3 } code && bare.Kind != MentionKind.Person
            && list.Exists(other => !ReferenceEquals(other, bare) && other.Code is { Length: > 3 } full && full.StartsWith(code, StringComparison.Ordinal)
                && !Adversaries.Contains(full.Substring(3, 3))));
    }

    // "Colombia, ELN Rebels Agree to ...": rebels and insurgents beside their own state are its other side, not its body.
    private static readonly HashSet<string> Adversaries = new(StringComparer.Ordinal) { "REB", "INS", "SEP" };

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
}
