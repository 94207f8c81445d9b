using Defacto.Events;
using Xunit.Abstractions;

namespace Defacto.Tests.Events;

public sealed class VerbDictionaryTests(ITestOutputHelper output)
{
    private static string Dict(string name) => SharedData.Path("data/petrarch/dictionaries/" + name);

    [Fact]
    public void ReadsTheCameoDictionary()
    {
        var d = VerbDictionary.Load(Dict("CAMEO.2.0.txt"));
        foreach (var issue in d.Issues.Take(30)) output.WriteLine(issue.ToString());
        output.WriteLine($"blocks {d.Blocks.Count}, patterns {d.Patterns.Count()}, synsets {d.Synsets.Count}, forms {d.Forms.Count()}, issues {d.Issues.Count}");
        Assert.Equal(397, d.Blocks.Count);
        Assert.Equal(40, d.Synsets.Count);
        // Every "- ..." pattern line is either read or reported.
        // Two pattern lines in the file carry a stray ')' before their code; they are reported, the rest load.
        Assert.Equal(4666, d.Patterns.Count());
        Assert.Equal([2374, 7606], d.Issues.Select(i => i.Line));
        Assert.All(d.Issues, i => Assert.Equal("CAMEO.2.0.txt", i.File));
        Assert.Equal(8, d.Transformations.Count);
        Assert.Contains(d.Transformations, t => t.Pattern == "a (_ b ASSASSINATE) ATTEMPT" && t.Result == "a b 185");

        Assert.Contains("CEASEFIRE", d.Synsets["CEASEFIRE"]);
        // Irregular forms lead to their block: HURRIED is listed under ACCELERATE.
        Assert.Equal("ACCELERATE", d.Find("hurried")!.Headword);
        var accelerate = d.Find("RUSH")!;
        var toBorder = accelerate.Patterns.Single(p => p.Code == "154" && p.ToString().Contains("BORDER") && p.Elements.Count == 2);
        Assert.Equal(PatternElementKind.Verb, toBorder.Elements[0].Kind);
        Assert.Equal(PatternElementKind.Prepositional, toBorder.Elements[1].Kind);
        Assert.Equal(["TO", "BORDER"], toBorder.Elements[1].Children!.Select(c => c.Text));

        // Paired codes: [042:043] is a visit and the hosting of it.
        var paired = accelerate.Patterns.First(p => p.PairedCode is not null);
        Assert.Equal(("042", "043"), (paired.Code, paired.PairedCode));

        // A skip inside a prepositional phrase and a compound actor.
        Assert.Contains(d.Patterns, p => p.Elements.Any(e => e.Kind == PatternElementKind.Prepositional && e.Children!.Any(c => c.Kind == PatternElementKind.Skip)));
        Assert.Contains(d.Patterns, p => p.IsCompound);
        Assert.Contains(d.Patterns, p => p.Elements.Any(e => e.Kind == PatternElementKind.Synset && e.Text == "CEASEFIRE") && p.Code == "0356");
    }

    [Fact]
    public void ReadsTheValidationVerbs()
    {
        var d = VerbDictionary.Load(Dict("PETR.Validate.verbs.2.0.txt"));
        foreach (var issue in d.Issues) output.WriteLine(issue.ToString());
        output.WriteLine($"blocks {d.Blocks.Count}, patterns {d.Patterns.Count()}, synsets {d.Synsets.Count}, issues {d.Issues.Count}");
        Assert.Equal(69, d.Blocks.Count);
        Assert.Equal(453, d.Patterns.Count());
        // "* (TO QUESTION) [110]" lacks its leading "- ": read as a pattern all the same, as PETRARCH does.
        Assert.Empty(d.Issues);
        Assert.Contains(d.Blocks, b => b.Forms.Any(f => f.Text == "BEGIN") && b.Patterns.Any(p => p.Code == "110"));
        Assert.Contains(d.Patterns, p => p.Code is null);

        var sign = d.Find("SIGN")!;
        Assert.Equal("057", sign.Code);
        Assert.Contains(sign.Patterns, p => p.Code == "081" && p.Elements[1].Text == "AGREEMENT");
        Assert.Equal("050", d.Find("AGREE")!.Code);
        // The header [---] means the block has no default code.
        Assert.Null(d.Find("SIGNAL")!.Code);
        Assert.Contains("IS_TO", d.Synsets["AUXVERB2_"]);
        // Multi-word verbs are indexed without the '+' that marks the verb word.
        Assert.Same(d.Find("ABANDON"), d.Find("ABC_DEF_GHI"));
    }

    [Fact]
    public void ReadsTheOlderValidationVerbsNamedByThePennTreeTests()
    {
        var d = VerbDictionary.Load(Dict("PETR.Validate.verbs.txt"));
        foreach (var issue in d.Issues) output.WriteLine(issue.ToString());
        output.WriteLine($"blocks {d.Blocks.Count}, patterns {d.Patterns.Count()}, synsets {d.Synsets.Count}, issues {d.Issues.Count}");
        Assert.Empty(d.Issues);
        Assert.Equal(261, d.Blocks.Count);
        Assert.Equal("LASH_OUT", d.Find("lash out")!.Headword);
        Assert.Equal(17, d.Synsets.Count);
        Assert.Equal(474, d.Patterns.Count() + d.Issues.Count(i => i.Reason.Contains("pattern") || i.Reason.Contains("missing") || i.Reason.Contains("unexpected")));
        // A member written with spaces is a phrase, joined with '_' like the members written that way.
        Assert.Contains("AUSTRIAN_FLORIN", d.Synsets["CURRENCY"]);
        // Old-style patterns glue particles to the verb ("*_UPON"); the verb element keeps the glued text.
        Assert.Contains(d.Find("CALLED")!.Patterns, p => p.Elements[0].Kind == PatternElementKind.Verb && p.Elements[0].Text == "*_UPON" && p.Code == "097");
    }

    [Theory]
    [InlineData("VISIT", "VISITS VISITED VISITING")]
    [InlineData("ACCUSE", "ACCUSES ACCUSED ACCUSING")]
    [InlineData("CARRY", "CARRIES CARRIED CARRYING")]
    [InlineData("STOP", "STOPS STOPPED STOPPING")]
    [InlineData("PUSH", "PUSHES PUSHED PUSHING")]
    [InlineData("AGREE", "AGREES AGREED AGREEING")]
    [InlineData("+BREAK_DOWN", "BREAKS_DOWN BREAKED_DOWN BREAKING_DOWN")]
    [InlineData("DELAY", "DELAYS DELAYED DELAYING")]
    public void RegularFormsFollowSpellingRules(string form, string expected) =>
        Assert.Equal(expected, string.Join(' ', VerbInflector.RegularForms(form)));

    [Fact]
    public void RegularFormsDoNotOverrideListedOnes()
    {
        var d = VerbDictionary.Parse("""
            --- LEAVE [042] ---
            LEAVE {LEAVES LEFT LEAVING}
            --- ACCUSE [112] ---
            ACCUSE
            --- LEFT_WING [---] ---
            LEFTS
            """);
        Assert.Equal("ACCUSE", d.Find("accused")!.Headword);
        Assert.Equal("LEAVE", d.Find("left")!.Headword);
        Assert.Null(d.Find("leaved"));
        Assert.Equal("LEFT_WING", d.Find("lefts")!.Headword);
    }

    [Fact]
    public void BadLinesAreReportedAndTheRestLoads()
    {
        const string text = """
            &GOOD
            +ONE
            TWO

            - * ORPHAN [010]
            --- MEET [040] ---
            MEET {MET MEETING}
            - * (WITH +) [040]
            - * (WITH + [040]
            - * NOTHING
            - $ + [040]
            - * {A | B C} [041]   # alternatives
            --- BROKEN ---
            """;
        var d = VerbDictionary.Parse(text, "test.txt");
        var reasons = d.Issues.Select(i => $"{i.File}:{i.Line}: {i.Reason}").ToList();
        foreach (var r in reasons) output.WriteLine(r);
        Assert.Contains(d.Issues, i => i.Line == 3 && i.Reason.Contains("'+'"));
        Assert.Contains(d.Issues, i => i.Line == 5 && i.Reason.Contains("outside a verb block"));
        Assert.Contains(d.Issues, i => i.Line == 9 && i.Reason.Contains("missing ')'"));
        Assert.Contains(d.Issues, i => i.Line == 10 && i.Reason.Contains("no [code]"));
        Assert.Contains(d.Issues, i => i.Line == 11 && i.Reason.Contains("no '*'"));
        Assert.Contains(d.Issues, i => i.Line == 13 && i.Reason.Contains("header"));
        Assert.All(d.Issues, i => Assert.Equal("test.txt", i.File));

        Assert.Equal(["ONE"], d.Synsets["GOOD"]);
        var meet = d.Find("met")!;
        Assert.Equal(2, meet.Patterns.Count);
        var alternatives = meet.Patterns[1].Elements[1];
        Assert.Equal(PatternElementKind.Alternatives, alternatives.Kind);
        Assert.Equal("{A | B C}", alternatives.ToString());
        Assert.Equal("alternatives", meet.Patterns[1].Comment);
    }
}
