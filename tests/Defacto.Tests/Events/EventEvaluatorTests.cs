using Defacto.Events;
using Defacto.Model;

namespace Defacto.Tests.Events;

public sealed class EventEvaluatorTests
{
    private static GoldRecord Gold(string id, string category, params (string Src, string Type, string Tgt)[] events) =>
        new(id, "2020-01-01", category, "text of " + id,
            events.Select(e => new GoldEvent(e.Type, Actors(e.Src).Select(c => new GoldActor(null, c)).ToList(), Actors(e.Tgt).Select(c => new GoldActor(null, c)).ToList())).ToList());

    private static Event Sys(string src, string cameo, string tgt, string? plover = null) => new()
    {
        Cameo = cameo, Plover = plover,
        Source = Actors(src).Select(c => new EventActor(c, c)).ToList(),
        Target = Actors(tgt).Select(c => new EventActor(c, c)).ToList(),
    };

    private static string[] Actors(string codes) => codes.Split(',', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void CountsExactRecordsTypesTriplesAndActors()
    {
        GoldRecord[] gold =
        [
            Gold("r1", "DEMO", ("ARN", "050", "GON")),                       // exact
            Gold("r2", "DEMO", ("DAGGOV", "040", "GON"), ("GON", "040", "DAGGOV")), // one of two found
            Gold("r3", "VERB"),                                               // nothing expected, something found
            Gold("r4", "VERB", ("ARN", "111", "GON")),                        // right actors, wrong type
            Gold("r5", "AGENT", ("ARNGOV", "040", "GON")),                    // right polity, wrong agent
        ];
        IReadOnlyList<Event>[] system =
        [
            [Sys("ARN", "050", "GON")],
            [Sys("DAGGOV", "040", "GON")],
            [Sys("ARN", "190", "GON")],
            [Sys("ARN", "112", "GON")],
            [Sys("ARNMIL", "040", "GON")],
        ];
        var r = new EventEvaluator(EventTypeScheme.Cameo).Evaluate(gold, system);

        Assert.Equal(5, r.Records);
        Assert.Equal(1, r.ExactRecords);
        Assert.Equal(0.2, r.ExactRecordAccuracy, 6);
        // Types: gold 050 040 040 111 040 (5); system 050 040 190 112 040 (5); matched 050 040 040 = 3.
        Assert.Equal(new PrecisionRecall(3, 5, 5), r.EventType);
        // Triples by polity: r1, r2 (one), r5 (ARN 040 GON matches by polity) = 3 of 5 each way.
        Assert.Equal(new PrecisionRecall(3, 5, 5), r.Triple);
        Assert.Equal(0.6, r.Triple.F1, 6);
        // Actor codes (role and full code): gold 10, system 10; ARNMIL≠ARNGOV, r2 misses GON/DAGGOV pair, r3 invents 2, r4 matches 2.
        Assert.Equal(new PrecisionRecall(2 + 2 + 0 + 2 + 1, 10, 10), r.ActorCode);
        // Sector agreement over polity-matched triples: r1 and r2 agree, r5 does not.
        Assert.Equal((3, 2), (r.SectorPairs, r.SectorAgreements));

        Assert.Equal(["exact", "partial", "spurious", "wrong", "partial"], r.PerRecord.Select(o => o.Outcome));
        Assert.Equal(["DAGGOV 040 GON", "GON 040 DAGGOV"], r.PerRecord[1].Gold);

        var demo = r.PerCategory.Single(c => c.Category == "DEMO");
        Assert.Equal((2, 1, 0.5), (demo.Records, demo.Exact, demo.Accuracy));
        Assert.Equal(0, r.PerCategory.Single(c => c.Category == "VERB").Exact);

        Assert.Contains(new ConfusionCell("111", "112", 1), r.Confusion);
        Assert.Contains(new ConfusionCell("040", EventEvaluator.None, 1), r.Confusion);
        Assert.Contains(new ConfusionCell(EventEvaluator.None, "190", 1), r.Confusion);
        Assert.Contains(new ConfusionCell("040", "040", 2), r.Confusion);
        Assert.Equal(5 + 1, r.Confusion.Sum(c => c.Count));
    }

    [Fact]
    public void PloverSchemeComparesPloverTypesAndExpandsSeveralActors()
    {
        var gold = new GoldRecord("p1", null, null, "Aliyev, Putin and Pashinyan signed a statement.",
            [new GoldEvent("SUPPORT", [new(null, "AZE", "GOV"), new(null, "RUS", "GOV"), new(null, "ARM", "GOV")], [])]);
        var none = new GoldRecord("p2", null, null, "It rained.", []);
        var system = new IReadOnlyList<Event>[]
        {
            [Sys("AZEGOV,RUSGOV,ARM", "057", "", "SUPPORT")],
            [],
        };
        var r = new EventEvaluator(EventTypeScheme.Plover).Evaluate([gold, none], system);
        Assert.Equal(2, r.ExactRecords);
        Assert.Equal(new PrecisionRecall(1, 1, 1), r.EventType);
        Assert.Equal(new PrecisionRecall(3, 3, 3), r.Triple);
        Assert.Equal((3, 2), (r.SectorPairs, r.SectorAgreements));
        Assert.Equal(1.0, r.Triple.F1);
        Assert.Equal("exact", r.PerRecord[1].Outcome);
    }

    [Fact]
    public void NegatedEventsAreNotCounted()
    {
        var gold = new GoldRecord("n1", null, null, "Georgia did not attend the talks.", []);
        var r = new EventEvaluator(EventTypeScheme.Plover).Evaluate([gold], [[Sys("GEO", "040", "RUS", "CONSULT") with { Negated = true }]]);
        Assert.Equal(1, r.ExactRecords);
        Assert.Empty(r.Confusion);
    }

    [Fact]
    public void ExpectedErrorsAndEmptyRunsScoreSensibly()
    {
        var gold = new GoldRecord("e1", null, "ERROR", "CEBU CITY: -- ...", []) { ExpectedError = "dateline" };
        var r = new EventEvaluator(EventTypeScheme.Cameo).Evaluate([gold], [[]]);
        Assert.Equal(1, r.ExactRecords);
        Assert.Equal(1.0, r.EventType.F1);
        Assert.Throws<ArgumentException>(() => new EventEvaluator(EventTypeScheme.Cameo).Evaluate([gold], []));
        var empty = new EventEvaluator(EventTypeScheme.Cameo).Evaluate([], []);
        Assert.Equal(0, empty.ExactRecordAccuracy);
        Assert.Null(empty.SectorAgreement);
    }
}
