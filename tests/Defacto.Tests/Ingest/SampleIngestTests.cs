using Defacto.Ingest;

namespace Defacto.Tests.Ingest;

/// <summary>The project's sample articles ingest with the dates, languages and outlets their README lists.</summary>
public class SampleIngestTests
{
    [Theory]
    [InlineData("01-tskhinvali-fighting-2008.txt", "2008-08-08T17:45Z", "stated", "en")]
    [InlineData("02-kodori-gorge-2008.txt", "2008-08-12", "stated", "en")]
    [InlineData("03-six-point-plan-2008.txt", "2008-08-13", "stated", "en")]
    [InlineData("04-russia-recognizes-2008.txt", "2008-08-26", "inferred", "en")]
    [InlineData("05-priznanie-abhazii-yuzhnoj-osetii-ru.txt", "2008-08-27T10:15", "stated", "ru")]
    [InlineData("07-syria-recognition-2018.html", "2018-05-29T19:20+04:00", "metadata", "en")]
    [InlineData("08-karabakh-war-begins-2020.txt", "2020-09-27", "stated", "en")]
    [InlineData("09-shusha-falls-2020.txt", "2020-11-09T22:10", "stated", "en")]
    [InlineData("11-gagloev-suspends-referendum-2022.txt", "2022-05-31T18:05", "stated", "en")]
    [InlineData("13-azerbaijan-offensive-2023.txt", "2023-09-21T10:05+04:00", "stated", "en")]
    [InlineData("14-exodus-and-dissolution-2023.txt", "2023-10-01T19:30", "stated", "en")]
    public void SampleDate(string file, string dct, string provenance, string language)
    {
        using var kit = new IngestTestKit();
        var entry = Assert.Single(kit.Run(Path.Combine(SharedData.RepoRoot, "samples", file)).Entries);
        Assert.Equal(IngestOutcome.New, entry.Outcome);
        var doc = kit.Store.Get(entry.DocumentId!)!.Summary;
        Assert.Equal(dct, doc.Dct);
        Assert.Equal(provenance, doc.DctProvenance);
        Assert.Equal(language, doc.Language);
    }

    [Fact]
    public void UndatedSampleGetsNoPreciseDate()
    {
        using var kit = new IngestTestKit();
        var entry = Assert.Single(kit.Run(Path.Combine(SharedData.RepoRoot, "samples", "12-lachin-corridor-blockade.txt")).Entries);
        var doc = kit.Store.Get(entry.DocumentId!)!.Summary;
        Assert.True(doc.DctPrecision is "unknown" or "range", doc.DctPrecision);
    }

    [Fact]
    public void FeedAndJsonLinesSamplesYieldOneDocumentPerItem()
    {
        using var kit = new IngestTestKit();
        var feed = kit.Run(Path.Combine(SharedData.RepoRoot, "samples", "06-recognitions-feed.rss"));
        Assert.Equal(4, feed.New);
        var lines = kit.Run(Path.Combine(SharedData.RepoRoot, "samples", "10-karabakh-ceasefire-and-after.jsonl"));
        Assert.Equal(3, lines.New);
        Assert.Contains(kit.Store.ListDocuments(), d => d.Dct == "2020-11-10T09:40+04:00" && d.DctProvenance == "metadata");
    }
}
