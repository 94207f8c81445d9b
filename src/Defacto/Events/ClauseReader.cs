namespace Defacto.Events;

/// <summary>Reads what a predicate's clause says about it: negation, modality, and the verb of saying that reports it.</summary>
public static class ClauseReader
{
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal) { "not", "n't", "never", "no", "neither", "nor", "without" };

    /// <summary>Verbs that report what someone says; an event in their complement is attributed to their subject.</summary>
    public static readonly HashSet<string> SayingVerbs = new(StringComparer.Ordinal)
    {
        "say", "tell", "state", "add", "stress", "note", "claim", "report", "announce", "declare", "argue", "confirm", "emphasize",
        "emphasise", "write", "allege", "assert", "maintain", "reiterate", "quote", "explain", "point", "underline",
        "remark", "comment", "believe", "think", "according",
    };

    private static readonly Dictionary<string, string> GovernorModality = new(StringComparer.Ordinal)
    {
        ["threaten"] = "threatened", ["warn"] = "threatened",
        ["plan"] = "planned", ["prepare"] = "planned", ["schedule"] = "planned", ["expect"] = "planned", ["set"] = "planned",
        ["intend"] = "intended", ["want"] = "intended", ["seek"] = "intended", ["aim"] = "intended", ["hope"] = "intended",
        ["try"] = "intended", ["attempt"] = "intended", ["wish"] = "intended", ["decide"] = "intended", ["agree"] = "intended",
        ["promise"] = "intended", ["pledge"] = "intended", ["vow"] = "intended", ["offer"] = "intended", ["ready"] = "intended",
        ["willing"] = "intended", ["propose"] = "intended",
        ["demand"] = "demanded", ["urge"] = "demanded", ["call"] = "demanded", ["ask"] = "demanded", ["appeal"] = "demanded",
        ["request"] = "demanded", ["press"] = "demanded", ["insist"] = "demanded",
        ["deny"] = "denied", ["refuse"] = "denied", ["reject"] = "denied",
    };

    private static readonly HashSet<string> Forecasting = new(StringComparer.Ordinal) { "believe", "think", "expect", "predict", "forecast", "doubt", "fear", "estimate" };

    // "Few analysts believe that Maduro will give up power", "the IMF expects Argentina's economy to shrink", "economists believe the
    // pound will keep falling until the government strikes a deal": a forecast of what others will do is no deed.
    private static bool IsForecastDeed(DependencyTree tree, int predicate)
    {
        int n = predicate;
        for (int steps = 0; steps < 4 && n >= 0; steps++)
        {
            int head = tree.Head(n);
            if (head < 0) return false;
            var r = tree.BaseRel(n);
            // A complement that tells the future ("will give up", "could fall"), or an infinitive whose subject is another's.
            if (r is "ccomp" or "xcomp" && Forecasting.Contains(tree.Lemma(head)))
                return tree.Children(n).Any(c => tree.BaseRel(c) == "aux" && tree.Lower(c) is "will" or "'ll" or "would" or "could" or "might" or "may" or "shall")
                    || (r == "xcomp" && tree.Child(head, "obj") >= 0);
            // "Expects Argentina's economy to shrink": the parser may hang the infinitive on the forecaster's object.
            if (r == "acl" && tree.Child(n, "mark") is var to and >= 0 && tree.Lower(to) == "to" && tree.BaseRel(head) == "obj"
                && tree.Head(head) is var forecaster and >= 0 && Forecasting.Contains(tree.Lemma(forecaster)))
                return true;
            // "... to shrink this year before returning to growth": a clause of time within the forecast is forecast too.
            if (r == "advcl" && Forecasting.Contains(tree.Lemma(head)) && tree.Child(head, "obj") is var forecastObj and >= 0
                && tree.Children(forecastObj).Any(a => tree.BaseRel(a) == "acl" && tree.Child(a, "mark") is var m and >= 0 && tree.Lower(m) == "to"))
                return true;
            if (r is not ("advcl" or "xcomp" or "conj" or "ccomp")) return false;
            n = head;
        }
        return false;
    }

    // Forms as well as lemmas: the lemmatizer may miss an unseen inflection ("declined").
    private static readonly HashSet<string> FailingVerbs = new(StringComparer.Ordinal)
    {
        "fail", "fails", "failed", "failing", "decline", "declines", "declined", "declining", "neglect", "neglects", "neglected", "neglecting",
    };

    private static readonly HashSet<string> HypotheticalAux = new(StringComparer.Ordinal) { "would", "could", "might", "may", "should", "can", "must", "ought" };
    private static readonly HashSet<string> FutureAux = new(StringComparer.Ordinal) { "will", "shall", "'ll" };

    /// <summary>True when the predicate itself, a head noun it modifies ("no reason to hinder") or, when <paramref name="throughGovernors"/>, a governing verb is negated.</summary>
    public static bool IsNegated(DependencyTree tree, int predicate, bool throughGovernors = true)
    {
        int n = predicate;
        for (int steps = 0; n >= 0 && steps < 4; steps++)
        {
            foreach (var c in tree.Children(n))
            {
                var rel = tree.BaseRel(c);
                if (rel is "advmod" or "det" or "neg" or "cc:preconj" && Negators.Contains(tree.Lower(c))) return true;
                // "China neither accepts nor recognises the award": the conjunct after "nor" is denied as well.
                if (rel == "cc" && tree.Lower(c) == "nor") return true;
            }
            // "Not a single Georgian official apologised", "no country recognized": a negated subject negates the deed.
            if (n == predicate && tree.Child(n, "nsubj") is var subject and >= 0 && HasNegatedDeterminer(tree, subject)) return true;
            // ("..., yet not a single member state has recognised it": the parser may hang that subject elsewhere; it still stands
            // right before the verb, after the conjunction.)
            // (Or it may make a verb the subject: "has held elections, yet not a single member state has recognised it".)
            if (n == predicate && (tree.Child(n, "nsubj") is var s0 && (s0 < 0 || tree.Upos(s0) == "VERB")) && tree.Child(n, "nsubj:pass") < 0)
                for (int t = predicate - 1; t >= 0 && t >= predicate - 10 && tree.Tokens[t].Text != "," && tree.BaseRel(t) != "cc"; t--)
                    if (tree.Upos(t) is "NOUN" or "PROPN" && HasNegatedDeterminer(tree, t)) return true;
            // Climb only through complements that share the clause's polarity.
            var r = tree.BaseRel(n);
            if (!throughGovernors || r is not ("xcomp" or "acl")) break;
            n = tree.Head(n);
            // "Failed to agree", "declined to attend": the governor says the deed did not happen.
            if (r == "xcomp" && n >= 0 && (FailingVerbs.Contains(tree.Lemma(n)) || FailingVerbs.Contains(tree.Lower(n)))) return true;
        }
        return false;
    }

    private static bool HasNegatedDeterminer(DependencyTree tree, int nominal)
    {
        foreach (var c in tree.Children(nominal))
        {
            if (tree.BaseRel(c) is "det" && tree.Lower(c) is "no" or "neither") return true;
            if (tree.BaseRel(c) is "det" or "amod" or "advmod")
                foreach (var g in tree.Children(c))
                    if (tree.BaseRel(g) is "advmod" or "neg" && tree.Lower(g) is "not" or "never") return true;
            if (tree.BaseRel(c) is "advmod" && tree.Lower(c) is "not") return true;
        }
        return false;
    }

    /// <summary>asserted, intended, threatened, demanded, hypothetical, planned or denied, from auxiliaries, markers and governing verbs.</summary>
    public static string Modality(DependencyTree tree, int predicate)
    {
        if (IsForecastDeed(tree, predicate)) return "hypothetical";
        foreach (var c in tree.Children(predicate))
        {
            var rel = tree.BaseRel(c);
            var w = tree.Lower(c);
            // "Belgrade said it would stop issuing plates": reported "would" is a future seen from the past, not a condition.
            if (rel == "aux" && w == "would" && ReportingVerb(tree, predicate) >= 0) return "planned";
            if (rel == "aux" && HypotheticalAux.Contains(w)) return "hypothetical";
            if (rel == "aux" && FutureAux.Contains(w)) return "planned";
            if (rel == "mark" && w is "if" or "unless") return "hypothetical";
            // "Should Beijing blockade Taiwan": the auxiliary before its subject is a condition.
            if (rel == "aux" && w is "should" or "were" or "had" && c < tree.Child(predicate, "nsubj")) return "hypothetical";
        }
        int n = predicate;
        for (int steps = 0; steps < 3; steps++)
        {
            var r = tree.BaseRel(n);
            // "Demanded that Russia admit its guilt, apologise and punish those responsible": a conjunct of a complement is in it.
            if (r == "conj" && tree.Head(n) is var first and >= 0 && tree.BaseRel(first) is "xcomp" or "ccomp") { n = first; continue; }
            if (BareComplementBefore(tree, n) is var bare and >= 0) { n = bare; continue; }
            if (r is not ("xcomp" or "ccomp" or "acl" or "advcl")) break;
            int head = tree.Head(n);
            if (head < 0) break;
            // "Should Beijing ever try to blockade Taiwan, ...": a governor under a condition makes what it governs hypothetical.
            foreach (var c in tree.Children(head))
                if (tree.BaseRel(c) == "mark" && tree.Lower(c) is "if" or "unless" || (tree.BaseRel(c) == "aux" && tree.Lower(c) is "should" or "could" or "would" or "might" && c < tree.Child(head, "nsubj")))
                    return "hypothetical";
            if (GovernorModality.TryGetValue(tree.Lemma(head), out var m)) return m;
            n = head;
        }
        return "asserted";
    }

    /// <summary>
    /// For a bare verb the parser coordinated with a finite one ("demanded that Russia admit its guilt, apologise and punish ..."),
    /// the bare complement before it that it continues; otherwise -1.
    /// </summary>
    public static int BareComplementBefore(DependencyTree tree, int verb)
    {
        if (tree.BaseRel(verb) != "conj" || tree.Tokens[verb].Xpos is not ("VB" or "VBP") || tree.Head(verb) is not (var finite and >= 0)
            || tree.Tokens[finite].Xpos is not ("VBD" or "VBZ")) return -1;
        foreach (var c in tree.Children(finite))
            if (c < verb && tree.BaseRel(c) == "ccomp" && tree.Tokens[c].Xpos == "VB") return c;
        return -1;
    }

    /// <summary>The verb of saying that reports the predicate (its complement or a parenthetical "..., X said"), or -1.</summary>
    public static int ReportingVerb(DependencyTree tree, int predicate)
    {
        int n = predicate;
        for (int steps = 0; steps < 4 && n >= 0; steps++)
        {
            // "X attacked Y, Z said": the verb of saying hangs from the reported clause.
            foreach (var c in tree.Children(n))
                if (tree.BaseRel(c) is "parataxis" or "advcl" && IsSaying(tree, c) && tree.Child(c, "nsubj") >= 0) return c;
            var r = tree.BaseRel(n);
            int head = tree.Head(n);
            if (head < 0) break;
            if (r is "ccomp" or "parataxis" or "xcomp" && IsSaying(tree, head)) return head;
            if (r is not ("conj" or "xcomp" or "ccomp" or "advcl")) break;
            n = head;
        }
        return -1;
    }

    /// <summary>True when the token is a verb of saying.</summary>
    public static bool IsSaying(DependencyTree tree, int i) => SayingVerbs.Contains(tree.Lemma(i)) && tree.Upos(i) is "VERB" or "";

    /// <summary>True when the token lies inside a short quoted stretch (at most four words): scare quotes around a claim ("genocide", "shelled"), not a quoted statement.</summary>
    public static bool IsQuoted(DependencyTree tree, int i)
    {
        int open = -1;
        for (int k = 0; k < i; k++)
        {
            var t = tree.Tokens[k].Text;
            if (t is "“" or "«" or "‘" or "``") open = k;
            else if (t is "\"") open = open >= 0 ? -1 : k;
            else if (t is "”" or "»" or "’" or "''") open = -1;
        }
        if (open < 0) return false;
        for (int k = i + 1; k < tree.Count; k++)
            if (tree.Tokens[k].Text is "\"" or "”" or "»" or "’" or "''") return k - open - 1 <= 4;
        return false;
    }
}
