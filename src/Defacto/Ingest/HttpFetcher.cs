using System.Net;

namespace Defacto.Ingest;

/// <summary>Fetches an http(s) input with a whole-request timeout, a size cap and a bounded number of redirects.</summary>
public sealed class HttpFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly IngestLimits _limits;

    public HttpFetcher(IngestLimits limits)
    {
        _limits = limits;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = limits.MaxRedirects > 0,
            MaxAutomaticRedirections = Math.Max(1, limits.MaxRedirects),
            ConnectTimeout = limits.HttpTimeout,
            AutomaticDecompression = DecompressionMethods.All,
            UseProxy = false,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("Defacto/0.1 (+offline news coder)");
    }

    /// <summary>The body and its media type, or null with the reason (status, timeout, too large, unreachable).</summary>
    public (byte[]? Body, string? MediaType, string? Reason) Fetch(Uri uri)
    {
        using var cts = new CancellationTokenSource(_limits.HttpTimeout);
        try
        {
            using var response = _client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cts.Token).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
                return (null, null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            long cap = _limits.MaxFeedBytes;
            if (response.Content.Headers.ContentLength > cap)
                return (null, null, $"response of {response.Content.Headers.ContentLength} bytes exceeds the {cap}-byte limit");
            using var stream = response.Content.ReadAsStreamAsync(cts.Token).GetAwaiter().GetResult();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = stream.ReadAsync(chunk, cts.Token).AsTask().GetAwaiter().GetResult()) > 0)
            {
                if (buffer.Length + n > cap) return (null, null, $"response exceeds the {cap}-byte limit");
                buffer.Write(chunk, 0, n);
            }
            return (buffer.ToArray(), response.Content.Headers.ContentType?.MediaType, null);
        }
        catch (OperationCanceledException)
        {
            return (null, null, $"timed out after {_limits.HttpTimeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return (null, null, "request failed: " + e.Message);
        }
    }

    public void Dispose() => _client.Dispose();
}
