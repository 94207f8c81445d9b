using Defacto.Model;

namespace Defacto.Actors;

/// <summary>A run of tokens in one sentence that the lexicon recognized (or an unknown proper-name run), with its meanings.</summary>
internal sealed class Chunk(int start, int end, IReadOnlyList<LexiconEntry> entries)
{
    /// <summary>First token (index within the sentence).</summary>
    public int Start { get; } = start;

    /// <summary>One past the last token (index within the sentence).</summary>
    public int End { get; } = end;

    public IReadOnlyList<LexiconEntry> Entries { get; set; } = entries;

    /// <summary>True for a capitalized run the lexicon does not know.</summary>
    public bool Unknown => Entries.Count == 0;

    /// <summary>Set when the entries come from a fuzzy match of a misspelled name.</summary>
    public bool Fuzzy { get; set; }

    public bool Has(LexiconKind kind) => Entries.Any(e => e.Kind == kind);
    public bool IsPolityLike => Entries.Any(e => e.IsPolityLike);
    public bool IsTitle => Has(LexiconKind.Title);
    public bool IsAgent => Has(LexiconKind.Agent) || Has(LexiconKind.ImportedAgent);
    public bool IsPersonName => Unknown || Has(LexiconKind.Person) || Has(LexiconKind.Surname);
}

/// <summary>Splits a sentence's tokens into lexicon matches (longest first) and unknown proper-name runs, fixing misspellings by fuzzy match.</summary>
internal sealed class SentenceChunker(ActorIndex index)
{
    /// <summary>Surnames of people in the knowledge base that are also common English words ("Young", "Price", "Power", "Key").</summary>
    private static readonly HashSet<string> CommonWordSurnames = new(StringComparer.OrdinalIgnoreCase)
    {
        "young", "price", "power", "key", "saw", "son", "low", "song", "man", "said", "store", "wine", "long", "little", "white", "black", "green",
        "rice", "bush", "hunt", "rose", "king", "love", "fox", "wolf", "stone", "hill", "wood", "field", "may",
    };

    /// <summary>Capitalized words that start sentences or headings but are not names.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "but", "if", "in", "on", "at", "of", "for", "to", "from", "by", "with", "as", "after", "before",
        "during", "since", "until", "while", "when", "where", "what", "who", "which", "why", "how", "this", "that", "these", "those",
        "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "there", "here", "then", "also",
        "however", "meanwhile", "earlier", "later", "even", "according", "last", "next", "yesterday", "today", "tomorrow", "still",
        "both", "all", "none", "some", "many", "most", "several", "each", "every", "no", "not", "yes", "so", "such", "other",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
        "mr", "mrs", "ms", "dr", "news", "photo", "read", "more", "reply", "leave", "share", "comments", "video", "update", "updated",
        "being", "based", "instead", "currently", "so-called", "ethnic", "armed", "republic", "ministry", "state", "union", "government",
        "president", "prime", "minister", "foreign", "defense", "defence", "deputy", "special", "ceasefire", "genocide", "war", "am", "pm",
        "under", "despite", "although", "because", "about", "against", "between", "over", "into", "through", "within", "without",
        "trending", "stories", "story", "breaking", "exclusive", "live", "opinion", "analysis", "interview", "statement", "report",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "al", "bin", "ibn", "de", "van", "von", "der", "ter", "el", "abu" };

    public List<Chunk> Chunk(Document doc, Sentence sentence, string[] keys, DocumentActorState state)
    {
        var tokens = sentence.Tokens(doc);
        int n = tokens.Length;
        var chunks = new List<Chunk>();
        bool headline = LooksLikeHeadline(tokens);
        var tokenArray = tokens.ToArray();
        int i = 0;
        while (i < n)
        {
            var (length, entries) = index.Lexicon.LongestMatch(keys, i, n, (s, e, list) => Accept(tokenArray, keys, s, e, list, state));
            if (length > 0 && entries is not null)
            {
                chunks.Add(new Chunk(i, i + length, entries));
                i += length;
                continue;
            }
            // "AC-130", "Su-24": a model designation is no name, and must not swallow the polity before it.
            if (DesignationLength(tokenArray, i) is > 0 and var designation)
            {
                i += designation;
                continue;
            }
            if (IsNameToken(tokenArray, i))
            {
                int j = i + 1;
                while (j < n)
                {
                    if (IsNameToken(tokenArray, j) && !StartsLexiconMatch(keys, tokenArray, j, n, state)) { j++; continue; }
                    // "Irfaan Ali", "Carrie Lam": a known surname after another given name is someone else's name.
                    if (SurnameOfOtherPerson(tokenArray, keys, i, j, n, state) is > 0 and var surnameLength) { j += surnameLength; continue; }
                    // Hyphenated names (Nagorno-Karbakh) and particles (Bashar al-Assad) continue a run.
                    if (j + 1 < n && (tokenArray[j].Text is "-" || NameParticles.Contains(keys[j])) && IsNameToken(tokenArray, j + 1)) { j += 2; continue; }
                    break;
                }
                // "Felipe VI": a regnal number closes the name it follows.
                if (j < n && NameKey.IsRegnalNumber(tokenArray[j].Text) && tokenArray[j].Text.Length > 1) j++;
                bool sentenceInitialSingle = j == i + 1 && OnlyPunctuationBefore(tokenArray, i) && tokenArray[i].Upos is not "PROPN";
                var chunk = new Chunk(i, j, []);
                // "Christians", "Cypriots": a plural is a group of people, never a misspelt name.
                if (!IsPluralRun(tokenArray, i, j) && TryFuzzy(keys, i, j, state, out var fuzzy))
                {
                    chunk.Entries = fuzzy;
                    chunk.Fuzzy = true;
                    chunks.Add(chunk);
                }
                else if (!headline && !sentenceInitialSingle)
                {
                    chunks.Add(chunk);
                }
                i = j;
                continue;
            }
            i++;
        }
        // "Russian-backed separatists", "Moscow-installed authorities", "an Egyptian-brokered truce": the polity before "-backed" is the
        // backer or broker, not the actor.
        chunks.RemoveAll(c => c.End + 1 < n && tokenArray[c.End].Text == "-" && BackerWords.Contains(keys[c.End + 1]));
        return chunks;
    }

    /// <summary>Participles that make the name before a hyphen the backer of what follows rather than its actor.</summary>
    private static readonly HashSet<string> BackerWords = new(StringComparer.Ordinal)
    {
        "backed", "installed", "supported", "sponsored", "funded", "armed", "appointed", "allied", "brokered", "mediated",
    };

    private static bool IsPluralRun(Token[] tokens, int start, int end)
    {
        for (int k = start; k < end; k++)
            if (tokens[k].Xpos is "NNPS" or "NNS") return true;
        // The tagger may read a capitalized plural as a name ("Christians/NNP").
        return end == start + 1 && (tokens[start].Text.EndsWith("ians", StringComparison.Ordinal) || tokens[start].Text.EndsWith("ists", StringComparison.Ordinal)
            || tokens[start].Text.EndsWith("ites", StringComparison.Ordinal));
    }

    private static bool OnlyPunctuationBefore(Token[] tokens, int i)
    {
        for (int k = 0; k < i; k++)
            if (tokens[k].Text.Any(char.IsLetterOrDigit)) return false;
        return true;
    }

    /// <summary>Honorifics that stand before a surname without being a given name ("Senator Graham", "Sheikh Tamim").</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "sen", "senator", "rep", "representative", "gov", "governor", "gen", "general", "col", "colonel", "lt", "maj", "major", "capt", "captain",
        "adm", "admiral", "marshal", "sgt", "sheikh", "sheik", "prince", "princess", "lord", "sir", "dame", "pope", "cardinal", "bishop",
        "archbishop", "patriarch", "rabbi", "imam", "ayatollah", "mullah", "judge", "justice", "ambassador", "envoy", "commander", "mayor",
        "chancellor", "secretary", "chief", "director", "minister", "premier", "vice", "deputy", "madam", "mister", "professor", "prof",
        "comrade", "emir", "king", "queen", "sultan", "speaker", "crown",
    };

    /// <summary>Titles of monarchs and religious heads that stand before a given name.</summary>
    private static readonly HashSet<string> RulerTitles = new(StringComparer.Ordinal)
    {
        "king", "queen", "emir", "sultan", "pope", "prince", "princess", "crown", "sheikh", "sheik", "emperor", "empress", "patriarch", "ayatollah",
    };

    /// <summary>Length of a surname-only lexicon match at <paramref name="j"/> that ends the unknown name run [i, j) when no word of
    /// the run is a given name of the people with that surname; 0 when the surname may be theirs.</summary>
    private int SurnameOfOtherPerson(Token[] tokens, string[] keys, int i, int j, int n, DocumentActorState state)
    {
        if (!IsNameToken(tokens, j)) return 0;
        var (length, entries) = index.Lexicon.LongestMatch(keys, j, n, (s, e, list) => Accept(tokens, keys, s, e, list, state));
        if (length == 0 || entries is null || entries.Any(e => e.Kind != LexiconKind.Surname)) return 0;
        for (int k = i; k < j; k++)
        {
            var word = keys[k].TrimEnd('.');
            if (Honorifics.Contains(word) || NameParticles.Contains(word)) return 0;
            foreach (var entry in entries)
                if (index.GivenNamesOf.TryGetValue(entry.Target, out var given) && given.Any(g => SameGivenName(word, g))) return 0;
        }
        return length;
    }

    /// <summary>Given names agree when alike in spelling ("Volodymyr"/"Vladimir") or one is the other's initial.</summary>
    private static bool SameGivenName(string word, string given)
    {
        var g = given.TrimEnd('.');
        if (word.Length == 1 || g.Length == 1) return word.Length > 0 && g.Length > 0 && word[0] == g[0];
        return JaroWinkler.Similarity(word, g) >= 0.8;
    }

    private bool StartsLexiconMatch(string[] keys, Token[] tokens, int start, int n, DocumentActorState state) =>
        index.Lexicon.LongestMatch(keys, start, n, (s, e, list) => Accept(tokens, keys, s, e, list, state)).Length > 0;

    /// <summary>Keeps the meanings that fit the text: proper names capitalized, acronyms in upper case, surnames that are not
    /// common words or dates ("5 May"), capitals and seats only of polities that existed on the document date.</summary>
    private IReadOnlyList<LexiconEntry>? Accept(Token[] tokens, string[] keys, int start, int end, IReadOnlyList<LexiconEntry> entries, DocumentActorState state)
    {
        bool anyCapital = false;
        for (int k = start; k < end; k++)
            if (NameKey.IsCapitalized(tokens[k].Text)) { anyCapital = true; break; }
        bool allOk = true;
        foreach (var entry in entries)
            if (!Ok(entry)) { allOk = false; break; }
        if (allOk) return entries;
        var kept = entries.Where(Ok).ToList();
        return kept.Count == 0 ? null : kept;

        bool Ok(LexiconEntry entry)
        {
            if (entry.NeedsCapital && !anyCapital) return false;
            // A sector term written as a name ("Islamic State") needs every content word capitalized ("an Islamic state" is not it).
            if (entry.Kind == LexiconKind.Agent && entry.NeedsCapital && !ContentWordsCapitalized(tokens, start, end)) return false;
            if (entry.CaseSensitive && end - start == 1 && !IsAcronymForm(tokens[start].Text, entry.Surface)) return false;
            if (entry.Kind == LexiconKind.Surname && end - start == 1
                && (NotNames.Contains(keys[start]) || (start > 0 && keys[start - 1].Length > 0 && char.IsDigit(keys[start - 1][0])))) return false;
            // "Young protesters stormed ...": at the start of a sentence a surname that is also a common word is the word.
            if (entry.Kind == LexiconKind.Surname && end - start == 1 && start == 0 && CommonWordSurnames.Contains(keys[start])) return false;
            // "Mohammad Reza Rahimi": a word that is someone's given name, followed by another capitalized word, starts a longer name.
            if (entry.Kind == LexiconKind.Surname && end - start == 1 && end < tokens.Length && index.GivenNames.Contains(keys[start])
                && NameKey.IsCapitalized(tokens[end].Text) && char.IsLetter(tokens[end].Text[0])) return false;
            // "Chen Zhi", "Li Yanhe", "Su-24": a family name written first, followed by a given name that is not its holder's (or by a
            // hyphen), is someone else's name.
            if (entry.Role == ActorIndex.FamilyRole && end - start == 1 && end < tokens.Length
                && (tokens[end].Text == "-" || NameKey.IsCapitalized(tokens[end].Text) && char.IsLetter(tokens[end].Text[0]))) return false;
            // "Ahmed al-Tayeb": a surname followed by a name particle is someone's given name.
            if (entry.Kind == LexiconKind.Surname && end - start == 1 && end + 1 < keys.Length && IsParticleBeforeName(tokens, keys, end)) return false;
            if (entry.ActiveDuring is { } active && active.OverlapDays(state.First, state.Last) == 0) return false;
            if (entry.Kind is LexiconKind.Capital or LexiconKind.Seat && entry.ActiveDuring is null && index.Kb.FindPolity(entry.Target) is { } polity
                && polity.Existence.OverlapDays(state.First, state.Last) == 0) return false;
            return true;
        }
    }

    private static bool IsParticleBeforeName(Token[] tokens, string[] keys, int at) =>
        (NameParticles.Contains(keys[at]) || keys[at].StartsWith("al-", StringComparison.Ordinal) || keys[at].StartsWith("el-", StringComparison.Ordinal))
        && (keys[at].Contains('-') || NameKey.IsCapitalized(tokens[at + 1].Text) || tokens[at + 1].Text == "-");

    /// <summary>An acronym matches as written or with a plural "s" ("MPs" for "MP"), never in lower case ("mp").</summary>
    private static bool IsAcronymForm(string text, string surface) =>
        string.Equals(text, surface, StringComparison.Ordinal)
        || (text.Length == surface.Length + 1 && text[^1] == 's' && text.StartsWith(surface, StringComparison.Ordinal));

    private static readonly HashSet<string> LowerCaseNameWords = new(StringComparer.Ordinal) { "of", "the", "and", "in", "al", "el", "for" };

    private static bool ContentWordsCapitalized(Token[] tokens, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            var text = tokens[k].Text;
            if (text.Length > 0 && char.IsLower(text[0]) && !LowerCaseNameWords.Contains(text)) return false;
        }
        return true;
    }

    /// <summary>Tokens in a weapon or vehicle designation starting at i: up to four letters, a hyphen and a number ("F-16",
    /// "AC-130", "MiG-29"); 0 when there is none.</summary>
    internal static int DesignationLength(ReadOnlySpan<Token> tokens, int i)
    {
        if (i + 2 >= tokens.Length || tokens[i + 1].Text != "-") return 0;
        var letters = tokens[i].Text;
        if (letters.Length is 0 or > 8 || !char.IsUpper(letters[0]) || !letters.All(char.IsLetter)) return 0;
        var number = tokens[i + 2].Text;
        if (number.Length > 0 && char.IsDigit(number[0]) && number.All(char.IsLetterOrDigit)) return 3;
        // "Tochka-U", "Iskander-M": a model name with a short capital suffix.
        return number.Length is > 0 and <= 2 && number.All(char.IsAsciiLetterUpper) ? 3 : 0;
    }

    private static bool IsNameToken(Token[] tokens, int i)
    {
        var t = tokens[i];
        if (t.Text.Length < 2 || !char.IsUpper(t.Text[0])) return false;
        foreach (char c in t.Text) if (!char.IsLetter(c) && c is not ('\'' or '’' or '.')) return false;
        if (NotNames.Contains(t.Text)) return false;
        if (t.Upos is { } upos && upos is not ("PROPN" or "X" or "NOUN" or "ADJ")) return false;
        return true;
    }

    private static readonly HashSet<string> HeadlineFunctionWords = new(StringComparer.Ordinal)
    {
        "of", "the", "and", "a", "an", "in", "on", "for", "to", "at", "is", "with", "by", "from", "as", "or", "vs",
    };

    /// <summary>Title-case lines (headlines, menus) give no unknown-name mentions: every word is capitalized there.</summary>
    private static bool LooksLikeHeadline(ReadOnlySpan<Token> tokens)
    {
        int words = 0, capitals = 0;
        foreach (var t in tokens)
        {
            if (t.Text.Length == 0 || !char.IsLetter(t.Text[0]) || HeadlineFunctionWords.Contains(t.Text)) continue;
            words++;
            if (char.IsUpper(t.Text[0])) capitals++;
        }
        return words >= 4 && capitals >= words * 0.8;
    }

    /// <summary>Matches a misspelled name: first against people already named in the document, then against all KB names.</summary>
    private bool TryFuzzy(string[] keys, int start, int end, DocumentActorState state, out IReadOnlyList<LexiconEntry> entries)
    {
        entries = [];
        // "King Abdullah", "Emir Tamim": a ruler's title with a given name is that holder or no one, never a look-alike name
        // of someone else (the holders the KB knows are listed under such names).
        if (RulerTitles.Contains(keys[start]) || (start > 0 && RulerTitles.Contains(keys[start - 1]))) return false;
        var joined = string.Join(' ', keys, start, end - start);
        if (joined.Length < 5) return false;
        if (end - start == 1 && state.SeenPeople.Count > 0)
        {
            string? best = null;
            double bestScore = 0, second = 0;
            foreach (var personId in state.SeenPeople)
            {
                if (!index.SurnameOf.TryGetValue(personId, out var surname)) continue;
                double score = JaroWinkler.Similarity(joined, surname);
                if (score > bestScore) { second = bestScore; bestScore = score; best = personId; }
                else if (score > second) second = score;
            }
            if (best is not null && bestScore >= 0.78 && bestScore - second >= 0.03)
            {
                entries = [new LexiconEntry(LexiconKind.Person, best)];
                return true;
            }
        }
        if (!index.FuzzyKeys.TryGetValue(joined[0], out var candidates)) return false;
        IReadOnlyList<LexiconEntry>? found = null;
        double top = 0, runnerUp = 0;
        foreach (var (key, list) in candidates)
        {
            // An exact key was already offered to the lexicon and rejected there (e.g. the capital of a polity gone by the date).
            if (Math.Abs(key.Length - joined.Length) > 2 || key == joined) continue;
            double score = JaroWinkler.Similarity(joined, key);
            // A shared first name lifts the whole score; the last words must be alike too ("Sergei Gavrilov" is not "Sergei Lavrov").
            if (score >= 0.92 && !LastWordsAlike(joined, key)) continue;
            if (score > top)
            {
                if (found is null || !SameTargets(found, list)) runnerUp = top;
                top = score;
                found = list;
            }
            else if (score > runnerUp && found is not null && !SameTargets(found, list)) runnerUp = score;
        }
        // Short words are alike by chance ("Zaman" and "Zambia"), so they must be closer to count as a misspelling.
        if (found is null || top < (joined.Length < 7 ? 0.95 : 0.92) || top - runnerUp < 0.02) return false;
        entries = found;
        return true;
    }

    private static bool LastWordsAlike(string a, string b)
    {
        int i = a.LastIndexOf(' '), j = b.LastIndexOf(' ');
        if (i < 0 || j < 0) return true;
        return JaroWinkler.Similarity(a[(i + 1)..], b[(j + 1)..]) >= 0.88;
    }

    private static bool SameTargets(IReadOnlyList<LexiconEntry> a, IReadOnlyList<LexiconEntry> b) =>
        a.Select(e => e.Target).Intersect(b.Select(e => e.Target)).Any();
}
