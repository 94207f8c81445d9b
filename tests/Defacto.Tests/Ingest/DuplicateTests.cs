using Defacto.Ingest;

namespace Defacto.Tests.Ingest;

/// <summary>Exact duplicates are skipped, near duplicates linked, and re-ingesting changes nothing.</summary>
public class DuplicateTests
{
    [Fact]
    public void ReingestingTheSamplesAddsNothing()
    {
        using var kit = new IngestTestKit();
        var samples = Path.Combine(SharedData.RepoRoot, "samples");
        var first = kit.Run(samples);
        Assert.True(first.New >= 15, $"only {first.New} new documents from the samples");
        Assert.Equal(0, first.Rejected);
        int count = kit.Store.DocumentCount;
        var again = new Ingester(Pipeline.CreateTextOnly(), kit.Store, new SourceReader(kit.Limits)).Run([samples]);
        Assert.Equal(0, again.New);
        Assert.Equal(first.New + first.NearDuplicates, again.Duplicates);
        Assert.Equal(count, kit.Store.DocumentCount);
    }

    [Fact]
    public void SameTextTwiceInOneBatchIsOneDocument()
    {
        using var kit = new IngestTestKit();
        kit.Write("a.txt", IngestTestKit.Article(3));
        kit.Write("b.txt", IngestTestKit.Article(3).Replace("\n\n", "\n"));
        var report = kit.Run(Path.Combine(kit.Folder, "in"));
        Assert.Equal(1, report.New);
        Assert.Equal(1, report.Duplicates);
    }

    [Fact]
    public void RepostWithOtherBoilerplateAndAnEditIsLinkedAsNearDuplicate()
    {
        using var kit = new IngestTestKit();
        var original = IngestTestKit.Article(4) + "Diplomats expect a joint statement on humanitarian access to be discussed at the next session of the working group in Geneva.\n";
        var repost = "Home | World | Europe | Video\n" + original.Replace("officials said after", "officials told reporters after") + "\nShare on Facebook\nLeave a Reply\n";
        kit.Write("a.txt", original);
        kit.Write("b.txt", repost);
        var report = kit.Run(Path.Combine(kit.Folder, "in"));
        Assert.Equal(1, report.New);
        var near = Assert.Single(report.Entries, e => e.Outcome == IngestOutcome.NearDuplicate);
        var first = report.Entries.Single(e => e.Outcome == IngestOutcome.New);
        Assert.Equal($"near duplicate of {first.DocumentId}", near.Detail);
        Assert.Equal(first.DocumentId, kit.Store.Get(near.DocumentId!)!.Summary.NearDuplicateOf);
    }

    [Fact]
    public void DifferentArticlesAreNotNearDuplicates()
    {
        var a = Fingerprint.MinHash(IngestTestKit.Article(5));
        var b = Fingerprint.MinHash("Azerbaijan launched an offensive in Nagorno-Karabakh on Tuesday, and the separatist authorities agreed to a ceasefire a day later after talks mediated by Russian peacekeepers near Stepanakert.");
        Assert.True(Fingerprint.Similarity(a, b) < NearDuplicateIndex.Threshold);
    }
}
