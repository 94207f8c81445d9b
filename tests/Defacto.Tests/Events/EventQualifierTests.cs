using Defacto.Model;

namespace Defacto.Tests.Events;

/// <summary>What the coder says beyond who did what to whom: negation, modality, attribution, scare quotes, date and place.</summary>
public sealed class EventQualifierTests
{
    private static List<Event> Code(string text) => CodedText.Events(text, new DateTime(2024, 2, 14), "qualifiers");

    [Fact]
    public void A_reported_deed_is_attributed_dated_and_placed()
    {
        var e = Assert.Single(Code("Armenia's defence ministry said that Azerbaijani forces shelled Armenian positions near Jermuk on Tuesday."));
        Assert.Equal(("AZE", "ARM"), (e.Source[0].Polity, e.Target[0].Polity));
        Assert.Equal("ASSAULT", e.Plover);
        Assert.Equal("ARM", e.AttributedTo?.Polity);
        Assert.Equal(("2024-02-13", "day"), (e.Date, e.DatePrecision));
        Assert.Equal("Jermuk", e.Location);
        Assert.False(e.Negated);
    }

    [Fact]
    public void A_deed_in_scare_quotes_is_the_claimants_accusation()
    {
        var e = Assert.Single(Code("Azerbaijan \"shelled\" Armenian villages near Jermuk, the Armenian defence ministry said."));
        Assert.StartsWith("11", e.Cameo);
        Assert.Equal("ARM", e.Source[0].Polity);
        Assert.Equal("AZE", e.Target[0].Polity);
    }

    [Fact]
    public void Negation_and_modality_are_recorded()
    {
        var notAttended = Assert.Single(Code("Georgia did not attend the talks with Russia."));
        Assert.True(notAttended.Negated);
        Assert.Equal("planned", Assert.Single(Code("Russia is planning to send troops to Abkhazia.")).Modality);
        Assert.Contains(Code("Armenia would recognize Kosovo if Serbia agreed."), e => e.Cameo == "054" && e.Modality == "hypothetical");
    }
}
