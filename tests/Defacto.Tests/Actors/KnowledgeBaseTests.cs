using Defacto.Actors;

namespace Defacto.Tests.Actors;

public class KnowledgeBaseTests
{
    [Fact]
    public void ProjectKnowledgeBaseLoadsCleanAndHasNoConflicts()
    {
        var kb = ActorTestData.Kb;
        Assert.Empty(kb.Issues);
        Assert.Empty(KnowledgeBaseChecker.FindConflicts(kb));
        Assert.Equal(193, kb.Polities.Count(p => p.Kind == PolityKind.Member));
        foreach (var code in new[] { "ABK", "SOS", "NKR", "PMR", "NCY", "KSV", "TWN", "PSE", "ESH", "SLD" })
            Assert.NotNull(kb.FindPolity(code));
        foreach (var code in new[] { "IGOUNO", "IGOEUROSC", "IGOEUREEC", "IGOCASCST", "IGOCASCIS", "IGOWSTNAT", "IGOCASUST" })
            Assert.NotNull(kb.FindOrganization(code));
    }

    [Fact]
    public void SouthOssetianPresidencyChangesWithTheDate()
    {
        var kb = ActorTestData.Kb;
        Assert.Equal("anatoly-bibilov", kb.Holder("president", "SOS", new DateOnly(2019, 2, 19), new DateOnly(2019, 2, 19))?.PersonId);
        Assert.Equal("alan-gagloev", kb.Holder("president", "SOS", new DateOnly(2022, 5, 24), new DateOnly(2022, 5, 24))?.PersonId);
        Assert.Equal("anatoly-bibilov", kb.Holder("president", "SOS", new DateOnly(2022, 5, 23), new DateOnly(2022, 5, 23))?.PersonId);
        // A month-wide range picks whoever held the office for most of it.
        Assert.Equal("alan-gagloev", kb.Holder("president", "SOS", new DateOnly(2022, 5, 1), new DateOnly(2022, 6, 30))?.PersonId);
    }

    [Fact]
    public void NagornoKarabakhCeasesToExistOn2024_01_01()
    {
        var nkr = ActorTestData.Kb.FindPolity("NKR")!;
        Assert.True(nkr.Existence.Contains(new DateOnly(2023, 12, 31)));
        Assert.False(nkr.Existence.Contains(new DateOnly(2024, 1, 1)));
        Assert.Equal("AZE", nkr.ClaimedBy);
        Assert.Contains("Artsakh", nkr.Aliases);
    }

    // A temporary knowledge folder holding copies of the named project files; each test writes the rest itself.
    private static string KnowledgeCopy(params string[] files)
    {
        var dir = Directory.CreateTempSubdirectory("defacto-kb-").FullName;
        foreach (var file in files) File.Copy(Path.Combine(SharedData.RepoRoot, "knowledge", file), Path.Combine(dir, file));
        return dir;
    }

    [Fact]
    public void A_family_name_that_is_no_word_of_the_name_is_reported_and_ignored()
    {
        var dir = KnowledgeCopy("polities.tsv", "organizations.tsv", "agents.tsv", "roles.tsv");
        try
        {
            File.WriteAllText(Path.Combine(dir, "people.tsv"),
                "id\tname\taliases\tpolity\tnote\tfamily\n" +
                "tsai-ing-wen\tTsai Ing-wen\t\tTWN\t\tTsai\n" +
                "park-jin\tPark Jin\t\tKOR\t\tKim\n");
            var kb = KnowledgeBaseLoader.Load(dir);
            Assert.Equal("Tsai", kb.FindPerson("tsai-ing-wen")!.Family);
            Assert.Equal("", kb.FindPerson("park-jin")!.Family);
            Assert.Contains(kb.Issues.Select(i => i.ToString()), r => r.StartsWith("people.tsv:3:") && r.Contains("family name 'Kim'"));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void MalformedRowsAreReportedWithFileLineAndReasonAndLoadingContinues()
    {
        var dir = KnowledgeCopy("organizations.tsv", "agents.tsv", "roles.tsv", "people.tsv");
        try
        {
            File.WriteAllText(Path.Combine(dir, "polities.tsv"),
                "code\tkind\tname\taliases\tdemonyms\tcapital\tseats\tclaimed_by\tfrom\tuntil\tnote\n" +
                "RUS\tmember\tRussia\t\tRussian\tMoscow\t\t\t\t\t\n" +
                "XX\tmember\tNowhere\n" +
                "GEO\tplanet\tGeorgia\n" +
                "SOS\tcontested\tSouth Ossetia\t\t\tTskhinvali\t\tGEO\t1991-13-40\t\t\n" +
                "ABK\tcontested\tAbkhazia\t\t\tSukhumi\t\tGEO\t1993\t\t\n");
            File.WriteAllText(Path.Combine(dir, "offices.tsv"),
                "person\trole\tpolity\tfrom\tuntil\tnote\n" +
                "vladimir-putin\tpresident\tRUS\t2012-05-07\t\t\n" +
                "nobody\tpresident\tRUS\t2012\t\t\n" +
                "vladimir-putin\temperor\tRUS\t2012\t\t\n" +
                "dmitry-medvedev\tpresident\tRUS\t2020\t2019\t\n" +
                "dmitry-medvedev\tpresident\tRUS\t2020-01-01\t\ttoo\tmany\tcells\n" +
                "dmitry-medvedev\tpresident\tRUS\t2024-01-01\t\t\n");
            File.WriteAllText(Path.Combine(dir, "recognitions.tsv"),
                "entity\trecognizer\trecognizer_name\tkind\tfrom\tuntil\tnote\n" +
                "ABK\tRUS\tRussia\tun-member\t2008-08-26\t\tdecree\n" +
                "ABK\tRUS\tRussia\tfriendly\t2008-08-26\t\tdecree\n" +
                "ABK\tZZZ\tZed\tun-member\t2008\t\tnote\n" +
                "ABK\tRUS\tRussia\tun-member\t2008\t\t\n");
            var kb = KnowledgeBaseLoader.Load(dir);
            Assert.Equal(2, kb.Polities.Count);
            Assert.Single(kb.Recognitions);
            Assert.Equal(2, kb.Offices.Count());
            var reasons = kb.Issues.Select(i => i.ToString()).ToList();
            Assert.Contains(reasons, r => r.StartsWith("polities.tsv:3:") && r.Contains("three letters"));
            Assert.Contains(reasons, r => r.StartsWith("polities.tsv:4:") && r.Contains("unknown polity kind"));
            Assert.Contains(reasons, r => r.StartsWith("polities.tsv:5:") && r.Contains("bad date '1991-13-40'"));
            Assert.Contains(reasons, r => r.StartsWith("offices.tsv:3:") && r.Contains("unknown person"));
            Assert.Contains(reasons, r => r.StartsWith("offices.tsv:4:") && r.Contains("unknown role"));
            Assert.Contains(reasons, r => r.StartsWith("offices.tsv:5:") && r.Contains("before"));
            Assert.Contains(reasons, r => r.StartsWith("offices.tsv:6:") && r.Contains("cells"));
            Assert.Contains(reasons, r => r.StartsWith("recognitions.tsv:3:") && r.Contains("recognizer kind"));
            Assert.Contains(reasons, r => r.StartsWith("recognitions.tsv:4:") && r.Contains("unknown recognizer"));
            Assert.Contains(reasons, r => r.StartsWith("recognitions.tsv:5:") && r.Contains("source note"));
            // Two presidents at once is a conflict for `kb check`.
            var conflicts = KnowledgeBaseChecker.FindConflicts(kb);
            Assert.Contains(conflicts, c => c.Line == 7 && c.Reason.Contains("two holders of president of RUS"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
