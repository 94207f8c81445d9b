using Defacto.Actors;
using Defacto.Actors.Dictionaries;

namespace Defacto.Tests.Actors;

public class DictionaryImportTests
{
    private static string Dict(string name) => SharedData.Path("data/petrarch/dictionaries/" + name);

    [Fact]
    public void PhoenixCountryActorsLoadWithDatedCodes()
    {
        var issues = new List<KbIssue>();
        var actors = PhoenixActorReader.Read(Dict("Phoenix.Countries.actors.txt"), issues);
        Assert.True(actors.Count > 10000, $"only {actors.Count} actors");
        var georgia = actors.First(a => a.Name == "GEORGIA");
        Assert.Contains("TBILISI", georgia.Names);
        Assert.Contains(georgia.Codes, c => c.Code == "GEO" && c.Validity.From?.Start == new DateOnly(1991, 12, 21));
        var shevardnadze = actors.First(a => a.Name == "EDUARD SHEVARDNADZE");
        Assert.Contains(shevardnadze.Codes, c => c.Code == "GEOGOV" && c.Validity.Contains(new DateOnly(2000, 1, 1)));
        // Real-world files have a few bad lines; each is reported with file and line, none stops the load.
        Assert.All(issues, i => Assert.Equal("Phoenix.Countries.actors.txt", i.File));
        Assert.All(issues, i => Assert.True(i.Line > 0));
    }

    [Fact]
    public void AgentsDiscardsAndValidationDictionariesLoad()
    {
        var set = DictionarySet.Load([Dict("Phoenix.agents.txt"), Dict("Phoenix.discards.txt"), Dict("PETR.Validate.actors.txt"),
            Dict("PETR.Validate.agents.txt"), Dict("PETR.Validate.discards.txt"), Dict("Phoenix.International.actors.txt")]);
        Assert.Contains(set.Agents, a => a.Term == "CITY MAYOR" && a.Code == "GOV" && !a.Prefix);
        Assert.Contains(set.Agents, a => a.Term == "JUSTICE MINISTRY" && a.Code == "GOV");
        Assert.Contains(set.Agents, a => a.Term == "HUMAN RIGHTS BODY" && a.Code == "NGO" && a.Prefix);
        Assert.Contains(set.Discards, d => d.Phrase == "Manchester United" && d.StoryLevel);
        Assert.Contains(set.Discards, d => d.Phrase == "BASEBALL" && !d.StoryLevel);
        Assert.Contains(set.Actors, a => a.Name == "GOLLUM" && a.Names.Contains("SMEAGOL") && a.Codes.Count == 3);
        Assert.Contains(set.Actors, a => a.Name == "NATO" && a.Codes.Any(c => c.Code == "IGOWSTNAT"));
        // The validation file's deliberately broken code blocks are reported, not fatal.
        Assert.Contains(set.Issues, i => i.File == "PETR.Validate.actors.txt");
    }

    [Fact]
    public void MalformedDictionaryLinesAreReportedAndSkipped()
    {
        var path = Path.Combine(Path.GetTempPath(), $"defacto-test-{Guid.NewGuid():N}.actors.txt");
        try
        {
            File.WriteAllText(path, "+ORPHAN_ALIAS\nRUSSIA_ [RUS]\n+RUSSIAN_\nBAD_CODE_ [R1S]\nGEORGIA_\n\t[GEO 991301-000101]\n\t[GEO >911221]\nARMENIA_ [ARM]\n");
            var issues = new List<KbIssue>();
            var actors = PhoenixActorReader.Read(path, issues);
            Assert.Contains(actors, a => a.Name == "RUSSIA" && a.Names.Contains("RUSSIAN"));
            Assert.Contains(actors, a => a.Name == "ARMENIA" && a.Codes.Single().Code == "ARM");
            Assert.Single(actors.First(a => a.Name == "GEORGIA").Codes);
            Assert.Contains(issues, i => i.Line == 1 && i.Reason.Contains("alias line before"));
            Assert.Contains(issues, i => i.Line == 4 && i.Reason.Contains("bad code"));
            Assert.Contains(issues, i => i.Line == 6 && i.Reason.Contains("date"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ImportedNamesResolveButProjectEntriesWin()
    {
        var set = DictionarySet.Load([Dict("Phoenix.Countries.actors.txt"), Dict("Phoenix.agents.txt")]);
        var index = ActorIndex.Build(ActorTestData.Kb, set);
        var resolver = new MentionResolver(index);
        var doc = new Defacto.Model.Document("test", "Zviad Gamsakhurdia met officials in Sukhumi while Abkhazia declared sovereignty.");
        Pipeline.CreateTextOnly().Process(doc);
        resolver.Resolve(doc, new DateOnly(1991, 6, 1), new DateOnly(1991, 6, 1));
        // Phoenix folds Abkhazia into Georgia; the project's own entry wins.
        Assert.Equal("ABK", doc.Mentions.Single(m => m.Text == "Abkhazia").Code);
        var gamsakhurdia = doc.Mentions.Single(m => m.Text == "Zviad Gamsakhurdia");
        Assert.Equal("GEOGOV", gamsakhurdia.Code);
        Assert.Equal("dictionary", gamsakhurdia.Method);
    }
}
