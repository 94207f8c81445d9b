using Defacto.Model;
using Defacto.Tests.Events;

namespace Defacto.Tests.Actors;

/// <summary>Actor classes: rulers named by title and given name, firms and media, territory peoples, lists and possessors.</summary>
public class NamedActorClassTests
{
    [Fact]
    public void A_regnal_number_belongs_to_its_name_and_is_no_surname()
    {
        var doc = ActorTestData.Text("Prime Minister Pedro Sanchez briefed King Felipe VI on the floods.", new DateOnly(2024, 11, 2));
        var king = ActorTestData.SingleMention(doc, "King Felipe VI");
        Assert.Equal(("ESPGOV", "felipe-vi"), (king.Code, king.KbId));
        Assert.DoesNotContain(doc.Mentions, m => m.Code?.StartsWith("MAR", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_ruler_title_with_a_given_name_is_that_holder_or_no_one()
    {
        // Two kings called Abdullah reigned in 2012: no look-alike name of someone else may stand in.
        var both = ActorTestData.Text("King Abdullah opened the new parliament session on Sunday.", new DateOnly(2012, 11, 4));
        Assert.Null(ActorTestData.SingleMention(both, "King Abdullah").Code);
        var emir = ActorTestData.Text("Emir Tamim welcomed the Turkish president at the airport.", new DateOnly(2022, 11, 20));
        Assert.Equal("QATGOV", ActorTestData.SingleMention(emir, "Emir Tamim").Code);
        var king = ActorTestData.Text("King Mohammed VI pardoned a group of journalists.", new DateOnly(2024, 7, 29));
        Assert.Equal("MARGOV", ActorTestData.SingleMention(king, "King Mohammed VI").Code);
    }

    [Fact]
    public void Firms_media_and_their_people_carry_their_home_polity_and_sector()
    {
        var doc = ActorTestData.Text(
            "Regulators fined Westpac and Punjab National Bank. Police searched the offices of Apple Daily. Carlos Ghosn denied wrongdoing. FIFA suspended the federation.",
            new DateOnly(2019, 6, 1));
        Assert.Equal("AUSBUSWBC", ActorTestData.SingleMention(doc, "Westpac").Code);
        Assert.Equal("INDBUSPNB", ActorTestData.SingleMention(doc, "Punjab National Bank").Code);
        Assert.Equal("HKGMEDAPD", ActorTestData.SingleMention(doc, "Apple Daily").Code);
        Assert.Equal("JPNBUS", ActorTestData.SingleMention(doc, "Carlos Ghosn").Code);
        Assert.Equal("NGOSPTFIF", ActorTestData.SingleMention(doc, "FIFA").Code);
    }

    [Fact]
    public void A_candidate_out_of_office_is_opposition_and_a_winner_takes_office_on_the_day()
    {
        var campaign = ActorTestData.Text("Joe Biden named his running mate.", new DateOnly(2020, 8, 11));
        Assert.Equal("USAOPP", ActorTestData.SingleMention(campaign, "Joe Biden").Code);
        var before = ActorTestData.Text("Abdirahman Irro thanked his voters.", new DateOnly(2024, 11, 20));
        Assert.Equal("SLDOPP", ActorTestData.SingleMention(before, "Abdirahman Irro").Code);
        var after = ActorTestData.Text("Abdirahman Irro appointed a new cabinet.", new DateOnly(2025, 1, 10));
        Assert.Equal("SLDGOV", ActorTestData.SingleMention(after, "Abdirahman Irro").Code);
    }

    [Fact]
    public void The_people_of_a_territory_as_a_community_are_its_side()
    {
        var doc = ActorTestData.Text(
            "Envoys met leaders of the Kosovo Serbs in Mitrovica. The Kosovo Serbs boycotted the vote. Thousands of Kosovo Serbs crossed into Serbia.",
            new DateOnly(2023, 5, 1));
        Assert.Equal("KSVGOV", ActorTestData.SingleMention(doc, "leaders of the Kosovo Serbs").Code);
        Assert.Equal("KSVCVL", doc.Mentions.Single(m => m.SentenceIndex == 1 && m.Text == "Kosovo Serbs").Code);
        Assert.Equal("SRBCVL", doc.Mentions.Single(m => m.SentenceIndex == 2 && m.Text == "Serbs").Code);
    }

    [Fact]
    public void A_city_of_a_region_places_a_crowd_there()
    {
        var doc = ActorTestData.Text("Relatives of conscripts gathered in Ufa and Yekaterinburg.", new DateOnly(2022, 10, 2));
        Assert.Equal("RUS", ActorTestData.SingleMention(doc, "Ufa").Code);
        Assert.Equal("RUS", ActorTestData.SingleMention(doc, "Yekaterinburg").Code);
    }

    [Fact]
    public void A_possessor_after_a_comma_and_a_name_after_a_finished_list_are_no_list_members()
    {
        var doc = ActorTestData.Text(
            "Police questioned Alexei Navalny, President Vladimir Putin's fiercest critic. Letters went to King Charles and Pope Francis, President Emmanuel Macron said.",
            new DateOnly(2020, 5, 1));
        Assert.Null(ActorTestData.SingleMention(doc, "President Vladimir Putin").Group);
        var charles = ActorTestData.SingleMention(doc, "King Charles");
        Assert.NotNull(charles.Group);
        Assert.Equal(charles.Group, ActorTestData.SingleMention(doc, "Pope Francis").Group);
        Assert.NotEqual(charles.Group, ActorTestData.SingleMention(doc, "President Emmanuel Macron").Group);
    }

    [Fact]
    public void Forces_from_two_coordinated_states_are_both_sides()
    {
        var events = CodedText.Events("Soldiers from Chad and Niger attacked the militants on Friday.", new DateTime(2021, 5, 1));
        var sources = events.SelectMany(e => e.Source).Select(a => a.Code).ToList();
        Assert.Contains("TCDMIL", sources);
        Assert.Contains("NERMIL", sources);
    }

    [Fact]
    public void An_unknown_name_ending_in_a_kind_of_body_is_such_a_body_of_the_polity_the_sentence_gives()
    {
        var owned = ActorTestData.Text("Thousands marched against a ruling of Hungary's Constitutional Tribunal.", new DateOnly(2021, 3, 1));
        Assert.Equal("HUNJUD", ActorTestData.SingleMention(owned, "Hungary's Constitutional Tribunal").Code);
        var placed = CodedText.Events("Georgian police detained the director of Batumelebi Media on Monday.", new DateTime(2024, 1, 15));
        var detained = Assert.Single(placed);
        Assert.Equal(("GEOCOP", "GEOMED"), (detained.Source.Single().Code, detained.Target.Single().Code));
        // A person's unknown name is no body.
        var person = ActorTestData.Text("Georgian police detained Nika Gvaramia on Monday.", new DateOnly(2024, 1, 15));
        Assert.Null(ActorTestData.SingleMention(person, "Nika Gvaramia").Sector);
    }
}
