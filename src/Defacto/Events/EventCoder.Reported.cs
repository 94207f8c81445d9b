using Defacto.Model;
using Defacto.Time;

namespace Defacto.Events;

// Events read from what is said: obligations, blame and vows of force.
public sealed partial class EventCoder
{
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

    private static readonly HashSet<string> ThreatSpeech = new(StringComparer.Ordinal) { "warned", "warns", "said", "says", "told", "tells" };

    // Words of harm that make a conditional promise a threat when it is only "said" or "told" (a warning needs none).
    private static readonly HashSet<string> HarmWords = new(StringComparer.Ordinal)
    {
        "retaliate", "retaliation", "fire", "fury", "war", "force", "strike", "strikes", "destroy", "punish", "punishment", "consequences",
        "price", "annihilate", "crush", "wipe", "judgment", "doomsday", "nuclear", "missiles", "sanctions", "blockade", "tariff", "tariffs",
        "execute", "hunt",
    };

    // "North Korea will be met with fire and fury if it keeps threatening the United States, Trump told reporters", "Any Ukrainian
    // attack on Crimea would bring Judgment Day ..., Medvedev warned", "Trump said he would impose a tariff ... until the two
    // countries stopped ...": a conditional promise of harm, told in a closing speech tag or as what the speaker said, is a threat
    // (CAMEO 13) by the speaker against the side the condition names; the deeds inside it are not coded.
    private (Candidate Threat, int ContentStart, int ContentEnd)? ConditionalThreat(DependencyTree tree, SentenceActors actors, List<Candidate> candidates)
    {
        if (_verbs.Find("threaten") is not { } threaten) return null;
        for (int s = 1; s < tree.Count; s++)
        {
            if (!ThreatSpeech.Contains(tree.Lower(s)) || tree.Child(s, "nsubj") is not (var speaker and >= 0) || speaker > s) continue;
            if (SpokenPromise(tree, actors, s, speaker) is not var (start, end, speakers)) continue;
            bool warned = tree.Lower(s).StartsWith("warn", StringComparison.Ordinal);
            if (!IsConditionalHarm(tree, candidates, start, end, warned)) continue;
            if (ThreatenedSide(tree, actors, start, end, speakers) is not { } told) continue;
            return (new Candidate(s, threaten, new PatternMatch(null, "130", 0, -1, -1, false), "130", false, speakers, told, -1), start, end);
        }
        return null;
    }

    // "The Houthis warned that they would attack any ship bound for Israel", "Erdogan said Ankara would launch a ground operation
    // against Kurdish militants": force or repression a speaker announces for its own side, in a warning or in the hedged "would" /
    // "could" of reported speech, is a threat (CAMEO 137, 138) by the speaker against the deed's target; the deed has not happened.
    private (Candidate Threat, int ContentStart, int ContentEnd)? ForceFromOwnSide(DependencyTree tree, SentenceActors actors, List<Candidate> candidates)
    {
        if (_verbs.Find("threaten") is not { } threaten) return null;
        foreach (var c in candidates)
        {
            int verb = c.IsNoun ? c.LightVerb : c.Token;
            // (Sanctions a state says it would impose are told as sanctions; "would not attack" threatens nothing.)
            if (verb < 0 || c.Code.Length < 2 || c.Code[..2] is not ("17" or "18" or "19" or "20")
                || tree.Children(verb).Any(x => tree.Lower(x) is "not" or "n't" or "never")) continue;
            var modal = tree.Children(verb).Where(x => tree.BaseRel(x) == "aux").Select(tree.Lower).FirstOrDefault(w => w is "will" or "would" or "could" or "'ll");
            if (modal is null || tree.BaseRel(verb) != "ccomp" || tree.Head(verb) is not (var s and >= 0)
                || !(ClauseReader.IsSaying(tree, s) || tree.Lemma(s) is "warn" or "threaten" or "vow")) continue;
            if (tree.Child(s, "nsubj") is not (var speaker and >= 0) || SubjectActors(tree, actors, speaker) is not { Count: > 0 } speakers) continue;
            bool warned = tree.Lemma(s) is "warn" or "threaten" or "vow";
            if (!warned && modal is "will" or "'ll") continue;
            // The deed is the speaker's own side's: its doers share the speaker's polity, or a pronoun stands for the speaker.
            bool own = c.Sources.Count == 0 ? tree.Child(verb, "nsubj") is var doer and >= 0 && tree.Upos(doer) == "PRON"
                : c.Sources.TrueForAll(d => speakers.Exists(x => x.Polity == d.Polity));
            if (!own) continue;
            string threat = c.Code[..2] == "17" ? "137" : "138";
            var content = tree.Subtree(verb);
            var (start, end) = (content.Min(), content.Max() + 1);
            // "... would close the Strait of Hormuz if the United States and the EU went ahead with sanctions": the side whose deed
            // the condition names is the one threatened.
            bool conditional = Enumerable.Range(start, end - start).Any(t => tree.Lower(t) is "if" or "unless" && tree.BaseRel(t) == "mark");
            var targets = conditional || c.Targets.Count == 0 ? ThreatenedSide(tree, actors, start, end, speakers) ?? c.Targets : c.Targets;
            return (new Candidate(s, threaten, new PatternMatch(null, threat, 0, -1, -1, false), threat, false, speakers, targets, -1), start, end);
        }
        return null;
    }

    // What the speaker of saying verb s says, and who the speaker is: the content before a closing speech tag ("..., Trump told
    // reporters"), or the complement after "said" ("Trump said that he would impose ..."; a warning codes itself there).
    private static (int Start, int End, List<Mention> Speakers)? SpokenPromise(DependencyTree tree, SentenceActors actors, int s, int speaker)
    {
        var speakers = SubjectActors(tree, actors, speaker);
        int start, end;
        int first = tree.Subtree(speaker).Where(t => tree.Upos(t) != "PUNCT").Min();
        int comma = first - 1;
        while (comma > 0 && tree.Tokens[comma].Text != ",") comma--;
        if (comma >= 3 && comma >= first - 4)
        {
            (start, end) = (0, comma);
            // "Spain, France, Germany and Britain will recognise ... unless ..., the four governments said": a speaker that only
            // counts the promise's own subjects is they.
            // So is an official the knowledge base does not know ("Iran will close the Strait ..., First Vice-President X warned").
            if (speakers.Count == 0 && tree.Upos(speaker) is "NOUN" or "PROPN"
                && tree.Head(s) is var content and >= 0 && content < s && tree.Child(content, "nsubj") is var promiser and >= 0)
                speakers = SubjectActors(tree, actors, promiser);
        }
        else if (!tree.Lower(s).StartsWith("warn", StringComparison.Ordinal) && tree.Children(s).LastOrDefault(c => tree.BaseRel(c) == "ccomp", -1) is var said && said > s)
            (start, end) = (s + 1, tree.Subtree(said).Max() + 1);
        else return null;
        return speakers.Count == 0 ? null : (start, end, speakers);
    }

    // A promise ("will", "would") under a condition ("if", "unless", "until", "every time", a leading "any") of something harmful: a
    // word of harm, a warning, an "unless" (a deed promised unless the other side yields is coercion), or a sanction, coercion or
    // attack promised inside it ("would suspend imports until ...").
    private static bool IsConditionalHarm(DependencyTree tree, List<Candidate> candidates, int start, int end, bool warned)
    {
        bool modal = false, condition = false, harm = warned;
        for (int t = start; t < end; t++)
        {
            var w = tree.Lower(t);
            if (w is "will" or "would" or "'ll") modal = true;
            else if (w is "if" or "unless" or "until" or "whenever" || (w == "any" && t < start + 3) || (w == "time" && t > 0 && tree.Lower(t - 1) == "every"))
                condition = true;
            if (w == "unless" || HarmWords.Contains(w) || HarmWords.Contains(tree.Lemma(t))) harm = true;
        }
        if (!harm && candidates.Exists(c => c.Token >= start && c.Token < end && c.Code.Length >= 2 && c.Code[..2] is "16" or "17" or "18" or "19" or "20"
                && tree.Children(c.Token).Any(x => tree.BaseRel(x) == "aux" && tree.Lower(x) is "will" or "would" or "'ll")))
            harm = true;
        return modal && condition && harm;
    }

    // The side whose deed the condition names ("unless Nicolas Maduro calls a fresh election"), else the first other side the
    // promise names, with the whole list it belongs to ("unless Britain, France, Germany, China and Russia protect ...").
    private static List<Mention>? ThreatenedSide(DependencyTree tree, SentenceActors actors, int start, int end, List<Mention> speakers)
    {
        List<Mention>? told = null;
        for (int t = start; t < end && told is null; t++)
            if (tree.Lower(t) is "if" or "unless" or "until" && tree.BaseRel(t) == "mark" && tree.Child(tree.Head(t), "nsubj") is var other and >= 0
                && SubjectActors(tree, actors, other) is { Count: > 0 } sides && !sides.Exists(m => speakers.Exists(x => x.Polity == m.Polity)))
                told = sides;
        for (int t = start; t < end && told is null; t++)
            if (actors.At(t) is { Code: not null } m && !speakers.Exists(x => x.Polity == m.Polity)) told = [m];
        if (told is { Count: 1 } && told[0].Group is { } group)
            told = [.. actors.Mentions.Where(m => m.Group == group && m.Code is not null && !speakers.Exists(x => x.Polity == m.Polity))];
        return told;
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
}
