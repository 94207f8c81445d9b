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
            bool slot = rel is "obj" or "dobj" || (tree.BaseRel(c) is "obl" or "nmod" && rel is not ("nmod:tmod" or "obl:tmod" or "nmod:npmod" or "obl:npmod" or "nmod:poss") && HasCase(tree, c));
            if (!slot || tree.Upos(c) is not ("NOUN" or "PROPN")) continue;
            bool named = false;
            foreach (var t in tree.Subtree(c, _ => false)) if (actors.At(t) is not null) { named = true; break; }
            if (named) return null;
            var token = tree.Tokens[c];
            return new Mention(new Span(token.Start, token.End), token.Text) { Code = Uncoded, SentenceIndex = tree.Sentence.Index };
        }
        return null;
    }

    private static bool HasCase(DependencyTree tree, int nominal)
    {
        foreach (var c in tree.Children(nominal)) if (tree.BaseRel(c) == "case") return true;
        return false;
    }
}
