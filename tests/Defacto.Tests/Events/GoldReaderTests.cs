using Defacto.Events;

namespace Defacto.Tests.Events;

public sealed class GoldReaderTests
{
    private static readonly string[] Categories = ["DEMO", "ACTOR", "AGENT", "COMPOUND", "DATE", "MODIFY", "PARSING", "PATTERN", "SYNSET", "VERB", "ERROR"];

    [Theory]
    [InlineData("PETR.UnitTest.records.xml", false, "032 033")]
    [InlineData("PETR.UnitTest.records.ud.xml", true, "040 040")]
    public void ReadsThePetrarchUnitTests(string name, bool ud, string demo2Codes)
    {
        var set = GoldReader.Read(SharedData.Path("data/petrarch/tests/" + name));
        Assert.Equal(EventTypeScheme.Cameo, set.Scheme);
        Assert.Empty(set.Issues);
        Assert.Equal(284, set.Records.Count);
        // One record is filed as "COMPOUNDx" in both files (a category outside the Environment's Include list); it is kept as written.
        Assert.Equal("COMPOUND-36", Assert.Single(set.Records, r => r.Category == "COMPOUNDX").Id.Replace('_', '-'));
        Assert.All(set.Records.Where(r => r.Category != "COMPOUNDX"), r => Assert.Contains(r.Category, Categories));
        Assert.Equal(Categories.Append("COMPOUNDX").Order(), set.Records.Select(r => r.Category!).Distinct().Order());

        // DEMO_02: a paired event ("left for" a visit and its hosting); the two files code it differently.
        var demo2 = set.Records.Single(r => r.Id is "DEMO_02" or "DEMO-02");
        Assert.Equal(demo2Codes, string.Join(' ', demo2.Events.Select(e => e.Type)));
        Assert.Equal(["DAGGOV", "GON"], demo2.Events.Select(e => e.Source.Single().Code));
        Assert.Equal("19950103", demo2.Date);

        var first = set.Records[0];
        Assert.StartsWith("Arnor is about to restore full diplomatic ties with Gondor almost five years", first.Text);
        Assert.Equal("ARN", first.Events.Single().Source.Single().Polity);

        Assert.True(set.Records.Count(r => r.Events.Count == 0 && r.ExpectedError is null) >= 19);
        Assert.Contains(set.Records, r => r.ExpectedError == "dateline" && r.Events.Count == 0);

        Assert.All(set.Records, r => Assert.NotNull(r.Parse));
        if (ud)
        {
            Assert.All(set.Records, r => Assert.True(r.Parse!.IsConllu, r.Id));
            Assert.Equal(19, first.Parse!.ConlluLines.Count);
            Assert.StartsWith("1\tArnor\tArnor\tPROPN", first.Parse.ConlluLines[0]);
        }
        else
        {
            Assert.All(set.Records, r => Assert.False(r.Parse!.IsConllu, r.Id));
            Assert.StartsWith("(ROOT", first.Parse!.Raw.Trim());
        }

        // The Environment's dictionaries are found in the sibling dictionaries/ folder.
        Assert.EndsWith(Path.Combine("dictionaries", ud ? "PETR.Validate.verbs.2.0.txt" : "PETR.Validate.verbs.txt"), set.Dictionaries["Verbfile"]);
        Assert.True(File.Exists(set.Dictionaries["Actorfile"]));
        Assert.Empty(PetrarchGoldReader.MissingDictionaries(set));
    }

    [Fact]
    public void PetrarchConfigOptionsHoldForTheRecordsAfterThem()
    {
        var set = GoldReader.Read(SharedData.Path("data/petrarch/tests/PETR.UnitTest.records.ud.xml"));
        var byId = set.Records.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First());
        // COMPOUND_03 follows <Config option="require_dyad" value="false" />; DATE_16 a "False" that later records turn back to "True".
        Assert.False(byId["COMPOUND_03"].Option("require_dyad", true));
        Assert.False(byId["DATE_16"].Option("require_dyad", true));
        Assert.True(byId["DEMO_01"].Option("require_dyad", true));
        Assert.True(byId["SYNSET_01"].Option("require_dyad", false));
        Assert.Equal("6", byId["COMMA_05"].Options["comma_emax"]);
        Assert.Equal("0", byId["COMMA_10"].Options["comma_emax"]);
    }

    [Fact]
    public void DictionariesFallBackToTheGivenFolderAndMissingOnesAreNamed()
    {
        var dir = Directory.CreateTempSubdirectory("defacto-gold-");
        try
        {
            var gold = Path.Combine(dir.FullName, "gold.xml");
            File.WriteAllText(gold, """
                <Validation><Environment><Verbfile>V.txt</Verbfile><Actorfile>A.txt</Actorfile></Environment>
                <Sentences>
                <Sentence date="20200101" id="X1" category="DEMO"><EventCoding noevents="True" /><Text>Nothing happened.</Text></Sentence>
                <Sentence date="20200101" category="DEMO"><Text>No id here.</Text></Sentence>
                <Sentence date="20200101" id="X3" category="DEMO"><EventCoding eventcode="040" sourcecode="ARM" /><Text>Half a coding.</Text></Sentence>
                </Sentences></Validation>
                """);
            var extra = Directory.CreateDirectory(Path.Combine(dir.FullName, "elsewhere"));
            File.WriteAllText(Path.Combine(extra.FullName, "V.txt"), "");
            var set = PetrarchGoldReader.Read(gold, extra.FullName);
            Assert.Equal(Path.Combine(extra.FullName, "V.txt"), set.Dictionaries["Verbfile"]);
            Assert.Equal(["Actorfile"], PetrarchGoldReader.MissingDictionaries(set));
            Assert.Equal(["X1", "X3"], set.Records.Select(r => r.Id));
            Assert.Empty(set.Records[1].Events);
            Assert.Equal(2, set.Issues.Count);
            Assert.Contains("without id", set.Issues[0].Reason);
            Assert.Contains("sentence X3", set.Issues[1].Reason);

            File.WriteAllText(gold, "<Validation><Sentence>");
            var e = Assert.Throws<GoldFormatException>(() => GoldReader.Read(gold));
            Assert.Contains("gold.xml", e.Message);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void ReadsPloverJsonAndSkipsDocumentation()
    {
        var dir = Directory.CreateTempSubdirectory("defacto-plover-");
        try
        {
            var path = Path.Combine(dir.FullName, "g.json");
            File.WriteAllText(path, """
                [
                 {"id": "doc", "event": "DOCUMENT", "text": "How to read this file."},
                 {"id": "a1", "date": "2020-09-27", "text": "Azerbaijani forces shelled Stepanakert.", "event": "assault",
                  "source": [{"actorText": "Azerbaijani forces", "code": "AZE", "sector": "MIL"}],
                  "target": [{"actorText": "Stepanakert", "code": "NKR"}], "mode": "artillery", "dead": 2},
                 {"id": 7, "text": "Georgia protested.", "event": "PROTEST", "source": [{"actorText": "Georgia", "code": "GEO"}], "target": ""},
                 {"id": "a3", "text": "Armenia mobilized.", "event": "MOBILIZE", "source": [{"actorText": "Armenia", "code": "ARM"}]},
                 {"id": "a4", "text": "The weather was mild.", "event": ""},
                 {"id": "a5", "event": "ASSAULT"},
                 {"id": "a6", "text": "Bad actors.", "event": "AID", "source": [{"actorText": "nobody"}]}
                ]
                """);
            var set = GoldReader.Read(path);
            Assert.Equal(EventTypeScheme.Plover, set.Scheme);
            Assert.Equal(["a1", "7", "a3", "a4"], set.Records.Select(r => r.Id));
            var a1 = set.Records[0].Events.Single();
            Assert.Equal("ASSAULT", a1.Type);
            Assert.Equal("AZEMIL", a1.Source.Single().FullCode);
            Assert.Equal("MIL", a1.Source.Single().SectorPart);
            Assert.Equal("NKR", a1.Target.Single().Code);
            Assert.Equal(("artillery", 2), (a1.Mode, a1.Dead));
            Assert.Empty(set.Records[1].Events.Single().Target);
            Assert.Empty(set.Records[2].Events.Single().Target);
            Assert.Empty(set.Records[3].Events);
            var issue = Assert.Single(set.Issues);
            Assert.Equal(7, issue.Line);
            Assert.Contains("no code", issue.Reason);
        }
        finally { dir.Delete(true); }
    }
}
