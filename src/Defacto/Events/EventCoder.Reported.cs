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
