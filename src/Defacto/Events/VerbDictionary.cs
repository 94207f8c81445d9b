namespace Defacto.Events;

/// <summary>What one element of a verb pattern stands for.</summary>
public enum PatternElementKind
{
    /// <summary>`*`: the verb itself.</summary>
    Verb,
    /// <summary>`$`: the source actor.</summary>
    Source,
    /// <summary>`+`: the target actor.</summary>
    Target,
    /// <summary>`^`: skip the next phrase.</summary>
    Skip,
    /// <summary>`%`: compound actor (both source and target).</summary>
    Compound,
    /// <summary>A literal word (underscores join multi-word tokens).</summary>
    Word,
    /// <summary>`&amp;NAME`: any member of a synonym set.</summary>
    Synset,
    /// <summary>`( … )`: a prepositional phrase; the first word is the preposition.</summary>
    Prepositional,
    /// <summary>`{ … }`: a noun phrase matched as one group.</summary>
    NounPhrase,
    /// <summary>`@`: the object of a preposition.</summary>
    PrepositionObject,
    /// <summary>`{a | b}`: one of several alternatives.</summary>
    Alternatives,
}

/// <summary>One element of a verb pattern; groups carry their children, alternatives one child list per option.</summary>
public sealed record PatternElement(PatternElementKind Kind, string? Text = null, IReadOnlyList<PatternElement>? Children = null, IReadOnlyList<IReadOnlyList<PatternElement>>? Options = null)
{
    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        PatternElementKind.Verb => "*",
        PatternElementKind.Source => "$",
        PatternElementKind.Target => "+",
        PatternElementKind.Skip => "^",
        PatternElementKind.Compound => "%",
        PatternElementKind.PrepositionObject => "@",
        PatternElementKind.Synset => "&" + Text,
        PatternElementKind.Word => Text!,
        PatternElementKind.Prepositional => "(" + string.Join(' ', Children!) + ")",
        PatternElementKind.NounPhrase => "{" + string.Join(' ', Children!) + "}",
        _ => "{" + string.Join(" | ", Options!.Select(o => string.Join(' ', o))) + "}",
    };
}

/// <summary>A verb pattern: its elements, the CAMEO code it assigns (null for `[---]`: match and code nothing) and the paired code for the reverse direction, where it came from.</summary>
public sealed record VerbPattern(IReadOnlyList<PatternElement> Elements, string? Code, string? PairedCode, string? Comment, string File, int Line)
{
    /// <summary>True when the pattern contains `%` (a compound actor).</summary>
    public bool IsCompound => Elements.Any(e => e.Kind == PatternElementKind.Compound);

    /// <inheritdoc/>
    public override string ToString() => string.Join(' ', Elements) + $" [{Code ?? "---"}{(PairedCode is null ? "" : ":" + PairedCode)}]";
}

/// <summary>A `~ pattern = result` transformation over nested codings, kept as written (e.g. "a (a b ATTACK) SAY" → "a b 015").</summary>
public sealed record VerbTransformation(string Pattern, string Result, string File, int Line);

/// <summary>A form of a verb listed in a block: the word (underscores join words, '+' marks the verb inside a phrase), its irregular forms and its own code.</summary>
public sealed record VerbForm(string Text, IReadOnlyList<string> IrregularForms, string? Code);

/// <summary>A `--- VERB [code] ---` block: the default code, the verb forms it covers and its patterns.</summary>
public sealed class VerbBlock(string headword, string? code, string file, int line)
{
    /// <summary>The word in the block header.</summary>
    public string Headword { get; } = headword;
    /// <summary>The block's default CAMEO code, null for `[---]`.</summary>
    public string? Code { get; } = code;
    /// <summary>The code of the reverse event a `[040:040]` header pairs with the first (target to source), or null.</summary>
    public string? PairedCode { get; init; }
    /// <summary>Verb forms listed under the header.</summary>
    public List<VerbForm> Forms { get; } = [];
    /// <summary>Patterns of the block.</summary>
    public List<VerbPattern> Patterns { get; } = [];

    /// <summary>Whether the block codes an event noun ("talks", "ceasefire") rather than a verb: its file lists it under EVENT NOUNS.</summary>
    public bool OfNouns { get; set; }
    /// <summary>File of the header.</summary>
    public string File { get; } = file;
    /// <summary>Line of the header.</summary>
    public int Line { get; } = line;
}

/// <summary>Verb patterns read from CAMEO/PETRARCH dictionary files: synsets, verb blocks, and an index from every verb form to its block.</summary>
public sealed class VerbDictionary
{
    private readonly Dictionary<string, VerbBlock> _byForm = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Synonym sets by name (without the '&amp;'), members upper-case with underscores for spaces.</summary>
    public Dictionary<string, List<string>> Synsets { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verb blocks in file order.</summary>
    public List<VerbBlock> Blocks { get; } = [];

    /// <summary>`~` rules that rewrite nested verb codings (e.g. "A says B attacked" → an accusation by A).</summary>
    public List<VerbTransformation> Transformations { get; } = [];

    /// <summary>Lines that could not be used, each with file, line and reason.</summary>
    public List<LoadIssue> Issues { get; } = [];

    /// <summary>All patterns of all blocks.</summary>
    public IEnumerable<VerbPattern> Patterns => Blocks.SelectMany(b => b.Patterns);

    /// <summary>Every form (base, multi-word, irregular, and generated regular -s/-ed/-ing forms) that leads to a block.</summary>
    public IEnumerable<string> Forms => _byForm.Keys;

    /// <summary>The lower-case base forms of the dictionary's one-word verbs ("suspend", "sanction"), for telling a headline's verb.</summary>
    public IReadOnlySet<string> VerbWords() => Blocks.Where(b => !b.OfNouns).SelectMany(b => b.Forms)
        .Select(f => f.Text).Where(t => t.Length > 0 && t.All(char.IsLetter)).Select(t => t.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>The block a verb form or lemma belongs to (case-insensitive; spaces may be written as underscores), or null.</summary>
    public VerbBlock? Find(string verb) => _byForm.GetValueOrDefault(verb.Trim().Replace(' ', '_'));

    internal void Index(string form, VerbBlock block) => _byForm.TryAdd(form, block);

    // Generated forms come after every listed form so that they never take a word another block lists.
    private void AddRegularForms()
    {
        foreach (var block in Blocks)
            foreach (var form in block.Forms.Where(f => f.IrregularForms.Count == 0))
                foreach (var inflected in VerbInflector.RegularForms(form.Text))
                    _byForm.TryAdd(inflected, block);
    }

    /// <summary>Reads one or more dictionary files into one dictionary.</summary>
    public static VerbDictionary Load(params string[] paths)
    {
        var dictionary = new VerbDictionary();
        foreach (var path in paths) VerbDictionaryReader.Read(File.ReadLines(path), Path.GetFileName(path), dictionary);
        dictionary.AddRegularForms();
        return dictionary;
    }

    /// <summary>Reads dictionary text (for tests and in-memory sources).</summary>
    public static VerbDictionary Parse(string text, string fileName = "<text>")
    {
        var dictionary = new VerbDictionary();
        VerbDictionaryReader.Read(text.Split('\n'), fileName, dictionary);
        dictionary.AddRegularForms();
        return dictionary;
    }
}
