using System.Collections.Frozen;
using Defacto.Text;

namespace Defacto.Syntax;

/// <summary>News text: constructions the web-text treebank rarely shows are parsed aside and hung back where they belong.</summary>
public sealed partial class SyntaxModel
{
    /// <summary>
    /// Analyzes a news sentence: a wire dateline at its start ("CARACAS, Oct 4 (Reuters) -") is parsed apart and hangs from the
    /// story's main verb, so that the rest reads as the sentence it is; a title-case headline is read in lower case.
    /// </summary>
    public void AnalyzeNewsSentence(List<string> forms, SentenceAnalysis result)
    {
        int dash = NewsDatelines.End(forms, IsCommonWord);
        if (dash < 0)
        {
            AnalyzeNews(forms, result, NewsTitleCase.Lowercase(forms, Tagger.MostFrequentXpos, ReadsAsVerb, IsNewsVerb));
            return;
        }
        int n = forms.Count, offset = dash + 1;
        var body = forms.GetRange(offset, n - offset);
        var story = new SentenceAnalysis();
        AnalyzeNews(body, story, NewsTitleCase.Lowercase(body, Tagger.MostFrequentXpos, ReadsAsVerb, IsNewsVerb));
        result.Reset(n);
        Tagger.Tag(forms, result.TagIds);
        int main = 0;
        for (int k = 0; k < body.Count; k++)
        {
            int i = offset + k;
            result.TagIds[i] = story.TagIds[k];
            result.Lemmas[i] = story.Lemmas[k];
            result.Feats[i] = story.Feats[k];
            result.Heads[i] = story.Heads[k] == 0 ? 0 : story.Heads[k] + offset;
            result.Labels[i] = story.Labels[k];
            if (story.Heads[k] == 0) main = i;
        }
        for (int i = 0; i < offset; i++)
        {
            result.Lemmas[i] = Lemmatizer.Lemmatize(forms[i], result.TagIds[i]);
            result.Feats[i] = Features?.Guess(forms[i], result.TagIds[i]) ?? "_";
        }
        int place = ParseInto(forms, Enumerable.Range(0, dash).ToList(), result);
        result.Heads[place] = main + 1;
        result.Labels[place] = LabelId("dep");
        result.Heads[dash] = place + 1;
        result.Labels[dash] = LabelId("punct");
    }

    /// <summary>
    /// Like <see cref="Analyze"/>, but date phrases inside a clause ("Medvedev on Tuesday signed") and appositions between a
    /// leading name and its verb ("Igor Khovayev, the Russian envoy, held talks") are parsed apart from the sentence, which is
    /// then parsed without them; each is hung back on its verb or name.
    /// A title-case headline (<paramref name="titleCase"/>) may tell its news without a full stop.
    /// </summary>
    public void AnalyzeNews(IReadOnlyList<string> forms, SentenceAnalysis result, bool titleCase = false)
    {
        int n = forms.Count;
        result.Reset(n);
        if (n == 0) return;
        Tagger.Tag(forms, result.TagIds);
        int fronted = NewsFrontedPhrases.Find(forms, i => Tags.Xpos[result.TagIds[i]]);
        var dates = NewsDatePhrases.Find(forms);
        // A date inside the fronted phrase is parsed with it.
        if (fronted > 0) dates.RemoveAll(p => p.Start <= fronted);
        var appositions = fronted < 0 && NewsAppositions.MayHold(forms) ? NewsAppositions.Find(forms, i => Tags.Xpos[result.TagIds[i]]) : [];
        // A closing speech tag ("..., organisers said.") is parsed on its own and hangs from the clause it reports.
        var speech = fronted < 0 ? NewsSpeechTags.Find(forms, i => Tags.Xpos[result.TagIds[i]]) : null;
        // An apposition reaching the tag's comma would claim the same words: keep the apposition.
        if (speech is { } overlap && appositions.Exists(a => a.Close >= overlap.Comma)) speech = null;
        if (speech is { } tag) dates.RemoveAll(p => p.End > tag.Comma);
        // "..., three days after Lai Ching-te was sworn in.": a closing clause of time is parsed on its own and hangs from the main verb.
        int closing = speech is null ? NewsFrontedPhrases.FindClosing(forms, i => Tags.Xpos[result.TagIds[i]]) : -1;
        if (closing >= 0 && closing <= fronted + 2) closing = -1;
        if (closing >= 0) dates.RemoveAll(p => p.End > closing);
        var aside = new bool[n];
        for (int i = 0; i <= fronted; i++) aside[i] = true;
        if (closing >= 0) for (int i = closing; i < n - 1; i++) aside[i] = true;
        if (speech is { } tagged) for (int i = tagged.Comma; i < n - 1; i++) aside[i] = true;
        foreach (var p in dates) for (int i = p.Start; i < p.End; i++) aside[i] = true;
        foreach (var (open, close) in appositions) for (int i = open; i <= close; i++) aside[i] = true;
        var kept = new List<int>(n);
        for (int i = 0; i < n; i++) if (!aside[i]) kept.Add(i);
        // The set-aside words keep their tags from the whole sentence; the rest are tagged again without them, which also
        // spares the tagger the misreading ("on Tuesday signed" as a participle).
        // A fronted phrase alone leaves the clause's tags as they were: the words after its comma read the same either way.
        if (kept.Count < n && (dates.Count > 0 || appositions.Count > 0)) Retag(forms, kept, result);
        RepairFiniteVerb(forms, kept, result);
        RetagNounsReadAsVerbs(forms, kept, result);
        RepairNounCompounds(forms, result);
        for (int i = 0; i < n; i++) result.Lemmas[i] = Lemmatizer.Lemmatize(forms[i], result.TagIds[i]);
        for (int i = 0; i < n; i++) result.Feats[i] = Features?.Guess(forms[i], result.TagIds[i]) ?? "_";
        // "Ankara's top diplomat, Hakan Fidan, held/VBN talks ...": the verb after an apposition, read as a participle though its
        // object follows, is the clause's past tense and its root.
        int appositionVerb = appositions.Count == 1 ? PastAfterApposition(forms, result, appositions[0].Close) : -1;
        int main = ParseInto(forms, kept, result, appositionVerb);
        if (MisreadPredicate(forms, kept, result, main) is var predicate and >= 0)
        {
            // The clause is parsed again with the verb read as the past tense it is.
            ReadAsPastTense(forms, result, predicate);
            main = ParseInto(forms, kept, result);
        }
        if (VerblessReading(forms, kept, result, main) is var verb and >= 0)
        {
            // The clause is parsed again with its verb held as the root: a greedy parse that started from the subject's noun
            // phrase ("Tens of thousands of people rallied ...") cannot climb back to the verb by itself.
            ReadAsPastTense(forms, result, verb);
            main = ParseInto(forms, kept, result, verb);
        }
        else if (ReducedRelativeRoot(forms, kept, result, main) is var clauseVerb and >= 0)
        {
            // The participle's phrase is parsed apart and hangs from its noun; the rest is the clause, with its verb as the root.
            int participle = main, noun = kept[kept.IndexOf(participle) - 1];
            // A passive's auxiliary opens the clause ("were freed"); a plain past tense is read as one.
            int before = kept[kept.IndexOf(clauseVerb) - 1];
            int clause = forms[before] is "was" or "were" && Tags.Xpos[result.TagIds[clauseVerb]] == "VBN" ? before : clauseVerb;
            if (clause == clauseVerb) ReadAsPastTense(forms, result, clauseVerb);
            main = ParseInto(forms, kept.Where(w => w < participle || w >= clause).ToList(), result, clauseVerb);
            int phrase = ParseInto(forms, kept.Where(w => w >= participle && w < clause).ToList(), result, participle);
            result.Heads[phrase] = noun + 1;
            result.Labels[phrase] = LabelId("acl");
        }
        else if ((LeadingClauseVerb(forms, kept, result, main) is var found and >= 0 ? found
                 : DoubleSubjectVerb(forms, kept, result, main) is var twice and >= 0 ? twice : NounRootVerb(forms, kept, result, main)) is var leading and >= 0)
        {
            ReadAsPastTense(forms, result, leading);
            main = ParseInto(forms, kept, result, leading);
        }
        else if (CrowdSubjectVerb(forms, kept, result, main) is var crowd and >= 0)
            main = ParseInto(forms, kept, result, crowd);
        else if (CrowdHeadlineVerb(forms, kept, result, main) is var gathering and >= 0)
            main = ParseInto(forms, kept, result, gathering);
        else if (HeadlinePresentVerb(forms, kept, result, main, titleCase) is var present and >= 0)
            main = ParseInto(forms, kept, result, present);
        RepairSecondSubject(kept, result);
        RepairHyphenatedModifier(forms, kept, result);
        RepairComplementAfterPlace(forms, kept, result);
        RepairTimeLimitInRelative(forms, kept, result);
        RepairNameAsPunctuation(forms, kept, result);
        RepairPossessiveOnVerb(kept, result);
        RepairNameAsModifierOfVerb(forms, kept, result);
        RepairHeadlineNameList(forms, kept, result);
        RepairConjunctAsSubject(forms, kept, result);
        if (speech is { } said)
        {
            int saying = ParseInto(forms, Enumerable.Range(said.Comma + 1, n - 2 - said.Comma).ToList(), result, said.Verb);
            result.Heads[saying] = main + 1;
            result.Labels[saying] = LabelId("parataxis");
            result.Heads[said.Comma] = saying + 1;
            result.Labels[said.Comma] = LabelId("punct");
        }
        if (closing >= 0)
        {
            int clause = ParseInto(forms, Enumerable.Range(closing + 1, n - 2 - closing).ToList(), result);
            HangOnMainVerb(forms, result, clause, closing + 1, n - 1, main);
            result.Heads[closing] = clause + 1;
            result.Labels[closing] = LabelId("punct");
        }
        if (fronted > 0)
        {
            // The phrase is parsed on its own and hangs from the main verb; its comma is the phrase's punctuation, as the treebank has it.
            int phrase = ParseInto(forms, Enumerable.Range(0, fronted).ToList(), result);
            HangOnMainVerb(forms, result, phrase, 0, fronted, main);
            result.Heads[fronted] = phrase + 1;
            result.Labels[fronted] = LabelId("punct");
        }
        foreach (var p in dates)
        {
            result.Heads[p.Head] = DateAttachment(p, result, aside) + 1;
            result.Labels[p.Head] = LabelId("obl");
            for (int i = p.Start; i < p.End; i++)
            {
                if (i == p.Head) continue;
                result.Heads[i] = p.Head + 1;
                result.Labels[i] = LabelId(i == p.Case ? "case" : NewsDatePhrases.IsDegree(forms[i]) ? "advmod" : NewsDatePhrases.IsNumber(forms[i]) ? "nummod" : "compound");
            }
        }
        foreach (var (open, close) in appositions)
        {
            var inner = Enumerable.Range(open + 1, close - open - 1).ToList();
            int root = ParseInto(forms, inner, result);
            // The name's head: UD hangs the rest of a name ("Khovayev") and its modifiers from its first word.
            int name = open - 1;
            while (result.Heads[name] > 0 && result.Heads[name] - 1 < open && Parser.Labels[result.Labels[name]] is "flat" or "compound" or "flat:name")
                name = result.Heads[name] - 1;
            result.Heads[root] = name + 1;
            result.Labels[root] = LabelId(NewsAppositions.IsRelative(forms[open + 1]) ? "acl:relcl" : "appos");
            foreach (var comma in (int[])[open, close])
            {
                result.Heads[comma] = root + 1;
                result.Labels[comma] = LabelId("punct");
            }
        }
    }

    // A phrase parsed apart hangs from the main verb: a noun phrase as an oblique, a verb ("after meeting Putin", "a day after
    // Pelosi arrived") as an adverbial clause marked by the word that opens it.
    private void HangOnMainVerb(IReadOnlyList<string> forms, SentenceAnalysis result, int root, int start, int end, int main)
    {
        result.Heads[root] = main + 1;
        bool verbal = Tags.Upos[result.TagIds[root]] is "VERB" or "AUX";
        result.Labels[root] = LabelId(verbal ? "advcl" : "obl");
        if (verbal && NewsFrontedPhrases.Subordinator(i => forms[start + i], Math.Min(end, forms.Count) - start) is var opener and >= 0 && start + opener < root)
        {
            result.Heads[start + opener] = root + 1;
            result.Labels[start + opener] = LabelId("mark");
        }
    }

    // "Germany froze arms deliveries to Egypt.": a full sentence whose only verb the tagger read as a participle modifying the
    // next noun has lost its predicate; a participle right after its subject, with no auxiliary, is the past tense.
    private void RepairFiniteVerb(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result)
    {
        if (kept.Count < 4 || forms[kept[^1]] != ".") return;
        int past = -1;
        for (int k = 0; k < kept.Count; k++)
        {
            var xpos = Tags.Xpos[result.TagIds[kept[k]]];
            if (xpos is "VBD" or "VBZ" or "VBP" or "MD") return;
            if (past < 0 && IsPastLike(forms[kept[k]], xpos) && k >= 1 && k + 1 < kept.Count && Tags.Xpos[result.TagIds[kept[k - 1]]] is "NN" or "NNS" or "NNP" or "NNPS" or "PRP"
                && forms[kept[k + 1]] is not ("by" or "," or "."))
                past = kept[k];
        }
        int finite = Tags.Find("VERB", "VBD");
        if (past >= 0 && finite >= 0) result.TagIds[past] = finite;
    }

    // Nouns the tagger read as verbs before the clause's verb: "Nineteen lorries carrying food ...", "Azerbaijani drones damaged two
    // vehicles" (a lower-case plural read as a present tense, after a number, adjective or name and before a past tense or gerund);
    // "Beijing downgraded its ties" (a capitalized word ending in -ing read as a verb, before a finite verb or participle).
    private void RetagNounsReadAsVerbs(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result)
    {
        int plural = Tags.Find("NOUN", "NNS"), proper = Tags.Find("PROPN", "NNP"), adjective = Tags.Find("ADJ", "JJ");
        for (int k = 0; k + 1 < kept.Count; k++)
        {
            // "ECOWAS/VB leaders meeting in Accra ...": an acronym the treebank never showed, in a sentence that is not all capitals, is
            // a name (web text's emphatic "NEED HELP NOW" keeps its verbs).
            if (proper >= 0 && forms[kept[k]].Length >= 2 && forms[kept[k]].All(char.IsAsciiLetterUpper)
                && Tags.Xpos[result.TagIds[kept[k]]].StartsWith("VB", StringComparison.Ordinal) && Tagger.MostFrequentXpos(forms[kept[k]]) is null
                && kept.Exists(w => forms[w].Any(char.IsLower)))
            {
                result.TagIds[kept[k]] = proper;
                continue;
            }
            int w = kept[k];
            var form = forms[w];
            var xpos = Tags.Xpos[result.TagIds[w]];
            var next = Tags.Xpos[result.TagIds[kept[k + 1]]];
            if (plural >= 0 && k >= 1 && xpos is "VBZ" or "VBP" && form.Length >= 4 && form.EndsWith('s') && char.IsLower(form[0])
                && Tags.Xpos[result.TagIds[kept[k - 1]]] is "CD" or "JJ" or "NNP" or "NNPS" && next is "VBD" or "VBG")
                result.TagIds[w] = plural;
            else if (proper >= 0 && form.Length >= 5 && char.IsUpper(form[0]) && form.EndsWith("ing", StringComparison.Ordinal)
                && xpos.StartsWith("VB", StringComparison.Ordinal) && next is "VBD" or "VBZ" or "VBP" or "MD" or "VBN")
                result.TagIds[w] = proper;
            // "Tens of thousands of Sudanese/JJ marched": a nationality after a quantity's "of", with no noun after it, names the crowd.
            else if (proper >= 0 && k >= 2 && xpos == "JJ" && char.IsUpper(form[0]) && forms[kept[k - 1]] == "of" && QuantityWords.Contains(forms[kept[k - 2]])
                && next is not ("NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "HYPH"))
                result.TagIds[w] = Tags.Find("PROPN", "NNPS");
            // "Human Rights Watch/VBP accused ...": a capitalized word inside a run of them, read as a verb or pronoun right before a
            // lower-case past tense, ends a name; the run is the name.
            else if (proper >= 0 && k >= 1 && xpos is "VB" or "VBP" or "VBZ" or "PRP" or "WDT" or "WP" or "MD" && char.IsUpper(form[0]) && form.Any(char.IsLower)
                && char.IsUpper(forms[kept[k - 1]][0]) && char.IsLower(forms[kept[k + 1]][0]) && next is "VBD" or "VBN")
            {
                for (int j = k; j >= 0 && char.IsUpper(forms[kept[j]][0]) && forms[kept[j]].Any(char.IsLetter); j--) result.TagIds[kept[j]] = proper;
            }
            // "Thai acting Prime Minister Phumtham": "acting" before a capitalized title is the title's adjective.
            else if (adjective >= 0 && form.Equals("acting", StringComparison.OrdinalIgnoreCase) && next is "NNP" or "NNPS" && char.IsUpper(forms[kept[k + 1]][0]))
                result.TagIds[w] = adjective;
        }
    }

    // "Turkish police detained the mayor ...", "A Dutch appeals court found Shell liable": a past tense read as a participle after
    // its subject makes the subject the root and the verb a reduced relative. A participle that follows the root noun's own
    // phrase, has no auxiliary and no "by" agent, and takes an object or an oblique is the sentence's verb; returns its position.
    private int MisreadPredicate(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result, int root)
    {
        if (Tags.Upos[result.TagIds[root]] is not ("NOUN" or "PROPN") || Tags.Find("VERB", "VBD") < 0) return -1;
        foreach (int v in kept)
        {
            if (v <= root || result.Heads[v] != root + 1 || Parser.Labels[result.Labels[v]] != "acl") continue;
            // A capitalized word is a name's part ("Bankman-Fried"), not a verb.
            if (!IsPastLike(forms[v], Tags.Xpos[result.TagIds[v]]) || Tags.Xpos[result.TagIds[v]] == "VBG" || !char.IsLower(forms[v][0])) return -1;
            bool hasComplement = false;
            foreach (int d in kept)
            {
                if (result.Heads[d] != v + 1) continue;
                var label = Parser.Labels[result.Labels[d]];
                if (label.StartsWith("aux", StringComparison.Ordinal) || label == "obl:agent" || (label == "obl" && HasCase(forms, result, d, "by"))) return -1;
                if (label is "obj" or "obl" or "xcomp" or "ccomp" or "compound:prt") hasComplement = true;
            }
            // Every word between the noun and the verb belongs to the noun's phrase (an apposition, a possessor).
            for (int k = root + 1; k < v; k++)
                if (!Dominates(result, root, k)) return -1;
            return hasComplement ? v : -1;
        }
        return -1;
    }

    // "Supporters of President Donald Trump stormed the US Capitol", "The Obama administration froze the delivery of tanks", "Sheikh
    // Hasina quit as prime minister": a root that is a noun or adjective with no copula, auxiliary or subject of its own, in a
    // sentence that holds a finite verb outside any relative or subordinate clause, is a parse that lost the verb. Returns the
    // verb to hold as the root, else -1: the first past or present tense, else a past form the tagger read as a noun, adjective,
    // preposition or participle right after a noun and before its complement.
    private int VerblessReading(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result, int root)
    {
        // An adjective root only as a leading nationality ("Chinese President Xi Jinping spoke ...").
        var rootUpos = Tags.Upos[result.TagIds[root]];
        if (!(rootUpos is "NOUN" or "PROPN" || (rootUpos == "ADJ" && char.IsUpper(forms[root][0]))) || Tags.Find("VERB", "VBD") < 0) return -1;
        if (forms[root].Length > 1 && forms[root].All(c => !char.IsLower(c))) return -1; // a headline in capitals
        foreach (int d in kept)
            if (result.Heads[d] == root + 1 && BaseLabel(result, d) is "cop" or "aux" or "nsubj" or "csubj" or "expl") return -1;
        int past = -1, finite = -1;
        for (int k = 0; k < kept.Count && finite < 0; k++)
        {
            int v = kept[k];
            if (Subordinators.Contains(forms[v])) break;
            if (v == root || !char.IsLower(forms[v][0])) continue;
            var xpos = Tags.Xpos[result.TagIds[v]];
            if (xpos is "VBD" or "VBZ" or "VBP")
            {
                // "..., officials said": a reporting tail is told by the clause before it; "quit ... and fled": the first verb is the root.
                if (BaseLabel(result, v) is "parataxis" or "ccomp" or "conj") break;
                // Web text's relative clauses without a pronoun ("the one time I booked", "the stuff they eat") and copulas
                // ("the only agreement I can find is a ...") keep their noun root; news tells deeds in the past.
                if (xpos == "VBD" && !AuxiliaryForms.Contains(forms[v]) && !HasPronounSubject(kept, result, v)) finite = v;
                continue;
            }
            // ("The jailed politician": a participle before its noun describes it; "indigenous groups blocked/VBN highways": one right
            // after a plural subject is its verb.)
            if (past < 0 && k >= 1 && k + 1 < kept.Count && forms[kept[^1]] is "." or "!"
                && !(xpos == "VBN" && BaseLabel(result, v) == "amod" && Tags.Xpos[result.TagIds[kept[k - 1]]] is not ("NNS" or "NNPS"))
                && (Tags.Xpos[result.TagIds[kept[k - 1]]] is "NN" or "NNS" or "NNP" or "NNPS" || char.IsUpper(forms[kept[k - 1]][0]))
                && forms[kept[k + 1]] is not ("by" or "," or "." or "and" or "or")
                && (IsPastLike(forms[v], xpos) || (xpos == "IN" && IrregularPasts.Contains(forms[v]))) && !HasAuxiliaryOrAgent(forms, kept, result, v))
                past = v;
        }
        // "Eight gunmen dressed as police officers drove ...": a participle before a preposition, with a tense after it, describes the subject;
        // a crowd's movement is its deed ("Thousands of protesters from Peru's southern regions marched through central Lima ...").
        if (past >= 0 && (finite < 0 || Tags.Upos[result.TagIds[past + 1]] != "ADP" || CrowdVerbs.Contains(result.Lemmas[past]))) return past;
        if (finite >= 0) return finite;
        // The root itself: "Hasina quit as ...", "a fighter jet shot down a bomber": an irregular past after the name it hangs on.
        if (Tags.Xpos[result.TagIds[root]] is "NN" or "JJ" && IrregularPasts.Contains(forms[root]) && char.IsLower(forms[root][0]))
        {
            bool subject = false;
            foreach (int d in kept)
            {
                if (result.Heads[d] != root + 1) continue;
                if (d < root && BaseLabel(result, d) is "det" or "nummod" or "case" or "nmod") return -1;
                if (d == root - 1 && Tags.Upos[result.TagIds[d]] is "PROPN" or "NOUN") subject = true;
            }
            return subject ? root : -1;
        }
        return -1;
    }

    // Retags a word as a past tense (with its lemma and features) unless the tagger already read it as a finite verb.
    private void ReadAsPastTense(IReadOnlyList<string> forms, SentenceAnalysis result, int verb)
    {
        if (Tags.Xpos[result.TagIds[verb]] is "VBD" or "VBZ" or "VBP") return;
        SetTag(forms, result, verb, Tags.Find("VERB", "VBD"));
    }

    // "Ukrainian drones launched from lorries parked near Russian air bases struck dozens of bombers": a participle right after its
    // noun, followed by a preposition and no object, was taken for the verb while the clause's past tense hangs below it. Returns
    // that past tense, else -1.
    private int ReducedRelativeRoot(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result, int root)
    {
        if (Tags.Xpos[result.TagIds[root]] is not ("VBN" or "VBD") || !char.IsLower(forms[root][0])) return -1;
        int k = kept.IndexOf(root);
        if (k < 1 || k + 1 >= kept.Count || Tags.Xpos[result.TagIds[kept[k - 1]]] is not ("NN" or "NNS" or "NNP" or "NNPS")
            || !IsPreposition(kept, result, k + 1) || forms[kept[k + 1]].Equals("that", StringComparison.OrdinalIgnoreCase)) return -1;
        // A clause complement of its own makes the participle a verb, unless that complement is the past tense itself ("Young protesters
        // opposed to tax rises broke through police lines" read as "opposed ... [that they] broke").
        int complement = -1;
        foreach (int d in kept)
            if (result.Heads[d] == root + 1 && BaseLabel(result, d) is var label && label is "obj" or "aux" or "ccomp" or "xcomp" or "expl")
            {
                if (label != "ccomp" || complement >= 0) return -1;
                complement = d;
            }
        for (int j = k + 2; j < kept.Count; j++)
        {
            int v = kept[j];
            // (A comma inside a list of nouns, "loaded with tents, blankets, food and medicines touched down", stays in the phrase.)
            if (forms[v] == "," && j + 1 < kept.Count && Tags.Xpos[result.TagIds[kept[j - 1]]] is "NN" or "NNS"
                && Tags.Xpos[result.TagIds[kept[j + 1]]] is "NN" or "NNS") continue;
            if (Subordinators.Contains(forms[v]) || forms[v] is "," or ";" or ":") return -1;
            // The past tense itself may be read as a participle or adjective ("struck/JJ dozens of bombers") when an object follows.
            var next = j + 1 < kept.Count ? Tags.Xpos[result.TagIds[kept[j + 1]]] : "";
            bool past = Tags.Xpos[result.TagIds[v]] == "VBD"
                || (IrregularPasts.Contains(forms[v]) && next is "DT" or "CD" or "NN" or "NNS" or "NNP" or "NNPS" or "PRP$")
                || (NewsAppositions.IsRegularPastRead(forms[v], Tags.Xpos[result.TagIds[v]])
                    && (next is "DT" or "CD" or "PRP$" or "RP" || (j + 2 < kept.Count && forms[kept[j + 1]] == "at" && forms[kept[j + 2]] is "least" or "most")));
            // (A conjunct counts as a second verb of the phrase only after "and", "or" or "but".)
            bool joined = BaseLabel(result, v) == "conj" && kept.Skip(k + 1).TakeWhile(w => w < v).Any(w => forms[w] is "and" or "or" or "but");
            if (past && char.IsLower(forms[v][0]) && !AuxiliaryForms.Contains(forms[v]))
                return (complement >= 0 ? v != complement : joined || BaseLabel(result, v) is "parataxis" or "ccomp") || HasPronounSubject(kept, result, v) ? -1 : v;
            // "Officers detained by Serbian forces near the boundary were freed on Monday": or a passive past, whose participle
            // becomes the root.
            if (forms[v] is "was" or "were" && j + 1 < kept.Count && Tags.Xpos[result.TagIds[kept[j + 1]]] == "VBN" && char.IsLower(forms[kept[j + 1]][0]))
                return complement >= 0 || BaseLabel(result, kept[j + 1]) is "conj" or "parataxis" or "ccomp" ? -1 : kept[j + 1];
        }
        return -1;
    }

    // "Serbian security forces detained three Kosovo police officers on Wednesday, saying ..., while Pristina insisted the men had
    // been seized inside Kosovo.": the sentence opens with a plain noun phrase and a past tense with its object, but the greedy parse
    // hung that verb on the noun as a modifier (the tagger may read it as a participle) and took a later verb for the root. The
    // past tense is the root.
    private int LeadingClauseVerb(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result, int root)
    {
        if (Tags.Upos[result.TagIds[root]] != "VERB") return -1;
        for (int k = 1; k < kept.Count && kept[k] < root; k++)
        {
            int v = kept[k];
            var xpos = Tags.Xpos[result.TagIds[v]];
            // "Thousands of protesters reached ...": a quantity's "of" stays inside the noun phrase.
            if (xpos == "IN" && forms[v].Equals("of", StringComparison.OrdinalIgnoreCase) && QuantityWords.Contains(forms[kept[k - 1]])) continue;
            if (xpos is not ("NN" or "NNS" or "NNP" or "NNPS" or "DT" or "JJ" or "CD" or "POS" or "HYPH" or "PRP$" or "VBD" or "VBN")) return -1;
            if (xpos is not ("VBD" or "VBN")) continue;
            // Hung on the noun as a modifier, or itself made a subject of the later verb though it has its own ("guards detained ...").
            int noun = kept[k - 1];
            // ("Thousands of protesters reached": the verb may hang on the quantity.)
            bool modifier = Parser.Labels[result.Labels[v]] == "acl" && (result.Heads[v] - 1 == noun
                || (result.Heads[v] - 1 is var quantity && quantity >= 0 && quantity < v && QuantityWords.Contains(forms[quantity])));
            bool subject = BaseLabel(result, v) is "nsubj" or "csubj" && result.Heads[noun] - 1 == v && BaseLabel(result, noun) == "nsubj";
            if (!char.IsLower(forms[v][0]) || AuxiliaryForms.Contains(forms[v]) || !(modifier || subject) || Tags.Upos[result.TagIds[noun]] is not ("NOUN" or "PROPN")) return -1;
            foreach (int d in kept)
                if (result.Heads[d] == v + 1 && BaseLabel(result, d) == "obj") return v;
            // "Hundreds of people rallied outside the government building ...": a crowd's verb that has no passive is no reduced
            // relative, object or not.
            if (QuantityWords.Contains(forms[kept[0]]) && CrowdVerbs.Contains(result.Lemmas[v])) return v;
            return -1;
        }
        return -1;
    }

    // "The Trump administration imposed sanctions on Petroleos de Venezuela on Monday": the whole sentence was read as one noun
    // phrase, the past tense as a modifier of its object. A plain leading noun phrase, then a past form with an object after it,
    // is the clause; the past form is its root.
    // "Thieves using malware emptied dozens of cash machines": the leading noun phrase may carry one present participle's phrase.
    private int NounRootVerb(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result, int root)
    {
        if (Tags.Upos[result.TagIds[root]] is not ("NOUN" or "PROPN")) return -1;
        bool participle = false;
        for (int k = 1; k + 1 < kept.Count; k++)
        {
            int v = kept[k];
            var xpos = Tags.Xpos[result.TagIds[v]];
            if (xpos == "VBG" && !participle && char.IsLower(forms[v][0]) && Tags.Upos[result.TagIds[kept[k - 1]]] is "NOUN" or "PROPN")
            {
                participle = true;
                continue;
            }
            if (xpos is not ("VBD" or "VBN"))
            {
                if (xpos is "NN" or "NNS" or "NNP" or "NNPS" or "DT" or "JJ" or "CD" or "POS" or "HYPH" or "PRP$") continue;
                if (participle && xpos is "IN" or "TO") continue;
                return -1;
            }
            // (The tagger may read the participle's object as an adjective before the verb: "using malware/JJ emptied".)
            if (!char.IsLower(forms[v][0]) || AuxiliaryForms.Contains(forms[v]) || BaseLabel(result, v) is not ("amod" or "acl")
                || !(Tags.Upos[result.TagIds[kept[k - 1]]] is "NOUN" or "PROPN" || (participle && Tags.Upos[result.TagIds[kept[k - 1]]] == "ADJ"))) return -1;
            return Tags.Xpos[result.TagIds[kept[k + 1]]] is "DT" or "CD" or "NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "PRP$" ? v : -1;
        }
        return -1;
    }

    // "British MPs reject Theresa May's Brexit deal", "NATO orders 700 more troops to Kosovo after ...": a headline tells its news in
    // the present tense, which the web-text parser read as one more noun of a single long noun phrase. A word right after a plain
    // leading noun phrase, before any tense of the sentence's own, is the verb when the tagger reads it as one after a plural
    // pronoun ("They order 700 more troops", "They reject Theresa May's"); it is tagged so and made the root.
    private int HeadlinePresentVerb(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result, int root, bool titleCase)
    {
        var rootUpos = Tags.Upos[result.TagIds[root]];
        if (!(rootUpos is "NOUN" or "PROPN" or "ADJ" or "VERB") || kept.Count < 4) return -1;
        // A headline ends with a full stop, or with no mark at all after a capitalized first word (agency headlines carry none).
        bool unpunctuated = char.IsLetterOrDigit(forms[kept[^1]][^1]);
        if (!(titleCase || forms[kept[^1]] == "." || (unpunctuated && char.IsUpper(forms[kept[0]][0])))) return -1;
        if (forms[root].Length > 1 && forms[root].All(c => !char.IsLower(c))) return -1; // a headline in capitals
        // The subject's head: the last noun before the verb; coordinated names ("Britain, Canada and Australia") are plural.
        string? head = null;
        int headAt = -1;
        bool coordinated = false;
        for (int k = 1; k + 1 < kept.Count && k <= 6; k++)
        {
            int previous = kept[k - 1], v = kept[k];
            // The tagger may have read a leading noun as a verb too ("Turkish lawmakers/VBZ ratify"): its usual tag counts.
            var before = Tags.Xpos[result.TagIds[previous]];
            var usual = Tagger.MostFrequentXpos(forms[previous]);
            // (An unknown name the tagger read as an adjective, "Vucic/JJ puts ...", is a name.)
            bool nameAsAdjective = before == "JJ" && usual is null && char.IsUpper(forms[previous][0]);
            bool people = PeopleNouns.Contains(forms[previous]);
            bool nounBefore = before is "NN" or "NNS" or "NNP" or "NNPS" || nameAsAdjective || people
                || (before.StartsWith("VB", StringComparison.Ordinal) && (usual is "NN" or "NNS" or "NNP" or "NNPS" || (usual is null && char.IsUpper(forms[previous][0]))));
            if (nounBefore)
            {
                if (head is not null && headAt < k - 1 && forms[kept[k - 2]] is "," or "and" && char.IsUpper(forms[kept[headAt]][0])) coordinated = true;
                head = people ? (forms[previous].EndsWith('s') ? "NNS" : "NN") : before.StartsWith("VB", StringComparison.Ordinal) ? usual ?? "NNP" : before;
                headAt = k - 1;
            }
            // Between the subject and its verb: a comma or "and" joining names, or an adverb ("Colombians narrowly reject").
            bool link = head is not null && (forms[previous] is "," or "and"
                ? char.IsUpper(forms[v][0]) || Tags.Xpos[result.TagIds[v]] is "NNP" or "NNPS" || (titleCase && Tags.Xpos[result.TagIds[v]] is "NN")
                : before == "RB" && headAt == k - 2);
            if (!nounBefore && !link && before is not ("JJ" or "DT" or "CD" or "POS" or "HYPH" or "PRP$")) return -1;
            var xpos = Tags.Xpos[result.TagIds[v]];
            // A word for a body of people ends the subject when a lower-case word follows ("Somali pirates/VBZ hijack/NN ...",
            // "Hong Kong police arrest ..."): that word is the one probed as the verb.
            if (PeopleNouns.Contains(forms[v]) && k + 2 < kept.Count && forms[kept[k + 1]].All(char.IsLower)
                && Tags.Xpos[result.TagIds[kept[k + 1]]] is "NN" or "JJ" or "VB" or "VBP") continue;
            if (xpos is "VBD" or "VBZ" or "VBP" or "MD" || AuxiliaryForms.Contains(forms[v])) return -1;
            // (A title-case headline may keep a verb capitalized when the treebank knew the word best as a name: "Xi and Ma Shake Hands".)
            bool lower = forms[v].All(char.IsLower) || (titleCase && forms[v].Length > 1 && char.IsUpper(forms[v][0]) && forms[v].Skip(1).All(char.IsLower));
            if (!(nounBefore || (link && before == "RB")) || !lower || Subordinators.Contains(forms[v]) || xpos is "DT" or "CC" or "POS" or "PRP" or "PRP$") continue;
            bool third = forms[v].EndsWith('s') && !forms[v].EndsWith("ss", StringComparison.Ordinal);
            // (Only a singular verb follows such a name: "Turkish police detain" keeps "Turkish" an adjective.)
            if (nameAsAdjective && !third) continue;
            // A headline's singular verb may stand before a comma or an infinitive ("Jeenbekov resigns, saying ...", "Russian Duma
            // votes to bar ..."); elsewhere such a word ends a noun phrase.
            bool headlineVerb = third && unpunctuated && !titleCase && nounBefore && before is "NN" or "NNP" && char.IsUpper(forms[kept[0]][0]);
            if (forms[kept[k + 1]] is "." or "and" or "or" or "of" or "'s" or ":" or ";" or "who" or "which" or "that" or "whose") continue;
            if (forms[kept[k + 1]] is "," or "to" && !headlineVerb) continue;
            // A word the treebank never showed, with a noun's ending ("peacekeepers"), is no verb whatever the tagger guesses after "They".
            var stem = (third ? BaseForm(forms[v]) : forms[v]).ToLowerInvariant();
            // The verb agrees with its subject: "MPs reject", "NATO orders", "Xi and Ma shake", not "repair shop with ...".
            var subject = coordinated ? "NNS" : head!;
            int subjectWord = kept[headAt];
            // Without a closing mark the line may be a caption or a list ("Cheap air tickets for ..."): its subject must be a name.
            // (A common noun after a name or a nationality, "Serbian prosecutors", "Hong Kong police", is named enough.)
            bool named = char.IsUpper(forms[subjectWord][0]) || NamedModifier(forms, kept, result, headAt);
            // (A news verb tells the line's deed under a plain subject too: "Malware gang empties ...".)
            bool newsVerb = IsNewsVerb(forms[v]);
            if (unpunctuated && !titleCase && !named && !newsVerb) continue;
            if (third ? subject is "NNS" or "NNPS" : subject == "NN" && !forms[subjectWord].Equals("police", StringComparison.OrdinalIgnoreCase)) continue;
            if (Tagger.MostFrequentXpos(stem) is null && Tagger.MostFrequentXpos(forms[v]) is null
                && NounEndings.Any(e => stem.EndsWith(e, StringComparison.Ordinal)) && !IsNewsVerb(forms[v])) continue;
            // An object that is a plain lower-case noun leaves a compound ("Good auto repair men.", "Three Kosovo police officers
            // who ... were released."); a name, number, determiner or preposition may follow a verb, and in a headline without a
            // closing mark so may any object of a named subject ("India flies rescue teams to ...").
            int next = kept[k + 1];
            bool headline = (unpunctuated || titleCase) && (named || newsVerb);
            if (!headline && char.IsLower(forms[next][0])
                && (Tags.Xpos[result.TagIds[next]] is "NN" or "NNS" || Tagger.MostFrequentXpos(forms[next]) is "NN" or "NNS")) continue;
            // A verb of the sentence's own after it, with no clause opening between, leaves this word a noun.
            if (HasOwnFiniteVerb(forms, kept, result, k) || !RootAfterSubordinator(forms, kept, result, root, k)) return -1;
            // ("orders" is probed as "They order 700 more troops": the plural pronoun reads a verb best.)
            var probe = new List<string>(Math.Min(8, kept.Count - k) + 1) { "They", stem };
            for (int j = k + 1; j < kept.Count && probe.Count < 9; j++) probe.Add(forms[kept[j]]);
            Span<int> tags = stackalloc int[probe.Count];
            Tagger.Tag(probe, tags);
            if (!(Tags.Xpos[tags[1]] == "VBP" || (Tags.Xpos[tags[1]] == "VBD" && IrregularPasts.Contains(stem)))) continue;
            // ("North Korea cut off all lines": a verb whose past is its plain form is read as the past news tells.)
            int tag = third ? Tags.Find("VERB", "VBZ") : IrregularPasts.Contains(forms[v]) ? Tags.Find("VERB", "VBD") : Tags.Find("VERB", "VBP");
            if (tag < 0) return -1;
            SetTag(forms, result, v, tag);
            for (int j = 0; j < k; j++)
                if (Tags.Upos[result.TagIds[kept[j]]] == "VERB")
                    SetTag(forms, result, kept[j], Tagger.MostFrequentTagOf(forms[kept[j]]) is var noun and >= 0 && Tags.Upos[noun] is "NOUN" or "PROPN"
                        ? noun : Tags.Find("PROPN", "NNP"));
            return v;
        }
        return -1;
    }

    // Whether the words before a headline's subject noun hold a name ("Hong Kong police") or a nationality ("Serbian prosecutors").
    private bool NamedModifier(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result, int headAt)
    {
        for (int j = 0; j < headAt; j++)
        {
            var form = forms[kept[j]];
            if (!char.IsUpper(form[0]) || form.Length < 3 || !form.Skip(1).All(char.IsLower)) continue;
            var xpos = Tags.Xpos[result.TagIds[kept[j]]];
            if (xpos is "NNP" or "NNPS" || (xpos == "JJ" && NationalityEndings.Any(e => form.EndsWith(e, StringComparison.Ordinal)))) return true;
        }
        return false;
    }

    private static readonly string[] NationalityEndings = ["an", "ese", "ish", "i", "ch"];

    // Plural words for bodies of people that headlines put before their verb; the tagger reads some of them as verbs.
    private static readonly HashSet<string> PeopleNouns = new(StringComparer.Ordinal)
    {
        "police", "troops", "forces", "rebels", "militants", "pirates", "gunmen", "guards", "soldiers", "marines", "separatists",
        "authorities", "officials", "lawmakers", "legislators", "prosecutors", "investigators", "judges", "protesters",
        "demonstrators", "workers", "miners", "farmers", "students", "doctors", "residents", "villagers", "voters", "monitors",
        "peacekeepers", "insurgents", "jihadists", "fighters", "militiamen", "activists", "ministers", "diplomats",
    };

    // Whether a word is an inflection of one of the news verbs ("Suspends", "sanctions", "Authorise"), when the model has them.
    private bool IsNewsVerb(string word)
    {
        if (NewsVerbs is null || word.Length < 3) return false;
        var lower = word.ToLowerInvariant();
        if (NewsVerbs.Contains(lower)) return true;
        foreach (var ending in VerbEndings)
        {
            if (lower.Length <= ending.Length + 2 || !lower.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = lower[..^ending.Length];
            // ("empties" → "empty", "banned" → "ban", "seized" → "seize")
            if (NewsVerbs.Contains(stem) || (ending == "ies" && NewsVerbs.Contains(stem + "y"))
                || (ending is "ed" or "ing" && stem[^1] == stem[^2] && NewsVerbs.Contains(stem[..^1]))
                || (ending is "ed" or "ing" && NewsVerbs.Contains(stem + "e"))) return true;
        }
        return false;
    }

    private static readonly string[] VerbEndings = ["ies", "es", "s", "ed", "ing"];

    // A word the treebank knew best as something other than a name ("Summary", "NOTE", "Black").
    private bool IsCommonWord(string word) => Tagger.MostFrequentXpos(word) is { } xpos && xpos is not ("NNP" or "NNPS");

    // Whether a word of a title-case headline reads as a verb after a plural pronoun ("Cuts" as in "They cut the").
    private bool ReadsAsVerb(string word)
    {
        var lower = word.ToLowerInvariant();
        var stem = lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && lower.Length > 3 ? BaseForm(lower) : lower;
        Span<int> tags = stackalloc int[3];
        Tagger.Tag(["They", stem, "the"], tags);
        return Tags.Xpos[tags[1]] is "VBP" or "VBD";
    }

    private void SetTag(IReadOnlyList<string> forms, SentenceAnalysis result, int i, int tag)
    {
        if (tag < 0) return;
        result.TagIds[i] = tag;
        result.Lemmas[i] = Lemmatizer.Lemmatize(forms[i], tag);
        result.Feats[i] = Features?.Guess(forms[i], tag) ?? "_";
    }

    // A tense after the word, before any clause opens ("Raw data is ...", "Fish tacos are ..."): the sentence has its verb.
    private bool HasOwnFiniteVerb(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result, int k)
    {
        for (int j = k + 1; j < kept.Count; j++)
        {
            int w = kept[j];
            if (OpensClause(forms[w])) return false;
            // (", saying he will not ...": a participle phrase holds tenses of its own.)
            if (forms[w] == "," && j + 1 < kept.Count && Tags.Xpos[result.TagIds[kept[j + 1]]] == "VBG") return false;
            // (A headline's second deed after a comma, "... seizes Taiwanese boat, takes it to port": the word's own conjunct.)
            if (forms[w] == "," && j + 1 < kept.Count && Tags.Xpos[result.TagIds[kept[j + 1]]] == "VBZ"
                && forms[kept[k]].EndsWith('s') && char.IsLetterOrDigit(forms[kept[^1]][^1])) return false;
            if (Tags.Xpos[result.TagIds[w]] is "VBD" or "VBZ" or "VBP" or "MD"
                && Tagger.MostFrequentXpos(forms[w]) is not ("NN" or "NNS" or "NNP" or "NNPS")) return true;
        }
        return false;
    }

    // A word that opens a clause of its own: a subordinator, or a conjunction of time ("after some 30 peacekeepers are hurt").
    private static bool OpensClause(string form) => Subordinators.Contains(form) || form is "after" or "as" or "before" or "since" or "until";

    private int PastAfterApposition(IReadOnlyList<string> forms, SentenceAnalysis result, int close)
    {
        int verb = close + 1;
        if (verb < forms.Count && Tags.Xpos[result.TagIds[verb]] == "RB") verb++;
        if (verb + 1 >= forms.Count || !(Tags.Xpos[result.TagIds[verb]] == "VBN" || NewsAppositions.IsRegularPastRead(forms[verb], Tags.Xpos[result.TagIds[verb]]))
            || !char.IsLower(forms[verb][0])) return -1;
        ReadAsPastTense(forms, result, verb);
        return verb;
    }

    // "threatens" → "threaten", "pushes" → "push", "denies" → "deny", "closes" → "close".
    private static string BaseForm(string form) =>
        form.EndsWith("ies", StringComparison.Ordinal) && form.Length > 4 ? form[..^3] + "y"
        : form.EndsWith("es", StringComparison.Ordinal) && form.Length > 4
          && (form[^3] is 'x' or 'z' || form.EndsWith("shes", StringComparison.Ordinal) || form.EndsWith("ches", StringComparison.Ordinal)
              || form.EndsWith("sses", StringComparison.Ordinal)) ? form[..^2]
        : form[..^1];

    // Whether the parse's verb root, if it has one, lies in a clause opened after the leading words ("... after some 30 of its
    // peacekeepers are hurt"): true, or no verb root; false when the root verb could be the sentence's own.
    private bool RootAfterSubordinator(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result, int root, int k)
    {
        if (Tags.Upos[result.TagIds[root]] != "VERB") return true;
        // ("Turkish lawmakers/VERB ratify ...": a root the tagger took for a verb though the word is usually a noun.)
        if (Tagger.MostFrequentXpos(forms[root]) is "NN" or "NNS" or "NNP" or "NNPS" || PeopleNouns.Contains(forms[root])) return true;
        if (root <= kept[k]) return false;
        for (int j = k + 1; j < kept.Count && kept[j] < root; j++)
        {
            if (OpensClause(forms[kept[j]])) return true;
            // (A headline's second deed after a comma, "... seizes boat, takes/root it to port", is the word's conjunct.)
            if (forms[kept[j]] == "," && j + 1 < kept.Count && kept[j + 1] == root && Tags.Xpos[result.TagIds[root]] == "VBZ"
                && forms[kept[k]].EndsWith('s') && char.IsLetterOrDigit(forms[kept[^1]][^1])) return true;
        }
        return false;
    }

    // "Thousands of protesters who say the vote was rigged stormed the parliament", "Tens of thousands of protesters led by a former
    // minister, rallied ...": a crowd's long subject, with a relative clause or a participle's phrase of its own, drew the greedy
    // parse into the modifier and left the crowd's deed hanging from it. The first past tense of what crowds do, outside the
    // modifier's own verbs, is the root.
    private int CrowdSubjectVerb(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result, int root)
    {
        if (kept.Count < 6 || !QuantityWords.Contains(forms[kept[0]])) return -1;
        bool modified = false;
        for (int k = 1; k < kept.Count; k++)
        {
            int v = kept[k];
            var xpos = Tags.Xpos[result.TagIds[v]];
            if (forms[v] is "who" or "which" or "that" || (xpos == "VBN" && k + 1 < kept.Count && forms[kept[k + 1]] == "by")) modified = true;
            // (The deed itself may be read as a participle: "rallied/VBN around the monument".)
            if (xpos is not ("VBD" or "VBN") || !char.IsLower(forms[v][0]) || AuxiliaryForms.Contains(forms[v])
                || (k + 1 < kept.Count && forms[kept[k + 1]] == "by")) continue;
            if (!modified) return -1;
            // The modifier's own verb: right after its pronoun ("who stormed"), or after an auxiliary ("was rigged").
            int before = kept[k - 1];
            if (forms[before] is "who" or "which" or "that" || AuxiliaryForms.Contains(forms[before])) continue;
            if (!CrowdDeeds.Contains(result.Lemmas[v])) continue;
            if (v == root) return -1;
            ReadAsPastTense(forms, result, v);
            return v;
        }
        return -1;
    }

    // "Thousands rally in Tbilisi ...", "Tens of thousands of Armenians march on ...": a headline's crowd, counted, then its present
    // tense, which the tagger reads as an adverb or a name ("rally/RB", "march/NNP") and the parse loses.
    private int CrowdHeadlineVerb(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result, int root)
    {
        if (kept.Count < 4 || !QuantityWords.Contains(forms[kept[0]]) || !char.IsUpper(forms[kept[0]][0])) return -1;
        int k = 1;
        // "of thousands", then "of protesters" / "of Palestinians": the crowd's own noun.
        for (int part = 0; part < 2 && k + 1 < kept.Count && forms[kept[k]] == "of"; part++)
        {
            var noun = Tags.Xpos[result.TagIds[kept[k + 1]]];
            if (noun is not ("NNS" or "NNPS" or "NNP") && !QuantityWords.Contains(forms[kept[k + 1]])) return -1;
            k += 2;
        }
        if (k + 1 >= kept.Count) return -1;
        int v = kept[k];
        // (A verb already the root needs no help.)
        if (!CrowdVerbs.Contains(forms[v]) || (v == root && Tags.Upos[result.TagIds[v]] == "VERB")) return -1;
        // A place or a target follows the deed: "in Tbilisi", "on Muzaffarabad", "outside parliament", "against the bill".
        if (Tags.Xpos[result.TagIds[kept[k + 1]]] is not ("IN" or "RP" or "RB")) return -1;
        SetTag(forms, result, v, Tags.Find("VERB", "VBP"));
        return v;
    }

    private static readonly HashSet<string> CrowdDeeds = new(StringComparer.Ordinal)
    {
        "rally", "march", "gather", "protest", "demonstrate", "mass", "converge", "riot", "storm", "rampage", "torch", "burn", "occupy",
        "block", "besiege", "surround", "attack", "clash", "loot", "ransack", "break", "set", "throw", "hurl", "tear", "take", "pelt",
        "stone", "chant", "swarm", "overrun", "seize", "barricade",
    };

    private static readonly string[] NounEndings = ["er", "or", "ist", "ian", "ment", "tion", "sion", "ness", "ship", "ity", "ee", "eer", "ism", "ance", "ence"];

    private static readonly HashSet<string> CrowdVerbs = new(StringComparer.Ordinal)
    {
        "rally", "march", "gather", "protest", "demonstrate", "mass", "converge", "flock", "pour", "assemble", "flee", "stream", "riot",
    };

    // "Tens of thousands of Palestinians massed at camps along the fence, launching weeks of protests they call the Great March of
    // Return.", "Colombia's government and the FARC rebels agreed on Wednesday on a final accord ..., the guarantors announced.": the
    // greedy parse hung the past tense on the subject's own noun and gave a later verb two subjects. A verb has one subject; the
    // first subject's past tense is the root.
    private int DoubleSubjectVerb(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result, int root)
    {
        if (Tags.Upos[result.TagIds[root]] != "VERB") return -1;
        int first = -1, second = -1;
        foreach (int d in kept)
            if (result.Heads[d] == root + 1 && Parser.Labels[result.Labels[d]] == "nsubj" && d < root)
            {
                if (first < 0) first = d;
                else if (second < 0) second = d;
            }
        if (first < 0 || second < 0) return -1;
        foreach (int v in kept)
        {
            if (v <= first) continue;
            if (v >= second) return -1;
            var xpos = Tags.Xpos[result.TagIds[v]];
            if (xpos.StartsWith("VB", StringComparison.Ordinal) && xpos is not ("VBD" or "VBN")) return -1;
            if (xpos is not ("VBD" or "VBN")) continue;
            if (!char.IsLower(forms[v][0]) || AuxiliaryForms.Contains(forms[v]) || Parser.Labels[result.Labels[v]] != "acl" || !Dominates(result, first, v)) return -1;
            // "Inspectors led by ... collected", "drones launched by the RSF hit": a participle with its agent is the reduced relative.
            if (xpos == "VBN" && kept.Exists(d => d > v && d < v + 4 && forms[d].Equals("by", StringComparison.OrdinalIgnoreCase))) return -1;
            // Only the verb that follows the subject's phrase directly: "Tens of thousands of Palestinians massed".
            int noun = result.Heads[v] - 1;
            return noun >= 0 && Tags.Upos[result.TagIds[noun]] is "NOUN" or "PROPN" ? v : -1;
        }
        return -1;
    }

    private static readonly HashSet<string> QuantityWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "thousands", "hundreds", "tens", "dozens", "scores", "millions", "crowds", "groups",
    };

    // A preposition, "to" included when no verb follows it ("students opposed to job quotas").
    private bool IsPreposition(List<int> kept, SentenceAnalysis result, int k) =>
        Tags.Xpos[result.TagIds[kept[k]]] is "IN" || (Tags.Xpos[result.TagIds[kept[k]]] is "TO" && k + 1 < kept.Count && !Tags.Xpos[result.TagIds[kept[k + 1]]].StartsWith("VB", StringComparison.Ordinal));

    // "Aid to quake-hit Nepal", "a credit line to crisis-hit Sri Lanka", "Russian-held Kherson was shelled": the participle of a
    // hyphenated modifier ("hit", "held", "run") may be read as a verb whose object is the name it modifies. The name takes the
    // participle's place in the sentence, with the preposition before the modifier as its case, and the participle becomes its
    // modifier again, with the word before the hyphen under it.
    private void RepairHyphenatedModifier(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result)
    {
        for (int k = 1; k + 2 < kept.Count; k++)
        {
            int hyphen = kept[k], modifier = kept[k - 1], participle = kept[k + 1], next = kept[k + 2];
            if (forms[hyphen] != "-" || hyphen != modifier + 1 || participle != hyphen + 1 || next != participle + 1) continue;
            if (!HyphenParticiples.Contains(forms[participle].ToLowerInvariant()) || !forms[modifier].All(char.IsLetter)) continue;
            if (Tags.Upos[result.TagIds[next]] is not ("NOUN" or "PROPN")) continue;
            // The name's head word: "Sri" of "Sri Lanka", "Strip" of "Gaza Strip".
            int noun = next;
            while (result.Heads[noun] - 1 > noun && Parser.Labels[result.Labels[noun]] is "compound" or "amod" or "flat") noun = result.Heads[noun] - 1;
            if (result.Heads[noun] - 1 != participle) continue;
            int head = result.Heads[participle] - 1;
            var label = BaseLabel(result, participle);
            // ("for Debt-Stricken/appos Zambia": a participle hung from the word before it passes on that word's place.)
            int labelOf = participle;
            if (head == modifier) { head = result.Heads[modifier] - 1; label = BaseLabel(result, modifier); labelOf = modifier; }
            if (head == participle || head == hyphen) continue;
            result.Heads[noun] = head + 1;
            // A preposition before the modifier is the name's case: "to quake-hit Nepal".
            int preposition = k >= 2 && Tags.Upos[result.TagIds[kept[k - 2]]] == "ADP" && kept[k - 2] == modifier - 1 ? kept[k - 2] : -1;
            bool verbHead = head >= 0 && Tags.Upos[result.TagIds[head]] is "VERB" or "AUX";
            result.Labels[noun] = head < 0 ? LabelId("root")
                : preposition >= 0 ? LabelId(verbHead ? "obl" : "nmod")
                : label is "nsubj" or "obj" or "iobj" or "obl" or "nmod" or "appos" or "conj" ? result.Labels[labelOf]
                : LabelId(verbHead ? "obj" : "nmod");
            if (preposition >= 0)
            {
                result.Heads[preposition] = noun + 1;
                result.Labels[preposition] = LabelId("case");
            }
            // The participle's later phrases ("... Sri Lanka for food") belong to the clause it was read as heading.
            foreach (int w in kept)
                if (w > noun && result.Heads[w] - 1 == participle) result.Heads[w] = head + 1;
            result.Heads[participle] = noun + 1;
            result.Labels[participle] = LabelId("amod");
            SetTag(forms, result, participle, Tags.Find("VERB", "VBN"));
            // ("quake/VB -hit": the word before the hyphen is a noun.)
            if (Tags.Upos[result.TagIds[modifier]] == "VERB") SetTag(forms, result, modifier, Tags.Find("NOUN", "NN"));
            result.Heads[modifier] = participle + 1;
            result.Labels[modifier] = LabelId("obl:unmarked");
            result.Heads[hyphen] = modifier + 1;
            result.Labels[hyphen] = LabelId("punct");
        }
    }

    private static readonly HashSet<string> HyphenParticiples = new(StringComparer.Ordinal)
    {
        "hit", "held", "run", "ruled", "torn", "stricken", "struck", "ravaged", "affected", "occupied", "controlled", "led", "backed",
    };

    // "Talks between Armenia and Azerbaijan lasted two hours": the greedy parser may make the noun after the preposition a second
    // subject of the verb. A verb has one subject, so a later subject whose phrase opens with a preposition is the first
    // subject's modifier, and the preposition its case.
    private void RepairSecondSubject(List<int> kept, SentenceAnalysis result)
    {
        int n = result.Count;
        Span<int> subject = n <= 256 ? stackalloc int[n] : new int[n];
        subject.Fill(-1);
        foreach (int b in kept)
        {
            int v = result.Heads[b] - 1;
            if (v < 0 || BaseLabel(result, b) != "nsubj") continue;
            int a = subject[v];
            if (a < 0 || a > b) { if (a < 0) subject[v] = b; continue; }
            int first = b;
            foreach (int w in kept) if (w < first && Dominates(result, b, w)) first = w;
            int preposition = Tags.Upos[result.TagIds[first]] == "ADP" ? first : first - 1;
            if (preposition <= a || Tags.Upos[result.TagIds[preposition]] != "ADP" || Dominates(result, preposition, b)) continue;
            // The first subject's phrase runs up to the preposition: "Talks between", "The meeting in Brussels between".
            bool adjoining = true;
            for (int w = a + 1; w < preposition && adjoining; w++) adjoining = Dominates(result, a, w);
            if (!adjoining) continue;
            result.Heads[b] = a + 1;
            result.Labels[b] = LabelId("nmod");
            result.Heads[preposition] = b + 1;
            result.Labels[preposition] = LabelId("case");
        }
    }

    // "The prosecutor said in The Hague on Thursday that he had opened an investigation": a clause opened by the conjunction "that"
    // is no relative clause of the place or day before it; it is what the verb of saying reports.
    private void RepairComplementAfterPlace(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result)
    {
        foreach (int clause in kept)
        {
            if (Parser.Labels[result.Labels[clause]] != "acl:relcl") continue;
            int noun = result.Heads[clause] - 1;
            if (noun < 0 || BaseLabel(result, noun) != "obl") continue;
            int verb = result.Heads[noun] - 1;
            if (verb < 0 || !ReportingLemmas.Contains(result.Lemmas[verb])) continue;
            bool conjunction = false;
            foreach (int d in kept)
                if (d < clause && result.Heads[d] == clause + 1 && BaseLabel(result, d) == "mark" && forms[d].Equals("that", StringComparison.OrdinalIgnoreCase)) conjunction = true;
            if (!conjunction) continue;
            result.Heads[clause] = verb + 1;
            result.Labels[clause] = LabelId("ccomp");
        }
    }

    // "Gave the soldiers who seized power in Niger one week to reinstate the president", "gave the gunmen who had seized police
    // stations until nine o'clock to lay down their arms": the greedy parse let the object's relative clause swallow the time
    // limit and its infinitive. The limit is what is given (an "until" phrase an oblique of "gave"), and the infinitive says what for.
    private void RepairTimeLimitInRelative(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result)
    {
        foreach (int give in kept)
        {
            if (result.Lemmas[give] != "give") continue;
            foreach (int obj in kept)
            {
                if (result.Heads[obj] != give + 1 || BaseLabel(result, obj) != "obj") continue;
                foreach (int relative in kept)
                {
                    if (result.Heads[relative] != obj + 1 || Parser.Labels[result.Labels[relative]] != "acl:relcl") continue;
                    foreach (int limit in kept)
                    {
                        if (limit <= relative || result.Heads[limit] != relative + 1) continue;
                        bool until = kept.Exists(c => result.Heads[c] == limit + 1 && BaseLabel(result, c) == "case" && forms[c].Equals("until", StringComparison.OrdinalIgnoreCase));
                        if (!until && !TimeLimitNouns.Contains(forms[limit])) continue;
                        // The infinitive right after the limit's phrase: "... one week to reinstate".
                        int infinitive = -1;
                        foreach (int v in kept)
                            if (v > limit && (result.Heads[v] == relative + 1 || result.Heads[v] == limit + 1) && BaseLabel(result, v) is "advcl" or "acl" or "xcomp"
                                && kept.Exists(m => result.Heads[m] == v + 1 && BaseLabel(result, m) == "mark" && forms[m].Equals("to", StringComparison.OrdinalIgnoreCase)))
                            { infinitive = v; break; }
                        if (infinitive < 0) continue;
                        result.Heads[limit] = give + 1;
                        result.Labels[limit] = LabelId(until ? "obl" : "obj");
                        if (!until) result.Labels[obj] = LabelId("iobj");
                        result.Heads[infinitive] = give + 1;
                        result.Labels[infinitive] = LabelId("advcl");
                        return;
                    }
                }
            }
        }
    }

    private static readonly HashSet<string> TimeLimitNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "hours", "days", "week", "weeks", "month", "months", "deadline", "o'clock", "midnight", "noon", "dawn",
    };

    private static readonly HashSet<string> ReportingLemmas = new(StringComparer.Ordinal)
    {
        "say", "tell", "announce", "warn", "declare", "state", "claim", "insist", "add", "confirm", "report", "write", "argue",
        "acknowledge", "admit", "allege", "note",
    };

    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "where", "when", "if", "because", "while", "although", "though", "whether", "unless",
    };

    private static readonly HashSet<string> AuxiliaryForms = new(StringComparer.OrdinalIgnoreCase) { "was", "were", "had", "did", "could", "would", "should", "might" };

    private bool HasPronounSubject(List<int> kept, SentenceAnalysis result, int verb)
    {
        foreach (int d in kept)
            if (result.Heads[d] == verb + 1 && BaseLabel(result, d) == "nsubj" && Tags.Upos[result.TagIds[d]] == "PRON") return true;
        return false;
    }

    // "was received by Mohammed bin Salman", "for talks with Kolinda Grabar-Kitarovic": the parser sometimes takes the preposition
    // for the phrase's head and hangs an unfamiliar name from it as punctuation. A word is never punctuation: the name heads the
    // phrase, in the preposition's place, and the preposition is its case marker ("by" after a passive marks the agent).
    private void RepairNameAsPunctuation(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result)
    {
        foreach (int i in kept)
        {
            if (Parser.Labels[result.Labels[i]] != "punct" || Tags.Upos[result.TagIds[i]] is not ("PROPN" or "NOUN")) continue;
            int adposition = result.Heads[i] - 1;
            if (adposition < 0 || adposition > i || Tags.Upos[result.TagIds[adposition]] != "ADP" || Parser.Labels[result.Labels[adposition]] == "case") continue;
            int head = result.Heads[adposition] - 1;
            var label = Parser.Labels[result.Labels[adposition]];
            bool agent = forms[adposition].Equals("by", StringComparison.OrdinalIgnoreCase) && head >= 0
                && kept.Exists(d => result.Heads[d] == head + 1 && Parser.Labels[result.Labels[d]] == "aux:pass");
            result.Heads[i] = head + 1;
            result.Labels[i] = LabelId(agent ? "obl:agent" : label);
            result.Heads[adposition] = i + 1;
            result.Labels[adposition] = LabelId("case");
        }
    }

    // "Russia's consumer protection agency banned imports ...": the parser hung the possessor on the verb (which no treebank tree
    // does) and the nouns after it as obliques. The possessor and those nouns belong to the verb's dependent noun they precede.
    // "Zelensky/JJ rules out ...": an unknown capitalized word the tagger read as an adjective, hung on a verb before it as a
    // modifier (which no treebank tree does), is the verb's subject when the verb has none.
    private void RepairNameAsModifierOfVerb(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result)
    {
        foreach (int w in kept)
        {
            int verb = result.Heads[w] - 1;
            if (verb <= w || Parser.Labels[result.Labels[w]] != "amod" || Tags.Upos[result.TagIds[verb]] != "VERB"
                || !char.IsUpper(forms[w][0]) || Tagger.MostFrequentXpos(forms[w]) is not null) continue;
            bool hasSubject = false;
            foreach (int d in kept) if (result.Heads[d] == verb + 1 && BaseLabel(result, d) is "nsubj" or "csubj") hasSubject = true;
            if (hasSubject) continue;
            SetTag(forms, result, w, Tags.Find("PROPN", "NNP"));
            result.Labels[w] = LabelId("nsubj");
        }
    }

    // "Envoys of Sudan's army and the Rapid Support Forces signed ...": a noun phrase after "and" that the parse made the verb's
    // second subject is a conjunct of the noun right before the "and", inside the first subject's phrase.
    private void RepairConjunctAsSubject(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result)
    {
        for (int k = 0; k < kept.Count; k++)
        {
            int b = kept[k], verb = result.Heads[b] - 1;
            if (verb < 0 || result.Labels[b] != LabelId("nsubj") || Tags.Upos[result.TagIds[b]] is not ("NOUN" or "PROPN")) continue;
            // The "and" opens the second subject's phrase.
            int and = -1;
            foreach (int w in kept)
                if (w < b && result.Heads[w] == b + 1) { if (forms[w] is "and" && BaseLabel(result, w) == "cc") and = w; break; }
            if (and < 1) continue;
            // The first subject's phrase ends right before it.
            int a = -1;
            foreach (int w in kept)
                if (w < and && result.Heads[w] == verb + 1 && result.Labels[w] == LabelId("nsubj")) a = w;
            if (a < 0 || !Dominates(result, a, and - 1) || and - 1 == a) continue;
            int head = and - 1;
            while (result.Heads[head] - 1 is var up && up > a && up < and && BaseLabel(result, head) is "compound" or "flat" or "amod" or "nummod" or "det")
                head = up;
            if (Tags.Upos[result.TagIds[head]] is not ("NOUN" or "PROPN") || BaseLabel(result, head) != "nmod") continue;
            result.Heads[b] = head + 1;
            result.Labels[b] = LabelId("conj");
        }
    }

    // "DR Congo, Rwanda Sign Peace Deal": a headline lists its subjects with a comma where prose says "and". The parser reads the
    // first name as one addressed (vocative) beside the verb's subject; the names are the subject's conjuncts, as in prose.
    private void RepairHeadlineNameList(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result)
    {
        if (kept.Count < 4 || kept[0] != 0) return;
        // The first name runs up to the comma; its head is its last word hung on the verb.
        int comma = kept.FindIndex(w => forms[w] == ",");
        if (comma < 1 || comma > 4) return;
        int first = -1;
        for (int k = 0; k < comma; k++)
        {
            int w = kept[k];
            if (Tags.Upos[result.TagIds[w]] != "PROPN") return;
            if (result.Heads[w] - 1 is var h && (h < kept[0] || h >= kept[comma])) first = first < 0 ? w : -2;
        }
        if (first < 0 || BaseLabel(result, first) is not ("vocative" or "dep" or "discourse" or "appos")) return;
        int verb = result.Heads[first] - 1;
        if (verb < 0 || Tags.Upos[result.TagIds[verb]] != "VERB") return;
        int subject = -1;
        foreach (int d in kept)
            if (d > kept[comma] && d < verb && result.Heads[d] == verb + 1 && BaseLabel(result, d) == "nsubj") subject = d;
        if (subject < 0 || Tags.Upos[result.TagIds[subject]] is not ("PROPN" or "NOUN")) return;
        // Only names and nouns between the comma and the verb: a list, not a clause.
        for (int k = comma + 1; kept[k] < verb; k++)
            if (Tags.Upos[result.TagIds[kept[k]]] is not ("PROPN" or "NOUN" or "ADJ")) return;
        // "Serbia, Kosovo Sign/VB ...": a bare verb with a subject of its own is the headline's present tense.
        if (Tags.Xpos[result.TagIds[verb]] == "VB") SetTag(forms, result, verb, Tags.Find("VERB", "VBP"));
        result.Heads[first] = verb + 1;
        result.Labels[first] = result.Labels[subject];
        result.Heads[subject] = first + 1;
        result.Labels[subject] = LabelId("conj");
        result.Heads[kept[comma]] = subject + 1;
        result.Labels[kept[comma]] = LabelId("punct");
    }

    private void RepairPossessiveOnVerb(List<int> kept, SentenceAnalysis result)
    {
        for (int k = 0; k < kept.Count; k++)
        {
            int owner = kept[k], verb = result.Heads[owner] - 1;
            if (verb <= owner || Parser.Labels[result.Labels[owner]] != "nmod:poss" || Tags.Upos[result.TagIds[verb]] is not ("VERB" or "AUX")) continue;
            // The noun right before the verb heads the phrase, if the words between are a possessive mark, adjectives and nouns.
            int head = -1;
            for (int j = kept.IndexOf(verb) - 1; j > k; j--)
            {
                int w = kept[j];
                if (Tags.Upos[result.TagIds[w]] is "NOUN" or "PROPN" && result.Heads[w] == verb + 1) { head = w; break; }
                if (Tags.Upos[result.TagIds[w]] is not ("PUNCT" or "ADV")) break;
            }
            if (head < 0) continue;
            bool plain = true;
            for (int j = k + 1; kept[j] < head && plain; j++)
                plain = Tags.Upos[result.TagIds[kept[j]]] is "NOUN" or "PROPN" or "ADJ" or "PART";
            if (!plain) continue;
            result.Heads[owner] = head + 1;
            for (int j = k + 1; kept[j] < head; j++)
            {
                int w = kept[j];
                if (result.Heads[w] - 1 == owner || (result.Heads[w] - 1 > w && result.Heads[w] - 1 < head)) continue;
                result.Heads[w] = head + 1;
                result.Labels[w] = LabelId(Tags.Upos[result.TagIds[w]] == "ADJ" ? "amod" : "compound");
            }
        }
    }

    private string BaseLabel(SentenceAnalysis result, int word)
    {
        var label = Parser.Labels[result.Labels[word]];
        int colon = label.IndexOf(':');
        return colon < 0 ? label : label[..colon];
    }

    private bool HasAuxiliaryOrAgent(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result, int verb)
    {
        foreach (int d in kept)
            if (result.Heads[d] == verb + 1 && (BaseLabel(result, d) == "aux" || HasCase(forms, result, d, "by"))) return true;
        return false;
    }

    private bool HasCase(IReadOnlyList<string> forms, SentenceAnalysis result, int nominal, string word)
    {
        for (int i = 0; i < nominal; i++)
            if (result.Heads[i] == nominal + 1 && string.Equals(forms[i], word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool Dominates(SentenceAnalysis result, int head, int node)
    {
        for (int steps = 0; node >= 0 && steps < result.Count; steps++)
        {
            if (node == head) return true;
            node = result.Heads[node] - 1;
        }
        return false;
    }

    // "Used water cannon and tear gas to disperse protesters": crowd-control compounds whose first word is also a verb; read as
    // one, the parser makes "tear" a second predicate and loses what the force was used for.
    private static readonly HashSet<string> CompoundHeads = new(StringComparer.OrdinalIgnoreCase) { "gas", "grenade", "grenades" };

    private void RepairNounCompounds(IReadOnlyList<string> forms, SentenceAnalysis result)
    {
        int noun = Tags.Find("NOUN", "NN");
        if (noun < 0) return;
        for (int i = 0; i + 1 < forms.Count; i++)
            if (forms[i] is "tear" or "Tear" or "stun" or "Stun" && CompoundHeads.Contains(forms[i + 1]) && Tags.Upos[result.TagIds[i]] == "VERB")
                result.TagIds[i] = noun;
    }

    // Past forms the tagger may read as participles or adjectives ("froze arms deliveries").
    private static readonly HashSet<string> IrregularPasts = new(StringComparer.OrdinalIgnoreCase)
    {
        "began", "bought", "brought", "broke", "built", "caught", "chose", "drove", "fell", "fled", "flew", "fought", "froze", "gave",
        "held", "hit", "kept", "knew", "led", "left", "lost", "made", "met", "paid", "put", "ran", "rose", "said", "sank", "saw", "sent",
        "set", "shot", "shut", "sold", "sought", "spent", "spoke", "stole", "struck", "swore", "took", "told", "threw", "tore", "upheld",
        "withdrew", "won", "wrote", "overthrew", "overtook", "undertook", "forbade", "blew", "bore", "cut", "dealt", "let", "quit", "split",
        "shook", "drew", "grew", "hid", "rode", "stood", "woke", "dug", "hung", "swung", "sprang", "fed", "sped", "swept", "meant", "lent",
        "thought", "taught", "understood", "forgave", "foresaw", "overran", "oversaw", "withheld", "beat", "bit", "bled",
    };

    private static bool IsPastLike(string form, string xpos) =>
        xpos == "VBN" || (xpos is "JJ" or "NN" && (IrregularPasts.Contains(form) || (form.Length > 4 && form.EndsWith("ed", StringComparison.Ordinal))));

    private void Retag(IReadOnlyList<string> forms, List<int> kept, SentenceAnalysis result)
    {
        var keptForms = new string[kept.Count];
        var keptTags = new int[kept.Count];
        for (int k = 0; k < kept.Count; k++) keptForms[k] = forms[kept[k]];
        Tagger.Tag(keptForms, keptTags);
        for (int k = 0; k < kept.Count; k++) result.TagIds[kept[k]] = keptTags[k];
    }

    // Parses the given words as a sentence of their own and writes their heads back in whole-sentence positions; returns the
    // position of the word that became their root.
    private int ParseInto(IReadOnlyList<string> forms, List<int> words, SentenceAnalysis result, int forcedRoot = -1)
    {
        var state = result.State;
        // Most sentences set nothing aside: parse them in place rather than copying every word.
        if (words.Count == forms.Count) state.Reset(forms, result.TagIds.AsSpan(0, forms.Count), Tags.UposId);
        else
        {
            var subForms = new string[words.Count];
            var subTags = new int[words.Count];
            for (int k = 0; k < words.Count; k++) { subForms[k] = forms[words[k]]; subTags[k] = result.TagIds[words[k]]; }
            state.Reset(subForms, subTags, Tags.UposId);
        }
        if (forcedRoot >= 0) state.ForcedRoot = words.IndexOf(forcedRoot) + 1;
        Parser.Parse(state);
        int root = words[0];
        for (int k = 0; k < words.Count; k++)
        {
            int head = state.Heads[k + 1];
            result.Heads[words[k]] = head == 0 ? 0 : words[head - 1] + 1;
            result.Labels[words[k]] = state.LabelsOf[k + 1];
            if (head == 0) root = words[k];
        }
        return root;
    }

    // The verb right after the phrase ("on Tuesday signed"), else the one right before it ("said on Wednesday that"), else the
    // nearest verb above the word before it, else the root.
    private int DateAttachment(NewsDatePhrases.Phrase p, SentenceAnalysis r, bool[] aside)
    {
        int n = r.Count;
        string Upos(int i) => Tags.Upos[r.TagIds[i]];
        if (p.End < n && !aside[p.End])
        {
            if (Upos(p.End) == "VERB") return p.End;
            if (Upos(p.End) == "AUX" && r.Heads[p.End] > 0 && Upos(r.Heads[p.End] - 1) == "VERB") return r.Heads[p.End] - 1;
        }
        int x = p.Start - 1;
        for (int steps = 0; steps < n && x >= 0; steps++)
        {
            if (Upos(x) == "VERB" && !aside[x]) return x;
            if (r.Heads[x] == 0) return x;
            x = r.Heads[x] - 1;
        }
        for (int i = 0; i < n; i++) if (!aside[i] && r.Heads[i] == 0) return i;
        return 0;
    }

    // Built once with the model, which threads share read-only: looking a label up then needs no lock.
    private readonly FrozenDictionary<string, int> _labelIds;

    private static FrozenDictionary<string, int> LabelIds(List<string> labels)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < labels.Count; i++) ids.TryAdd(labels[i], i);
        return ids.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // A label the model does not know falls back to the first one, as before.
    private int LabelId(string label) => _labelIds.GetValueOrDefault(label);
}
