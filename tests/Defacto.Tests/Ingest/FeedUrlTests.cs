using Defacto.Ingest;

namespace Defacto.Tests.Ingest;

/// <summary>Feeds fetched over HTTP from a server on 127.0.0.1: success, server error, a hanging server.</summary>
public class FeedUrlTests
{
    private const string Feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Loopback Wire</title><link>http://127.0.0.1/</link><description>test</description>
        <item><title>Delegations meet in Geneva</title><link>http://127.0.0.1/a</link><pubDate>Tue, 05 Mar 2019 10:30:00 +0100</pubDate>
        <description>Delegations from Georgia and Russia met in Geneva on Tuesday for another round of talks on security in the South Caucasus.</description></item>
        <item><title>Observers patrol the line</title><link>http://127.0.0.1/b</link><pubDate>Wed, 06 Mar 2019 08:00:00 +0100</pubDate>
        <description><![CDATA[<p>European Union monitors patrolled villages near the administrative boundary line on Wednesday.</p><p>They reported no incidents.</p>]]></description></item>
        </channel></rss>
        """;

    [Fact]
    public void FeedFromUrlIsIngestedPerItemWithItsDates()
    {
        using var server = new TestHttpServer();
        server.Map("/feed.xml", 200, "application/rss+xml", Feed);
        using var kit = new IngestTestKit();
        var report = kit.Run(server.Url("/feed.xml"));
        Assert.Equal(2, report.New);
        var docs = kit.Store.ListDocuments();
        Assert.Contains(docs, d => d.Title == "Delegations meet in Geneva" && d.Dct == "2019-03-05T10:30+01:00" && d.Outlet == "Loopback Wire");
        Assert.Contains(docs, d => d.Source.EndsWith("#item=http://127.0.0.1/b"));
    }

    [Fact]
    public void ServerErrorIsReported()
    {
        using var server = new TestHttpServer();
        server.Map("/broken.xml", 500, "text/plain", "oops");
        using var kit = new IngestTestKit();
        var entry = Assert.Single(kit.Run(server.Url("/broken.xml")).Entries);
        Assert.Equal(IngestOutcome.Rejected, entry.Outcome);
        Assert.Equal("HTTP 500 Internal Server Error", entry.Detail);
    }

    [Fact]
    public void HangingServerTimesOut()
    {
        using var server = new TestHttpServer();
        server.Hang("/slow.xml");
        using var kit = new IngestTestKit(new IngestLimits { HttpTimeout = TimeSpan.FromSeconds(1) });
        var entry = Assert.Single(kit.Run(server.Url("/slow.xml")).Entries);
        Assert.Equal(IngestOutcome.Rejected, entry.Outcome);
        Assert.StartsWith("timed out after 1 s", entry.Detail);
    }
}
