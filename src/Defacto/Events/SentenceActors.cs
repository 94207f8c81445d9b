using Defacto.Model;

namespace Defacto.Events;

/// <summary>The resolved actor mentions of one sentence, indexed by token, and the rules that find the actor a noun phrase names.</summary>
public sealed class SentenceActors
{
    // Relations through which a noun phrase's head reaches the name that codes it ("the foreign ministry of Armenia").
    private static readonly string[] NominalModifiers = ["compound", "flat", "nmod", "amod", "appos", "name", "det"];

    private readonly DependencyTree _tree;
    private readonly int[] _mentionAt;

    /// <summary>Indexes the resolved mentions of the tree's sentence (unresolved ones cannot be event actors).</summary>
    public SentenceActors(DependencyTree tree, IReadOnlyList<Mention> documentMentions)
    {
        _tree = tree;
        _mentionAt = new int[tree.Count];
        Array.Fill(_mentionAt, -1);
        int sentence = tree.Sentence.Index;
        var tokens = tree.Tokens;
        int background = TimePhraseEnd(tree);
        for (int m = 0; m < documentMentions.Count; m++)
        {
            var mention = documentMentions[m];
            if (mention.SentenceIndex != sentence || mention.Code is null) continue;
            // "Hours after a Russian-brokered ceasefire, ...": names in a fronted time phrase only date the main clause.
            if (mention.Span.End <= background) { _background.Add(mention); continue; }
            Mentions.Add(mention);
            int local = Mentions.Count - 1;
            for (int i = 0; i < tokens.Length; i++)
                if (tokens[i].Start < mention.Span.End && mention.Span.Start < tokens[i].End && _mentionAt[i] < 0) _mentionAt[i] = local;
        }
        foreach (var bare in documentMentions)
            if (bare.SentenceIndex != sentence || bare.Code is not null || bare.Sector is null) continue;
            // "Seized an oil tanker off Somalia": a ship flies its own flag wherever it sails.
            // "The rebel National Transitional Council": a sector word right before a known name only describes it.
            else if (bare.RoleKey == "shipping" || DescribesName(bare) || Place(bare) is not { } placed) _unplaced.Add(bare);
            else
            {
                // "Troops from North Korea and South Korea": each coordinated place gives one side, joined as one group.
                var others = CoordinatedPlaces(bare, placed.Polity!);
                if (others.Count > 0) placed = placed with { Group = PlaceGroupBase - Mentions.Count };
                Mentions.Add(placed);
                for (int i = 0; i < tokens.Length; i++)
                    if (tokens[i].Start < bare.Span.End && bare.Span.Start < tokens[i].End && _mentionAt[i] < 0) _mentionAt[i] = Mentions.Count - 1;
                foreach (var other in others)
                    Mentions.Add(placed with { Code = other + bare.Sector, Polity = other });
            }
        AddCrowds(sentence);
    }

    // "Thousands rally in Tbilisi", "Tens of thousands marched ...": a bare count that does something is a crowd of the place
    // it acts in ("hundreds of soldiers" is the soldiers, named by their own word).
    private void AddCrowds(int sentence)
    {
        var tokens = _tree.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (_mentionAt[i] >= 0 || _tree.Rel(i) != "nsubj" || !CrowdCounts.Contains(_tree.Lower(i))) continue;
            bool named = false;
            foreach (var c in _tree.Children(i))
                if (_tree.Upos(c) is "NOUN" or "PROPN" && !CrowdCounts.Contains(_tree.Lower(c))) named = true;
            if (named) continue;
            var crowd = new Mention(new Span(tokens[i].Start, tokens[i].End), tokens[i].Text)
            {
                Kind = MentionKind.Group, Sector = "CVL", RoleKey = "people", Method = "crowd", SentenceIndex = sentence,
            };
            if (Place(crowd) is not { } placed) continue;
            Mentions.Add(placed);
            _mentionAt[i] = Mentions.Count - 1;
        }
    }

    private static readonly HashSet<string> CrowdCounts = new(StringComparer.Ordinal) { "thousands", "hundreds", "dozens", "scores", "tens" };

    // True when a known name follows the bare agent with only spaces between (the sentence's resolved names are indexed first).
    private bool DescribesName(Mention bare)
    {
        var text = _tree.Document.Text;
        foreach (var m in Mentions)
        {
            if (m.Span.Start < bare.Span.End || m.Method != "name") continue;
            int gap = bare.Span.End;
            while (gap < m.Span.Start && char.IsWhiteSpace(text[gap])) gap++;
            if (gap == m.Span.Start) return true;
        }
        return false;
    }

    private readonly List<Mention> _unplaced = [];
    private readonly List<Mention> _background = [];

    /// <summary>A name on the token inside a fronted time phrase ("A day after Baku launched ..."), which dates the news and is no party to it.</summary>
    public Mention? BackgroundAt(int token) => Covering(_background, token);

    /// <summary>An unplaced bare agent placed as a criminal ("gunmen stole a truck ..., setting off an alert in Mexico"): criminals
    /// belong to the one country the sentence names, wherever it names it.</summary>
    public Mention? PlaceAsCriminal(Mention bare) => Place(bare with { Sector = "CRM" });

    /// <summary>A bare agent ("protesters", "teachers' unions") on the token that nothing in the sentence places in a polity, if any.</summary>
    public Mention? UnplacedAgentAt(int token) => Covering(_unplaced, token);

    private Mention? Covering(List<Mention> mentions, int token)
    {
        var t = _tree.Tokens[token];
        foreach (var m in mentions)
            if (t.Start < m.Span.End && m.Span.Start < t.End) return m;
        return null;
    }

    /// <summary>Groups of agents placed by coordinated places get negative ids, apart from the Actors stage's own groups.</summary>
    private const int PlaceGroupBase = -1;

    /// <summary>Further polities coordinated with the place that placed a bare agent, in its own modifiers.</summary>
    private List<string> CoordinatedPlaces(Mention bare, string first)
    {
        var result = new List<string>();
        int head = HeadOf(bare);
        if (head < 0) return result;
        foreach (var c in _tree.Children(head))
        {
            if (_tree.BaseRel(c) != "nmod" || !HasPlaceCase(c) || At(c) is not { Polity: { } p } || p != first) continue;
            foreach (var k in _tree.Children(c))
                if (_tree.RelIs(k, "conj") && !IsElaboration(k) && At(k) is { Polity: { Length: 3 } other } && other != first && !result.Contains(other)) result.Add(other);
        }
        return result;
    }

    private int HeadOf(Mention bare)
    {
        for (int i = 0; i < _tree.Count; i++)
        {
            var t = _tree.Tokens[i];
            if (t.Start < bare.Span.Start || t.End > bare.Span.End) continue;
            int h = _tree.Head(i);
            if (h < 0 || _tree.Tokens[h].Start < bare.Span.Start || _tree.Tokens[h].End > bare.Span.End) return i;
        }
        return -1;
    }

    /// <summary>End (characters) of a sentence-initial "Hours after ...," / "A day before ...," phrase; -1 when the sentence has none.</summary>
    private static int TimePhraseEnd(DependencyTree tree)
    {
        var tokens = tree.Tokens;
        if (tokens.Length < 4) return -1;
        int opener = Syntax.NewsFrontedPhrases.Subordinator(i => tokens[i].Text, tokens.Length);
        if (opener < 1 || tokens[opener].Text.ToLowerInvariant() is not ("after" or "before")) return -1;
        for (int i = opener + 1; i < tokens.Length; i++)
            if (tokens[i].Text == ",") return tokens[i].Start;
        return -1;
    }

    private static readonly HashSet<string> QuantityNouns = new(StringComparer.Ordinal)
    {
        "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "score", "scores", "ten", "tens", "million", "millions",
        "group", "crowd", "gang", "band", "number", "handful", "couple", "network", "ring", "cell",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "from", "at", "near", "of", "inside", "outside", "across", "into", "through", "off" };

    // "Smugglers ... from Transnistria", "a gang in Tiraspol", "thieves ... near Ochamchire": a bare agent belongs to the place
    // the clause names (first among its own modifiers, then among the verb's obliques).
    private Mention? Place(Mention bare)
    {
        int head = HeadOf(bare);
        if (head < 0) return null;
        // "Nika Melia, chairman of Georgia's main opposition": the chairman, members or supporters of a body are that body.
        foreach (var c in _tree.Children(head))
            if (_tree.BaseRel(c) == "nmod" && CaseIs(c, "of") && At(c) is { Code: { Length: > 3 } body, Polity: { } bodyPolity })
                return bare with { Code = body, Polity = bodyPolity, Method = "agent of body" };
        // "Hackers linked to North Korea's Lazarus Group", "militias backed by Tehran": an agent tied to a state belongs to it.
        foreach (var c in _tree.Children(head))
            if (_tree.BaseRel(c) == "acl" && _tree.Lemma(c) is "link" or "tie" or "back" or "affiliate" or "connect" or "sponsor")
                foreach (var o in _tree.Children(c))
                    if (_tree.BaseRel(o) == "obl" && At(o) is { } tied && StatePolity(tied) is { } state)
                        return bare with { Code = state + bare.Sector, Polity = state, Method = "agent tied to" };
        var polity = PlaceUnder(head, 3);
        // "Thousands of protesters", "a gang of four thieves": the quantity stands in the clause for the agent.
        int role = head;
        // "Tens of thousands of women": quantities may nest.
        while (_tree.BaseRel(role) == "nmod" && _tree.Head(role) is var quantity and >= 0 && QuantityNouns.Contains(_tree.Lemma(quantity))) role = quantity;
        int verb = _tree.Head(role);
        if (polity is null && verb >= 0 && _tree.BaseRel(role) is "nsubj" or "obj" or "nsubj:pass")
            foreach (var c in _tree.Children(verb))
                // "Took to the streets of Makhachkala": the streets of a place are in it.
                // ("Rallied around the monument in the capital": a crowd gathers where it stands; forces "around Taiwan" are not in it.)
                if (c != role && _tree.BaseRel(c) is "obl" or "advcl" && (HasPlaceCase(c) || (CaseWord(c) == "around" && bare.Sector is not ("MIL" or "COP" or "SPY")) || _tree.Lemma(c) is "street" or "square")
                    && (polity = IsMission(c) ? MissionPlace(c) : PlaceUnder(c, 2, self: true)) is not null) break;
        // "Indigenous groups blocked highways across Guatemala": a doer's deed done to something somewhere is done there (not where
        // it came from or went: "moved fuel from Serbia into Kosovo"; criminals have their own rule).
        if (polity is null && verb >= 0 && bare.Sector != "CRM" && _tree.BaseRel(role) == "nsubj" && _tree.Child(verb, "obj") is var done and >= 0 && At(done) is null)
            foreach (var c in _tree.Children(done))
                if (_tree.BaseRel(c) is "nmod" or "obl" && LocationCases.Contains(CaseWord(c)) && At(c) is { Polity: { } where } && StatePolity(At(c)!) is not null) { polity = where; break; }
        // "Protesters stormed Kenya's parliament": a crowd that acts on a state's seat of power is in that state.
        if (polity is null && verb >= 0 && bare.Sector is "CVL" or "OPP" or "LAB" or "EDU" && _tree.BaseRel(role) == "nsubj" && _tree.Child(verb, "obj") is var seat and >= 0
            && SeatNouns.Contains(_tree.Lemma(seat)) && At(seat) is { } seatActor && StatePolity(seatActor) is { } seatState)
            polity = seatState;
        string method = "agent in place";
        // "Nigeria's unions demanded that the government ...": with no place of its own, a bare agent belongs to the one polity the
        // sentence names.
        // Only for a doer or a description ("the opposition candidate"); an object may be a weapon ("supplied drones to ...").
        // People may be acted on too ("gave in to young protesters"); weapons and forces on the object side are left alone.
        // A named body ("the director of Abzas Media", "the offices of Belsat Television") may sit in a modifier too.
        bool mayPlace = _tree.BaseRel(role) is "nsubj" or "appos" || _tree.Head(role) < 0 || (_tree.BaseRel(role) is "obj" or "obl" && bare.Sector is not ("MIL" or "GOV"))
            || (_tree.BaseRel(role) == "nmod" && bare.Kind == MentionKind.Unknown);
        if (polity is null && mayPlace && SolePolity(bare.Span.Start, bare.Sector == "CRM") is { } sole) (polity, method) = (sole, "agent in sentence");
        // "Timur Ivanov, a deputy defence minister, took bribes, Russia's Investigative Committee alleged": with no polity before it,
        // an agent belongs to the polity of the body that reports on it at home.
        if (polity is null && mayPlace && _tree.BaseRel(role) is "nsubj" or "appos" && ReporterPolity() is { } reporter) (polity, method) = (reporter, "agent by reporter");
        // "The minister in charge of Taiwan's Mainland Affairs Council": a state body's code (TWNGOV) places the agent in its state.
        if (polity is { Length: 6 } bodyCode && StateSectors.Contains(bodyCode[3..])) polity = bodyCode[..3];
        return polity is null ? null : bare with { Code = polity + bare.Sector, Polity = polity, Method = method };
    }

    // Buildings where a state's power sits, which a crowd storms, besieges or occupies where it lives.
    private static readonly HashSet<string> SeatNouns = new(StringComparer.Ordinal)
    {
        "parliament", "legislature", "palace", "congress", "assembly", "senate", "ministry", "headquarters", "administration", "building",
    };

    private static readonly HashSet<string> StateSectors = new(StringComparer.Ordinal) { "GOV", "MIL", "COP", "LEG", "JUD", "SPY" };

    // Polities named before the agent count, and places after it: "the separatist leaders thanked the Syrian government" is not
    // Syria thanking itself.
    private string? SolePolity(int before, bool criminals = false)
    {
        string? sole = null;
        foreach (var m in Mentions)
        {
            // After the agent, only a place counts ("robbers ... in Stepanakert"); criminals, who act on no state, belong to the one
            // country the sentence names wherever it names it ("thieves broke into the Louvre ... with the French crown jewels").
            if (m.Span.Start >= before && m.Method != "capital" && !(criminals && m.Method is "place" or "demonym" or "name")) continue;
            if (StatePolity(m) is not { } p) continue;
            if (sole is not null && sole != p) return null;
            sole = p;
        }
        return sole;
    }

    // The state a resolved mention belongs to; international bodies and regions ("the biggest breach Europe had seen") belong to none.
    private static string? StatePolity(Mention m) =>
        m.Polity is { Length: 3 } p && !Regions.Contains(p) && m.Code is { } code && !code.StartsWith("IGO", StringComparison.Ordinal) && !code.StartsWith("NGO", StringComparison.Ordinal) ? p : null;

    /// <summary>True for a mention of a region (Europe, the Middle East), which is no state.</summary>
    public static bool IsRegion(Mention m) => m.Polity is { } p && Regions.Contains(p);

    // The codes polities.tsv gives kind "region".
    private static readonly HashSet<string> Regions = new(StringComparer.Ordinal) { "EUR", "MEA", "LAM", "WST", "CAU" };

    // The one polity the sentence names, when it names it only as the subject of a saying ("..., Spanish police said").
    private string? ReporterPolity()
    {
        string? found = null;
        foreach (var m in Mentions)
        {
            if (StatePolity(m) is not { } p) continue;
            int head = HeadOf(m);
            if (head < 0 || _tree.BaseRel(head) != "nsubj" || !Events.ClauseReader.IsSaying(_tree, _tree.Head(head))) return null;
            if (found is not null && found != p) return null;
            found = p;
        }
        return found;
    }

    // "Rioters broke into the US embassy in Belgrade": a foreign mission is where it stands, not the country that owns it.
    private bool IsMission(int nominal) => _tree.Lemma(nominal) is "embassy" or "consulate" or "mission";

    // The place a mission stands in ("in Belgrade"), passing over its owner ("US", "Russia's").
    private string? MissionPlace(int mission)
    {
        foreach (var c in _tree.Children(mission))
            if (_tree.BaseRel(c) is "nmod" or "obl" && HasPlaceCase(c) && _tree.Rel(c) != "nmod:poss" && (At(c)?.Polity ?? PlaceUnder(c, 1)) is { } place) return place;
        return null;
    }

    private string? PlaceUnder(int node, int depth, bool self = false)
    {
        if (self && At(node) is { Polity: { } own }) return own;
        if (depth == 0) return null;
        foreach (var c in _tree.Children(node))
        {
            // "Asylum seekers sent from Britain", "smugglers operating from Transnistria": the participle's place is theirs.
            if (_tree.BaseRel(c) == "acl" && _tree.Rel(c) != "acl:relcl" && _tree.Tokens[c].Xpos is "VBN" or "VBG" && PlaceUnder(c, depth - 1) is { } origin) return origin;
            if (!(_tree.BaseRel(c) is "nmod" or "obl" or "compound" or "amod")) continue;
            // "Nigeria's unions": a possessor names the agent's polity as a place does.
            if (_tree.BaseRel(c) is "nmod" or "obl" && !HasPlaceCase(c) && _tree.Rel(c) != "nmod:poss") continue;
            if (At(c) is { Polity: { } p }) return p;
            if (PlaceUnder(c, depth - 1) is { } deeper) return deeper;
        }
        return null;
    }

    private static readonly HashSet<string> LocationCases = new(StringComparer.Ordinal) { "in", "across", "throughout", "at", "near", "around", "inside", "outside" };

    private string CaseWord(int nominal)
    {
        foreach (var c in _tree.Children(nominal))
            if (_tree.BaseRel(c) == "case") return _tree.Lemma(c);
        return "";
    }

    private bool CaseIs(int nominal, string word)
    {
        foreach (var c in _tree.Children(nominal))
            if (_tree.BaseRel(c) == "case" && _tree.Lower(c) == word) return true;
        return false;
    }

    private bool HasPlaceCase(int nominal)
    {
        foreach (var c in _tree.Children(nominal))
            if (_tree.BaseRel(c) == "case" && PlacePrepositions.Contains(_tree.Lemma(c))) return true;
        return false;
    }

    /// <summary>The sentence's resolved mentions.</summary>
    public List<Mention> Mentions { get; } = [];

    /// <summary>True when no resolved actor is named in the sentence (no event can be coded).</summary>
    public bool IsEmpty => Mentions.Count == 0;

    /// <summary>The mention covering token <paramref name="i"/>, or null.</summary>
    public Mention? At(int i) => _mentionAt[i] < 0 ? null : Mentions[_mentionAt[i]];

    /// <summary>The first and last token the mention covers.</summary>
    public (int First, int Last) TokensOf(Mention mention)
    {
        int local = Mentions.IndexOf(mention), first = -1, last = -1;
        for (int i = 0; i < _mentionAt.Length; i++)
            if (_mentionAt[i] == local) { if (first < 0) first = i; last = i; }
        return (first, last);
    }

    /// <summary>
    /// The actors the phrase headed by <paramref name="head"/> names: the mention on the head, else the nearest mention among its
    /// nominal modifiers; with <paramref name="withConjuncts"/> also those of coordinated phrases ("Aliyev, Putin and Pashinyan").
    /// </summary>
    public List<Mention> ActorsOf(int head, bool withConjuncts = true)
    {
        var result = new List<Mention>();
        if (head < 0) return result;
        Collect(head, result, withConjuncts);
        // Mentions the Actors stage grouped as one coordination join when the parse split them.
        if (withConjuncts && result.Count > 0)
        {
            foreach (var m in result.ToArray())
                if (m.Group is { } g)
                    foreach (var other in Mentions)
                        if (other.Group == g && !result.Contains(other) && !(other.Method == "place" && InCircumstanceApart(other, head))) result.Add(other);
        }
        return result;
    }

    // "After lengthy talks in the North Macedonian town of Ohrid, Kosovo and Serbia agreed": a town the Actors stage read into the
    // list that follows it but that the parse puts in an oblique or adverbial clause apart from that list is where, not who.
    private bool InCircumstanceApart(Mention other, int head)
    {
        int t = TokensOf(other).First;
        for (int steps = 0; t >= 0 && steps < _tree.Count; steps++)
        {
            int up = _tree.Head(t);
            if (up < 0 || _tree.Dominates(up, head)) return up >= 0 && _tree.BaseRel(t) is "obl" or "advcl" && !_tree.Dominates(t, head);
            t = up;
        }
        return false;
    }

    private void Collect(int head, List<Mention> into, bool withConjuncts)
    {
        var (found, at) = Nearest(head);
        if (found is not null && !into.Contains(found)) into.Add(found);
        if (!withConjuncts) return;
        foreach (var c in _tree.Children(head))
            if (_tree.RelIs(c, "conj") && IsNominal(c) && !IsElaboration(c)) Collect(c, into, true);
        // "Moldovan and Transnistrian negotiators" read as one mention on the head: the coordinated modifier names another side.
        if (found is not null && at == head)
            foreach (var c in _tree.Children(head))
                if (_tree.BaseRel(c) is "amod" or "compound" && At(c) is { } m && !ReferenceEquals(m, found) && !into.Contains(m) && HasConjunct(c, head)) into.Add(m);
        // "Envoys of Sudan's army and the Rapid Support Forces": people of two bodies, placed by the first, are both sides.
        if (found is not null && at == head)
            foreach (var c in _tree.Children(head))
                if (_tree.BaseRel(c) == "nmod" && At(c) is { } body && body.Polity == found.Polity)
                    foreach (var d in _tree.Children(c))
                        if (_tree.RelIs(d, "conj") && _tree.Child(d, "case") < 0 && At(d) is { Method: not "place" } m && !into.Contains(m) && !into.Exists(x => x.Code == m.Code)) into.Add(m);
        // "Moldovan and Transnistrian negotiators": the modifier that named the actor is itself coordinated.
        if (found is not null && at != head)
            foreach (var c in _tree.Children(at))
                if (_tree.RelIs(c, "conj") && At(c) is { } m && !into.Contains(m)) into.Add(m);
    }

    private bool HasConjunct(int modifier, int head)
    {
        foreach (var c in _tree.Children(modifier))
            if (_tree.RelIs(c, "conj")) return true;
        foreach (var c in _tree.Children(head))
            if (_tree.RelIs(c, "conj") && _tree.Upos(c) == "ADJ") return true;
        return _tree.RelIs(modifier, "conj");
    }

    private bool IsNominal(int i) => _tree.Upos(i) is "NOUN" or "PROPN" or "PRON" or "ADJ" or "NUM" or "X" or "";

    // Breadth-first through nominal modifiers so that the head's own name wins over a name nested deeper; at one depth a name
    // the head is identified by ("the region of Karabakh", "Russian troops") wins over an owner ("Azerbaijan's region").
    private (Mention? Mention, int Token) Nearest(int head)
    {
        // "The Russian subsidiaries of France's Danone", "Danske Bank's Estonian branch": a branch belongs to its owner, not to the
        // country it works in.
        if (OwnedUnits.Contains(_tree.Lemma(head)))
            foreach (var c in _tree.Children(head))
                if ((_tree.Rel(c) == "nmod:poss" || (_tree.BaseRel(c) == "nmod" && CaseIs(c, "of"))) && At(c) is { } owner) return (owner, c);
        if (At(head) is { } direct) return (direct, head);
        var queue = new Queue<(int Node, int Depth)>();
        queue.Enqueue((head, 0));
        while (queue.Count > 0)
        {
            var (n, depth) = queue.Dequeue();
            if (depth > 3) continue;
            int owner = -1;
            foreach (var c in _tree.Children(n))
            {
                if (!IsModifier(c)) continue;
                if (At(c) is not null)
                {
                    // "The Biden administration's calls for a Palestinian state": whose call it is names the party.
                    if (_tree.Rel(c) == "nmod:poss" && depth == 0 && ProposalNouns.Contains(_tree.Lemma(n))) return (At(c), c);
                    if (_tree.Rel(c) == "nmod:poss") { if (owner < 0) owner = c; continue; }
                    return (At(c), c);
                }
                queue.Enqueue((c, depth + 1));
            }
            if (owner >= 0) return (At(owner), owner);
        }
        return (null, -1);
    }

    private static readonly HashSet<string> OwnedUnits = new(StringComparer.Ordinal) { "subsidiary", "branch", "affiliate", "division", "franchise" };

    private static readonly HashSet<string> ProposalNouns = new(StringComparer.Ordinal)
    {
        "call", "demand", "proposal", "plan", "request", "offer", "appeal", "initiative", "bid", "criticism", "accusation", "claim", "warning", "ultimatum", "condition",
        // "Condemned Moscow's recognition of Abkhazia": whose act it is names the side.
        "recognition", "decision", "move", "annexation", "incursion", "invasion", "occupation", "abstention", "policy", "actions", "remarks", "statement",
        // "Marched against the Constitutional Tribunal's ruling": whose ruling it is names whom the protest is against.
        "ruling", "verdict", "judgment", "judgement",
        // "Threatened to block the EU's aid package for Ukraine": whose package it is names the side.
        "package", "budget",
        // "Condemned the Russian president's visit to Abkhazia", "denounced Washington's opening of an embassy in Jerusalem": whose
        // deed it is names the side, not where it was done.
        "visit", "trip", "opening", "deployment", "crackdown", "handling", "treatment", "test", "tests", "launch", "offensive", "strikes", "support",
    };

    // A name in a prepositional modifier is a party ("ties with Gondor", "the government of Arnor") unless the preposition makes
    // it a topic or a place ("the meeting on Karabakh", "camps in Gaza").
    private static readonly HashSet<string> TopicPrepositions = new(StringComparer.Ordinal)
    {
        "on", "about", "over", "regarding", "concerning", "in", "at", "near", "around", "across", "along", "inside", "outside", "into", "through", "during", "after", "before", "since", "until",
    };

    // "Seven aid workers from World Central Kitchen, including citizens of Britain and Poland": who is among them is not another side.
    private bool IsElaboration(int c)
    {
        foreach (var k in _tree.Children(c))
            if (_tree.BaseRel(k) == "case" && _tree.Lower(k) is "including" or "notably" or "among") return true;
        return false;
    }

    private bool IsModifier(int c)
    {
        if (IsElaboration(c)) return false;
        if (_tree.Rel(c) == "nmod")
            foreach (var k in _tree.Children(c))
                if (_tree.BaseRel(k) == "case" && TopicPrepositions.Contains(_tree.Lemma(k))) return false;
        foreach (var rel in NominalModifiers)
            if (_tree.RelIs(c, rel)) return true;
        return false;
    }
}
