using Defacto.Events;
using static Defacto.Tests.Events.EventSamples;

namespace Defacto.Tests.Events;

public sealed class EventDeduplicatorTests
{
    private readonly EventDeduplicator _dedup = new();

    [Fact]
    public void SameClashInTwoArticlesTwoDaysApartIsOneEvent()
    {
        var clusters = _dedup.Cluster([Make("a1", "docA", "2020-09-27"), Make("b1", "docB", "2020-09-29", cameo: "193")]);
        Assert.Equal([0, 0], clusters);
    }

    [Fact]
    public void DatesFurtherApartThanTheWindowStaySeparate()
    {
        Assert.Equal([0, 1], _dedup.Cluster([Make("a", "docA", "2020-09-27"), Make("b", "docB", "2020-10-01")]));
        Assert.Equal([0, 0], new EventDeduplicator(windowDays: 4).Cluster([Make("a", "docA", "2020-09-27"), Make("b", "docB", "2020-10-01")]));
    }

    [Fact]
    public void AMonthDateAgreesWithAnyDayInsideIt()
    {
        Assert.True(_dedup.SameEvent(Make("a", "docA", "2020-09"), Make("b", "docB", "2020-09-18")));
        Assert.False(_dedup.SameEvent(Make("a", "docA", "2020-09"), Make("b", "docB", "2020-10-04")));
    }

    [Fact]
    public void UndatedEventsMatchOnlyInsideOneDocument()
    {
        Assert.True(_dedup.SameEvent(Make("a", "docA", null, sentence: 1), Make("b", "docA", null, sentence: 5)));
        Assert.True(_dedup.SameEvent(Make("a", "docA", "2020-09-27"), Make("b", "docA", null)));
        Assert.False(_dedup.SameEvent(Make("a", "docA", null), Make("b", "docB", null)));
        Assert.False(_dedup.SameEvent(Make("a", "docA", "2020-09-27"), Make("b", "docB", null)));
    }

    [Fact]
    public void NegationCameoRootAndActorsMustAgree()
    {
        var clash = Make("a", "docA", "2020-09-27");
        Assert.False(_dedup.SameEvent(clash, Make("b", "docB", "2020-09-27", negated: true)));
        Assert.False(_dedup.SameEvent(clash, Make("b", "docB", "2020-09-27", cameo: "180")));
        // Reversed roles are a different event (a reprisal), and so is another target polity.
        Assert.False(_dedup.SameEvent(clash, Make("b", "docB", "2020-09-27", source: Actor("ARMMIL"), target: Actor("AZEMIL"))));
        Assert.False(_dedup.SameEvent(clash, Make("b", "docB", "2020-09-27", target: Actor("GEOMIL"))));
        // Sector differences do not matter: polities are compared.
        Assert.True(_dedup.SameEvent(clash, Make("b", "docB", "2020-09-27", source: Actor("AZEGOV", "Baku"))));
    }

    [Fact]
    public void KnowledgeBaseIdsDecideWhenEveryActorHasOne()
    {
        var a = Make("a", "docA", "2020-09-27", source: Actor("RUS", "Moscow", "Q159"), target: Actor("GEO", "Tbilisi", "Q230"));
        var sameIds = Make("b", "docB", "2020-09-28", source: Actor("RUSGOV", "the Kremlin", "Q159"), target: Actor("GEO", "Georgia", "Q230"));
        var otherTarget = Make("c", "docC", "2020-09-28", source: Actor("RUS", "Moscow", "Q159"), target: Actor("GEO", "Abkhazia", "Q23334"));
        Assert.True(_dedup.SameEvent(a, sameIds));
        Assert.False(_dedup.SameEvent(a, otherTarget));
    }

    [Fact]
    public void MembersJoinTheSeedSoADailySeriesDoesNotChain()
    {
        var days = new[] { "2020-09-27", "2020-09-29", "2020-10-01", "2020-10-03" };
        var events = days.Select((d, i) => Make("e" + i, "doc" + i, d)).Reverse().ToList();
        var seeds = _dedup.Cluster(events);
        // Listed newest first: the 27th seeds a cluster with the 29th; the 1st of October is 4 days from it and seeds its own.
        Assert.Equal(seeds[3], seeds[2]);
        Assert.Equal(3, seeds[3]);
        Assert.Equal(seeds[1], seeds[0]);
        Assert.Equal(1, seeds[1]);
    }
}
