using Defacto.Model;
using Defacto.Time;

namespace Defacto.Events;

// What is not a deed of its own: background participles and nouns, clauses covered by their governor, reporting shells.
public sealed partial class EventCoder
{
    // Codes whose governor speaks for the deed in its complement: "accused X of killing" is an accusation, not a killing.
    private static readonly string[] GoverningRoots = ["02", "03", "09", "10", "11", "12", "13", "16"];

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
        // Not after a vote, a decision or an appointment: "voted to demand that Russia withdraw" demands by that vote, "appointed
        // Mueller as special counsel to investigate ..." opens the investigation (the parser reads both as a purpose); nor after
        // "became the first country": "France became the first country to recognise the council" recognises it.
        if (rel == "advcl" && tree.Child(v, "nsubj") < 0 && tree.Child(v, "mark") is var mark and >= 0 && tree.Lower(mark) == "to"
            && tree.Lemma(tree.Head(v)) is not ("vote" or "decide" or "resolve" or "appoint" or "become") && !IsMeetingOnArrival(tree, v)) return true;
        // "Sent doctors to Lombardy to help its hospitals fight the epidemic": a verb inside such a purpose is background too.
        for (int n = v, steps = 0; steps < 3 && tree.BaseRel(n) is "xcomp" or "ccomp" or "conj" && tree.Head(n) is var up and >= 0; steps++, n = up)
            if (tree.BaseRel(up) == "advcl" && tree.Upos(up) == "VERB" && tree.Child(up, "nsubj") < 0 && tree.Child(up, "mark") is var m and >= 0 && tree.Lower(m) == "to") return true;
        // "Under a deal struck in Sochi", "under a deal with Trump that put his tariffs on hold", "despite a truce brokered by
        // Qatar": a clause describing the noun of a circumstance tells how the circumstance came about, not the news.
        if (rel == "acl" && tree.Head(v) is var noun and >= 0 && tree.BaseRel(noun) is "obl" or "nmod" && CircumstanceCases.Contains(CaseOf(tree, noun))) return true;
        // "Met Myanmar's detained former leader": a bare participle right before the noun it describes, misread as a clause.
        if (rel == "xcomp" && tree.Tokens[v].Xpos == "VBN" && tree.Child(v, "aux") < 0 && tree.Child(v, "mark") < 0 && tree.Child(v, "obj") is var o and > 0 && o > v
            && Enumerable.Range(v + 1, o - v - 1).All(t => tree.Upos(t) is "ADJ" or "NOUN" or "PROPN" or "NUM"))
            return true;
        return false;
    }

    // "Stepped across the concrete line at Panmunjom to shake hands with Moon": one who has come to meet someone meets them, whatever
    // word of the crossing the parser hung the purpose on.
    private static bool IsMeetingOnArrival(DependencyTree tree, int v) => ArrivalForMeeting(tree, v) >= 0;

    // The crossing or arrival a purpose of meeting belongs to, or -1.
    private static int ArrivalForMeeting(DependencyTree tree, int v)
    {
        if (tree.Lemma(v) is not ("meet" or "shake" or "greet" or "embrace") || tree.Rel(v) is not ("advcl" or "acl")
            || tree.Child(v, "mark") is not (var to and >= 0) || tree.Lower(to) != "to") return -1;
        for (int up = tree.Head(v), steps = 0; up >= 0 && steps < 4; up = tree.Head(up), steps++)
            if (tree.Upos(up) == "VERB" && tree.Lemma(up) is "step" or "cross" or "walk" or "travel" or "fly" or "arrive" or "come" or "land")
                return tree.Tokens[up].Xpos is "VBD" or "VBG" or "VBN" ? up : -1;
        return -1;
    }

    // "Severed ties with Qatar ..., accusing it of backing terrorism", "overran the stronghold, ending a siege": a participle
    // after a coded deed tells the same doer's reason or result; without a target of its own it adds nothing to the news.
    // ("Hit the carrier ..., killing three of its crew" may hang the participle on a word inside the object's modifiers: a deed told
    // earlier in the sentence still carries it.)
    private static bool IsTrailingParticiple(DependencyTree tree, Candidate c, List<Candidate> all) =>
        !c.IsNoun && tree.BaseRel(c.Token) == "advcl" && tree.Tokens[c.Token].Xpos == "VBG" && tree.Child(c.Token, "nsubj") < 0
        && tree.Child(c.Token, "mark") < 0 && c.Token > tree.Head(c.Token) && tree.Head(c.Token) is var head and >= 0
        && all.Exists(g => g.Token == head || (!g.IsNoun && g.Token < c.Token));

    private static readonly HashSet<string> TimeMarks = new(StringComparer.Ordinal) { "after", "before", "since", "once", "until", "till", "as", "while" };

    // "Lifted martial law six hours after imposing it", "once lawmakers voted against the decree", "suspended the tariffs he had
    // imposed": a clause that dates the news by another deed, or a relative clause in the past perfect, tells what happened
    // before or after; the sentence's news is its main deed, so these are told only when nothing else is.
    private static bool IsEarlierOrLaterDeed(DependencyTree tree, Candidate c, List<Candidate> all)
    {
        if (c.IsNoun) return false;
        int v = c.Token;
        if (tree.Rel(v) == "acl:relcl")
        {
            bool had = false, participle = tree.Tokens[v].Xpos == "VBN";
            foreach (var x in tree.Children(v))
                if (tree.BaseRel(x) == "aux" && tree.Lemma(x) == "have" && tree.Lower(x) == "had") had = true;
            return had && participle;
        }
        if (tree.BaseRel(v) != "advcl" || tree.Child(v, "mark") is not (var mark and >= 0) || !TimeMarks.Contains(tree.Lower(mark))) return false;
        // Only when the clause it dates is itself a coded deed: "After talks in Sochi, Aliyev told reporters ..." keeps the talks.
        int head = tree.Head(v);
        if (head >= 0 && all.Exists(g => g.Token == head)) return true;
        // "Sentenced him to 25 years ... after convicting him": the parser may hang the clause on a noun of the coded clause.
        while (head >= 0 && tree.Upos(head) is "NOUN" or "PROPN" or "NUM") head = tree.Head(head);
        return head >= 0 && head != tree.Head(v) && all.Exists(g => g.Token == head && !g.IsNoun);
    }

    // "Convicting him of treason over speeches criticising the war": the deed a charge or sanction is over is its grounds, told by
    // the governing deed, not news of its own.
    private static bool IsGroundsOfDeed(DependencyTree tree, Candidate c, List<Candidate> all)
    {
        if (c.IsNoun || tree.BaseRel(c.Token) != "acl" || tree.Rel(c.Token) == "acl:relcl" || tree.Tokens[c.Token].Xpos != "VBG") return false;
        int noun = tree.Head(c.Token);
        if (noun < 0 || !(tree.BaseRel(noun) is "obl" or "nmod") || CaseOf(tree, noun) is not ("over" or "for")) return false;
        int governor = tree.Head(noun);
        // The governor may be uncoded for want of actors of its own ("convicting him"); any deed it tells still covers its grounds.
        return governor >= 0 && (all.Exists(g => g.Token == governor) || tree.Upos(governor) == "VERB");
    }

    // "Sent the law back to parliament instead of signing it", "rather than sign it", "without consulting Kyiv": a deed the clause
    // says was not done.
    private static bool IsForgoneDeed(DependencyTree tree, Candidate c)
    {
        if (c.IsNoun || tree.BaseRel(c.Token) is not ("advcl" or "xcomp" or "ccomp")) return false;
        foreach (var x in tree.Children(c.Token))
        {
            if (x > c.Token || tree.BaseRel(x) is not ("mark" or "advmod")) continue;
            if (tree.BaseRel(c.Token) == "advcl" && tree.Lower(x) is "instead" or "rather" or "without") return true;
            // "Barred Russian airlines from flying to Georgia", "prevented the convoy from entering": a deed kept from happening.
            if (tree.Lower(x) == "from" && tree.Head(c.Token) is var governor and >= 0 && PreventingVerbs.Contains(tree.Lemma(governor))) return true;
        }
        return false;
    }

    private static readonly HashSet<string> PreventingVerbs = new(StringComparer.Ordinal)
    {
        "bar", "ban", "prevent", "stop", "prohibit", "forbid", "block", "keep", "deter", "restrain", "dissuade", "discourage", "exclude", "preclude",
    };

    private static readonly HashSet<string> AgreementNouns = new(StringComparer.Ordinal)
    {
        "agreement", "accord", "treaty", "pact", "deal", "memorandum", "arrangement", "compact", "truce", "ceasefire", "armistice",
    };

    // "Signed a trade pact that will cut tariffs on hundreds of products", "a deal letting grain ships sail": what an agreement
    // provides is its content, told by the agreement itself, not a deed of its own.
    private static bool IsAgreementContent(DependencyTree tree, Candidate c)
    {
        if (c.IsNoun || tree.BaseRel(c.Token) != "acl" || tree.Head(c.Token) is not (var noun and >= 0)) return false;
        return AgreementNouns.Contains(tree.Lemma(noun));
    }

    private static readonly HashSet<string> DocumentNouns = new(StringComparer.Ordinal)
    {
        "decree", "resolution", "statement", "law", "bill", "order", "declaration", "document", "letter", "communique", "motion",
        "ruling", "verdict", "petition", "memorandum", "note", "message", "address", "proclamation", "edict", "ordinance", "guideline", "guidelines",
        "directive", "regulation", "regulations",
    };

    // A participle on the object of a verb whose noun is a document ("signed decrees recognizing", "adopted a resolution
    // condemning"): the document's content is the deed of whoever issued it.
    private static bool IsAuthoredDocument(DependencyTree tree, int participle)
    {
        int noun = tree.Head(participle);
        return noun >= 0 && tree.Tokens[participle].Xpos == "VBG" && DocumentNouns.Contains(tree.Lemma(noun)) && tree.BaseRel(noun) == "obj" && tree.Head(noun) >= 0;
    }

    // "Accused Georgia of killing": the killing is the accusation's content, not a deed to code on its own; and a coded light
    // verb ("signed an agreement") already tells its object noun's event.
    private static bool IsCoveredByGovernor(DependencyTree tree, Candidate c, List<Candidate> all)
    {
        if (c.IsNoun && tree.BaseRel(c.Token) is "obj" or "nsubj" && all.Exists(g => g.Token == tree.Head(c.Token))) return true;
        // "Will stop attacking American ships": the deed a truce stops is not done.
        if (!c.IsNoun && tree.BaseRel(c.Token) == "xcomp" && all.Exists(g => g.Token == tree.Head(c.Token) && g.Code == "0871")) return true;
        int n = c.Token;
        if (!c.IsNoun && ClauseReader.BareComplementBefore(tree, n) is var bare and >= 0) n = bare;
        // "Demanded an immediate ceasefire ... and the release of all hostages": a deed listed with others inside the governed
        // object is governed too, however the parser strung the list together.
        if (c.IsNoun && tree.BaseRel(n) is "conj" or "nmod")
        {
            int top = n;
            while (tree.Head(top) >= 0 && tree.BaseRel(top) is "conj" or "nmod" && tree.Upos(tree.Head(top)) is "NOUN" or "PROPN") top = tree.Head(top);
            int governor = tree.Head(top);
            if (top != n && governor >= 0 && tree.BaseRel(top) is "obj" or "nsubj"
                && all.Exists(g => g.Token == governor && !g.IsNoun && Array.Exists(GoverningRoots, r => g.Code.StartsWith(r, StringComparison.Ordinal))))
                return true;
            // "Threatened to execute a hostage for every Israeli strike": and so is one deep inside a governed clause's object.
            if (top != n && tree.BaseRel(top) is "obj" or "obl") n = top;
        }
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

    // "Ordered the withdrawal of all Ukrainian forces from Crimea", "ordered the deployment of troops": a leader's order to carry
    // out a deed is the deed, told by its noun, and the order itself is not a demand of someone else.
    private static bool IsOrderedDeed(DependencyTree tree, int noun) =>
        tree.BaseRel(noun) == "obj" && tree.Head(noun) is var head and >= 0 && tree.Lemma(head) == "order" && tree.Upos(head) == "VERB";

    private static bool IsOrderOfCodedDeed(DependencyTree tree, Candidate c, List<Candidate> all) =>
        !c.IsNoun && tree.Lemma(c.Token) == "order" && all.Exists(n => n.IsNoun && tree.Head(n.Token) == c.Token && IsOrderedDeed(tree, n.Token));

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
}
