using Defacto.Actors;
using Defacto.Model;

namespace Defacto.Tests.Actors;

/// <summary>World-wide actor classes: armed groups, transnational groups, demonym + sector nouns, IGO aliases, places, leaders.</summary>
public class WorldCoverageTests
{
    private static readonly DateOnly Day = new(2023, 6, 1);

    [Fact]
    public void A_de_facto_state_that_has_ended_is_a_region_of_its_claimant()
    {
        var before = ActorTestData.Text("Russian peacekeepers withdrew from Karabakh.", new DateOnly(2021, 6, 1));
        Assert.Equal("NKR", ActorTestData.SingleMention(before, "Karabakh").Code);
        var after = ActorTestData.Text("Russian peacekeepers withdrew from Karabakh.", new DateOnly(2024, 6, 1));
        var region = ActorTestData.SingleMention(after, "Karabakh");
        Assert.Equal(("AZE", "former polity"), (region.Code, region.Method));
    }

    [Fact]
    public void NamedArmedGroupsCarryTheirHomePolity()
    {
        var doc = ActorTestData.Text("Al-Shabaab fighters stormed a hotel. Boko Haram abducted schoolgirls. M23 rebels advanced.", Day);
        Assert.Equal("SOMREBSHB", ActorTestData.SingleMention(doc, "Al-Shabaab fighters").Code);
        Assert.Equal("NGAREBBKH", ActorTestData.SingleMention(doc, "Boko Haram").Code);
        Assert.Equal("CODREBMTT", ActorTestData.SingleMention(doc, "M23 rebels").Code);
    }

    [Fact]
    public void TransnationalGroupsKeepTheirSectorForThePlaceTheSentenceGives()
    {
        var doc = ActorTestData.Text("An Islamic State bomber struck. Afghan Islamic State fighters were captured. Iran is an islamic state. Iran is an Islamic state.", Day);
        var bare = ActorTestData.SingleMention(doc, "Islamic State bomber");
        Assert.Null(bare.Code);
        Assert.Equal("REB", bare.Sector);
        Assert.Equal("AFGREB", ActorTestData.SingleMention(doc, "Afghan Islamic State fighters").Code);
        // Written as a name in the table, the term needs its words capitalized in the text.
        Assert.DoesNotContain(doc.Mentions, m => m.SentenceIndex >= 2 && (m.Sector == "REB" || m.Code?.EndsWith("REB", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void DemonymAndSectorNounGiveThePolityAndSector()
    {
        var doc = ActorTestData.Text(
            "French farmers blocked roads. Kenyan police fired tear gas. Israelis rallied. Burkina Faso's junta expelled diplomats. British rail workers walked out.",
            Day);
        Assert.Equal("FRAAGR", ActorTestData.SingleMention(doc, "French farmers").Code);
        Assert.Equal("KENCOP", ActorTestData.SingleMention(doc, "Kenyan police").Code);
        Assert.Equal("ISRCVL", ActorTestData.SingleMention(doc, "Israelis").Code);
        Assert.Equal("BFAMIL", ActorTestData.SingleMention(doc, "Burkina Faso's junta").Code);
        Assert.Equal("GBRLAB", ActorTestData.SingleMention(doc, "British rail workers").Code);
    }

    [Fact]
    public void AnAdjectiveBetweenPolityAndSectorNounIsSkippedWhenTagged()
    {
        var doc = new Document("test", "Nigeria's main labour unions went on strike.");
        Pipeline.CreateTextOnly().Process(doc);
        doc.Dct = DocumentDate.Exact(new DateTime(2023, 6, 1), DatePrecision.Day, DateProvenance.Metadata, "test");
        doc.Tokens.Single(t => t.Text == "main").Upos = "ADJ";
        new ActorStage(ActorTestData.Kb).Process(doc);
        Assert.Equal("NGALAB", ActorTestData.SingleMention(doc, "labour unions").Code);
    }

    [Fact]
    public void InternationalBodiesAreFoundByTheirNewsNames()
    {
        var doc = ActorTestData.Text(
            "The UN nuclear watchdog reported. The West African bloc met. The Security Council voted. The Russian Security Council met.", Day);
        Assert.Equal("IGOIAEA", ActorTestData.SingleMention(doc, "UN nuclear watchdog").Code);
        Assert.Equal("IGOWAFECO", ActorTestData.SingleMention(doc, "The West African bloc").Code);
        Assert.Equal("IGOUNOSEC", ActorTestData.MentionsOf(doc, "Security Council")[0].Code);
        Assert.Equal("RUSGOV", ActorTestData.SingleMention(doc, "Russian Security Council").Code);
    }

    [Fact]
    public void TitleWithDemonymCodesAnUnknownMinister()
    {
        var doc = ActorTestData.Text("Thai Foreign Minister Somsak Kittipong met reporters.", Day);
        var m = ActorTestData.SingleMention(doc, "Thai Foreign Minister Somsak Kittipong");
        Assert.Equal(MentionKind.Unknown, m.Kind);
        Assert.Equal("THAGOV", m.Code);
    }

    [Fact]
    public void WorldLeadersResolveByNameAndDate()
    {
        var doc = ActorTestData.Text("President Yoon Suk Yeol met Kenyan President William Ruto.", Day);
        Assert.Equal("yoon-suk-yeol", ActorTestData.SingleMention(doc, "President Yoon Suk Yeol").KbId);
        Assert.Equal("KORGOV", ActorTestData.SingleMention(doc, "President Yoon Suk Yeol").Code);
        Assert.Equal("KENGOV", ActorTestData.SingleMention(doc, "Kenyan President William Ruto").Code);
    }

    [Fact]
    public void APersonsAdministrationIsTheGovernmentOfTheirPolity()
    {
        var doc = ActorTestData.Text("The Obama administration froze deliveries.", new DateOnly(2013, 10, 9));
        var m = ActorTestData.SingleMention(doc, "Obama administration");
        Assert.Equal("USAGOV", m.Code);
        Assert.Equal(MentionKind.Group, m.Kind);
    }

    [Fact]
    public void CoordinatedDemonymsShareTheSectorTerm()
    {
        var doc = ActorTestData.Text("American and British warplanes struck targets.", Day);
        var usa = doc.Mentions.Single(m => m.Code == "USAMIL");
        var gbr = doc.Mentions.Single(m => m.Code == "GBRMIL");
        Assert.Equal("British", gbr.Text);
        Assert.NotNull(usa.Group);
        Assert.Equal(usa.Group, gbr.Group);
    }

    [Fact]
    public void ASectorTermOfAKnownPersonTakesThePersonsPolity()
    {
        var doc = ActorTestData.Text("Supporters of Donald Trump stormed the Capitol.", new DateOnly(2021, 1, 6));
        Assert.Equal("USACVL", ActorTestData.SingleMention(doc, "Supporters of Donald Trump").Code);
        Assert.Equal("USALEG", ActorTestData.SingleMention(doc, "the Capitol").Code);
    }

    [Fact]
    public void TheGovernmentRefersToTheStateTheSentenceNames()
    {
        var doc = ActorTestData.Text("Israelis rallied in Tel Aviv against the government.", Day);
        var m = ActorTestData.SingleMention(doc, "government");
        Assert.Equal("ISRGOV", m.Code);
        Assert.Equal("context", m.Method);
        // A known person after "of" names the polity, not the place earlier in the sentence.
        var maduro = ActorTestData.Text("In Bridgetown the government of Nicolas Maduro agreed.", Day);
        var government = ActorTestData.MentionsOf(maduro, "government of Nicolas Maduro").Single();
        Assert.Equal("VENGOV", government.Code);
        Assert.NotEqual("context", government.Method);
    }

    [Fact]
    public void PlacesArePlacesOfTheirPolityNotGovernments()
    {
        var doc = ActorTestData.Text("Russian forces shelled Kharkiv. Kharkiv said nothing.", Day);
        foreach (var m in ActorTestData.MentionsOf(doc, "Kharkiv"))
        {
            Assert.Equal("UKR", m.Code);
            Assert.Equal("place", m.Method);
        }
    }

    [Fact]
    public void AHomePolityWithASectorCodesPeopleOutsideGovernment()
    {
        var doc = ActorTestData.Text("Alexei Navalny urged a boycott.", new DateOnly(2021, 1, 10));
        var m = ActorTestData.SingleMention(doc, "Alexei Navalny");
        Assert.Equal("RUSOPP", m.Code);
        Assert.Equal("RUS", m.Polity);
    }

    [Fact]
    public void APlaceWithAnUnknownPolityIsReported()
    {
        var dir = Directory.CreateTempSubdirectory("defacto-kb-").FullName;
        try
        {
            File.Copy(Path.Combine(SharedData.RepoRoot, "knowledge", "polities.tsv"), Path.Combine(dir, "polities.tsv"));
            File.WriteAllText(Path.Combine(dir, "places.tsv"), "name\taliases\tpolity\tnote\nKharkiv\tKharkov\tUKR\t\nAtlantis\t\tXXX\t\n");
            var kb = KnowledgeBaseLoader.Load(dir);
            Assert.Equal("UKR", Assert.Single(kb.Places).Polity);
            Assert.Contains(kb.Issues, i => i.ToString().StartsWith("places.tsv:3:", StringComparison.Ordinal) && i.Reason.Contains("unknown polity"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
