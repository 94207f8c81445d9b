using Defacto.Ingest;
using Defacto.Store;

namespace Defacto.Tests.Ingest;

/// <summary>A throw-away folder and database for one ingest test.</summary>
public sealed class IngestTestKit : IDisposable
{
    public IngestTestKit(IngestLimits? limits = null)
    {
        Folder = Directory.CreateTempSubdirectory("defacto-test-").FullName;
        DbPath = Path.Combine(Folder, "test.db");
        Store = DocumentStore.Open(DbPath);
        Limits = limits ?? new IngestLimits { HttpTimeout = TimeSpan.FromSeconds(30) };
        Fetcher = new HttpFetcher(Limits);
        Ingester = new Ingester(Pipeline.CreateTextOnly(), Store, new SourceReader(Limits, Fetcher));
    }

    public string Folder { get; }
    public string DbPath { get; }
    public DocumentStore Store { get; }
    public IngestLimits Limits { get; }
    public HttpFetcher Fetcher { get; }
    public Ingester Ingester { get; }

    public string Write(string name, string text) => WriteBytes(name, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, "in", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public IngestReport Run(params string[] inputs) => Ingester.Run(inputs);

    /// <summary>A short news article in the project's own words, varied by <paramref name="n"/>.</summary>
    public static string Article(int n, string title = "Talks resume in Geneva") =>
        $"{title}\n\nMarch {1 + n % 27}, 2019\n\n" +
        $"Delegations from Georgia and Russia met in Geneva on Tuesday for round {n} of the international discussions on security in the South Caucasus. " +
        $"Representatives of Abkhazia and South Ossetia attended the working group on humanitarian issues, the co-chairs said in statement number {n}.\n\n" +
        "The co-chairs from the OSCE, the UN and the EU called on all sides to refrain from steps that could raise tension along the line of control.\n\n" +
        $"The next round is planned for the summer, officials said after session {n * 7 + 3} ended.\n";

    public void Dispose()
    {
        Store.Dispose();
        Fetcher.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
