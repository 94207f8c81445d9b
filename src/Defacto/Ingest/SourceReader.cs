using System.Text;

namespace Defacto.Ingest;

/// <summary>Expands paths and URLs into inputs and reads each one with the reader its format needs; never throws for a bad input.</summary>
public sealed class SourceReader(IngestLimits limits, HttpFetcher? fetcher = null)
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".md", "" };
    private static readonly HashSet<string> HtmlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".xhtml" };
    private static readonly HashSet<string> FeedExtensions = new(StringComparer.OrdinalIgnoreCase) { ".xml", ".rss", ".atom" };
    private static readonly HashSet<string> JsonLinesExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jsonl", ".ndjson" };

    /// <summary>Every input the arguments name: files as given, folders recursively in name order, URLs as they are; missing paths become rejections.</summary>
    public static IEnumerable<(string Input, string? Problem)> Expand(IEnumerable<string> arguments)
    {
        foreach (var arg in arguments)
        {
            if (IsUrl(arg)) { yield return (arg, null); continue; }
            if (File.Exists(arg)) { yield return (arg, null); continue; }
            if (Directory.Exists(arg))
            {
                var files = Directory.EnumerateFiles(arg, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                    .OrderBy(f => f, StringComparer.Ordinal);
                foreach (var f in files) yield return (f, null);
                continue;
            }
            yield return (arg, "no such file or folder");
        }
    }

    public static bool IsUrl(string s) => s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads one input; a feed or JSON-lines file yields several results.</summary>
    public IEnumerable<ReadResult> Read(string input)
    {
        if (IsUrl(input)) return ReadUrl(input);
        var ext = Path.GetExtension(input);
        if (JsonLinesExtensions.Contains(ext)) return ReadJsonLines(input);
        FileInfo info;
        try { info = new FileInfo(input); }
        catch (Exception e) when (e is ArgumentException or PathTooLongException or NotSupportedException) { return [ReadResult.Rejected(input, "bad path: " + e.Message)]; }
        long cap = FeedExtensions.Contains(ext) ? limits.MaxFeedBytes : limits.MaxArticleBytes;
        if (info.Length > cap)
            return [ReadResult.Rejected(input, $"file of {info.Length:N0} bytes is larger than the {cap:N0}-byte limit for one {(cap == limits.MaxFeedBytes ? "feed" : "article")} (not read)")];
        byte[] bytes;
        try { bytes = File.ReadAllBytes(input); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return [ReadResult.Rejected(input, "cannot read: " + e.Message)]; }
        return ReadBytes(input, bytes, ext, null, null);
    }

    private IEnumerable<ReadResult> ReadBytes(string source, byte[] bytes, string ext, string? mediaType, string? url)
    {
        var text = ContentDecoder.Decode(bytes, out var reason, out var note);
        if (text is null) return [ReadResult.Rejected(source, reason ?? "unreadable")];
        if (string.IsNullOrWhiteSpace(text)) return [ReadResult.Rejected(source, "no text (only whitespace)")];
        var head = text.Length > 1024 ? text[..1024] : text;
        bool isFeed = FeedExtensions.Contains(ext) || mediaType is "application/rss+xml" or "application/atom+xml" || (head.TrimStart().StartsWith("<?xml") && FeedReader.LooksLikeFeed(text));
        if (isFeed) return FeedReader.Read(source, text);
        bool isHtml = HtmlExtensions.Contains(ext) || mediaType is "text/html" or "application/xhtml+xml"
            || head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.TrimStart().StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase);
        if (isHtml) return [HtmlArticleReader.Read(source, text, url)];
        if (!TextExtensions.Contains(ext) && mediaType is null)
            return [ReadResult.Rejected(source, $"unsupported file type '{ext}' (expected .txt, .html, .xml/.rss/.atom or .jsonl)")];
        return [ReadResult.Ok(new IngestItem(source, text) { Note = note })];
    }

    private IEnumerable<ReadResult> ReadUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return [ReadResult.Rejected(url, "not a valid URL")];
        if (fetcher is null) return [ReadResult.Rejected(url, "fetching URLs is not enabled")];
        var (body, mediaType, reason) = fetcher.Fetch(uri);
        if (body is null) return [ReadResult.Rejected(url, reason ?? "fetch failed")];
        return ReadBytes(url, body, Path.GetExtension(uri.AbsolutePath), mediaType, url);
    }

    private IEnumerable<ReadResult> ReadJsonLines(string path)
    {
        StreamReader reader;
        try { reader = new StreamReader(path, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return [ReadResult.Rejected(path, "cannot read: " + e.Message)]; }
        return Stream(reader);

        IEnumerable<ReadResult> Stream(StreamReader r)
        {
            using (r)
                foreach (var result in JsonLinesReader.Read(path, r, limits.MaxArticleBytes)) yield return result;
        }
    }
}
