using Defacto.Events;

namespace Defacto.Tests.Events;

/// <summary>The project's own verb patterns (knowledge/verbs/defacto-verbs.txt) load cleanly and reach every CAMEO root and PLOVER type.</summary>
public sealed class DefactoVerbPatternsTests
{
    [Fact]
    public void OwnPatternsLoadAndUseOnlyKnownCodes()
    {
        var d = VerbDictionary.Load(Path.Combine(SharedData.RepoRoot, "knowledge", "verbs", "defacto-verbs.txt"));
        Assert.Empty(d.Issues);
        var catalog = CameoCatalog.Load(Path.Combine(SharedData.RepoRoot, "knowledge", CameoCatalog.DefaultRelativePath));
        var all = d.Blocks.Select(b => b.Code).Concat(d.Patterns.Select(p => p.Code)).OfType<string>().ToList();
        // PLOVER's CRIME has no CAMEO code and is written by its type name; every other code is in the CAMEO table.
        Assert.Contains("CRIME", all);
        var codes = all.Where(c => c != "CRIME").ToList();
        Assert.All(codes, c => Assert.NotNull(catalog.Find(c)));
        Assert.Equal(Enumerable.Range(1, 20).Select(r => r.ToString("00")), codes.Select(c => c[..2]).Distinct().Order());
        var plover = codes.Select(c => catalog.Find(c)!.Plover).OfType<string>().ToHashSet();
        Assert.Equal(17, plover.Count); // every PLOVER type but CRIME, which the patterns write by name

        // Every synset a pattern names is defined.
        static IEnumerable<PatternElement> All(IEnumerable<PatternElement> es) =>
            es.SelectMany(e => new[] { e }.Concat(All(e.Children ?? [])).Concat((e.Options ?? []).SelectMany(All)));
        Assert.All(d.Patterns.SelectMany(p => All(p.Elements)).Where(e => e.Kind == PatternElementKind.Synset), e => Assert.True(d.Synsets.ContainsKey(e.Text!), e.Text));

        Assert.Equal("SIGN", d.Find("signed")!.Headword);
        Assert.Equal("WITHDRAW", d.Find("withdrew")!.Headword);
        Assert.Equal("MOBILIZE", d.Find("called_up")!.Headword);
        Assert.Contains(d.Find("recognize")!.Patterns, p => p.Code == "054");
    }
}
