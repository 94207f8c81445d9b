using System.ServiceModel.Syndication;
using System.Xml;
using Defacto.Model;

namespace Defacto.Ingest;

/// <summary>Reads RSS 2.0 and Atom feeds (System.ServiceModel.Syndication): one article per item, dated by its publish date.</summary>
public static class FeedReader
{
    /// <summary>True when the text's root element is a feed (rss, feed or RDF).</summary>
    public static bool LooksLikeFeed(string text)
    {
        var head = text.Length > 2048 ? text[..2048] : text;
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    public static IEnumerable<ReadResult> Read(string source, string xml)
    {
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 1024,
            });
            feed = SyndicationFeed.Load(reader);
        }
        catch (Exception e) when (e is XmlException or FormatException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return [ReadResult.Rejected(source, "malformed feed: " + FirstLine(e.Message))];
        }
        var outlet = feed.Title?.Text?.Trim();
        return feed.Items.Select((item, i) => ReadItem(source, outlet, item, i)).ToList();
    }

    private static ReadResult ReadItem(string source, string? outlet, SyndicationItem item, int index)
    {
        var link = item.Links.FirstOrDefault()?.Uri?.ToString();
        var itemSource = $"{source}#item={(link ?? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))}";
        var html = (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text ?? "";
        var text = HtmlArticleReader.FragmentText(html);
        if (string.IsNullOrWhiteSpace(text)) return ReadResult.Rejected(itemSource, "feed item has no text");
        DocumentDate? date = null;
        var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        if (published != default)
            date = DocumentDate.Exact(published.DateTime, DatePrecision.Minute, DateProvenance.Metadata, "feed item date", published.Offset);
        return ReadResult.Ok(new IngestItem(itemSource, text)
        {
            Title = item.Title?.Text?.Trim(), Outlet = outlet, Url = link, Date = date,
            Byline = item.Authors.FirstOrDefault()?.Name ?? item.Authors.FirstOrDefault()?.Email,
        });
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
