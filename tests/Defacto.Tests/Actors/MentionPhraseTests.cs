namespace Defacto.Tests.Actors;

/// <summary>Phrase shapes of wire copy: acronym plurals, own named bodies after a possessive, weapon designations, near-miss names.</summary>
public class MentionPhraseTests
{
    private static string CodeOf(string sentence, string mention, DateOnly date) =>
        ActorTestData.MentionsOf(ActorTestData.Text(sentence, date), mention)[0].Code ?? "";

    [Fact]
    public void AnAcronymTermMatchesItsPluralButNotLowerCase()
    {
        var date = new DateOnly(2013, 8, 29);
        Assert.Equal("GBRLEG", CodeOf("British MPs rejected a government motion on Syria.", "British MPs", date));
        var doc = ActorTestData.Text("British mps rejected a government motion on Syria.", date);
        Assert.DoesNotContain(doc.Mentions, m => m.Code == "GBRLEG");
    }

    [Fact]
    public void APossessiveStateAndItsOwnNamedBodyAreOneActor()
    {
        var date = new DateOnly(2022, 8, 10);
        Assert.Equal("TWNGOV", CodeOf("Taiwan's Mainland Affairs Council rejected the white paper.", "Taiwan's Mainland Affairs Council", date));
        Assert.Equal("RUSSPY", CodeOf("The CIA warned Russia's Federal Security Service of a plot.", "Russia's Federal Security Service", date));
    }

    [Fact]
    public void AWeaponDesignationKeepsThePolityWithItsSectorNoun()
    {
        var doc = ActorTestData.Text("A Turkish F-16 fighter jet shot down a Russian Su-24 bomber near the border.", new DateOnly(2015, 11, 24));
        Assert.Equal("TURMIL", ActorTestData.MentionsOf(doc, "Turkish F-16 fighter jet")[0].Code);
        Assert.Equal("RUSMIL", ActorTestData.MentionsOf(doc, "Russian Su-24 bomber")[0].Code);
    }

    [Fact]
    public void ASharedFirstNameIsNoFuzzyMatchForADifferentSurname()
    {
        var doc = ActorTestData.Text("Protesters were angered by a Russian lawmaker, Sergei Gavrilov, in the speaker's chair.", new DateOnly(2019, 6, 20));
        Assert.All(ActorTestData.MentionsOf(doc, "Sergei Gavrilov"), m => Assert.NotEqual("sergey-lavrov", m.KbId));
    }

    [Fact]
    public void APluralIsNoFuzzyMatchForAName()
    {
        var doc = ActorTestData.Text("The Pope asked forgiveness for the evil committed by Christians against Indigenous peoples.", new DateOnly(2022, 7, 25));
        Assert.All(doc.Mentions.Where(m => m.Text == "Christians"), m => Assert.NotEqual("fuzzy", m.Method));
    }
}
