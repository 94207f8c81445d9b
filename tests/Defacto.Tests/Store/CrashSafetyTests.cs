using System.Diagnostics;
using Dapper;
using Defacto.Ingest;
using Defacto.Store;
using Defacto.Tests.Ingest;
using Microsoft.Data.Sqlite;

namespace Defacto.Tests.Store;

/// <summary>A process killed in the middle of a batch leaves a sound database, and ingesting again completes the batch.</summary>
public class CrashSafetyTests
{
    [Fact]
    public void KilledIngestLeavesConsistentDatabase()
    {
        using var kit = new IngestTestKit();
        const int articles = 1500;
        for (int i = 0; i < articles; i++) kit.Write($"article-{i:D4}.txt", IngestTestKit.Article(i, $"Talks round {i} in Geneva"));
        var db = Path.Combine(kit.Folder, "killed.db");
        var cli = Path.Combine(AppContext.BaseDirectory, "Defacto.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { cli, "ingest", Path.Combine(kit.Folder, "in"), "--db", db, "--json" }) start.ArgumentList.Add(arg);
        using (var child = Process.Start(start)!)
        {
            // Kill it once some documents are in, well before the batch can finish.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !child.HasExited && StoredCount(db) < 20) Thread.Sleep(50);
            Assert.False(child.HasExited, "the child finished before it could be killed; make the batch larger");
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }
        int stored;
        using (var store = DocumentStore.Open(db))
        {
            // Opening the store indexes whatever sentences the killed run stored but had not yet indexed.
            Assert.Equal("ok", store.IntegrityCheck());
            stored = store.DocumentCount;
            Assert.InRange(stored, 1, articles - 1);
        }
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            // Every stored document has all its sentences: no half-written document survives.
            var orphans = connection.ExecuteScalar<long>("SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) != 4");
            Assert.Equal(0, orphans);
            Assert.Equal(connection.ExecuteScalar<long>("SELECT max(id) FROM sentences"), connection.ExecuteScalar<long>("SELECT indexed_upto FROM search_index_state"));
            Assert.Equal(connection.ExecuteScalar<long>("SELECT count(*) FROM sentences"), connection.ExecuteScalar<long>("SELECT count(*) FROM sentences_fts_docsize"));
        }
        using (var store = DocumentStore.Open(db))
        {
            var report = new Ingester(Pipeline.CreateTextOnly(), store, new SourceReader(new IngestLimits())).Run([Path.Combine(kit.Folder, "in")]);
            Assert.Equal(articles - stored, report.New + report.NearDuplicates);
            Assert.Equal(stored, report.Duplicates);
            Assert.Equal(articles, store.DocumentCount);
        }
        SqliteConnection.ClearAllPools();
    }

    private static long StoredCount(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            connection.Open();
            return connection.ExecuteScalar<long>("SELECT count(*) FROM documents");
        }
        catch (SqliteException)
        {
            return 0; // schema not created yet
        }
    }
}
