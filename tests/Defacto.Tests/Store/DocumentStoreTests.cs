using Defacto.Store;
using Defacto.Tests.Ingest;

namespace Defacto.Tests.Store;

public class DocumentStoreTests
{
    [Fact]
    public void MigratesOnceAndReopens()
    {
        using var kit = new IngestTestKit();
        kit.Run(kit.Write("a.txt", IngestTestKit.Article(1)));
        int version = kit.Store.SchemaVersion;
        Assert.True(version >= 1);
        using var again = DocumentStore.Open(kit.DbPath);
        Assert.Equal(version, again.SchemaVersion);
        Assert.Equal(1, again.DocumentCount);
    }

    [Fact]
    public void FileThatIsNotADatabaseGivesAClearError()
    {
        using var kit = new IngestTestKit();
        var path = kit.Write("notes.db", "these are my notes, not a database, and they must stay as they are");
        var error = Assert.Throws<StoreException>(() => DocumentStore.Open(path));
        Assert.Contains("not a usable Defacto database", error.Message);
        Assert.Equal("these are my notes, not a database, and they must stay as they are", File.ReadAllText(path));
    }

    [Fact]
    public void SearchFindsSentencesAndMarksTheMatch()
    {
        using var kit = new IngestTestKit();
        kit.Run(kit.Write("a.txt", IngestTestKit.Article(1)), kit.Write("b.txt", "Shelling in Nagorno-Karabakh\n\nOctober 4, 2020\n\nArtillery shells struck Stepanakert overnight, officials in Nagorno-Karabakh said on Sunday.\n"));
        var hits = kit.Store.Search("Nagorno-Karabakh Stepanakert");
        var hit = Assert.Single(hits);
        Assert.Contains("[Stepanakert]", hit.Snippet);
        Assert.Equal(0, hit.SentenceIndex);
        Assert.Throws<StoreException>(() => kit.Store.Search("\"unbalanced"));
    }

    [Fact]
    public void StoredDocumentMapsSentencesBackToRawText()
    {
        using var kit = new IngestTestKit();
        var entry = Assert.Single(kit.Run(kit.Write("a.txt", "Home | News | Video\n" + IngestTestKit.Article(2))).Entries);
        var doc = kit.Store.Get(entry.DocumentId![..8])!;
        foreach (var s in doc.Sentences)
        {
            int raw = doc.Offsets.ToRaw(s.Start);
            Assert.Equal(s.Text, doc.RawText.Substring(raw, s.Text.Length));
        }
        Assert.Contains(doc.RemovedLines, r => r.Reason == "menu");
    }

    [Fact]
    public void TimeExpressionsAreStoredWithTheirValues()
    {
        using var kit = new IngestTestKit();
        var pipeline = new Pipeline(Defacto.Text.TextStages.Create().Append(new Defacto.Time.TimeStage()));
        var ingester = new Defacto.Ingest.Ingester(pipeline, kit.Store, new Defacto.Ingest.SourceReader(kit.Limits));
        var entry = Assert.Single(ingester.Run([kit.Write("a.txt", "Ceasefire holds\n\nOctober 12, 2020\n\nThe truce agreed on Saturday held overnight, officials said on Monday.\n")]).Entries);
        var times = kit.Store.Get(entry.DocumentId!)!.TimeExpressions;
        Assert.Contains(times, t => t.Text == "on Saturday" || t.Text == "Saturday");
        Assert.Contains(times, t => t.Value == "2020-10-10");
        Assert.Contains(times, t => t.Value == "2020-10-12");
    }
}
