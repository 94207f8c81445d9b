using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Defacto.Model;
using Defacto.Text;

namespace Defacto.Ingest;

/// <summary>Reads a web page: title, byline, outlet and date from meta tags (AngleSharp), the article body from SmartReader's readability pass.</summary>
public static class HtmlArticleReader
{
    private static readonly string[] DateMeta =
    [
        "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date",
        "dc.date.issued", "sailthru.date", "parsely-pub-date", "article:modified_time",
    ];

    private static readonly string[] BlockTags = ["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "FIGCAPTION", "TD", "DT", "DD"];

    public static ReadResult Read(string source, string html, string? url = null)
    {
        var parser = new HtmlParser();
        var page = parser.ParseDocument(html);
        string? Meta(params string[] names)
        {
            foreach (var name in names)
            {
                var el = page.QuerySelector($"meta[property='{name}'], meta[name='{name}'], meta[itemprop='{name}']");
                var content = el?.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content)) return content.Trim();
            }
            return null;
        }

        var title = Meta("og:title", "twitter:title") ?? page.Title?.Trim();
        var outlet = Meta("og:site_name", "application-name");
        var byline = Meta("author", "article:author", "byl");
        DocumentDate? date = null;
        var dateText = Meta(DateMeta) ?? page.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        if (dateText is not null && DateTextParser.TryParse(dateText, DateProvenance.Metadata, out var parsed)) date = parsed;

        // A page that marks its article gets it read directly; otherwise SmartReader's readability pass picks the body.
        string body = page.QuerySelectorAll("article").Length == 1 ? BlockText(page.QuerySelector("article")) : "";
        if (string.IsNullOrWhiteSpace(body))
        {
            try
            {
                // SmartReader reworks the page it is given; the meta tags were read above, so it may have this parse.
                var article = new SmartReader.Reader(url ?? "https://localhost/", page).GetArticle();
                if (article.IsReadable && !string.IsNullOrWhiteSpace(article.Content)) body = BlockText(parser.ParseDocument(article.Content).Body);
                title ??= string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim();
                byline ??= string.IsNullOrWhiteSpace(article.Byline) ? null : article.Byline.Trim();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                body = "";
            }
        }
        // Readability found nothing it trusts: fall back to every paragraph of the page.
        if (string.IsNullOrWhiteSpace(body)) body = BlockText(parser.ParseDocument(html).Body);
        if (string.IsNullOrWhiteSpace(body)) return ReadResult.Rejected(source, "no article text found in the HTML");
        return ReadResult.Ok(new IngestItem(source, body) { Title = title, Outlet = outlet, Byline = byline, Date = date, Url = url });
    }

    /// <summary>Text of the block elements under <paramref name="root"/>, one per line, skipping navigation, scripts and forms.</summary>
    internal static string BlockText(IElement? root)
    {
        if (root is null) return "";
        var sb = new StringBuilder();
        foreach (var el in root.QuerySelectorAll(string.Join(',', BlockTags)))
        {
            if (el.Closest("nav, script, style, noscript, form, button, select") is not null) continue;
            // Only the innermost block counts, so nested <li><p> does not print twice.
            if (el.QuerySelector(string.Join(',', BlockTags)) is not null) continue;
            var text = Collapse(el.TextContent);
            if (text.Length == 0) continue;
            sb.Append(text).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Plain text of an HTML fragment (feed descriptions), paragraphs on their own lines.</summary>
    public static string FragmentText(string html)
    {
        if (!html.Contains('<')) return Collapse(System.Net.WebUtility.HtmlDecode(html));
        var doc = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        var blocks = BlockText(doc.Body);
        return blocks.Length > 0 ? blocks : Collapse(doc.Body?.TextContent ?? "");
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
