using System.Text;
using Defacto.Ingest;

namespace Defacto.Tests.Ingest;

/// <summary>Every kind of bad input is rejected with a reason, and never stops the rest of the batch.</summary>
public class BadInputTests
{
    private static IngestEntry Single(IngestReport report) => Assert.Single(report.Entries);

    [Fact]
    public void EmptyFileIsRejected()
    {
        using var kit = new IngestTestKit();
        var entry = Single(kit.Run(kit.Write("empty.txt", "")));
        Assert.Equal(IngestOutcome.Rejected, entry.Outcome);
        Assert.Equal("empty file", entry.Detail);
    }

    [Fact]
    public void PngNamedTxtIsRejectedAsBinary()
    {
        using var kit = new IngestTestKit();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1];
        var entry = Single(kit.Run(kit.WriteBytes("photo.txt", png)));
        Assert.Equal(IngestOutcome.Rejected, entry.Outcome);
        Assert.Contains("PNG image", entry.Detail);
    }

    [Fact]
    public void InvalidUtf8IsRejectedWithOffset()
    {
        using var kit = new IngestTestKit();
        var bytes = new byte[400];
        new Random(7).NextBytes(bytes);
        for (int i = 0; i < bytes.Length; i++) if (bytes[i] == 0) bytes[i] = 0xC3;
        var entry = Single(kit.Run(kit.WriteBytes("garbage.txt", bytes)));
        Assert.Equal(IngestOutcome.Rejected, entry.Outcome);
        Assert.Contains("invalid UTF-8 at byte", entry.Detail);
    }

    [Fact]
    public void Windows1251RussianIsDecoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var kit = new IngestTestKit();
        const string text = "Переговоры в Женеве\n\n12 марта 2019\n\nДелегации Грузии и России провели в Женеве очередной раунд международных дискуссий по безопасности в Закавказье. Представители Абхазии и Южной Осетии участвовали в работе гуманитарной группы.\n";
        var entry = Single(kit.Run(kit.WriteBytes("ru-1251.txt", Encoding.GetEncoding(1251).GetBytes(text))));
        Assert.Equal(IngestOutcome.New, entry.Outcome);
        Assert.Equal("decoded as windows-1251", entry.Detail);
        var doc = kit.Store.Get(entry.DocumentId!)!;
        Assert.Equal("ru", doc.Summary.Language);
        Assert.Equal("2019-03-12", doc.Summary.Dct);
        Assert.Contains("Делегации Грузии и России", doc.CleanText);
    }

    [Fact]
    public void HugeTextFileIsRejectedWithoutReadingIt()
    {
        using var kit = new IngestTestKit();
        var path = Path.Combine(kit.Folder, "huge.txt");
        using (var f = File.Create(path))
        {
            var line = Encoding.UTF8.GetBytes("The ceasefire held along the line of contact on Tuesday, officials said.\n");
            for (long written = 0; written < 50L * 1024 * 1024; written += line.Length) f.Write(line);
        }
        long before = GC.GetAllocatedBytesForCurrentThread();
        var entry = Single(kit.Run(path));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(IngestOutcome.Rejected, entry.Outcome);
        Assert.Contains("larger than the", entry.Detail);
        Assert.True(allocated < 8 * 1024 * 1024, $"allocated {allocated:N0} bytes for a file it should not read");
    }

    [Fact]
    public void MalformedHtmlStillYieldsItsText()
    {
        using var kit = new IngestTestKit();
        const string html = "<html><head><title>Shelling near Stepanakert</title><meta property='article:published_time' content='2020-10-04T09:00:00Z'>" +
            "<body><div><p>Artillery fire hit the outskirts of Stepanakert overnight, local officials said on Sunday.<p>Residents took shelter in basements as sirens sounded <b>again and again<div></span></table>";
        var entry = Single(kit.Run(kit.Write("broken.html", html)));
        Assert.Equal(IngestOutcome.New, entry.Outcome);
        var doc = kit.Store.Get(entry.DocumentId!)!;
        Assert.Contains("Artillery fire hit the outskirts of Stepanakert", doc.CleanText);
        Assert.Equal("2020-10-04T09:00Z", doc.Summary.Dct);
        Assert.Equal("metadata", doc.Summary.DctProvenance);
    }

    [Fact]
    public void HtmlWithoutTextIsRejected()
    {
        using var kit = new IngestTestKit();
        var entry = Single(kit.Run(kit.Write("blank.html", "<html><body><script>var x = 1;</script></body></html>")));
        Assert.Equal(IngestOutcome.Rejected, entry.Outcome);
        Assert.Contains("no article text", entry.Detail);
    }

    [Fact]
    public void TruncatedFeedIsRejected()
    {
        using var kit = new IngestTestKit();
        const string feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><title>Talks</title><description>Delegations met in Geneva on";
        var entry = Single(kit.Run(kit.Write("cut.rss", feed)));
        Assert.Equal(IngestOutcome.Rejected, entry.Outcome);
        Assert.StartsWith("malformed feed", entry.Detail);
    }

    [Fact]
    public void JsonLinesBadLineIsRejectedAloneAndTheRestIngested()
    {
        using var kit = new IngestTestKit();
        var good1 = System.Text.Json.JsonSerializer.Serialize(new { text = IngestTestKit.Article(1), url = "https://example.test/a", date = "2019-03-02" });
        var good2 = System.Text.Json.JsonSerializer.Serialize(new { text = IngestTestKit.Article(2), title = "Second", outlet = "Wire" });
        var report = kit.Run(kit.Write("corpus.jsonl", good1 + "\n{this is not json\n" + good2 + "\n[1,2]\n{\"url\":\"x\"}\n"));
        Assert.Equal(2, report.New);
        Assert.Equal(3, report.Rejected);
        Assert.Contains(report.Entries, e => e.Source.EndsWith("#line=2") && e.Detail!.StartsWith("not valid JSON"));
        Assert.Contains(report.Entries, e => e.Source.EndsWith("#line=4") && e.Detail == "not a JSON object");
        Assert.Contains(report.Entries, e => e.Source.EndsWith("#line=5") && e.Detail!.Contains("no \"text\""));
        Assert.Contains(report.Entries, e => e.Source == "https://example.test/a" && e.Outcome == IngestOutcome.New);
    }

    [Fact]
    public void MissingPathIsReported()
    {
        using var kit = new IngestTestKit();
        var entry = Single(kit.Run(Path.Combine(kit.Folder, "nowhere", "missing.txt")));
        Assert.Equal(IngestOutcome.Rejected, entry.Outcome);
        Assert.Equal("no such file or folder", entry.Detail);
    }

    [Fact]
    public void UnsupportedExtensionIsRejected()
    {
        using var kit = new IngestTestKit();
        var entry = Single(kit.Run(kit.Write("table.csv", "a,b\n1,2\n")));
        Assert.Equal(IngestOutcome.Rejected, entry.Outcome);
        Assert.Contains("unsupported file type", entry.Detail);
    }

    [Fact]
    public void OneBadFileNeverStopsTheBatch()
    {
        using var kit = new IngestTestKit();
        kit.Write("a-good.txt", IngestTestKit.Article(1));
        kit.WriteBytes("b-binary.txt", [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31]);
        kit.Write("c-empty.txt", "");
        kit.Write("d-cut.xml", "<?xml version=\"1.0\"?><rss><channel><item>");
        kit.Write("e-good.txt", IngestTestKit.Article(2));
        var report = kit.Run(Path.Combine(kit.Folder, "in"));
        Assert.Equal(2, report.New);
        Assert.Equal(3, report.Rejected);
        Assert.All(report.Entries.Where(e => e.Outcome == IngestOutcome.Rejected), e => Assert.False(string.IsNullOrEmpty(e.Detail)));
        Assert.Equal(2, kit.Store.DocumentCount);
    }
}
