using System.IO.Compression;
using System.Text;
using Defacto.Model;

namespace Defacto.Syntax;

/// <summary>A trained syntax model (tagger, lemmatizer, parser) in one compact file; analyzes sentences of words.</summary>
public sealed partial class SyntaxModel
{
    private const string Magic = "DEFACTO-SYNTAX";
    private const int Version = 3;

    internal SyntaxModel(PosTagger tagger, Lemmatizer lemmatizer, DependencyParser parser, FeatureGuesser? features = null)
    {
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
        Features = features;
        _labelIds = LabelIds(parser.Labels);
    }

    /// <summary>
    /// Lower-case base forms of the verbs news is coded by (the event coder's patterns), or null: a headline's verb the treebank
    /// never showed ("India Suspends ...", "Washington sanctions ...") is known by them.
    /// </summary>
    public IReadOnlySet<string>? NewsVerbs { get; private init; }

    /// <summary>This model (sharing its tables) with <paramref name="verbs"/> as its <see cref="NewsVerbs"/>.</summary>
    public SyntaxModel WithNewsVerbs(IReadOnlySet<string>? verbs) =>
        verbs is null ? this : new(Tagger, Lemmatizer, Parser, Features) { NewsVerbs = verbs };

    /// <summary>FEATS lookup; null in models older than version 3.</summary>
    public FeatureGuesser? Features { get; }

    public PosTagger Tagger { get; }
    public Lemmatizer Lemmatizer { get; }
    public DependencyParser Parser { get; }
    public TagSet Tags => Tagger.Tags;

    /// <summary>Tags, lemmatizes and parses one sentence of words into <paramref name="result"/>.</summary>
    public void Analyze(IReadOnlyList<string> forms, SentenceAnalysis result, bool lemmas = true)
    {
        int n = forms.Count;
        result.Reset(n);
        if (n == 0) return;
        Tagger.Tag(forms, result.TagIds);
        if (lemmas)
        {
            for (int i = 0; i < n; i++) result.Lemmas[i] = Lemmatizer.Lemmatize(forms[i], result.TagIds[i]);
            for (int i = 0; i < n; i++) result.Feats[i] = Features?.Guess(forms[i], result.TagIds[i]) ?? "_";
        }
        var state = result.State;
        state.Reset(forms, result.TagIds, Tags.UposId);
        Parser.Parse(state);
        var heads = state.Heads;
        var labels = state.LabelsOf;
        for (int i = 0; i < n; i++)
        {
            result.Heads[i] = heads[i + 1];
            result.Labels[i] = labels[i + 1];
        }
    }

    /// <summary>Fills UPOS, XPOS, lemma, head and relation of the given words (gold tokenization).</summary>
    public void Annotate(ConlluSentence sentence, SentenceAnalysis? scratch = null)
    {
        scratch ??= new SentenceAnalysis();
        var forms = sentence.Words.Select(w => w.Form).ToArray();
        Analyze(forms, scratch);
        for (int i = 0; i < forms.Length; i++)
        {
            var w = sentence.Words[i];
            int tag = scratch.TagIds[i];
            w.Upos = Tags.Upos[tag];
            w.Xpos = Tags.Xpos[tag];
            w.Lemma = scratch.Lemmas[i];
            w.Feats = scratch.Feats[i];
            w.Head = scratch.Heads[i];
            w.DepRel = Parser.Labels[scratch.Labels[i]];
        }
    }

    /// <summary>Fills the syntax fields of a document's tokens, sentence by sentence.</summary>
    public void Annotate(Document document)
    {
        var scratch = new SentenceAnalysis();
        var forms = new List<string>();
        var respelled = new List<bool>();
        foreach (var sentence in document.Sentences)
        {
            var tokens = sentence.Tokens(document);
            forms.Clear();
            respelled.Clear();
            foreach (var t in tokens)
            {
                var form = NormalizeForm(t.Text);
                var american = AmericanSpelling(form);
                forms.Add(american);
                respelled.Add(!ReferenceEquals(american, form));
            }
            AnalyzeNewsSentence(forms, scratch);
            for (int i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                int tag = scratch.TagIds[i];
                t.Upos = Tags.Upos[tag];
                t.Xpos = Tags.Xpos[tag];
                t.Lemma = respelled[i] ? BritishLemma(scratch.Lemmas[i]) : scratch.Lemmas[i];
                t.Feats = scratch.Feats[i] == "_" ? null : scratch.Feats[i];
                t.Head = scratch.Heads[i];
                t.DepRel = Parser.Labels[scratch.Labels[i]];
            }
        }
    }

    /// <summary>
    /// The "-ize" spelling of a British "-ise" verb or its "-isation" noun ("apologise", "mobilised", "organisation"), which the
    /// American web-text treebank taught the tagger; other words are returned as they are. Only stems whose ending marks such a
    /// verb (recogn-, apolog-, -al-, -il-, -ar-, -or-, ...) are read this way, so "promise", "exercise" and "expertise" stay.
    /// </summary>
    public static string AmericanSpelling(string form)
    {
        int at = BritishSuffixAt(form);
        return at < 0 ? form : string.Concat(form.AsSpan(0, at), char.IsUpper(form[at]) ? "IZ" : "iz", form.AsSpan(at + 2));
    }

    // The index of the "is" of a British "-ise" ending on a stem that marks such a verb, or -1.
    private static int BritishSuffixAt(string form)
    {
        if (form.Length < 7) return -1;
        int at = -1;
        foreach (var ending in BritishEndings)
            if (form.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) { at = form.Length - ending.Length; break; }
        if (at < 4) return -1;
        var stem = form.AsSpan(0, at);
        if (stem.Equals("treat", StringComparison.OrdinalIgnoreCase)) return -1; // "treatise"
        foreach (var marker in IzeStemEndings)
            if (stem.EndsWith(marker, StringComparison.OrdinalIgnoreCase)) return at;
        return -1;
    }

    private static readonly string[] BritishEndings = ["isations", "isation", "ising", "ises", "ised", "ise"];

    private static readonly string[] IzeStemEndings = ["al", "ic", "ogn", "og", "il", "ar", "or", "er", "an", "on", "at"];

    // "apologize" → "apologise": the lemma keeps the text's spelling.
    private static string BritishLemma(string lemma)
    {
        int at = lemma.LastIndexOf("iz", StringComparison.Ordinal);
        return at < 0 ? lemma : string.Concat(lemma.AsSpan(0, at), "is", lemma.AsSpan(at + 2));
    }

    /// <summary>Maps typographic apostrophes to the ASCII ones the treebank mostly uses, so "don’t" tags like "don't".</summary>
    public static string NormalizeForm(string form) => form.Contains('’') ? form.Replace('’', '\'') : form;

    /// <summary>Writes the model; averaged weights smaller than <paramref name="prune"/> in magnitude are left out.</summary>
    public void Save(string path, float prune = 0.5f)
    {
        using var file = File.Create(path);
        using var zip = new ZLibStream(file, CompressionLevel.SmallestSize);
        using var w = new BinaryWriter(zip, Encoding.UTF8);
        w.Write(Magic);
        w.Write(Version);
        w.Write(Tags.Count);
        foreach (var t in Tags.Joint) w.Write(t);
        w.Write(Tagger.Unambiguous.Count);
        foreach (var (form, tag) in Tagger.Unambiguous) { w.Write(form); w.Write(tag); }
        w.Write(Tagger.MostFrequent.Count);
        foreach (var (hash, tag) in Tagger.MostFrequent) { w.Write(hash); w.Write((short)tag); }
        Tagger.Model.Write(w, prune);
        w.Write(Tagger.Second is not null);
        Tagger.Second?.Write(w, prune);
        w.Write(Lemmatizer.Rules.Count);
        foreach (var r in Lemmatizer.Rules) { w.Write(r.Lower); w.Write(r.Strip); w.Write(r.Append); }
        w.Write(Lemmatizer.Lexicon.Count);
        foreach (var ((form, tag), lemma) in Lemmatizer.Lexicon) { w.Write(form); w.Write((short)tag); w.Write(lemma); }
        w.Write(Lemmatizer.SuffixRules.Count);
        foreach (var ((suffix, tag), rule) in Lemmatizer.SuffixRules) { w.Write(suffix); w.Write((short)tag); w.Write(rule); }
        w.Write(Parser.Labels.Count);
        foreach (var l in Parser.Labels) w.Write(l);
        Parser.Transitions.Write(w, prune);
        Parser.Labeler.Write(w, prune);
        var features = Features ?? new FeatureGuesser(new(), new());
        w.Write(features.ByTag.Count);
        foreach (var (tag, feats) in features.ByTag) { w.Write((short)tag); w.Write(feats); }
        w.Write(features.ByWord.Count);
        foreach (var ((form, tag), feats) in features.ByWord) { w.Write(form); w.Write((short)tag); w.Write(feats); }
    }

    /// <summary>Loads a model file; a missing or damaged file gives an exception naming it.</summary>
    public static SyntaxModel Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"syntax model not found: {path}", path);
        try
        {
            using var file = File.OpenRead(path);
            using var zip = new ZLibStream(file, CompressionMode.Decompress);
            using var r = new BinaryReader(new BufferedStream(zip, 1 << 16), Encoding.UTF8);
            if (r.ReadString() != Magic) throw new InvalidDataException("not a Defacto syntax model");
            int version = r.ReadInt32();
            if (version < 1 || version > Version) throw new InvalidDataException($"model version {version}, this program reads 1 to {Version}");
            int nTags = r.ReadInt32();
            var tags = new TagSet(Enumerable.Range(0, nTags).Select(_ => r.ReadString()).ToList());
            int nUnamb = r.ReadInt32();
            var unamb = new Dictionary<string, int>(nUnamb, StringComparer.Ordinal);
            for (int i = 0; i < nUnamb; i++) unamb[r.ReadString()] = r.ReadInt32();
            int nMf = r.ReadInt32();
            var mf = new Dictionary<ulong, int>(nMf);
            for (int i = 0; i < nMf; i++) mf[r.ReadUInt64()] = r.ReadInt16();
            var taggerModel = HashedPerceptron.Read(r);
            var second = version >= 2 && r.ReadBoolean() ? HashedPerceptron.Read(r) : null;
            int nRules = r.ReadInt32();
            var rules = new List<EditRule>(nRules);
            for (int i = 0; i < nRules; i++) rules.Add(new EditRule(r.ReadBoolean(), r.ReadInt32(), r.ReadString()));
            int nLex = r.ReadInt32();
            var lexicon = new Dictionary<(string, int), string>(nLex);
            for (int i = 0; i < nLex; i++) { var f = r.ReadString(); int t = r.ReadInt16(); lexicon[(f, t)] = r.ReadString(); }
            int nSuf = r.ReadInt32();
            var suffixes = new Dictionary<(string, int), int>(nSuf);
            for (int i = 0; i < nSuf; i++) { var s = r.ReadString(); int t = r.ReadInt16(); suffixes[(s, t)] = r.ReadInt32(); }
            int nLabels = r.ReadInt32();
            var labels = Enumerable.Range(0, nLabels).Select(_ => r.ReadString()).ToList();
            var transitions = HashedPerceptron.Read(r);
            var labeler = HashedPerceptron.Read(r);
            FeatureGuesser? features = null;
            if (version >= 3)
            {
                int nByTag = r.ReadInt32();
                var byTag = new Dictionary<int, string>(nByTag);
                for (int i = 0; i < nByTag; i++) { int t = r.ReadInt16(); byTag[t] = r.ReadString(); }
                int nByWord = r.ReadInt32();
                var byWord = new Dictionary<(string, int), string>(nByWord);
                for (int i = 0; i < nByWord; i++) { var f = r.ReadString(); int t = r.ReadInt16(); byWord[(f, t)] = r.ReadString(); }
                features = new FeatureGuesser(byWord, byTag);
            }
            return new SyntaxModel(
                new PosTagger(tags, taggerModel, unamb, mf) { Second = second },
                new Lemmatizer(lexicon, suffixes, rules),
                new DependencyParser(labels, transitions, labeler),
                features);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new InvalidDataException($"syntax model {path} is unreadable: {e.Message}", e);
        }
    }
}

/// <summary>Reusable per-sentence output buffers of <see cref="SyntaxModel.Analyze"/>.</summary>
public sealed class SentenceAnalysis
{
    public int Count { get; private set; }
    public int[] TagIds { get; private set; } = new int[64];
    public string[] Lemmas { get; private set; } = new string[64];

    /// <summary>UD FEATS per word ("_" when none).</summary>
    public string[] Feats { get; private set; } = new string[64];

    /// <summary>CoNLL-U heads: 0 root, else 1-based word position.</summary>
    public int[] Heads { get; private set; } = new int[64];

    public int[] Labels { get; private set; } = new int[64];

    internal ParseState State { get; } = new();

    internal void Reset(int n)
    {
        Count = n;
        if (TagIds.Length < n)
        {
            int size = Math.Max(n, TagIds.Length * 2);
            TagIds = new int[size]; Lemmas = new string[size]; Feats = new string[size]; Heads = new int[size]; Labels = new int[size];
        }
    }
}
