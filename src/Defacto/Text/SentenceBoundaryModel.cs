using System.IO.Compression;
using Defacto.Model;
using Defacto.Syntax;

namespace Defacto.Text;

/// <summary>
/// Averaged-perceptron sentence-boundary classifier: scores the gap after each token of a line and corrects the
/// punctuation rules. It adds a boundary the rules do not see only when its score clears <see cref="SplitMargin"/>
/// (web text: signatures, headers, lists, unpunctuated posts) and drops a rule boundary only when its score falls
/// below -<see cref="VetoMargin"/> (an emoticon or a "..." inside a sentence).
/// </summary>
public sealed class SentenceBoundaryModel
{
    private const string Magic = "DFSB";
    private const int Version = 1;

    /// <summary>Feature hashes per gap; <see cref="Features"/> fills at most this many.</summary>
    internal const int FeatureCount = 36;

    private readonly HashedPerceptron _weights;

    internal SentenceBoundaryModel(HashedPerceptron weights, float splitMargin, float vetoMargin)
    {
        if (weights.Classes != 2) throw new ArgumentException("a sentence-boundary model has two classes", nameof(weights));
        _weights = weights;
        SplitMargin = splitMargin;
        VetoMargin = vetoMargin;
    }

    /// <summary>Score (boundary minus no boundary) a gap the rules leave alone needs to become a boundary.</summary>
    public float SplitMargin { get; }

    /// <summary>A rule boundary whose score is below minus this value is dropped.</summary>
    public float VetoMargin { get; }

    internal HashedPerceptron Weights => _weights;

    [ThreadStatic] private static LineScratch? _scratch;

    /// <summary>Corrects the rule decisions in <paramref name="ends"/> (true: a sentence ends after that token) for one line's tokens.</summary>
    public void Refine(IReadOnlyList<Token> tokens, Span<bool> ends)
    {
        int n = tokens.Count;
        if (n < 2) return;
        var scratch = _scratch ??= new LineScratch();
        scratch.Load(tokens, ends);
        Span<ulong> features = stackalloc ulong[FeatureCount];
        Span<int> rows = stackalloc int[FeatureCount];
        Span<float> scores = stackalloc float[_weights.Stride];
        for (int i = 0; i < n - 1; i++)
        {
            bool rule = scratch.Rule[i];
            if (!rule && scratch.Blocked[i]) continue; // never added there (see Ends); saves the scoring
            ends[i] = Ends(rule, false, Margin(scratch, i, features, rows, scores), SplitMargin, VetoMargin);
        }
    }

    /// <summary>
    /// Whether a sentence ends at a gap: a rule boundary stays unless its score is below -veto; another gap becomes one
    /// when its score is above split, unless it is blocked (see <see cref="LineScratch.Blocked"/>).
    /// </summary>
    internal static bool Ends(bool rule, bool blocked, float margin, float split, float veto) =>
        rule ? margin >= -veto : !blocked && margin > split;

    internal float Margin(LineScratch line, int i, Span<ulong> features, Span<int> rows, Span<float> scores) =>
        Margin(_weights, line, i, features, rows, scores);

    internal static float Margin(HashedPerceptron weights, LineScratch line, int i, Span<ulong> features, Span<int> rows, Span<float> scores)
    {
        int count = Features(line, i, features);
        for (int k = 0; k < count; k++) rows[k] = weights.Row(features[k]);
        weights.Score(rows[..count], scores);
        return scores[1] - scores[0];
    }

    /// <summary>The feature hashes of the gap after token i: words, shapes and punctuation around it, the rules' decision, distances to rule boundaries.</summary>
    internal static int Features(LineScratch line, int i, Span<ulong> f)
    {
        ulong W(int k) => k < 0 ? 1UL : k >= line.Count ? 2UL : line.Words[k];
        ulong S(int k) => k < 0 ? 1UL : k >= line.Count ? 2UL : line.Shapes[k];
        ulong r = line.Rule[i] ? 1UL : 0UL;
        ulong back = Bucket(i - line.PreviousRuleEnd[i]);
        ulong ahead = Bucket(line.NextRuleEnd[i] - i);
        ulong joint = (line.Edges[i] & 0xF) | (line.Edges[i + 1] >> 4 << 4) | (line.NoSpace[i] ? 0x100UL : 0);
        int n = 0;
        f[n++] = FeatureHash.Of(0, 0);
        f[n++] = FeatureHash.Of(1, r);
        f[n++] = FeatureHash.Of(2, W(i));
        f[n++] = FeatureHash.Of(3, W(i + 1));
        f[n++] = FeatureHash.Of(4, W(i - 1));
        f[n++] = FeatureHash.Of(5, W(i + 2));
        f[n++] = FeatureHash.Of(6, W(i), W(i + 1));
        f[n++] = FeatureHash.Of(7, W(i - 1), W(i));
        f[n++] = FeatureHash.Of(8, S(i));
        f[n++] = FeatureHash.Of(9, S(i + 1));
        f[n++] = FeatureHash.Of(10, S(i - 1));
        f[n++] = FeatureHash.Of(11, S(i), S(i + 1));
        f[n++] = FeatureHash.Of(12, S(i - 1), S(i), S(i + 1));
        f[n++] = FeatureHash.Of(13, W(i), S(i + 1));
        f[n++] = FeatureHash.Of(14, S(i), W(i + 1));
        f[n++] = FeatureHash.Of(15, r, S(i + 1));
        f[n++] = FeatureHash.Of(16, r, W(i));
        f[n++] = FeatureHash.Of(17, joint);
        f[n++] = FeatureHash.Of(18, back);
        f[n++] = FeatureHash.Of(19, ahead);
        f[n++] = FeatureHash.Of(20, back, ahead);
        f[n++] = FeatureHash.Of(21, S(i + 1), S(i + 2));
        f[n++] = FeatureHash.Of(22, W(i + 1), W(i + 2));
        f[n++] = FeatureHash.Of(23, r, back, ahead);
        f[n++] = FeatureHash.Of(24, r, joint);
        f[n++] = FeatureHash.Of(25, W(i), S(i + 1), S(i + 2));
        f[n++] = FeatureHash.Of(26, r, line.Kind);
        f[n++] = FeatureHash.Of(27, W(i + 1), S(i + 2));
        f[n++] = FeatureHash.Of(28, S(i), S(i + 1), line.Kind);
        f[n++] = FeatureHash.Of(29, r, S(i), S(i + 1));
        f[n++] = FeatureHash.Of(30, r, W(i + 1));
        f[n++] = FeatureHash.Of(31, W(i - 1), W(i), W(i + 1));
        f[n++] = FeatureHash.Of(32, S(i - 2), S(i - 1), S(i));
        f[n++] = FeatureHash.Of(33, W(i + 1), line.Kind);
        f[n++] = FeatureHash.Of(34, S(i + 1), back);
        f[n++] = FeatureHash.Of(35, line.Capitals, S(i), S(i + 1));
        return n;
    }

    /// <summary>Token distances 0, 1, 2, 3, 4–5, 6–9, 10–19, 20+.</summary>
    private static ulong Bucket(int d) => d <= 3 ? (ulong)Math.Max(d, 0) : d <= 5 ? 4UL : d <= 9 ? 5UL : d <= 19 ? 6UL : 7UL;

    /// <summary>Writes the model (zlib-compressed); the trainer has already rounded and pruned the weights as stored.</summary>
    public void Save(string path)
    {
        using var file = File.Create(path);
        using var zip = new ZLibStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(zip);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(SplitMargin);
        writer.Write(VetoMargin);
        _weights.Write(writer, 0f);
    }

    /// <summary>Loads a model file; a missing or damaged file gives an exception naming it.</summary>
    public static SentenceBoundaryModel Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"sentence model not found: {path}", path);
        try
        {
            using var file = File.OpenRead(path);
            using var zip = new ZLibStream(file, CompressionMode.Decompress);
            using var reader = new BinaryReader(zip);
            if (reader.ReadString() != Magic) throw new InvalidDataException("not a sentence model");
            int version = reader.ReadInt32();
            if (version != Version) throw new InvalidDataException($"sentence model version {version}, expected {Version}");
            float split = reader.ReadSingle(), veto = reader.ReadSingle();
            if (!float.IsFinite(split) || !float.IsFinite(veto)) throw new InvalidDataException("bad margins");
            var weights = HashedPerceptron.Read(reader);
            if (weights.Classes != 2) throw new InvalidDataException($"{weights.Classes} classes, expected 2");
            return new SentenceBoundaryModel(weights, split, veto);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new InvalidDataException($"{path}: damaged sentence model ({e.Message})", e);
        }
    }
}

/// <summary>Per-token values of one line that the boundary features read, kept between lines to avoid allocation.</summary>
internal sealed class LineScratch
{
    public int Count;

    /// <summary>The line's length bucket and how many rule boundaries it has (0–3+): run-on web posts and headers look different from punctuated prose.</summary>
    public ulong Kind;

    /// <summary>The line's <see cref="FeatureHash.CapitalizedShare"/>.</summary>
    public ulong Capitals;
    public ulong[] Words = new ulong[64], Shapes = new ulong[64], Edges = new ulong[64];
    public bool[] Rule = new bool[64], NoSpace = new bool[64];

    /// <summary>
    /// Gaps where no boundary is added whatever the score: between tokens written together ("e-mail", "2005.09"), inside
    /// brackets closed later on the line ("(6:15 am Moscow time)"), and after a comma that does not close a short
    /// greeting or sign-off ("Hi Greg," is a sentence in mail; "..., Galuzin told" in news is not).
    /// </summary>
    public bool[] Blocked = new bool[64];
    public int[] PreviousRuleEnd = new int[64], NextRuleEnd = new int[64];

    public void Load(IReadOnlyList<Token> tokens, ReadOnlySpan<bool> ruleEnds)
    {
        int n = tokens.Count;
        Count = n;
        if (Words.Length < n)
        {
            int size = Math.Max(n, Words.Length * 2);
            Words = new ulong[size]; Shapes = new ulong[size]; Edges = new ulong[size];
            Rule = new bool[size]; NoSpace = new bool[size]; Blocked = new bool[size];
            PreviousRuleEnd = new int[size]; NextRuleEnd = new int[size];
        }
        int previous = -1;
        for (int k = 0; k < n; k++)
        {
            var text = tokens[k].Text.AsSpan();
            Words[k] = FeatureHash.Normalized(text);
            Shapes[k] = FeatureHash.Shape(text);
            Edges[k] = text.Length == 0 ? 0UL : CharClass(text[^1]) | (CharClass(text[0]) << 4);
            NoSpace[k] = tokens[k].NoSpaceAfter;
            Rule[k] = ruleEnds[k];
            PreviousRuleEnd[k] = previous;
            if (ruleEnds[k]) previous = k;
        }
        MarkBlocked(tokens);
        Capitals = FeatureHash.CapitalizedShare(tokens, static t => t.Text);
        int ruleCount = 0;
        for (int k = 0; k < n - 1; k++)
            if (ruleEnds[k]) ruleCount++;
        ulong length = n <= 4 ? 0UL : n <= 10 ? 1UL : n <= 25 ? 2UL : n <= 60 ? 3UL : 4UL;
        Kind = length << 2 | (uint)Math.Min(ruleCount, 3);
        int next = n - 1;
        for (int k = n - 1; k >= 0; k--)
        {
            NextRuleEnd[k] = next;
            if (ruleEnds[k]) next = k;
        }
    }

    private const int GreetingLength = 4;

    private void MarkBlocked(IReadOnlyList<Token> tokens)
    {
        int n = Count;
        // Brackets still open after token k that close later on the line.
        int depth = 0, lastClose = -1;
        for (int k = 0; k < n; k++)
            if (tokens[k].Text is ")" or "]" or "}") lastClose = k;
        for (int k = 0; k < n; k++)
        {
            var t = tokens[k].Text;
            if (t is "(" or "[" or "{") depth++;
            else if (t is ")" or "]" or "}" && depth > 0) depth--;
            bool comma = t == "," || (k > 0 && tokens[k - 1].Text == "," && SentenceSplitter.IsCloser(t));
            Blocked[k] = NoSpace[k] || (depth > 0 && k < lastClose) || (comma && k - PreviousRuleEnd[k] > GreetingLength);
        }
    }

    /// <summary>1 upper-case letter, 2 lower-case, 3 digit, 4 final mark, 5 colon or semicolon, 6 comma, 7 dash, 8 closing, 9 opening, 10 other.</summary>
    private static ulong CharClass(char c) => c switch
    {
        _ when char.IsUpper(c) => 1,
        _ when char.IsLetter(c) => 2,
        _ when char.IsDigit(c) => 3,
        '.' or '!' or '?' or '…' => 4,
        ':' or ';' => 5,
        ',' => 6,
        '-' or '–' or '—' or '_' or '=' or '*' => 7,
        ')' or ']' or '"' or '”' or '’' or '\'' or '>' => 8,
        '(' or '[' or '“' or '‘' or '<' => 9,
        _ => 10,
    };
}
