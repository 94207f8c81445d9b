using Defacto.Events;
using Xunit.Abstractions;

namespace Defacto.Tests.Events;

public sealed class CameoCatalogTests(ITestOutputHelper output)
{
    private static CameoCatalog Table() =>
        CameoCatalog.Load(Path.Combine(SharedData.RepoRoot, "knowledge", CameoCatalog.DefaultRelativePath));

    [Fact]
    public void TableLoadsCleanlyAndCoversEveryRoot()
    {
        var table = Table();
        Assert.Empty(table.Issues);
        for (int root = 1; root <= 20; root++)
        {
            var code = root.ToString("00");
            Assert.NotNull(table.Find(code));
            Assert.NotNull(table.Find(code + "0"));
        }
        Assert.True(table.Codes.Count > 280, $"{table.Codes.Count} codes");
        foreach (var c in table.Codes)
        {
            int root = int.Parse(c.Root);
            int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            Assert.Equal(quad, c.QuadClass);
            // A subcode belongs to a parent that is in the table.
            if (c.Code.Length > 2) Assert.NotNull(table.Find(c.Code[..^1]) ?? table.Find(c.Code[..2]));
        }
        Assert.Equal(-10.0, table.Find("190")!.Goldstein);
        Assert.Equal("ASSAULT", table.FindOrParent("1954")!.Plover);
        Assert.Equal("SUPPORT", table.Find("057")!.Plover);
        Assert.Null(table.FindOrParent("99"));

        var shelling = table.Apply(new Model.Event { Cameo = "194" });
        Assert.Equal(("ASSAULT", "artillery", -10.0, 4), (shelling.Plover, shelling.Mode, shelling.Goldstein!.Value, shelling.QuadClass!.Value));
        var kept = table.Apply(new Model.Event { Cameo = "0421", Mode = "state-visit" });
        Assert.Equal(("CONSULT", "state-visit", 1.9), (kept.Plover, kept.Mode, kept.Goldstein!.Value));
    }

    [Fact]
    public void MalformedLinesNameFileLineAndReason()
    {
        var table = CameoCatalog.Parse([
            "code\tname\tgoldstein\tquad\tplover",
            "040\tconsult\t1.0\t1\tCONSULT",
            "04x\tbad code\t1.0\t1",
            "041\tphone\tlots\t1",
            "042\tvisit\t1.9\t7",
            "043\ttoo few",
            "040\tagain\t1.0\t1",
        ], "codes.tsv");
        Assert.Equal(["codes.tsv:3", "codes.tsv:4", "codes.tsv:5", "codes.tsv:6", "codes.tsv:7"], table.Issues.Select(i => $"{i.File}:{i.Line}"));
        Assert.Contains("not a 2-4 digit", table.Issues[0].Reason);
        Assert.Contains("Goldstein", table.Issues[1].Reason);
        Assert.Contains("quad", table.Issues[2].Reason);
        Assert.Contains("columns", table.Issues[3].Reason);
        Assert.Contains("twice", table.Issues[4].Reason);
        Assert.Single(table.Codes);
    }

    /// <summary>Our crosswalk, written from the PLOVER definitions, against the published CAMEO→PLOVER table (2021 draft names translated to the current ones).</summary>
    [Fact]
    public void PloverCrosswalkAgreesWithThePublishedTable()
    {
        var table = Table();
        int compared = 0, agreed = 0;
        foreach (var raw in File.ReadLines(SharedData.Path("data/plover/CAMEO2PLOVER-2021.txt")))
        {
            var line = raw.Split('#')[0].Trim();
            int colon = line.IndexOf(':');
            if (colon < 0) continue;
            var code = line[..colon].Trim();
            if (code.Length < 3) continue; // root headings
            var fields = line[(colon + 1)..].Split(',');
            var theirs = Current(fields[0].Trim(), fields.Length > 1 ? fields[1].Trim() : "");
            var ours = table.Find(code);
            compared++;
            if (ours?.Plover == theirs) agreed++;
            else output.WriteLine($"{code}: ours {ours?.Plover ?? "(missing)"}, table {theirs}");
        }
        double share = (double)agreed / compared;
        output.WriteLine($"agreement {agreed}/{compared} = {share:P1}");
        Assert.True(compared > 250);
        Assert.True(share >= 0.90, $"PLOVER type agreement {share:P1}");
    }

    // The 2021 draft still used ACCUSE (with mode "investigate" for investigations) and REQUEST.
    private static string Current(string type, string mode) => type switch
    {
        "ACCUSE" when mode == "investigate" => "INVESTIGATE",
        "ACCUSE" => "DISAPPROVE",
        "REQUEST" => "DEMAND",
        _ => type,
    };
}
