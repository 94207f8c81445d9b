using Dapper;
using Defacto.Model;
using Defacto.Store;
using Defacto.Tests.Ingest;
using Microsoft.Data.Sqlite;
using static Defacto.Tests.Events.EventSamples;

namespace Defacto.Tests.Store;

public sealed class EventStoreTests
{
    private static readonly EventFilter All = new();

    [Fact]
    public void EveryFieldSurvivesTheRoundTrip()
    {
        using var kit = new IngestTestKit();
        var full = Make("docA:3:7", "docA", "2020-09-27", sentence: 3) with
        {
            Source = [Actor("AZEMIL", "Azerbaijani forces", "Q1"), Actor("TURMIL", "Turkish advisers")],
            Mode = "artillery", Context = "territory", AttributedTo = Actor("ARMGOV", "Armenia's defence ministry", "Q399"),
            Location = "Stepanakert", Modality = "asserted",
        };
        var bare = new Event { Id = "docA:4:1", Cameo = "0311", Sentence = null, Evidence = null };
        kit.Store.SaveEvents("docA", [full, bare]);
        var stored = kit.Store.QueryEvents(All);
        Assert.Equal(2, stored.Count);
        Assert.Equal(EventJson.ToJsonLine(full), EventJson.ToJsonLine(stored[0].Event));
        // The store fills in the document the events were saved for.
        Assert.Equal(EventJson.ToJsonLine(bare with { DocId = "docA" }), EventJson.ToJsonLine(stored[1].Event));
        Assert.Equal(new EventMentionRef("docA:3:7", "docA", 3, 300, 340), Assert.Single(stored[0].Mentions));
    }

    [Fact]
    public void SavingADocumentAgainReplacesItsEvents()
    {
        using var kit = new IngestTestKit();
        kit.Store.SaveEvents("docA", [Make("a1", "docA", "2020-09-27"), Make("a2", "docA", "2020-09-28", cameo: "0311", plover: "AGREE")]);
        kit.Store.SaveEvents("docB", [Make("b1", "docB", "2021-01-02", cameo: "0311", plover: "AGREE")]);
        kit.Store.SaveEvents("docA", [Make("a3", "docA", "2020-10-10", cameo: "111", plover: "ACCUSE")]);
        var ids = kit.Store.QueryEvents(All).Select(e => e.Event.Id).ToList();
        Assert.Equal(["a3", "b1"], ids);
        kit.Store.SaveEvents("docA", []);
        Assert.Equal(1, kit.Store.EventMentionCount);
    }

    [Fact]
    public void OneHappeningToldInTwoArticlesIsOneRowWithTwoMentions()
    {
        using var kit = new IngestTestKit();
        kit.Store.SaveEvents("docA", [Make("a1", "docA", "2020-09-27", sentence: 0), Make("a2", "docA", "2020-09-27", sentence: 4)]);
        kit.Store.SaveEvents("docB", [Make("b1", "docB", "2020-09-29", cameo: "193", sentence: 2), Make("b2", "docB", "2020-09-29", cameo: "111", plover: "ACCUSE")]);
        var stored = kit.Store.QueryEvents(All);
        Assert.Equal(2, stored.Count);
        var clash = stored.Single(e => e.Event.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal("a1", clash.Event.Id);
        Assert.Equal([("docA", 0), ("docA", 4), ("docB", 2)], clash.Mentions.Select(m => (m.DocId, m.Sentence ?? -1)));
        Assert.Equal(2, kit.Store.CountEvents(All));
        Assert.Equal(4, kit.Store.EventMentionCount);
        // Filtering on the second article still finds the cluster, with all its evidence.
        Assert.Equal(3, kit.Store.QueryEvents(new EventFilter { DocId = "docB", Cameo = "19" }).Single().Mentions.Count);

        // The seed's article is re-coded without the clash: the other article's mention carries the event on.
        kit.Store.SaveEvents("docA", []);
        var left = kit.Store.QueryEvents(new EventFilter { Cameo = "19" }).Single();
        Assert.Equal("b1", left.Event.Id);
        Assert.Single(left.Mentions);
        // ...and a third report joins that surviving cluster.
        kit.Store.SaveEvents("docC", [Make("c1", "docC", "2020-09-30")]);
        Assert.Equal(2, kit.Store.QueryEvents(new EventFilter { Cameo = "19" }).Single().Mentions.Count);
    }

    [Fact]
    public void FiltersSelectByActorDateCodeTypeAndDocument()
    {
        using var kit = new IngestTestKit();
        kit.Store.SaveEvents("d1aaaa", [Make("sep", "d1aaaa", "2020-09", cameo: "190")]);
        kit.Store.SaveEvents("d2bbbb", [Make("day", "d2bbbb", "2020-09-15", cameo: "1831", source: Actor("RUSGOV", "the Kremlin", "Q159"), target: Actor("UKR"))]);
        kit.Store.SaveEvents("d3cccc", [Make("oct", "d3cccc", "2020-10-01", cameo: "0311", plover: "AGREE")]);
        kit.Store.SaveEvents("d4dddd", [Make("undated", "d4dddd", null, cameo: "0311", plover: "AGREE", target: Actor("GEO"))]);
        kit.Store.SaveEvents("d5eeee", [Make("year", "d5eeee", "2020", cameo: "120", plover: "REJECT", target: Actor("USA"))]);

        List<string> Ids(EventFilter f) => kit.Store.QueryEvents(f).Select(e => e.Event.Id).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["day", "sep"], Ids(new EventFilter { From = EventFilter.FirstDay("2020-09-01", "--from"), To = EventFilter.LastDay("2020-09-30", "--to") }));
        Assert.Equal(["day", "sep"], Ids(new EventFilter { From = EventFilter.FirstDay("2020-09", "--from"), To = EventFilter.LastDay("2020-09", "--to") }));
        // A month-precision date is not wholly after the 10th; the year-dated event is within the year only.
        Assert.Equal(["day", "oct"], Ids(new EventFilter { From = EventFilter.FirstDay("2020-09-10", "--from") }));
        Assert.Equal(["day", "oct", "sep", "year"], Ids(new EventFilter { From = EventFilter.FirstDay("2020", "--from"), To = EventFilter.LastDay("2020", "--to") }));
        Assert.Equal(["day", "sep", "year"], Ids(new EventFilter { Cameo = "1" }));
        Assert.Equal(["sep"], Ids(new EventFilter { Cameo = "19" }));
        Assert.Equal(["sep"], Ids(new EventFilter { Cameo = "190" }));
        Assert.Equal(["day"], Ids(new EventFilter { Cameo = "1831" }));
        Assert.Equal(["oct", "undated"], Ids(new EventFilter { Plover = "agree" }));
        Assert.Equal(["day"], Ids(new EventFilter { Actor = "rus" }));
        Assert.Equal(["day"], Ids(new EventFilter { Actor = "RUSGOV" }));
        Assert.Equal(["day"], Ids(new EventFilter { Actor = "Q159" }));
        Assert.Equal(["day"], Ids(new EventFilter { Actor = "kremlin" }));
        Assert.Equal(["undated"], Ids(new EventFilter { Actor = "GEO" }));
        Assert.Equal(["oct", "sep", "undated", "year"], Ids(new EventFilter { Actor = "AZE" }));
        Assert.Equal(["oct"], Ids(new EventFilter { DocId = "d3" }));
        Assert.Equal(["year"], Ids(new EventFilter { Plover = "REJECT", Actor = "usa" }));
        Assert.Empty(Ids(new EventFilter { Actor = "100%_" }));

        // Date order, undated last, and the limit counts events, not mentions.
        var ordered = kit.Store.QueryEvents(new EventFilter { Limit = 10 }).Select(e => e.Event.Id).ToList();
        Assert.Equal("undated", ordered[^1]);
        Assert.Equal(2, kit.Store.QueryEvents(new EventFilter { Limit = 2 }).Count);
        Assert.Equal(5, kit.Store.CountEvents(new EventFilter { Limit = 2 }));
        Assert.Throws<FormatException>(() => EventFilter.FirstDay("Sept 2020", "--from"));
        Assert.Throws<FormatException>(() => EventFilter.CameoPrefix("19%"));
    }

    [Fact]
    public void AFailedSaveLeavesTheStoredEventsAsTheyWere()
    {
        using var kit = new IngestTestKit();
        kit.Store.SaveEvents("docA", [Make("a1", "docA", "2020-09-27"), Make("a2", "docA", "2020-09-28", cameo: "0311", plover: "AGREE")]);
        var before = kit.Store.QueryEvents(All).Select(e => EventJson.ToJsonLine(e.Event)).ToList();

        // Fail inside the transaction, after the document's old events were deleted and some new ones inserted.
        using (var connection = new SqliteConnection($"Data Source={kit.DbPath};Pooling=False"))
            connection.Execute("CREATE TRIGGER fail_on_boom BEFORE INSERT ON events WHEN new.id = 'boom' BEGIN SELECT RAISE(ABORT, 'refused'); END;");
        var error = Assert.Throws<StoreException>(() => kit.Store.SaveEvents("docA", [Make("a3", "docA", "2021-01-01", cameo: "111"), Make("boom", "docA", "2021-01-01", cameo: "111")]));
        Assert.Contains("docA", error.Message);
        Assert.Equal(before, kit.Store.QueryEvents(All).Select(e => EventJson.ToJsonLine(e.Event)).ToList());

        // An event with neither a CAMEO code nor a PLOVER type is refused before anything is written.
        Assert.Throws<StoreException>(() => kit.Store.SaveEvents("docA", [Make("a4", "docA", "2021-01-01", cameo: "") with { Plover = null }]));
        Assert.Equal(before, kit.Store.QueryEvents(All).Select(e => EventJson.ToJsonLine(e.Event)).ToList());
        Assert.Equal("ok", kit.Store.IntegrityCheck());
    }

    [Fact]
    public void IngestedDocumentsStoreTheirEvents()
    {
        using var kit = new IngestTestKit();
        var document = new Document("memory", "Artillery struck Stepanakert.") { Id = "doc-with-events" };
        document.Events.Add(Make("e1", "doc-with-events", "2020-09-27"));
        Assert.True(kit.Store.Save(document, new uint[Defacto.Ingest.Fingerprint.SignatureLength]));
        Assert.Equal("e1", kit.Store.QueryEvents(new EventFilter { DocId = "doc-with" }).Single().Event.Id);
        Assert.Equal(4, kit.Store.SchemaVersion);
    }
}
