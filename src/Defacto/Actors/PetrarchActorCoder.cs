using Defacto.Actors.Dictionaries;
using Defacto.Model;

namespace Defacto.Actors;

/// <summary>
/// Codes actor noun phrases the way PETRARCH does with CAMEO actors/agents/discards dictionaries:
/// the phrase's first actor (its code chosen by date) joined with the phrase's agents (~X suffixed, X~ prefixed),
/// "---" plus agents when the phrase names no actor, coordinated phrases sharing modifiers.
/// Works on any parsed sentence with UD v2 relations.
/// </summary>
public sealed class PetrarchActorCoder
{
    /// <summary>Dependents that stay inside the noun phrase of their head (modifiers, names, determiners).</summary>
    private static readonly HashSet<string> LocalRelations = new(StringComparer.Ordinal)
    {
        "compound", "amod", "nmod:poss", "flat", "flat:name", "fixed", "det", "nummod", "goeswith", "case", "nmod:desc",
    };

    /// <summary>Prepositions after which an actor completes an agent phrase ("officials in Arnor", "government of Gondor").</summary>
    private static readonly HashSet<string> AttachingPrepositions = new(StringComparer.Ordinal) { "of", "in", "from" };

    private readonly PhraseTrie<Entry> _names = new();
    private readonly PhraseTrie<bool> _discards = new();
    /// <summary>Multi-word actor names by their last word, for phrases with words between the name's words ("Ithilen state-run television").</summary>
    private readonly Dictionary<string, List<(string[] Words, ImportedActor Actor)>> _byLastWord = new(StringComparer.Ordinal);

    public PetrarchActorCoder(DictionarySet dictionaries)
    {
        foreach (var actor in dictionaries.Actors)
        foreach (var name in actor.Names)
        {
            var words = Words(name);
            if (words.Length == 0) continue;
            _names.AddIfNew(words, new Entry(actor, null, false));
            if (words.Length > 1)
            {
                if (!_byLastWord.TryGetValue(words[^1], out var list)) _byLastWord[words[^1]] = list = new();
                list.Add((words, actor));
            }
        }
        foreach (var agent in dictionaries.Agents)
        {
            var words = Words(agent.Term);
            if (words.Length == 0) continue;
            var entry = new Entry(null, agent.Code, agent.Prefix);
            _names.AddIfNew(words, entry);
            if (!agent.PluralsGiven) _names.AddIfNew(RegularPlural(words), entry);
        }
        foreach (var d in dictionaries.Discards)
        {
            var words = Words(d.Phrase);
            if (words.Length > 0) _discards.AddIfNew(words, true);
        }
    }

    /// <summary>True when the sentence contains a discard phrase (sentence- or story-level): PETRARCH codes no events from it.</summary>
    public bool IsDiscarded(Document doc, Sentence sentence)
    {
        var keys = Keys(sentence.Tokens(doc));
        for (int i = 0; i < keys.Length; i++)
            if (_discards.LongestMatch(keys, i) > 0) return true;
        return false;
    }

    /// <summary>Appends the coded actor mentions of one parsed sentence at <paramref name="date"/>; group numbers start at <paramref name="nextGroup"/>.</summary>
    public void CodeSentence(Document doc, Sentence sentence, DateOnly date, ref int nextGroup)
    {
        var tokens = sentence.Tokens(doc).ToArray();
        if (tokens.Length == 0) return;
        var keys = Keys(tokens);
        var items = FindItems(tokens, keys);
        var phraseOf = new int[tokens.Length];
        for (int i = 0; i < tokens.Length; i++) phraseOf[i] = PhraseHead(tokens, i);
        var phrases = new SortedDictionary<int, NounPhrase>();
        NounPhrase PhraseAt(int head) => phrases.TryGetValue(head, out var p) ? p : phrases[head] = new NounPhrase(head);
        foreach (var item in items)
        {
            var phrase = PhraseAt(phraseOf[item.Anchor]);
            if (item.Entry.Actor is not null) phrase.Actors.Add(item);
            else phrase.Agents.Add(item);
        }
        foreach (var phrase in phrases.Values)
        {
            ExtendWithGappedName(phrase, tokens, keys, phraseOf);
            // The phrase's first actor stands for it, with any actor coordinated with it ("Eriadori and Calenardhon leaders").
            if (phrase.Actors.Count > 0)
                phrase.LeadActors.AddRange(phrase.Actors.Where(a => a == phrase.Actors[0] || ConjunctionRoot(tokens, a.Anchor) == phrase.Actors[0].Anchor));
        }
        foreach (var phrase in phrases.Values.Where(p => p.Actors.Count == 0 && p.Agents.Count > 0)) Absorb(phrase, tokens, phrases);
        foreach (var phrase in phrases.Values.Where(p => p.Actors.Count == 0 && p.Agents.Count > 0 && p.AbsorbedActors.Count == 0)) Inherit(phrase, tokens, phrases);

        var groupOfConjunction = new Dictionary<int, int>();
        foreach (var phrase in phrases.Values)
        {
            if (phrase.ConsumedBy is not null) continue;
            var codes = Codes(phrase, date);
            if (codes.Count == 0) continue;
            int firstToken = phrase.Head, lastToken = phrase.Head;
            for (int i = 0; i < tokens.Length; i++)
                if ((phraseOf[i] == phrase.Head || phrase.AbsorbedTokens.Contains(phraseOf[i])) && !IsPreposition(tokens, i, phrase.Head))
                {
                    firstToken = Math.Min(firstToken, i);
                    lastToken = Math.Max(lastToken, i);
                }
            var span = new Span(tokens[firstToken].Start, tokens[lastToken].End);
            int conjunctionRoot = ConjunctionRoot(tokens, phrase.Head);
            bool coordinated = conjunctionRoot != phrase.Head
                || Enumerable.Range(0, tokens.Length).Any(j => j != phrase.Head && ConjunctionRoot(tokens, j) == phrase.Head);
            int? group = null;
            if (codes.Count > 1 || coordinated)
            {
                if (!groupOfConjunction.TryGetValue(conjunctionRoot, out var g)) groupOfConjunction[conjunctionRoot] = g = nextGroup++;
                group = g;
            }
            foreach (var code in codes)
            {
                doc.Mentions.Add(new Mention(span, doc.Text.Substring(span.Start, span.Length))
                {
                    Code = code,
                    Polity = code.StartsWith("---", StringComparison.Ordinal) ? null : code[..Math.Min(3, code.Length)],
                    Kind = phrase.Agents.Count > 0 ? MentionKind.Group : MentionKind.Polity,
                    Method = "dictionary",
                    Group = group,
                    SentenceIndex = sentence.Index,
                });
            }
        }
        AddUnresolved(doc, sentence, tokens, phraseOf, phrases, items);
    }

    /// <summary>
    /// Appends unresolved mentions (Code null, Method "unresolved") for proper-noun phrases no dictionary entry covers,
    /// with "of" complements ("the Ministry of Magic"): PETRARCH can code these as new actors by their text (see <see cref="NewActorCode"/>).
    /// </summary>
    private static void AddUnresolved(Document doc, Sentence sentence, Token[] tokens, int[] phraseOf, SortedDictionary<int, NounPhrase> phrases, List<Item> items)
    {
        // Tokens inside a dictionary match ("Dol Amroth" in "Prince of Dol Amroth") are never new actors.
        var taken = items.SelectMany(it => Enumerable.Range(it.Start, it.Length)).ToHashSet();
        for (int h = 0; h < tokens.Length; h++)
        {
            if (phraseOf[h] != h || phrases.ContainsKey(h) || taken.Contains(h) || tokens[h].Upos is not ("PROPN" or "NOUN")) continue;
            if (!Enumerable.Range(0, tokens.Length).Any(i => phraseOf[i] == h && tokens[i].Upos == "PROPN")) continue;
            var members = new HashSet<int> { h };
            for (int i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Head - 1 != h || tokens[i].Upos != "PROPN" || phrases.ContainsKey(i)) continue;
                if (tokens[i].DepRel == "appos" || (tokens[i].DepRel == "nmod" && HasPreposition(tokens, i))) members.Add(i);
            }
            taken.UnionWith(members);
            int first = h, last = h;
            for (int i = 0; i < tokens.Length; i++)
                if (members.Contains(phraseOf[i]) && !(members.Contains(i) is false && IsPreposition(tokens, i, h)))
                {
                    first = Math.Min(first, i);
                    last = Math.Max(last, i);
                }
            var span = new Span(tokens[first].Start, tokens[last].End);
            doc.Mentions.Add(new Mention(span, doc.Text.Substring(span.Start, span.Length))
            {
                Kind = MentionKind.Unknown, Method = "unresolved", Context = sentence.GetText(doc), SentenceIndex = sentence.Index,
            });
        }
    }

    /// <summary>PETRARCH's code for an actor that is in no dictionary: the phrase's words in capitals, without possessive 's, in quotes.</summary>
    public static string NewActorCode(Mention mention) =>
        "\"" + string.Join(' ', mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w is not ("'s" or "'" or "’s")).Select(w => w.ToUpperInvariant())) + "\"";

    /// <summary>The code of an actor at a date: the first date-restricted code in force, else its first unrestricted code.</summary>
    public static string? CodeAt(ImportedActor actor, DateOnly date)
    {
        foreach (var (code, validity) in actor.Codes)
            if ((validity.From is not null || validity.Until is not null) && validity.Contains(date)) return code;
        foreach (var (code, validity) in actor.Codes)
            if (validity.From is null && validity.Until is null) return code;
        return null;
    }

    /// <summary>Joins an actor code and agent codes in text order, skipping an agent the code already ends (suffix) or starts (prefix) with.</summary>
    public static string Combine(string actorCode, IEnumerable<(string Code, bool Prefix)> agents)
    {
        var code = actorCode;
        foreach (var (agent, prefix) in agents)
        {
            if (prefix) { if (!code.StartsWith(agent, StringComparison.Ordinal)) code = agent + code; }
            else if (!code.EndsWith(agent, StringComparison.Ordinal)) code += agent;
        }
        return code;
    }

    private static List<string> Codes(NounPhrase phrase, DateOnly date)
    {
        var agents = phrase.InheritedAgents.Concat(phrase.Agents).OrderBy(a => a.Anchor).Select(a => (a.Entry.AgentCode!, a.Entry.Prefix)).ToList();
        var actors = phrase.LeadActors.Count > 0 ? phrase.LeadActors : phrase.AbsorbedActors.Count > 0 ? phrase.AbsorbedActors : phrase.InheritedActors;
        var codes = new List<string>();
        foreach (var actor in actors)
        {
            var code = CodeAt(actor.Entry.Actor!, date);
            if (code is not null) codes.Add(Combine(code, agents));
        }
        if (actors.Count == 0 && agents.Count > 0) codes.Add(Combine("---", agents));
        return codes.Distinct().ToList();
    }

    /// <summary>An agent phrase without an actor takes the actors of its "of/in/from" dependents ("ambassadors of Arnor and Gondor").</summary>
    private static void Absorb(NounPhrase phrase, Token[] tokens, SortedDictionary<int, NounPhrase> phrases)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Head - 1 != phrase.Head || tokens[i].DepRel is not ("nmod" or "obl")) continue;
            if (!HasPreposition(tokens, i)) continue;
            foreach (var member in Conjuncts(tokens, i))
            {
                if (!phrases.TryGetValue(member, out var other) || other.LeadActors.Count == 0) continue;
                phrase.AbsorbedActors.AddRange(other.LeadActors);
                phrase.AbsorbedTokens.Add(member);
                other.ConsumedBy = phrase.Head;
            }
        }
    }

    /// <summary>A coordinated agent phrase without an actor shares its conjunct's actors and modifiers ("Danish media and government").</summary>
    private static void Inherit(NounPhrase phrase, Token[] tokens, SortedDictionary<int, NounPhrase> phrases)
    {
        int root = ConjunctionRoot(tokens, phrase.Head);
        foreach (var member in Conjuncts(tokens, root))
        {
            if (member == phrase.Head || !phrases.TryGetValue(member, out var other)) continue;
            var actors = other.LeadActors.Count > 0 ? other.LeadActors : other.AbsorbedActors;
            if (actors.Count == 0) continue;
            phrase.InheritedActors.AddRange(actors);
            phrase.InheritedAgents.AddRange(other.Agents.Where(a => a.Anchor != other.Head));
            return;
        }
    }

    /// <summary>Replaces a phrase's first actor by a longer dictionary name whose words occur in order inside the phrase.</summary>
    private void ExtendWithGappedName(NounPhrase phrase, Token[] tokens, string[] keys, int[] phraseOf)
    {
        if (phrase.Actors.Count == 0 || !_byLastWord.TryGetValue(keys[phrase.Head], out var candidates)) return;
        var first = phrase.Actors[0];
        var local = Enumerable.Range(0, tokens.Length).Where(i => phraseOf[i] == phrase.Head).ToList();
        foreach (var (words, actor) in candidates.OrderByDescending(c => c.Words.Length))
        {
            if (words.Length <= first.Length || words[0] != keys[first.Start]) continue;
            int w = 0;
            foreach (var i in local.Where(i => i >= first.Start))
                if (w < words.Length && keys[i] == words[w]) w++;
            if (w < words.Length) continue;
            phrase.Actors[0] = first with { Entry = new Entry(actor, null, false), Length = words.Length };
            phrase.Agents.RemoveAll(a => a.Anchor == phrase.Head);
            return;
        }
    }

    private List<Item> FindItems(Token[] tokens, string[] keys)
    {
        var items = new List<Item>();
        int i = 0;
        while (i < keys.Length)
        {
            var (length, entry) = _names.LongestMatchWithValue(keys, i);
            if (length == 0) { i++; continue; }
            items.Add(new Item(i, length, Anchor(tokens, i, i + length), entry!));
            i += length;
        }
        return items;
    }

    /// <summary>The token of [start, end) whose head lies outside it (the first such), i.e. the name's syntactic head.</summary>
    private static int Anchor(Token[] tokens, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            int head = tokens[i].Head - 1;
            if (head < start || head >= end) return i;
        }
        return end - 1;
    }

    /// <summary>Climbs local modifier relations to the head noun of the phrase holding token i.</summary>
    private static int PhraseHead(Token[] tokens, int i)
    {
        int guard = 0;
        while (guard++ < tokens.Length)
        {
            var t = tokens[i];
            int head = t.Head - 1;
            if (head < 0 || head >= tokens.Length || t.DepRel is null) return i;
            var rel = t.DepRel;
            bool local = LocalRelations.Contains(rel) || (rel == "conj" && IsModifier(tokens[head]));
            if (!local) return i;
            i = head;
        }
        return i;
    }

    /// <summary>True for a token that is itself a modifier inside a phrase, so its conjuncts ("awful and evil") stay there too.</summary>
    private static bool IsModifier(Token t) => t.DepRel is not null && LocalRelations.Contains(t.DepRel) && t.DepRel != "nmod:poss";

    /// <summary>A preposition opening the phrase ("with" in "with Gondor") is left out of its span; the possessive 's is kept.</summary>
    private static bool IsPreposition(Token[] tokens, int i, int head) =>
        i < head && tokens[i].DepRel == "case" && tokens[i].Text is not ("'s" or "'" or "’s") && tokens[i].Head - 1 == head;

    private static bool HasPreposition(Token[] tokens, int i)
    {
        for (int j = 0; j < tokens.Length; j++)
            if (tokens[j].Head - 1 == i && tokens[j].DepRel == "case" && AttachingPrepositions.Contains(tokens[j].Text.ToLowerInvariant())) return true;
        return false;
    }

    private static int ConjunctionRoot(Token[] tokens, int i)
    {
        int guard = 0;
        while ((tokens[i].DepRel == "conj" || IsListAppositive(tokens, i)) && tokens[i].Head > 0 && guard++ < tokens.Length) i = tokens[i].Head - 1;
        return i;
    }

    /// <summary>
    /// PETRARCH reads a comma-delimited list of actors as one compound; the parser often attaches the second item as an
    /// appositive ("Mordor, the Shire, Arnor and Bree"): an appositive is a list item when it or its head has conjuncts.
    /// </summary>
    private static bool IsListAppositive(Token[] tokens, int i)
    {
        if (tokens[i].DepRel != "appos" || tokens[i].Head <= 0) return false;
        int head = tokens[i].Head - 1;
        return tokens.Any(t => t.DepRel == "conj" && (t.Head - 1 == i || t.Head - 1 == head));
    }

    /// <summary>Token i and every token coordinated with it ("Arnor, Osgiliath and Gondor").</summary>
    private static List<int> Conjuncts(Token[] tokens, int i)
    {
        var result = new List<int> { i };
        for (int j = 0; j < tokens.Length; j++)
            if (tokens[j].DepRel == "conj" && tokens[j].Head - 1 == i) result.Add(j);
        return result;
    }

    private static string[] Keys(ReadOnlySpan<Token> tokens)
    {
        var keys = new string[tokens.Length];
        for (int i = 0; i < tokens.Length; i++) keys[i] = NameKey.Of(tokens[i].Text);
        return keys;
    }

    /// <summary>Dictionary phrase words as token keys; PETRARCH phrases split on blanks (underscores already read as blanks).</summary>
    private static string[] Words(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(NameKey.Of).ToArray();

    /// <summary>PETRARCH's regular plural of a phrase's last word: -ies after a consonant y, -es after s/x/ch/sh, men for man, else -s.</summary>
    private static string[] RegularPlural(string[] words)
    {
        var last = words[^1];
        string plural = last.EndsWith("man", StringComparison.Ordinal) ? last[..^3] + "men"
            : last.Length > 1 && last.EndsWith('y') && !"aeiou".Contains(last[^2]) ? last[..^1] + "ies"
            : last.EndsWith('s') || last.EndsWith('x') || last.EndsWith("ch", StringComparison.Ordinal) || last.EndsWith("sh", StringComparison.Ordinal) ? last + "es"
            : last + "s";
        var copy = (string[])words.Clone();
        copy[^1] = plural;
        return copy;
    }

    /// <summary>A dictionary entry: an actor, or an agent code with its position (prefix or suffix).</summary>
    private sealed record Entry(ImportedActor? Actor, string? AgentCode, bool Prefix);

    /// <summary>A dictionary match over tokens [Start, Start + Length) whose syntactic head is Anchor.</summary>
    private sealed record Item(int Start, int Length, int Anchor, Entry Entry);

    private sealed class NounPhrase(int head)
    {
        public int Head { get; } = head;
        public List<Item> Actors { get; } = new();
        public List<Item> Agents { get; } = new();
        public List<Item> LeadActors { get; } = new();
        public List<Item> AbsorbedActors { get; } = new();
        public HashSet<int> AbsorbedTokens { get; } = new();
        public List<Item> InheritedActors { get; } = new();
        public List<Item> InheritedAgents { get; } = new();
        public int? ConsumedBy { get; set; }
    }
}

/// <summary>A word-sequence trie keeping the first value added for each phrase.</summary>
internal sealed class PhraseTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node> Next { get; } = new(StringComparer.Ordinal);
        public bool HasValue;
        public T? Value;
    }

    private readonly Node _root = new();

    public void AddIfNew(string[] words, T value)
    {
        var node = _root;
        foreach (var w in words)
        {
            if (!node.Next.TryGetValue(w, out var next)) node.Next[w] = next = new Node();
            node = next;
        }
        if (node.HasValue) return;
        node.HasValue = true;
        node.Value = value;
    }

    /// <summary>Length of the longest phrase starting at keys[start] (0 when none) and its value.</summary>
    public (int Length, T? Value) LongestMatchWithValue(string[] keys, int start)
    {
        var node = _root;
        (int, T?) best = (0, default);
        for (int i = start; i < keys.Length; i++)
        {
            if (!node.Next.TryGetValue(keys[i], out var next)) break;
            node = next;
            if (node.HasValue) best = (i - start + 1, node.Value);
        }
        return best;
    }

    public int LongestMatch(string[] keys, int start) => LongestMatchWithValue(keys, start).Length;
}
