using Defacto.Model;

namespace Defacto.Ingest;

/// <summary>One article read from an input, with whatever metadata the input carried, before the pipeline sees it.</summary>
public sealed record IngestItem(string Source, string Text)
{
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Byline { get; init; }
    public string? Url { get; init; }
    public DocumentDate? Date { get; init; }

    /// <summary>A note on how the input was decoded (e.g. "decoded as windows-1251"), shown in the report.</summary>
    public string? Note { get; init; }

    public Document ToDocument() => new(Source, Text)
    {
        Title = Title, Outlet = Outlet, Byline = Byline, MetadataDate = Date,
    };
}

/// <summary>What reading an input produced: an article, or a rejection with its reason.</summary>
public readonly record struct ReadResult(IngestItem? Item, string Source, string? Reason)
{
    public static ReadResult Ok(IngestItem item) => new(item, item.Source, null);

    public static ReadResult Rejected(string source, string reason) => new(null, source, reason);
}

/// <summary>Limits that keep one input from exhausting time or memory.</summary>
public sealed record IngestLimits
{
    /// <summary>Largest single article (a .txt or .html file, or a fetched page) accepted, in bytes.</summary>
    public long MaxArticleBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Largest feed or JSON-lines line accepted, in bytes.</summary>
    public long MaxFeedBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Whole-request time limit for http(s) inputs.</summary>
    public TimeSpan HttpTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public int MaxRedirects { get; init; } = 5;
}
