namespace Defacto.Syntax;

/// <summary>Scores of a system CoNLL-U against gold, as F1 percentages in the manner of the CoNLL 2018 shared task.</summary>
public sealed record SyntaxScores(
    double Tokens, double Sentences, double Words, double Upos, double Xpos, double Lemma, double Uas, double Las,
    double LasWithSubtypes, double Feats, int GoldWords, int SystemWords, int GoldSentences, int SystemSentences);

/// <summary>Aligns system and gold analyses by their non-whitespace characters and counts agreement (CoNLL 2018 style).</summary>
public static class SyntaxEvaluator
{
    private sealed record WordRef(int Sentence, int Word, int TokenStart, int TokenEnd, int IndexInToken, bool InMultiword);

    public static SyntaxScores Score(IReadOnlyList<ConlluSentence> gold, IReadOnlyList<ConlluSentence> system)
    {
        var (goldTokens, goldSentences, goldWords) = Index(gold);
        var (sysTokens, sysSentences, sysWords) = Index(system);
        int tokenMatch = goldTokens.Intersect(sysTokens).Count();
        int sentenceMatch = goldSentences.Intersect(sysSentences).Count();

        // Words align when their tokens cover the same characters and they sit at the same place inside them.
        var goldByKey = new Dictionary<(int, int, int), WordRef>();
        foreach (var w in goldWords) goldByKey[(w.TokenStart, w.TokenEnd, w.IndexInToken)] = w;
        var sysToGold = new Dictionary<(int, int), WordRef>();
        var goldToSys = new Dictionary<(int, int), WordRef>();
        foreach (var w in sysWords)
        {
            if (!goldByKey.TryGetValue((w.TokenStart, w.TokenEnd, w.IndexInToken), out var g)) continue;
            if (!string.Equals(gold[g.Sentence].Words[g.Word].Form, system[w.Sentence].Words[w.Word].Form, StringComparison.OrdinalIgnoreCase) && (g.InMultiword || w.InMultiword)) continue;
            sysToGold[(w.Sentence, w.Word)] = g;
            goldToSys[(g.Sentence, g.Word)] = w;
        }
        int upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, lasFull = 0, feats = 0;
        foreach (var ((gs, gw), s) in goldToSys)
        {
            var gWord = gold[gs].Words[gw];
            var sWord = system[s.Sentence].Words[s.Word];
            if (gWord.Upos == sWord.Upos) upos++;
            if (gWord.Xpos == sWord.Xpos) xpos++;
            if (gWord.Lemma == sWord.Lemma) lemma++;
            if (gWord.Feats == sWord.Feats) feats++;
            bool headOk;
            if (gWord.Head == 0 || sWord.Head <= 0) headOk = gWord.Head == 0 && sWord.Head == 0;
            else headOk = sysToGold.TryGetValue((s.Sentence, sWord.Head - 1), out var sysHeadInGold)
                && sysHeadInGold.Sentence == gs && sysHeadInGold.Word == gWord.Head - 1;
            if (!headOk) continue;
            uas++;
            if (Universal(gWord.DepRel) == Universal(sWord.DepRel)) las++;
            if (gWord.DepRel == sWord.DepRel) lasFull++;
        }
        int gn = goldWords.Count, sn = sysWords.Count;
        double F(int correct, int goldCount, int sysCount) => goldCount + sysCount == 0 ? 100 : 200.0 * correct / (goldCount + sysCount);
        return new SyntaxScores(
            F(tokenMatch, goldTokens.Count, sysTokens.Count), F(sentenceMatch, goldSentences.Count, sysSentences.Count),
            F(goldToSys.Count, gn, sn), F(upos, gn, sn), F(xpos, gn, sn), F(lemma, gn, sn), F(uas, gn, sn), F(las, gn, sn),
            F(lasFull, gn, sn), F(feats, gn, sn), gn, sn, gold.Count, system.Count);
    }

    private static string Universal(string deprel)
    {
        int colon = deprel.IndexOf(':');
        return colon < 0 ? deprel : deprel[..colon];
    }

    /// <summary>Token and sentence spans over the non-whitespace characters, and each word's place.</summary>
    private static (HashSet<(int, int)> Tokens, HashSet<(int, int)> Sentences, List<WordRef> Words) Index(IReadOnlyList<ConlluSentence> sentences)
    {
        var tokens = new HashSet<(int, int)>();
        var sents = new HashSet<(int, int)>();
        var words = new List<WordRef>();
        int pos = 0;
        for (int si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            int sentenceStart = pos;
            foreach (var (form, first, last, _) in s.SurfaceTokens())
            {
                int length = 0;
                foreach (var ch in form) if (!char.IsWhiteSpace(ch)) length++;
                var span = (pos, pos + length);
                tokens.Add(span);
                for (int id = first; id <= last; id++)
                    words.Add(new WordRef(si, id - 1, pos, pos + length, id - first, last > first));
                pos += length;
            }
            if (pos > sentenceStart) sents.Add((sentenceStart, pos));
        }
        return (tokens, sents, words);
    }
}
