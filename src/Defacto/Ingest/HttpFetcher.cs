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
            // Synchronous Send: the batch is sequential, and blocking on async calls would tie up pool threads.
            using var response = _client.Send(new HttpRequestMessage(HttpMethod.Get, uri), HttpCompletionOption.ResponseHeadersRead, cts.Token);
            if (!response.IsSuccessStatusCode)
                return (null, null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            long cap = _limits.MaxFeedBytes;
            if (response.Content.Headers.ContentLength > cap)
                return (null, null, $"response of {response.Content.Headers.ContentLength} bytes exceeds the {cap}-byte limit");
            using var stream = response.Content.ReadAsStream(cts.Token);
            // A stalled body is cut off by disposing the response when the deadline passes.
            using var abort = cts.Token.Register(response.Dispose);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = stream.Read(chunk)) > 0)
            {
                if (buffer.Length + n > cap) return (null, null, $"response exceeds the {cap}-byte limit");
                buffer.Write(chunk, 0, n);
            }
            return (buffer.ToArray(), response.Content.Headers.ContentType?.MediaType, null);
        }
        catch (Exception e) when (e is OperationCanceledException || cts.IsCancellationRequested && e is IOException or ObjectDisposedException)
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
