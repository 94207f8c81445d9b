using Defacto.Model;

namespace Defacto.Actors;

/// <summary>Finds actor mentions in a document and resolves them against the knowledge base at the document's date.</summary>
public sealed class MentionResolver
{
    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "de", "facto", "so", "-", "called", "so-called", "former", "acting", "self", "proclaimed", "self-proclaimed",
        "breakaway", "unrecognized", "unrecognised", "then", "ex", "interim", "current", "new", "separatist", "'s", "’s",
    };

    /// <summary>Words after which a capital is a place, not its government ("in Moscow", "entered Damascus").</summary>
    private static readonly HashSet<string> PlaceContext = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "into", "inside", "outside", "around", "across", "via", "capital", "of", "visit", "visited", "visiting", "visits",
        "left", "leave", "leaves", "leaving", "reached", "reach", "entered", "enter", "enters", "entering", "shelled", "captured", "surrounded",
    };

    /// <summary>"to", "from" and "toward" make a capital a place only after a word of motion ("flew to Moscow", not "apologize to Moscow").</summary>
    private static readonly HashSet<string> DirectionalPrepositions = new(StringComparer.Ordinal) { "to", "from", "toward", "towards" };

    private static readonly HashSet<string> MotionWords = new(StringComparer.Ordinal)
    {
        "flew", "fly", "flies", "flying", "fled", "flee", "travelled", "traveled", "travel", "travels", "went", "go", "goes", "returned", "return",
        "came", "come", "moved", "move", "headed", "head", "trip", "visit", "arrived", "arrive", "sent", "send", "deployed", "back", "flight",
        "road", "way", "route", "evacuated", "driven", "drove", "walked", "refugees", "displaced", "relocated", "corridor", "highway",
    };

    private readonly ActorIndex _index;
    private readonly KnowledgeBase _kb;
    private readonly SentenceChunker _chunker;

    public MentionResolver(ActorIndex index)
    {
        _index = index;
        _kb = index.Kb;
        _chunker = new SentenceChunker(index);
    }

    /// <summary>Fills <see cref="Document.Mentions"/> (replacing what was there) resolving roles during [first, last].</summary>
    public void Resolve(Document doc, DateOnly first, DateOnly last)
    {
        doc.Mentions.Clear();
        var state = new DocumentActorState(first, last);
        foreach (var sentence in doc.Sentences)
        {
            var tokens = sentence.Tokens(doc);
            if (tokens.Length == 0) continue;
            var keys = new string[tokens.Length];
            for (int i = 0; i < tokens.Length; i++) keys[i] = NameKey.Of(tokens[i].Text);
            if (IsDiscarded(keys)) continue;
            // "CARACAS, Oct 4 (Reuters) -": the place a story was filed from is where it happens, not one who acts in it.
            state.DatelineEnd = tokens.Length > 4 && char.IsUpper(tokens[0].Text[0]) ? DatelineEnd(tokens) : -1;
            var chunks = _chunker.Chunk(doc, sentence, keys, state);
            int firstNew = doc.Mentions.Count;
            InterpretSentence(doc, sentence, tokens, keys, chunks, state);
            PlaceBodiesByLaterNames(doc, firstNew);
            AssignGroups(doc, tokens, firstNew, state);
        }
    }

    private static int DatelineEnd(ReadOnlySpan<Token> tokens)
    {
        // Most sentences have no dash or colon among their first words: no dateline, and no word list to make.
        bool dash = false;
        for (int i = 1; i < tokens.Length && i < 24 && !dash; i++) dash = tokens[i].Text is "-" or "--" or "—" or "–" or "---" or ":";
        if (!dash) return -1;
        var forms = new string[tokens.Length];
        for (int i = 0; i < forms.Length; i++) forms[i] = tokens[i].Text;
        return Defacto.Text.NewsDatelines.End(forms);
    }

    /// <summary>Resolution date range for a document: its precise date, else its [Earliest, Latest] range, else today.</summary>
    public static (DateOnly First, DateOnly Last) DateRange(DocumentDate dct)
    {
        if (dct.IsPrecise && dct.Value is { } v) return (DateOnly.FromDateTime(v), DateOnly.FromDateTime(v));
        if (dct.Earliest is { } a && dct.Latest is { } b) return (a, b);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return (today, today);
    }

    private static bool IsPlaceContext(string[] keys, int start)
    {
        if (start == 0) return false;
        var before = keys[start - 1];
        if (PlaceContext.Contains(before)) return true;
        if (!DirectionalPrepositions.Contains(before)) return false;
        for (int i = start - 2; i >= 0 && i >= start - 5; i--)
            if (MotionWords.Contains(keys[i])) return true;
        return false;
    }

    private bool IsDiscarded(string[] keys)
    {
        if (_index.Discards.Count == 0) return false;
        for (int i = 0; i < keys.Length; i++)
            if (_index.Discards.LongestMatch(keys, i, keys.Length, (_, _, e) => e).Length > 0) return true;
        return false;
    }

    private sealed class Phrase
    {
        public int StartChunk;
        public int EndChunk;
        public Chunk? Polity;
        /// <summary>Further polities coordinated after "of" ("of Nagorno-Karbakh and South Ossetia"), with their token ranges.</summary>
        public List<(string Code, int Start, int End)> ExtraPolities { get; } = new();
        public Chunk? Title;
        public Chunk? Person;
        public int StartToken;
        public int EndToken;
        public bool Former;
        public bool DeFacto;
        public bool HasArticle;
        /// <summary>"the" just before the phrase ("the government"): a bare sector term then refers back to a polity.</summary>
        public bool Definite;
        /// <summary>The polity is possessive ("Kenya's ..."): an unknown name after it belongs to that polity.</summary>
        public bool Possessive;
        /// <summary>A sector term after a person's name ("the Obama administration", "Assad's forces").</summary>
        public Chunk? PersonAgent;
        /// <summary>The polity follows the person's name after "of" ("Irfaan Ali of Guyana").</summary>
        public bool OfPolity;
        /// <summary>A known person after a sector term and "of" ("supporters of Donald Trump").</summary>
        public Chunk? OfPerson;
        /// <summary>A people named after the territory ("the Karabakh Armenians"): the territory's civilians.</summary>
        public bool Residents;
    }

    private void InterpretSentence(Document doc, Sentence sentence, ReadOnlySpan<Token> tokens, string[] keys, List<Chunk> chunks, DocumentActorState state)
    {
        int k = 0;
        while (k < chunks.Count)
        {
            var phrase = BuildPhrase(chunks, k, tokens, keys);
            k = phrase.EndChunk;
            // "One billion US dollars", "20 million Canadian dollars": a currency names no actor.
            if (phrase.EndToken < tokens.Length && Currencies.Contains(keys[phrase.EndToken]) && phrase.Title is null && phrase.Person is null) continue;
            // "A North American trade pact", "seven Latin American countries": a continent's people are no one state's.
            if (phrase.Person is null && ContinentalAmerican(keys, phrase.StartToken, phrase.EndToken)) continue;
            Emit(doc, sentence, tokens, keys, phrase, state);
        }
    }

    private static bool ContinentalAmerican(string[] keys, int start, int end)
    {
        for (int i = Math.Max(start, 1); i < end && i < keys.Length; i++)
            if (keys[i] is "american" or "americans" && keys[i - 1] is "north" or "south" or "central" or "latin") return true;
        return false;
    }

    private static readonly HashSet<string> Currencies = new(StringComparer.Ordinal) { "dollar", "dollars", "cents", "rupee", "rupees", "pound", "pounds" };

    private Phrase BuildPhrase(List<Chunk> chunks, int k, ReadOnlySpan<Token> tokens, string[] keys)
    {
        var p = new Phrase { StartChunk = k, StartToken = chunks[k].Start };
        int j = k;
        int end = chunks[k].Start;
        // "The ethnic Armenian authorities in Karabakh": an ethnic group's body in a territory acts for that territory.
        if (EthnicBodyIn(chunks, k, keys) is { } territory)
        {
            p.Title = chunks[k + 2];
            p.Polity = chunks[territory];
            p.EndChunk = territory + 1;
            p.EndToken = chunks[territory].End;
            return WithModifiers(p, keys);
        }
        // "Taiwan's Mainland Affairs Council", "Russia's Federal Security Service": the state's own named body is the actor.
        if (OwnBodyAfterPossessive(chunks, k, keys))
        {
            p.Polity = chunks[k + 1];
            end = chunks[k + 1].End;
            j = k + 2;
        }
        else if (chunks[j].IsPolityLike && !chunks[j].Unknown && !chunks[j].Has(LexiconKind.Person) && !OnlySurname(chunks[j]))
        {
            p.Polity = chunks[j];
            end = chunks[j].End;
            j++;
            if (end < tokens.Length && keys[end] is "'s") { end++; p.Possessive = true; }
            if (!p.Possessive) (end, j) = CoordinatedDemonyms(p, chunks, j, end, keys);
            // "The Karabakh Armenians": a people named as a community after a territory are that territory's side; without the
            // article ("thousands of Karabakh Armenians") they stay the ethnic people.
            if (!p.Possessive && p.StartToken > 0 && keys[p.StartToken - 1] == "the" && j < chunks.Count && chunks[j].Start == end && IsPeopleDemonym(chunks[j])
                && BestPolityEntry(p.Polity) is { Kind: LexiconKind.Polity or LexiconKind.Place })
            {
                p.Residents = true;
                end = chunks[j].End;
                j++;
            }
            // "Nigeria's main labour unions", "Kenyan riot police": plain adjectives and nouns between the polity and its sector term.
            int skip = end + SentenceChunker.DesignationLength(tokens, end);
            // "A Maltese-flagged bulk carrier", "a Greek-owned tanker": the flag or owner is the ship's polity.
            if (skip + 2 < tokens.Length && keys[skip] == "-" && OwnerWords.Contains(keys[skip + 1])) skip += 2;
            while (skip < tokens.Length && skip - end < 2 && !(j < chunks.Count && chunks[j].Start == skip) && IsPlainModifier(tokens[skip])) skip++;
            if (skip > end && j < chunks.Count && chunks[j].Start == skip && (chunks[j].IsTitle || chunks[j].IsAgent) && !chunks[j].IsPolityLike) end = skip;
        }
        // After a polity a sector term that also names a body is the polity's own ("the Russian Security Council").
        while (j < chunks.Count && chunks[j].Start == end && (chunks[j].IsTitle || chunks[j].IsAgent)
               && (!chunks[j].IsPolityLike || (p.Polity is not null && chunks[j].IsAgent)))
        {
            // A named group keeps its sector over a generic noun after it ("Islamic State bomber" is REB, not the air force).
            if (p.Title is null || !p.Title.Entries.Any(e => e.Kind == LexiconKind.Agent && e.NeedsCapital)) p.Title = chunks[j];
            end = chunks[j].End;
            j++;
        }
        if (j < chunks.Count && chunks[j].Start == end && chunks[j].IsPersonName && (j == k || p.Title is not null || p.Polity is not null)
            && (j == k || !chunks[j].IsPolityLike || chunks[j].Has(LexiconKind.Person) || chunks[j].Has(LexiconKind.Surname)))
        {
            p.Person = chunks[j];
            end = chunks[j].End;
            j++;
            int after = end < tokens.Length && keys[end] is "'s" ? end + 1 : end;
            if (j < chunks.Count && chunks[j].Start == after && chunks[j].IsAgent && !chunks[j].IsTitle && !chunks[j].IsPolityLike)
            {
                p.PersonAgent = chunks[j];
                end = chunks[j].End;
                j++;
            }
            else if (p.Polity is null && !GeographicFeatures.Contains(keys[p.Person.Start]) && PolityAfterOf(chunks, j, end, keys) is { } of)
            {
                // "President Irfaan Ali of Guyana": the state after "of" is the person's.
                p.Polity = chunks[of];
                p.OfPolity = true;
                end = chunks[of].End;
                j = of + 1;
            }
        }
        if (j == k)
        {
            // A lone chunk that fits none of the slots (e.g. a surname also listed as a place) stands alone.
            if (chunks[k].IsPersonName) p.Person = chunks[k];
            else if (chunks[k].IsTitle || chunks[k].IsAgent) p.Title = chunks[k];
            else p.Polity = chunks[k];
            end = chunks[k].End;
            j++;
        }
        // "the president of Azerbaijan", "foreign ministries of Nagorno-Karbakh and South Ossetia".
        if (p.Polity is null && p.Title is not null && p.Person is null && end < tokens.Length && keys[end] == "of")
        {
            int t = end + 1;
            while (t < tokens.Length && Modifiers.Contains(keys[t])) t++;
            // "of the Russian-occupied Tskhinvali region": an adjective before the polity is skipped, not taken as the polity.
            int beforeOf = j;
            while (j < chunks.Count && chunks[j].Start < t) j++;
            while (j < chunks.Count && chunks[j].Start == t && IsAdjectivalDemonym(chunks[j], keys))
            {
                t = chunks[j].End;
                if (t + 1 < keys.Length && keys[t] == "-") t += 2;
                while (t < tokens.Length && Modifiers.Contains(keys[t])) t++;
                j++;
            }
            // "Envoys of Sudan's army": a possessive polity belongs to the phrase after it.
            if (j < chunks.Count && chunks[j].Start == t && chunks[j].IsPolityLike && !chunks[j].Unknown
                && !(chunks[j].End < keys.Length && keys[chunks[j].End] == "'s"))
            {
                p.Polity = chunks[j];
                end = chunks[j].End;
                j++;
                // "Leaders of the Kosovo Serbs": the community's leaders act for the territory.
                if (j < chunks.Count && chunks[j].Start == end && keys[t - 1] == "the" && IsPeopleDemonym(chunks[j])) end = chunks[j++].End;
                int last = end;
                while (j < chunks.Count && chunks[j].IsPolityLike && !chunks[j].Unknown && OnlyConjunctionsBetween(keys, last, chunks[j].Start))
                {
                    var entry = BestPolityEntry(chunks[j]);
                    if (entry is not null) p.ExtraPolities.Add((PolityCodeOf(entry), chunks[j].Start, chunks[j].End));
                    last = chunks[j].End;
                    j++;
                }
            }
            else if (j < chunks.Count && chunks[j].Start == t && p.Title.IsAgent && !p.Title.IsTitle
                     && (IsKnownPerson(chunks[j]) || (chunks[j].IsTitle && j + 1 < chunks.Count && chunks[j + 1].Start == chunks[j].End && IsKnownPerson(chunks[j + 1]))))
            {
                // "Supporters of former president Jair Bolsonaro": a title before the person is part of the name.
                if (!IsKnownPerson(chunks[j])) j++;
                p.OfPerson = chunks[j];
                end = chunks[j].End;
                j++;
            }
            else j = beforeOf;
        }
        p.EndChunk = j;
        p.EndToken = end;
        return WithModifiers(p, keys);
    }

    /// <summary>Reads the modifiers just before the phrase: "the de facto president", "a former Armenian foreign minister".</summary>
    private static Phrase WithModifiers(Phrase p, string[] keys)
    {
        for (int t = p.StartToken - 1; t >= 0 && Modifiers.Contains(keys[t]); t--)
        {
            if (keys[t] is "former" or "ex") p.Former = true;
            if (keys[t] == "facto") p.DeFacto = true;
            if (keys[t] is "the" or "a" or "an") p.HasArticle = true;
            if (keys[t] == "the") p.Definite = true;
        }
        return p;
    }

    /// <summary>"ethnic" + demonym + sector term + "in"/"of" + a state or place of another polity: the index of that last chunk, else null.</summary>
    private int? EthnicBodyIn(List<Chunk> chunks, int k, string[] keys)
    {
        if (k + 3 >= chunks.Count || keys[chunks[k].Start] != "ethnic" || chunks[k].End != chunks[k + 1].Start || !IsDemonymOnly(chunks[k + 1])) return null;
        var body = chunks[k + 2];
        if (body.Start != chunks[k + 1].End || !(body.IsAgent || body.IsTitle) || body.IsPolityLike) return null;
        int at = body.End;
        if (at + 1 >= keys.Length || keys[at] is not ("in" or "of")) return null;
        var place = chunks[k + 3];
        if (place.Start != at + 1 || place.Unknown || BestPolityEntry(place) is not { } entry) return null;
        var demonym = BestPolityEntry(chunks[k + 1]);
        return demonym is not null && PolityCodeOf(entry) != PolityCodeOf(demonym) ? k + 3 : null;
    }

    // "The Sea of Japan", "the Gulf of Aden": a capitalized feature word before "of" names a place, not a person of that state.
    private static readonly HashSet<string> GeographicFeatures = new(StringComparer.Ordinal)
    {
        "sea", "gulf", "bay", "strait", "straits", "ocean", "lake", "river", "island", "islands", "cape", "mount", "port", "horn", "coast",
    };

    /// <summary>Index of a state named right after "of" at <paramref name="end"/> ("of Guyana", "of the Philippines"), not a possessive
    /// that starts a new phrase ("of Venezuela's Maduro"); null when there is none.</summary>
    private int? PolityAfterOf(List<Chunk> chunks, int j, int end, string[] keys)
    {
        if (end >= keys.Length || keys[end] != "of") return null;
        int t = end + 1;
        if (t < keys.Length && keys[t] == "the") t++;
        if (j >= chunks.Count || chunks[j].Start != t || chunks[j].Unknown) return null;
        var c = chunks[j];
        if (c.End < keys.Length && keys[c.End] is "'s" or "-") return null;
        return BestPolityEntry(c) is { Kind: LexiconKind.Polity } entry && _kb.FindPolity(entry.Target) is { Kind: not PolityKind.Region } ? j : null;
    }

    private bool OwnBodyAfterPossessive(List<Chunk> chunks, int k, string[] keys)
    {
        var first = chunks[k];
        if (k + 1 >= chunks.Count || first.Unknown || first.Has(LexiconKind.Person) || first.End >= keys.Length || keys[first.End] != "'s") return false;
        var next = chunks[k + 1];
        if (next.Start != first.End + 1 || next.IsTitle || next.IsAgent || next.Has(LexiconKind.Person)) return false;
        var owner = BestPolityEntry(first);
        var body = BestPolityEntry(next);
        return owner is { Kind: LexiconKind.Polity } && body is { Kind: LexiconKind.Organization }
            && body.Target.Length > 3 && body.Target.StartsWith(PolityCodeOf(owner), StringComparison.Ordinal);
    }

    /// <summary>"American and British warplanes": demonyms coordinated before a shared sector term become extra polities of the
    /// phrase; returns the new end token and chunk index (unchanged when the pattern does not apply).</summary>
    private (int End, int Next) CoordinatedDemonyms(Phrase p, List<Chunk> chunks, int j, int end, string[] keys)
    {
        if (!IsDemonymOnly(p.Polity!)) return (end, j);
        int t = end, next = j;
        var extras = new List<Chunk>();
        while (next < chunks.Count && OnlyConjunctionsBetween(keys, t, chunks[next].Start) && IsDemonymOnly(chunks[next]))
        {
            extras.Add(chunks[next]);
            t = chunks[next].End;
            next++;
        }
        if (extras.Count == 0 || next >= chunks.Count || chunks[next].Start != t || !chunks[next].IsAgent || chunks[next].IsTitle || chunks[next].IsPolityLike)
            return (end, j);
        foreach (var c in extras)
            if (BestPolityEntry(c) is { } e) p.ExtraPolities.Add((PolityCodeOf(e), c.Start, c.End));
        return (t, next);
    }

    private static bool IsKnownPerson(Chunk c) => c.Has(LexiconKind.Person) || c.Has(LexiconKind.Surname);

    private static bool IsPeopleDemonym(Chunk c) => c.Entries.Count > 0 && c.Entries.All(e => e.Kind == LexiconKind.Demonym && e.Role == "people");

    private static bool IsDemonymOnly(Chunk c) => c.Entries.Count > 0 && c.Entries.All(e => e.Kind == LexiconKind.Demonym && e.Role != "people");

    /// <summary>Participles after a hyphen that make the polity before them the owner of the thing after ("Maltese-flagged").</summary>
    private static readonly HashSet<string> OwnerWords = new(StringComparer.Ordinal) { "flagged", "owned", "registered", "operated" };

    /// <summary>A lower-case adjective or noun that may stand between a polity and its sector term ("main", "rail", "riot").</summary>
    private static bool IsPlainModifier(Token token) =>
        token.Upos is "ADJ" or "NOUN" && token.Text.Length > 1 && char.IsLower(token.Text[0]) && token.Text.All(c => char.IsLetter(c) || c == '-');

    /// <summary>A demonym used as an adjective of a following word ("Russian-occupied", "Russian propaganda"), not as the polity itself.</summary>
    private static bool IsAdjectivalDemonym(Chunk c, string[] keys) =>
        c.Entries.All(e => e.Kind == LexiconKind.Demonym && e.Role != "people") && c.End < keys.Length && (keys[c.End] == "-" || char.IsLetter(keys[c.End][0]));

    private static bool OnlySurname(Chunk c) => c.Has(LexiconKind.Surname) && !c.Entries.Any(e => e.IsPolityLike && e.Kind != LexiconKind.Imported);

    private static bool OnlyConjunctionsBetween(string[] keys, int from, int to)
    {
        if (to <= from) return false;
        for (int i = from; i < to; i++)
            if (keys[i] is not ("," or "and" or "or" or "the")) return false;
        return true;
    }

    private void Emit(Document doc, Sentence sentence, ReadOnlySpan<Token> tokens, string[] keys, Phrase p, DocumentActorState state)
    {
        int startChar = tokens[p.StartToken].Start;
        int endChar = tokens[p.EndToken - 1].End;
        var span = new Span(startChar, endChar);
        var text = doc.Text.Substring(startChar, endChar - startChar);
        var polityEntry = p.Polity is null ? null : BestPolityEntry(p.Polity);
        string? polityCode = polityEntry is null ? null : PolityCodeOf(polityEntry);

        bool dateline = p.StartToken <= state.DatelineEnd;
        bool body = p.Person is not null || p.Title is not null || polityEntry?.Kind is LexiconKind.Organization or LexiconKind.OrganizationSeat;
        if (dateline && body)
        {
            // ("Lavrov: ..." names a speaker, not a place: before a colon a person, title or body stays what it is.)
            if (tokens[state.DatelineEnd].Text == ":") dateline = false;
            else return;
        }
        if (p.Person is not null)
        {
            EmitPerson(doc, sentence, tokens, keys, p, span, text, polityCode, state);
            return;
        }
        if (p.Title is not null)
        {
            EmitTitle(doc, sentence, tokens, p, span, text, polityEntry, polityCode, state);
            return;
        }
        if (polityEntry is null || polityCode is null) return;
        if (p.Residents)
        {
            Add(doc, new Mention(span, text)
            {
                Code = polityCode + "CVL", KbId = polityCode, Kind = MentionKind.Group, Polity = polityCode, Method = "demonym", RoleKey = "people",
                SentenceIndex = sentence.Index,
            });
            state.SawPolity(polityCode);
            return;
        }
        // "Moscow time" is a clock, not an actor.
        if (polityEntry.Kind is LexiconKind.Capital && p.EndToken < keys.Length && keys[p.EndToken] == "time") return;
        bool place = dateline || IsPlaceContext(keys, p.StartToken);
        // "Talks in Geneva": a city that hosts a body is only a place there, and names no polity to fall back on.
        if (place && polityEntry.Kind is LexiconKind.OrganizationSeat) return;
        // "Withdrawing from Karabakh" in 2024: a de facto state that has ceased to exist is again a region of the state that
        // claimed it, so its name (not its people) is that state's place.
        if (polityEntry.Kind is LexiconKind.Polity or LexiconKind.Capital && _kb.FindPolity(polityCode) is { ClaimedBy: { } claimant } ended
            && ended.Existence.EndDay <= state.First)
        {
            Add(doc, new Mention(span, text)
            {
                Code = claimant, KbId = polityCode, Kind = MentionKind.Polity, Polity = claimant, Method = "former polity", SentenceIndex = sentence.Index,
                Role = $"{ended.Name}, no longer in existence",
            });
            state.SawPolity(claimant);
            return;
        }
        var (code, kind, method, roleKey) = polityEntry.Kind switch
        {
            LexiconKind.Capital or LexiconKind.Seat => (place ? polityCode : polityCode + "GOV", MentionKind.Polity, polityEntry.Kind == LexiconKind.Seat ? "seat" : "capital", place ? null : "government"),
            LexiconKind.Demonym when polityEntry.Role == "people" => (polityCode + "CVL", MentionKind.Group, "demonym", "people"),
            LexiconKind.Demonym => (polityCode, MentionKind.Polity, "demonym", (string?)null),
            LexiconKind.Organization or LexiconKind.OrganizationSeat => (polityCode, MentionKind.Organization, "name", null),
            LexiconKind.Place => (polityCode, MentionKind.Polity, "place", null),
            LexiconKind.Imported => (ImportedCode(polityEntry, state) ?? polityCode, MentionKind.Polity, "dictionary", null),
            _ => (polityCode, MentionKind.Polity, p.Polity!.Fuzzy ? "fuzzy" : "name", (string?)null),
        };
        if (p.Polity!.Fuzzy) method = "fuzzy";
        Add(doc, new Mention(span, text)
        {
            Code = code, KbId = polityEntry.Kind == LexiconKind.Subnational ? polityEntry.Target : polityCode, Kind = kind,
            Polity = polityCode, Method = method, RoleKey = roleKey, SentenceIndex = sentence.Index,
        });
        state.SawPolity(polityCode);
    }

    private void EmitTitle(Document doc, Sentence sentence, ReadOnlySpan<Token> tokens, Phrase p, Span span, string text, LexiconEntry? polityEntry, string? polityCode, DocumentActorState state)
    {
        var titleEntry = p.Title!.Entries.FirstOrDefault(e => e.Kind == LexiconKind.Title);
        var agentEntry = p.Title.Entries.FirstOrDefault(e => e.Kind is LexiconKind.Agent or LexiconKind.ImportedAgent);
        if (polityEntry?.Kind is LexiconKind.Demonym && polityEntry.Role == "people") polityCode = polityEntry.Target;
        if (titleEntry is not null)
        {
            var role = _kb.FindRole(titleEntry.Target);
            if (p.Former)
            {
                if (polityCode is null) return;
                Add(doc, new Mention(span, text)
                {
                    Code = polityCode + "ELI", Polity = polityCode, Kind = MentionKind.Group, RoleKey = titleEntry.Target,
                    Role = $"former {role?.Label ?? titleEntry.Target} of {_kb.NameOf(polityCode)}", Method = "title", SentenceIndex = sentence.Index,
                });
                return;
            }
            Office? holder = null;
            if (polityCode is not null) holder = _kb.Holder(titleEntry.Target, polityCode, state.First, state.Last);
            else if (p.HasArticle || char.IsUpper(text[0])) holder = HolderFromContext(doc, titleEntry.Target, p.DeFacto, state);
            if (holder is not null)
            {
                var person = _kb.FindPerson(holder.PersonId);
                Add(doc, new Mention(span, text)
                {
                    Code = CodeFor(holder.Polity, _kb.FindRole(holder.Role)?.Code), KbId = holder.PersonId, Kind = MentionKind.Person,
                    Polity = holder.Polity, RoleKey = holder.Role, Role = _kb.Describe(holder), Method = "title", SentenceIndex = sentence.Index,
                    Antecedent = state.LastMentionOfPerson.TryGetValue(holder.PersonId, out var ante) ? ante : null,
                });
                if (person is not null) state.SawPerson(person.Id, doc.Mentions.Count - 1);
                state.SawPolity(holder.Polity);
                return;
            }
            if (polityCode is not null && agentEntry is null)
            {
                Add(doc, new Mention(span, text)
                {
                    Code = CodeFor(polityCode, role?.Code), Polity = polityCode, Kind = MentionKind.Group, RoleKey = titleEntry.Target,
                    Role = $"{role?.Label ?? titleEntry.Target} of {_kb.NameOf(polityCode)}", Method = "title", SentenceIndex = sentence.Index,
                });
                state.SawPolity(polityCode);
                return;
            }
            // "Timur Ivanov, a deputy defence minister": a title with no polity or holder keeps its sector, so that the event coder
            // can place it as it places a bare agent.
            if (polityCode is null && agentEntry is null && role?.Code is { Length: 3 } sector)
            {
                Add(doc, new Mention(span, text)
                {
                    Kind = MentionKind.Group, RoleKey = titleEntry.Target, Sector = sector, Method = "agent", SentenceIndex = sentence.Index,
                });
                return;
            }
        }
        bool fromContext = false;
        if (agentEntry is not null && polityCode is null && p.OfPerson is not null && ChoosePerson(p.OfPerson, null, state) is { } ofPerson)
            polityCode = PolityOfPerson(ofPerson, state);
        // "Officers began working side by side": the idiom names no side of a conflict.
        if (agentEntry is not null && polityCode is null && IsSideBySide(tokens, p.StartToken, p.EndToken)) return;
        if (agentEntry is not null && polityCode is null && titleEntry is null)
        {
            // "The government", "the army": a state body named with "the" belongs to the polity the text is about.
            // "The government of Nicolas Maduro" names its own polity further on: left to the event coder.
            bool ofFollows = p.EndToken < tokens.Length && NameKey.Of(tokens[p.EndToken].Text) == "of";
            if (p.Definite && !ofFollows && AnaphoricSectors.Contains(agentEntry.Target) && !NotAnaphoric.Contains(agentEntry.Surface)
                && (PlaceAhead(tokens, p.EndToken) ?? PolityInContext(doc, sentence, tokens, p.StartToken, state)) is { } context)
            {
                polityCode = context;
                fromContext = true;
            }
            else
            {
                // "Smugglers", "riot police": no polity in the phrase; kept unresolved with its sector so events can place it.
                Add(doc, new Mention(span, text)
                {
                    Kind = MentionKind.Group, RoleKey = agentEntry.Role, Sector = agentEntry.Target, Method = "agent", SentenceIndex = sentence.Index,
                });
                return;
            }
        }
        if (agentEntry is not null && polityCode is not null)
        {
            var agentCode = agentEntry.Target;
            var targets = new List<(string Code, Span Span)> { (polityCode, span) };
            foreach (var extra in p.ExtraPolities) targets.Add((extra.Code, new Span(tokens[extra.Start].Start, tokens[extra.End - 1].End)));
            // Several polities sharing one sector term act together: one group, so events take them all.
            int? group = targets.Count > 1 ? state.NextGroup++ : null;
            foreach (var (code, at) in targets)
            {
                Add(doc, new Mention(at, doc.Text.Substring(at.Start, at.Length))
                {
                    Code = CodeFor(code, agentCode), KbId = code, Polity = code, Kind = MentionKind.Group, RoleKey = agentEntry.Role,
                    Role = $"{agentEntry.Role} of {_kb.NameOf(code)}",
                    Method = fromContext ? "context" : polityEntry?.Kind is LexiconKind.Capital ? "capital" : "sector",
                    SentenceIndex = sentence.Index, Group = group,
                });
                state.SawPolity(code);
            }
        }
    }

    private void EmitPerson(Document doc, Sentence sentence, ReadOnlySpan<Token> tokens, string[] keys, Phrase p, Span span, string text, string? polityCode, DocumentActorState state)
    {
        var chunk = p.Person!;
        string method = chunk.Fuzzy ? "fuzzy" : "name";
        int? antecedent = null;
        var personId = ChoosePerson(chunk, polityCode, state);
        if (personId is not null && !chunk.Has(LexiconKind.Person) && !chunk.Fuzzy)
            method = state.LastMentionOfPerson.ContainsKey(personId) ? "coreference" : "surname";
        if (personId is not null)
        {
            if (state.LastMentionOfPerson.TryGetValue(personId, out var ante)) antecedent = ante;
            var office = _kb.OfficeAt(personId, state.First, state.Last);
            var person = _kb.FindPerson(personId)!;
            string code;
            string? role = null, roleKey = null, polity;
            if (office is not null)
            {
                code = CodeFor(office.Polity, _kb.FindRole(office.Role)?.Code);
                role = _kb.Describe(office);
                roleKey = office.Role;
                polity = office.Polity;
            }
            else if (_kb.LastOfficeBefore(personId, state.First) is { } past)
            {
                code = CodeFor(past.Polity, "ELI");
                role = "former " + _kb.Describe(past);
                roleKey = past.Role;
                polity = past.Polity;
            }
            else
            {
                // A home polity may carry a sector for people known outside government ("RUSOPP"); the polity is its first three letters.
                var home = person.Polity.Length > 0 ? person.Polity : polityCode;
                polity = PolityPart(home);
                // No office on the date, but the text gives a title ("President Javier Milei" in a loosely dated text).
                var titled = p.Title?.Entries.FirstOrDefault(e => e.Kind == LexiconKind.Title) is { } t && !p.Former ? _kb.FindRole(t.Target) : null;
                code = titled is not null && polity is not null && home is { Length: 3 } ? CodeFor(polity, titled.Code) : home ?? "";
            }
            if (p.PersonAgent?.Entries.FirstOrDefault(e => e.Kind is LexiconKind.Agent or LexiconKind.ImportedAgent) is { } personAgent && polity is not null)
            {
                // "The Obama administration", "Assad's forces": the sector of the person's polity, not the person.
                Add(doc, new Mention(span, text)
                {
                    Code = CodeFor(polity, personAgent.Target), KbId = polity, Kind = MentionKind.Group, Polity = polity, RoleKey = personAgent.Role,
                    Role = $"{personAgent.Role} of {person.Name}", Method = "sector", SentenceIndex = sentence.Index,
                });
                state.SawPolity(polity);
                return;
            }
            Add(doc, new Mention(span, text)
            {
                Code = code.Length == 0 ? null : code, KbId = personId, Kind = MentionKind.Person, Polity = polity, Role = role, RoleKey = roleKey,
                Method = method, Antecedent = antecedent, SentenceIndex = sentence.Index,
            });
            state.SawPerson(personId, doc.Mentions.Count - 1);
            state.SawPolity(polity);
            return;
        }
        // Unknown name: keep it, with the code its title and polity give, and link repeated surnames.
        var lastKey = keys[chunk.End - 1];
        if (state.UnknownBySurname.TryGetValue(lastKey, out var first)) antecedent = first;
        var titleEntry = p.Title?.Entries.FirstOrDefault(e => e.Kind is LexiconKind.Title or LexiconKind.Agent);
        string? sector = titleEntry is null ? null : titleEntry.Kind == LexiconKind.Title ? _kb.FindRole(titleEntry.Target)?.Code : titleEntry.Target;
        // "Abzas Media", "the Constitutional Tribunal", "Lviv Arsenal Company": an unknown name ending in a body's kind is such a body.
        bool namedBody = false;
        if (sector is null && (p.PersonAgent is { } kind ? BodySector(kind.Entries) : chunk.End - chunk.Start >= 2 ? NamedBodySector(keys, chunk.End - 1) : null) is { } body)
            (sector, namedBody) = (body, true);
        var earlier = antecedent is { } a ? doc.Mentions[a] : null;
        // A demonym straight before an unknown name ("Georgian Dream") is more often part of the name than a nationality.
        // After a possessive ("Kenya's Independent Policing Oversight Authority") the name belongs to that polity.
        string? unknownCode = polityCode is null ? earlier?.Code : sector is not null ? CodeFor(polityCode, sector) : p.Possessive || p.OfPolity ? polityCode : null;
        Add(doc, new Mention(span, text)
        {
            // A sector without a polity ("the dissident journalist Roman Protasevich") lets the sentence place the person like a bare agent.
            Code = unknownCode, Polity = polityCode ?? earlier?.Polity, Kind = MentionKind.Unknown, Sector = unknownCode is null ? sector : null,
            RoleKey = titleEntry?.Kind == LexiconKind.Title ? titleEntry.Target : titleEntry?.Role, Method = "unresolved",
            Antecedent = antecedent, Context = sentence.GetText(doc), SentenceIndex = sentence.Index,
        });
        if (antecedent is null) state.UnknownBySurname[lastKey] = doc.Mentions.Count - 1;
    }

    // Kinds of body whose word closes a name of an organization; "X State" or "X Leader" may be a place or a person instead.
    private static readonly HashSet<string> BodyRoles = new(StringComparer.Ordinal)
    {
        "court", "party", "business", "media", "ministry", "military", "navy", "police", "church", "university", "militia", "union",
    };

    private string? NamedBodySector(string[] keys, int last)
    {
        var (length, entries) = _index.Lexicon.LongestMatch(keys, last, last + 1, (_, _, list) => list);
        return length == 0 || entries is null ? null : BodySector(entries);
    }

    private static string? BodySector(IReadOnlyList<LexiconEntry> entries)
    {
        foreach (var e in entries)
            if (e.Kind is LexiconKind.Agent && e.Role is { } role && BodyRoles.Contains(role)) return e.Target;
        return null;
    }

    /// <summary>The person a name chunk stands for: full names first, then surnames.</summary>
    private string? ChoosePerson(Chunk chunk, string? polityCode, DocumentActorState state)
    {
        var personIds = chunk.Entries.Where(e => e.Kind == LexiconKind.Person).Select(e => e.Target).Distinct().ToList();
        if (personIds.Count > 0) return Choose(personIds, polityCode, state);
        var surnameIds = chunk.Entries.Where(e => e.Kind == LexiconKind.Surname).Select(e => e.Target).Distinct().ToList();
        // A bare surname given with another state ("Ali of Guyana") is not that state's stranger of the same name.
        if (polityCode is not null && surnameIds.Count > 0 && !surnameIds.Any(id => state.LastMentionOfPerson.ContainsKey(id)))
            surnameIds = surnameIds.Where(id => BelongsTo(id, polityCode)).ToList();
        return surnameIds.Count > 0 ? Choose(surnameIds, polityCode, state) : null;
    }

    /// <summary>The polity a person acts for on the date: the office held, else the last one, else the home polity.</summary>
    private string? PolityOfPerson(string personId, DocumentActorState state)
    {
        var office = _kb.OfficeAt(personId, state.First, state.Last) ?? _kb.LastOfficeBefore(personId, state.First);
        if (office is not null) return office.Polity;
        return _kb.FindPerson(personId)?.Polity is { Length: > 0 } home ? PolityPart(home) : null;
    }

    /// <summary>The polity of a home code that may carry a sector ("RUSOPP" is RUS); organization codes stay whole, except a state's
    /// own sector ("CHNGOV", also the code of a state body) that only says which part of the state the person belongs to.</summary>
    private string? PolityPart(string? home) =>
        home is { Length: > 3 } && (_kb.FindOrganization(home) is null || (home.Length == 6 && _kb.FindPolity(home[..3]) is { } state && state.Code is not ("IGO" or "NGO")))
            ? home[..3] : home;

    /// <summary>
    /// "The Supreme Court ... threw out a lawsuit by Texas seeking to overturn Joe Biden's victory": a court, police force or
    /// parliament named with "the" as its sentence's first actor belongs to the one state the rest of the sentence names
    /// (by name, capital, place or person; a nationality adjective names the people acted on as often as the actor). An
    /// international body in the sentence may own the court ("ICC judges ... the court's prosecutor"): then nothing is placed.
    /// </summary>
    private void PlaceBodiesByLaterNames(Document doc, int firstNew)
    {
        if (firstNew >= doc.Mentions.Count) return;
        // ("ICC judges ... authorised the court's prosecutor": a court after another actor may be that actor's.)
        var first = doc.Mentions[firstNew];
        if (first.Code is not null || first.Method != "agent" || first.Sector is not ("JUD" or "COP" or "LEG") || !AfterArticle(doc, first)) return;
        string? only = null;
        for (int i = firstNew + 1; i < doc.Mentions.Count; i++)
        {
            var m = doc.Mentions[i];
            if (m.Code is { } named && (named.StartsWith("IGO", StringComparison.Ordinal) || named.StartsWith("NGO", StringComparison.Ordinal))) return;
            var polity = m.Polity ?? (m.Code is { Length: >= 3 } code ? code[..3] : null);
            if (!IsState(polity) || m.Method is "demonym") continue;
            if (only is null) only = polity;
            else if (only != polity) return;
        }
        if (only is null) return;
        doc.Mentions[firstNew] = first with { Code = CodeFor(only, first.Sector), KbId = only, Polity = only, Method = "context", Role = first.RoleKey is { } role ? $"{role} of {_kb.NameOf(only)}" : null };
    }

    private static bool AfterArticle(Document doc, Mention m) => !NotAnaphoric.Contains(m.Text) && (
        m.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
        || (m.Span.Start >= 4 && doc.Text.AsSpan(m.Span.Start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase)));

    /// <summary>Sectors of state bodies that "the" can refer back to ("the government", "the army", "the courts").</summary>
    private static readonly HashSet<string> AnaphoricSectors = new(StringComparer.Ordinal) { "GOV", "MIL", "COP", "LEG", "JUD", "SPY" };

    /// <summary>Sector terms that are not state bodies after "the" ("the state of emergency", "the other side").</summary>
    private static readonly HashSet<string> NotAnaphoric = new(StringComparer.OrdinalIgnoreCase) { "state", "side", "leader", "official", "deputy" };

    /// <summary>The state a bare "the government" refers to: the first named as an actor in its sentence, else the first named
    /// as a place there ("in Paris"), else the latest named before.</summary>
    private string? PolityInContext(Document doc, Sentence sentence, ReadOnlySpan<Token> tokens, int phraseStart, DocumentActorState state)
    {
        string? actor = null, place = null;
        int frontedEnd = FrontedPhraseEnd(tokens, phraseStart);
        for (int i = doc.Mentions.Count - 1; i >= 0 && doc.Mentions[i].SentenceIndex == sentence.Index; i--)
        {
            var m = doc.Mentions[i];
            // "Hours after a Russian-brokered ceasefire, ... the government": a fronted time phrase is background.
            if (!IsState(m.Polity) || m.Span.End <= frontedEnd) continue;
            if (m.Method is "capital" or "seat" or "place" && m.Code == m.Polity) place = m.Polity;
            else actor = m.Polity;
        }
        if ((actor ?? place) is { } inSentence) return inSentence;
        for (int i = state.RecentPolities.Count - 1; i >= 0; i--)
            if (IsState(state.RecentPolities[i])) return state.RecentPolities[i];
        return null;
    }

    /// <summary>Words that open a fronted time or circumstance phrase ("Hours after ...,", "Under a deal ...,").</summary>
    private static readonly HashSet<string> FrontedOpeners = new(StringComparer.Ordinal)
    {
        "after", "before", "following", "under", "despite", "amid", "since", "during", "hours", "days", "weeks", "months", "minutes", "shortly", "moments", "less", "more",
    };

    /// <summary>End offset (characters) of a sentence-initial time phrase that ends with a comma before <paramref name="phraseStart"/>; -1 when none.</summary>
    private static int FrontedPhraseEnd(ReadOnlySpan<Token> tokens, int phraseStart)
    {
        if (tokens.Length == 0 || !FrontedOpeners.Contains(NameKey.Of(tokens[0].Text))) return -1;
        for (int i = 1; i < phraseStart; i++)
            if (tokens[i].Text == ",") return tokens[i].Start;
        return -1;
    }

    /// <summary>Words that may stand between a state body and the place that names its state ("the government headquarters in Yerevan").</summary>
    private static readonly HashSet<string> BuildingWords = new(StringComparer.Ordinal)
    {
        "headquarters", "building", "buildings", "offices", "office", "compound", "palace", "house", "complex", "seat", "quarter",
    };

    /// <summary>The state of a capital or place named right after a state body ("the government headquarters in Yerevan"); null when none.</summary>
    private string? PlaceAhead(ReadOnlySpan<Token> tokens, int end)
    {
        int t = end;
        while (t < tokens.Length && t - end < 2 && BuildingWords.Contains(NameKey.Of(tokens[t].Text))) t++;
        if (t + 1 >= tokens.Length || NameKey.Of(tokens[t].Text) != "in") return null;
        var keys = new string[Math.Min(tokens.Length, t + 6)];
        for (int i = t + 1; i < keys.Length; i++) keys[i] = NameKey.Of(tokens[i].Text);
        var (length, entries) = _index.Lexicon.LongestMatch(keys, t + 1, keys.Length, (_, _, list) => list);
        if (length == 0 || entries is null || !NameKey.IsCapitalized(tokens[t + 1].Text)) return null;
        var entry = entries.Where(e => e.Kind is LexiconKind.Capital or LexiconKind.Place or LexiconKind.Polity).OrderBy(PolityPreference).FirstOrDefault();
        return entry is not null && IsState(PolityCodeOf(entry)) ? PolityCodeOf(entry) : null;
    }

    private bool IsState(string? code) => code is not null && _kb.FindPolity(code) is { Kind: not PolityKind.Region };

    /// <summary>Picks among people sharing a name: one already named in the document, then one matching the phrase's polity, then one in office at the date.</summary>
    private string? Choose(List<string> ids, string? polityCode, DocumentActorState state)
    {
        if (ids.Count == 1) return ids[0];
        var seen = ids.Where(state.LastMentionOfPerson.ContainsKey).OrderByDescending(id => state.LastMentionOfPerson[id]).FirstOrDefault();
        if (seen is not null) return seen;
        var pool = ids;
        if (polityCode is not null)
        {
            var matching = ids.Where(id => BelongsTo(id, polityCode)).ToList();
            if (matching.Count == 1) return matching[0];
            if (matching.Count > 1) pool = matching;
        }
        var inOffice = pool.Where(id => _kb.OfficeAt(id, state.First, state.Last) is not null).ToList();
        if (inOffice.Count == 1) return inOffice[0];
        if (inOffice.Count > 1)
            return inOffice.OrderBy(id => _kb.RoleRank(_kb.OfficeAt(id, state.First, state.Last)!.Role)).First();
        return null;
    }

    private bool BelongsTo(string personId, string polityCode) =>
        (_kb.FindPerson(personId)?.Polity is { } home && home.StartsWith(polityCode, StringComparison.Ordinal))
        || _kb.OfficesOf(personId).Any(o => o.Polity == polityCode);

    /// <summary>For a bare title ("the de facto president"): a person already named who holds it, else the holder for a recently named polity.</summary>
    private Office? HolderFromContext(Document doc, string role, bool deFacto, DocumentActorState state)
    {
        for (int i = doc.Mentions.Count - 1; i >= 0; i--)
        {
            var m = doc.Mentions[i];
            if (m.KbId is null || m.Kind != MentionKind.Person) continue;
            var office = _kb.OfficeAt(m.KbId, state.First, state.Last);
            if (office is not null && string.Equals(office.Role, role, StringComparison.OrdinalIgnoreCase)
                && (!deFacto || _kb.FindPolity(office.Polity)?.Kind == PolityKind.Contested)) return office;
        }
        var polities = state.RecentPolities.AsEnumerable().Reverse().ToList();
        if (deFacto) polities = polities.OrderByDescending(c => _kb.FindPolity(c)?.Kind == PolityKind.Contested).ToList();
        foreach (var code in polities)
        {
            var holder = _kb.Holder(role, code, state.First, state.Last);
            if (holder is not null) return holder;
        }
        return null;
    }

    private LexiconEntry? BestPolityEntry(Chunk chunk) =>
        chunk.Entries.Where(e => e.IsPolityLike).OrderBy(e => PolityPreference(e)).FirstOrDefault();

    private int PolityPreference(LexiconEntry e)
    {
        int kindRank = e.Kind switch
        {
            LexiconKind.Polity => 0,
            LexiconKind.Organization => 1,
            LexiconKind.Demonym => 2,
            LexiconKind.Seat => 3,
            LexiconKind.Capital => 4,
            LexiconKind.OrganizationSeat => 5,
            LexiconKind.Place => 6,
            LexiconKind.Subnational => 7,
            _ => 8,
        };
        // Former states (the Soviet Union for "Moscow") rank after living ones.
        var polity = _kb.FindPolity(e.Target);
        int former = polity?.Kind == PolityKind.Former ? 10 : 0;
        return kindRank + former;
    }

    private static string PolityCodeOf(LexiconEntry e) => e.Kind switch
    {
        LexiconKind.Subnational => e.Target.Split('-')[0],
        LexiconKind.Imported => e.Target.Length >= 3 ? e.Target[..3] : e.Target,
        _ => e.Target,
    };

    private static string? ImportedCode(LexiconEntry e, DocumentActorState state)
    {
        string? best = null;
        int bestDays = -1;
        foreach (var (code, validity) in e.Codes)
        {
            int days = validity.OverlapDays(state.First, state.Last);
            if (days > bestDays) { bestDays = days; best = code; }
        }
        return bestDays > 0 ? best : e.Codes.Count > 0 ? e.Codes[^1].Code : null;
    }

    /// <summary>Polity plus sector code (RUS + GOV = RUSGOV); organizations keep their own code.</summary>
    private string CodeFor(string polity, string? sector)
    {
        if (_kb.FindOrganization(polity) is not null || string.IsNullOrEmpty(sector) || sector == "IGO") return polity;
        return polity + sector;
    }

    private static void Add(Document doc, Mention mention) => doc.Mentions.Add(mention);

    private static bool IsSideBySide(ReadOnlySpan<Token> tokens, int start, int end)
    {
        if (end - start != 1 || !tokens[start].Text.Equals("side", StringComparison.OrdinalIgnoreCase)) return false;
        bool before = start >= 2 && tokens[start - 1].Text == "by" && tokens[start - 2].Text.Equals("side", StringComparison.OrdinalIgnoreCase);
        bool after = end + 1 < tokens.Length && tokens[end].Text == "by" && tokens[end + 1].Text.Equals("side", StringComparison.OrdinalIgnoreCase);
        return before || after;
    }

    /// <summary>Mentions of one sentence separated only by commas and "and" ("Putin, Aliyev and Pashinyan") share a group number.</summary>
    private static void AssignGroups(Document doc, ReadOnlySpan<Token> tokens, int firstNew, DocumentActorState state)
    {
        int runStart = firstNew;
        bool runHasConjunction = false, runJoinedByConjunction = false;
        for (int i = firstNew + 1; i <= doc.Mentions.Count; i++)
        {
            var gap = i < doc.Mentions.Count ? Gap(doc, doc.Mentions[i - 1].Span.End, doc.Mentions[i].Span.Start) : GapKind.Other;
            // "A, B and C": the conjunction comes last, so a bare comma after it ends the list ("A and B, the president of C").
            // "Imamoglu, President Erdogan's main rival": a possessor describes the one before it and is no list member.
            bool joined = gap != GapKind.Other && !(gap == GapKind.Comma && (runHasConjunction || IsPossessor(doc, doc.Mentions[i])))
                && KindForGrouping(doc.Mentions[i - 1]) == KindForGrouping(doc.Mentions[i]);
            if (joined)
            {
                runHasConjunction |= gap == GapKind.Conjunction;
                runJoinedByConjunction |= gap == GapKind.Conjunction;
                continue;
            }
            runHasConjunction = gap == GapKind.Conjunction;
            // "..., held by Tbilisi, Sukhum said": names parted by commas alone, with no "and" or "or", are no list; "Suu Kyi, Win Myint
            // and other leaders" is one, though its last member is of another kind.
            if (i - runStart >= 2 && (runJoinedByConjunction || gap == GapKind.Conjunction))
            {
                int group = state.NextGroup++;
                for (int m = runStart; m < i; m++) doc.Mentions[m] = doc.Mentions[m] with { Group = group };
            }
            runStart = i;
            runJoinedByConjunction = false;
        }
    }

    /// <summary>A coded name the KB lacks ("President Irfaan Ali of Guyana") is a person for coordination.</summary>
    private static MentionKind KindForGrouping(Mention m) => m.Kind == MentionKind.Unknown && m.Code is not null ? MentionKind.Person : m.Kind;

    private static bool IsPossessor(Document doc, Mention m)
    {
        var after = doc.Text.AsSpan(m.Span.End);
        return after.StartsWith("'s") || after.StartsWith("’s") || after.StartsWith("' ") || after.StartsWith("’ ");
    }

    private enum GapKind { Other, Comma, Conjunction }

    /// <summary>What separates two mentions: a coordinating conjunction (with commas or an article after it), a bare comma, or anything else.</summary>
    private static GapKind Gap(Document doc, int from, int to)
    {
        if (to <= from) return GapKind.Other;
        var between = doc.Text.AsSpan(from, to - from).Trim();
        if (between.Length == 0) return GapKind.Other;
        bool conjunction = false, article = false;
        foreach (var part in between.ToString().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part is "and" or "or") conjunction = true;
            else if (part == "the" && conjunction) article = true;
            else if (part == "other" && conjunction) continue;    // "Suu Kyi, Win Myint and other leaders"

            else return GapKind.Other;
        }
        // "Japan and the United States": an article only after the conjunction.
        return conjunction ? GapKind.Conjunction : article ? GapKind.Other : GapKind.Comma;
    }
}
