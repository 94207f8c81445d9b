using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Defacto.Tests.Ingest;

/// <summary>A tiny HTTP/1.1 server on 127.0.0.1 that answers each path with a canned response, or never answers (to test timeouts).</summary>
public sealed class TestHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Dictionary<string, (int Status, string ContentType, string Body)> _routes = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _clients = new();

    public TestHttpServer()
    {
        _listener.Start();
        // Dedicated threads, not the thread pool: parallel tests that block on I/O must not starve the server.
        new Thread(AcceptLoop) { IsBackground = true }.Start();
    }

    public string Url(string path) => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}";

    public void Map(string path, int status, string contentType, string body) => _routes[path] = (status, contentType, body);

    /// <summary>Requests for this path are accepted and then left hanging.</summary>
    public void Hang(string path) => _routes[path] = (-1, "", "");

    private void AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = _listener.AcceptTcpClient(); }
            catch (Exception) { return; }
            lock (_clients) _clients.Add(client);
            new Thread(() => Serve(client)) { IsBackground = true }.Start();
        }
    }

    private void Serve(TcpClient client)
    {
        try
        {
            var stream = client.GetStream();
            var reader = new StreamReader(stream, Encoding.ASCII, false, 1024, leaveOpen: true);
            var requestLine = reader.ReadLine() ?? "";
            while (!string.IsNullOrEmpty(reader.ReadLine())) { }
            var path = requestLine.Split(' ').ElementAtOrDefault(1) ?? "/";
            if (!_routes.TryGetValue(path, out var route)) route = (404, "text/plain", "not found");
            if (route.Status < 0)
            {
                _stop.Token.WaitHandle.WaitOne();
                return;
            }
            var body = Encoding.UTF8.GetBytes(route.Body);
            var head = $"HTTP/1.1 {route.Status} {(route.Status == 200 ? "OK" : route.Status == 500 ? "Internal Server Error" : "Not Found")}\r\n" +
                       $"Content-Type: {route.ContentType}\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n";
            stream.Write(Encoding.ASCII.GetBytes(head));
            stream.Write(body);
            stream.Flush();
        }
        catch (Exception)
        {
            // A client that went away is no failure of the server.
        }
        finally
        {
            client.Dispose();
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_clients) foreach (var c in _clients) c.Dispose();
    }
}
