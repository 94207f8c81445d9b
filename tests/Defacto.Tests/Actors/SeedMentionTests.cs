namespace Defacto.Tests.Actors;

public class SeedMentionTests
{
    [Fact]
    public void Seed000_PeopleAndPolitiesResolveOn2019_02_19()
    {
        var doc = ActorTestData.Seed("000", new DateOnly(2019, 2, 19));
        ActorTestData.AssertPerson(doc, "South Ossetian president Anatoly Bibilov", "anatoly-bibilov", "president", "SOS");
        Assert.Equal("SOSGOV", ActorTestData.MentionsOf(doc, "Anatoly Bibilov")[0].Code);
        ActorTestData.AssertPerson(doc, "Dmitri Medoyev", "dmitry-medoyev", "foreign-minister", "SOS");
        ActorTestData.AssertPerson(doc, "Medoyev", "dmitry-medoyev", "foreign-minister", "SOS");
        ActorTestData.AssertPerson(doc, "Masis Mailyan", "masis-mailyan", "foreign-minister", "NKR");
        ActorTestData.AssertPerson(doc, "Mailyan", "masis-mailyan", "foreign-minister", "NKR");
        var misspelled = ActorTestData.MentionsOf(doc, "Maliyev").Single();
        Assert.Equal("masis-mailyan", misspelled.KbId);
        Assert.Equal("fuzzy", misspelled.Method);
        Assert.Equal("coreference", ActorTestData.MentionsOf(doc, "Mailyan")[^1].Method);
        ActorTestData.AssertPerson(doc, "the Karabakh foreign minister's", "masis-mailyan", "foreign-minister", "NKR");
        foreach (var (text, polity) in new[]
        {
            ("Karabakh", "NKR"), ("Nagorno-Karabakh", "NKR"), ("Nagorno-Karbakh", "NKR"), ("South Ossetia", "SOS"), ("Georgia", "GEO"),
            ("Azerbaijan", "AZE"), ("Tskhinvali", "SOS"), ("USA", "USA"), ("California", "USA"), ("Ottoman Empire", "OTT"),
        })
            ActorTestData.AssertPolity(doc, text, polity);
        Assert.Equal("SOSGOV", ActorTestData.MentionsOf(doc, "Tskhinvali authorities")[0].Code);
    }

    [Fact]
    public void Seed001_GagloevIsTheDeFactoPresidentInJanuary2025()
    {
        var doc = ActorTestData.Seed("001", new DateOnly(2025, 1, 15));
        ActorTestData.AssertPerson(doc, "Alan Gagloev", "alan-gagloev", "president", "SOS");
        ActorTestData.AssertPerson(doc, "Gagloev", "alan-gagloev", "president", "SOS");
        ActorTestData.AssertPerson(doc, "the de facto president said", "alan-gagloev", "president", "SOS");
        ActorTestData.AssertPerson(doc, "the de facto president of", "alan-gagloev", "president", "SOS");
        foreach (var (text, polity) in new[]
        {
            ("South Ossetia", "SOS"), ("Russia", "RUS"), ("Nicaragua", "NIC"), ("Venezuela", "VEN"), ("Syria", "SYR"), ("Nauru", "NRU"),
            ("Belarus", "BLR"), ("Abkhazia", "ABK"), ("Georgia", "GEO"), ("European Union", "IGO"),
        })
            ActorTestData.AssertPolity(doc, text, polity);
        Assert.Equal("IGOCASUST", ActorTestData.MentionsOf(doc, "Russia-Belarus union state")[0].Code);
        var recognizers = doc.Mentions.Where(m => m.Group is not null && m.SentenceIndex == ActorTestData.MentionsOf(doc, "Nauru")[0].SentenceIndex).ToList();
        Assert.Equal(["RUS", "NIC", "VEN", "SYR", "NRU"], recognizers.Select(m => m.Code));
        Assert.Single(recognizers.Select(m => m.Group).Distinct());
    }

    [Fact]
    public void Seed002_ArtsakhPresidentAndAzerbaijaniForcesOn2020_09_28()
    {
        var doc = ActorTestData.Seed("002", new DateOnly(2020, 9, 28));
        ActorTestData.AssertPerson(doc, "Artsakh President Arayik Harutyunyan", "arayik-harutyunyan", "president", "NKR");
        ActorTestData.AssertPerson(doc, "Harutyunyan", "arayik-harutyunyan", "president", "NKR");
        ActorTestData.AssertPerson(doc, "President of Azerbaijan", "ilham-aliyev", "president", "AZE");
        Assert.Equal("AZEMIL", ActorTestData.MentionsOf(doc, "Azerbaijani Armed Forces")[0].Code);
        Assert.Equal("SOSGOV", ActorTestData.MentionsOf(doc, "South Ossetian Foreign Ministry")[0].Code);
        foreach (var (text, polity) in new[]
        {
            ("Artsakh", "NKR"), ("Karabakh", "NKR"), ("Stepanakert", "NKR"), ("Azerbaijan", "AZE"), ("South Ossetia", "SOS"),
            ("Republic of South Ossetia", "SOS"),
        })
            ActorTestData.AssertPolity(doc, text, polity);
    }

    [Fact]
    public void Seed003_RussianAndAzerbaijaniOfficialsOn2024_02_14()
    {
        var doc = ActorTestData.Seed("003", new DateOnly(2024, 2, 14));
        ActorTestData.AssertPerson(doc, "Maria Zakharova", "maria-zakharova", "foreign-ministry-spokesperson", "RUS");
        ActorTestData.AssertPerson(doc, "Russian Foreign Ministry spokeswoman", "maria-zakharova", "foreign-ministry-spokesperson", "RUS");
        ActorTestData.AssertPerson(doc, "Zakharova", "maria-zakharova", "foreign-ministry-spokesperson", "RUS");
        ActorTestData.AssertPerson(doc, "Mikhail Galuzin", "mikhail-galuzin", "deputy-foreign-minister", "RUS");
        ActorTestData.AssertPerson(doc, "Galuzin", "mikhail-galuzin", "deputy-foreign-minister", "RUS");
        ActorTestData.AssertPerson(doc, "Igor Khovayev", "igor-khovayev", "special-envoy", "RUS");
        ActorTestData.AssertPerson(doc, "Jeyhun Bayramov", "jeyhun-bayramov", "foreign-minister", "AZE");
        ActorTestData.AssertPerson(doc, "Bayramov", "jeyhun-bayramov", "foreign-minister", "AZE");
        ActorTestData.AssertPerson(doc, "Nikol Pashinian", "nikol-pashinyan", "prime-minister", "ARM");
        ActorTestData.AssertPerson(doc, "Pashinian", "nikol-pashinyan", "prime-minister", "ARM");
        ActorTestData.AssertPerson(doc, "Vladimir Putin", "vladimir-putin", "president", "RUS");
        var oskanian = ActorTestData.MentionsOf(doc, "Vartan Oskanian").Single();
        Assert.Equal("vartan-oskanian", oskanian.KbId);
        Assert.Equal("ARMELI", oskanian.Code);
        Assert.Equal("former foreign minister of Armenia", oskanian.Role);
        Assert.Equal("vartan-oskanian", ActorTestData.MentionsOf(doc, "Oskanian")[^1].KbId);
        Assert.Equal("AZEGOV", ActorTestData.MentionsOf(doc, "Azerbaijani Foreign Ministry")[0].Code);
        Assert.Equal("RUSMILPKO", ActorTestData.MentionsOf(doc, "Russian peacekeepers")[0].Code);
        Assert.Equal("AZEGOV", ActorTestData.MentionsOf(doc, "Baku lacks")[0].Code);
        Assert.Equal("ARMGOV", ActorTestData.MentionsOf(doc, "Yerevan of")[0].Code);
        foreach (var (text, polity) in new[]
        {
            ("Baku", "AZE"), ("Yerevan", "ARM"), ("Moscow", "RUS"),
            ("Armenia", "ARM"), ("Azerbaijan", "AZE"), ("Russia", "RUS"),
        })
            ActorTestData.AssertPolity(doc, text, polity);
        // Its name now stands for a region of Azerbaijan ("Baku's full control over Karabakh"), still linked to the
        // republic's KB entry; "Karabakh's leaders" are still the leaders the republic had.
        Assert.Contains(ActorTestData.MentionsOf(doc, "Karabakh"), m => m.Code == "AZE" && m.KbId == "NKR");
        ActorTestData.AssertPolity(doc, "Karabakh’s leaders", "NKR");
        // The republic was dissolved on 2024-01-01; by this article's date its former capital is a city of Azerbaijan again.
        // "Stepanakert" (AZE after the republic dissolved) stands only in the photo captions, which the cleaner removes.
    }

    [Fact]
    public void Seed004_LavrovAndTheCoordinatedLeadersOn2021_01_18()
    {
        var doc = ActorTestData.Seed("004", new DateOnly(2021, 1, 18));
        ActorTestData.AssertPerson(doc, "Sergey Lavrov", "sergey-lavrov", "foreign-minister", "RUS");
        ActorTestData.AssertPerson(doc, "Lavrov", "sergey-lavrov", "foreign-minister", "RUS");
        foreach (var phrase in new[] { "Aliyev, Putin and Pashinyan", "Putin, Aliyev, and Pashinyan" })
        {
            int at = doc.Text.IndexOf(phrase, StringComparison.Ordinal);
            Assert.True(at >= 0);
            var group = doc.Mentions.Where(m => m.Span.Start >= at && m.Span.End <= at + phrase.Length).ToList();
            Assert.Equal(3, group.Count);
            Assert.Single(group.Select(m => m.Group).Distinct());
            Assert.NotNull(group[0].Group);
            var ids = group.ToDictionary(m => m.Text, m => m.KbId);
            Assert.Equal("ilham-aliyev", ids["Aliyev"]);
            Assert.Equal("vladimir-putin", ids["Putin"]);
            Assert.Equal("nikol-pashinyan", ids["Pashinyan"]);
            Assert.Equal(["AZEGOV", "RUSGOV", "ARMGOV"], group.OrderBy(m => m.Text == "Aliyev" ? 0 : m.Text == "Putin" ? 1 : 2).Select(m => m.Code));
        }
        ActorTestData.AssertPerson(doc, "The Russian leader", "vladimir-putin", "president", "RUS");
        foreach (var (text, polity) in new[]
        {
            ("Yerevan", "ARM"), ("Baku", "AZE"), ("Moscow", "RUS"), ("Karabakh", "NKR"), ("Nagorno-Karabakh", "NKR"),
            ("Armenia", "ARM"), ("Azerbaijan", "AZE"), ("Russia", "RUS"),
        })
            ActorTestData.AssertPolity(doc, text, polity);
    }
}
