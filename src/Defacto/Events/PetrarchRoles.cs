using Defacto.Model;

namespace Defacto.Events;

/// <summary>
/// PETRARCH's ways of filling an event's roles that Defacto's own coding does not share: a noun phrase that names no actor still
/// fills the target as `---` ("the agency said on Thursday", "burned down its embassy").
/// </summary>
public static class PetrarchRoles
{
    /// <summary>The code PETRARCH writes for a noun phrase that names no actor.</summary>
    public const string Uncoded = "---";

    /// <summary>
    /// The predicate's object, or the object of a preposition on it, when that noun phrase names no actor: PETRARCH codes the deed
    /// toward it as `---`. Null when there is none or it names an actor.
    /// </summary>
    public static Mention? UncodedObject(DependencyTree tree, SentenceActors actors, int predicate)
    {
        foreach (var c in tree.Children(predicate))
        {
            var rel = tree.Rel(c);
            bool slot = rel is "obj" or "dobj" || (tree.BaseRel(c) is "obl" or "nmod" && rel is not ("nmod:npmod" or "obl:npmod" or "nmod:poss") && HasCase(tree, c));
            if (!slot || tree.Upos(c) is not ("NOUN" or "PROPN")) continue;
            bool named = false;
            foreach (var t in tree.Subtree(c, _ => false)) if (actors.At(t) is not null) { named = true; break; }
            if (named) return null;
            var token = tree.Tokens[c];
            return new Mention(new Span(token.Start, token.End), token.Text) { Code = Uncoded, SentenceIndex = tree.Sentence.Index };
        }
        return null;
    }

    /// <summary>
    /// The tokens of a closing comma clause PETRARCH drops before coding (", a senior official said on Saturday."): the words after
    /// the sentence's last comma, when their number (final punctuation aside) lies within [<paramref name="min"/>, <paramref name="max"/>].
    /// Empty when the limits turn this off (max 0) or the clause is out of range.
    /// </summary>
    public static HashSet<int> DroppedClosingClause(DependencyTree tree, int min, int max)
    {
        var dropped = new HashSet<int>();
        if (max <= 0) return dropped;
        int end = tree.Count;
        while (end > 0 && tree.Upos(end - 1) == "PUNCT" && tree.Tokens[end - 1].Text != ",") end--;
        int comma = -1;
        for (int i = end - 1; i >= 0; i--) if (tree.Tokens[i].Text == ",") { comma = i; break; }
        if (comma < 0) return dropped;
        int words = end - comma - 1;
        if (words < min || words > max) return dropped;
        for (int i = comma + 1; i < end; i++) dropped.Add(i);
        return dropped;
    }

    private static bool HasCase(DependencyTree tree, int nominal)
    {
        foreach (var c in tree.Children(nominal)) if (tree.BaseRel(c) == "case") return true;
        return false;
    }
}
