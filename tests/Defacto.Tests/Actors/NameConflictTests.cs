using Defacto.Actors;
using Defacto.Model;

namespace Defacto.Tests.Actors;

/// <summary>Names that share a surname with a KB person, names placed by "of COUNTRY", weapons with a demonym, ethnic bodies in a
/// territory and state bodies placed by the building they sit in.</summary>
public class NameConflictTests
{
    private static readonly DateOnly Day = new(2023, 6, 1);

    [Fact]
    public void A_different_given_name_keeps_a_shared_surname_from_the_KB_person()
    {
        var doc = ActorTestData.Text("Sarah Francis criticized the plan. Pope Francis prayed for peace. Jimmy Lam opened a shop in Toronto.", Day);
        var sarah = ActorTestData.SingleMention(doc, "Sarah Francis");
        Assert.NotEqual("pope-francis", sarah.KbId);
        Assert.Null(sarah.Code);
        Assert.Equal("pope-francis", ActorTestData.SingleMention(doc, "Pope Francis").KbId);
        Assert.Null(ActorTestData.SingleMention(doc, "Jimmy Lam").KbId);
    }

    [Fact]
    public void A_bare_or_titled_surname_still_finds_the_KB_person()
    {
        var doc = ActorTestData.Text("President Aliyev received the envoy. Later, Aliyev left for Baku.", Day);
        Assert.All(ActorTestData.MentionsOf(doc, "Aliyev"), m => Assert.Equal("ilham-aliyev", m.KbId));
    }

    [Fact]
    public void A_family_name_written_first_stands_alone_for_its_holder()
    {
        var doc = ActorTestData.Text("President Xi hosted the talks. Premier Li Qiang attended, and Li later flew home. President Tsai thanked her allies.",
            new DateOnly(2023, 6, 1));
        Assert.Equal("xi-jinping", ActorTestData.SingleMention(doc, "President Xi").KbId);
        Assert.All(ActorTestData.MentionsOf(doc, "Li"), m => Assert.Equal("li-qiang", m.KbId));
        Assert.Equal("tsai-ing-wen", ActorTestData.SingleMention(doc, "President Tsai").KbId);
    }

    [Fact]
    public void A_family_name_before_another_given_name_or_a_hyphen_is_not_its_holders()
    {
        var doc = ActorTestData.Text("Officials said Chen Zhi ran the firm. Police held Li Yanhe for a week. A Su-24 bomber flew past.", Day);
        Assert.Null(ActorTestData.SingleMention(doc, "Chen Zhi").KbId);
        Assert.Null(ActorTestData.SingleMention(doc, "Li Yanhe").KbId);
        Assert.DoesNotContain(doc.Mentions, m => m.KbId == "su-tseng-chang");
    }

    [Fact]
    public void A_name_followed_by_of_and_a_state_acts_for_that_state()
    {
        var doc = ActorTestData.Text("On a short visit, President Amina Ali of Comoros flew to the capital of Kenya. Musa Ali of Zambia spoke next.", Day);
        var president = ActorTestData.SingleMention(doc, "Amina Ali");
        Assert.Equal("COMGOV", president.Code);
        Assert.Null(president.KbId);
        Assert.Equal("ZMB", ActorTestData.SingleMention(doc, "Musa Ali").Code);
    }

    [Fact]
    public void Weapons_and_vehicles_with_a_demonym_act_for_that_military()
    {
        var doc = ActorTestData.Text("A Syrian Scud-B missile hit the town. Turkish tanks crossed the border. Iranian jets circled overhead.", Day);
        Assert.Equal("SYRMIL", ActorTestData.SingleMention(doc, "Syrian Scud-B missile").Code);
        Assert.Equal("TURMIL", ActorTestData.SingleMention(doc, "Turkish tanks").Code);
        Assert.Equal("IRNMIL", ActorTestData.SingleMention(doc, "Iranian jets").Code);
    }

    [Fact]
    public void An_ethnic_groups_body_in_a_territory_acts_for_the_territory()
    {
        var doc = ActorTestData.Text("The ethnic Serb leaders in Kosovo rejected the plan. Serbian leaders rejected it too.", Day);
        Assert.Equal("KSVGOV", ActorTestData.SingleMention(doc, "ethnic Serb leaders in Kosovo").Code);
        Assert.Equal("SRBGOV", ActorTestData.SingleMention(doc, "Serbian leaders").Code);
    }

    [Fact]
    public void The_government_takes_the_state_of_the_city_its_building_stands_in()
    {
        var doc = ActorTestData.Text("Days after a Turkish-brokered truce, crowds gathered outside the government building in Tbilisi.", Day);
        Assert.Equal("GEOGOV", ActorTestData.SingleMention(doc, "government").Code);
    }

    [Fact]
    public void States_listed_with_and_the_form_one_group()
    {
        var doc = ActorTestData.Text("Ships from Vietnam, Malaysia and the Philippines sailed together.", Day);
        var groups = new[] { "Vietnam", "Malaysia", "Philippines" }.Select(n => ActorTestData.SingleMention(doc, n).Group).ToList();
        Assert.NotNull(groups[0]);
        Assert.All(groups, g => Assert.Equal(groups[0], g));
    }

    [Fact]
    public void Names_parted_by_commas_alone_are_no_group_but_a_list_ending_in_and_others_is()
    {
        var doc = ActorTestData.Text("Troops shelled the valley held by Tbilisi, Sukhumi said. Police detained Aung San Suu Kyi, Win Myint and other leaders.", Day);
        Assert.Null(ActorTestData.SingleMention(doc, "Tbilisi").Group);
        Assert.Null(ActorTestData.SingleMention(doc, "Sukhumi").Group);
        var first = ActorTestData.SingleMention(doc, "Aung San Suu Kyi").Group;
        Assert.NotNull(first);
        Assert.Equal(first, ActorTestData.SingleMention(doc, "Win Myint").Group);
    }
}
