using System.Text.Json;

namespace Defacto.Tests.Cli;

/// <summary>The foundation's commands end to end: ingest the samples, list them as JSON, show and search; exit codes for mistakes.</summary>
public class IngestCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("defacto-cli-").FullName;

    private string Db => Path.Combine(_folder, "cli.db");

    [Fact]
    public void IngestSamplesThenDocsShowAndSearch()
    {
        var ingest = CliRunner.Run("ingest", Path.Combine(SharedData.RepoRoot, "samples"), "--db", Db, "--json");
        Assert.Equal(0, ingest.ExitCode);
        using (var report = JsonDocument.Parse(ingest.Stdout))
        {
            Assert.True(report.RootElement.GetProperty("new").GetInt32() >= 15);
            Assert.Equal(0, report.RootElement.GetProperty("rejected").GetInt32());
        }

        var docs = CliRunner.Run("docs", "--db", Db, "--json");
        Assert.Equal(0, docs.ExitCode);
        using var list = JsonDocument.Parse(docs.Stdout);
        var items = list.RootElement.EnumerateArray().ToList();
        foreach (var field in new[] { "id", "source", "title", "outlet", "language", "dct", "dctPrecision", "dctProvenance" })
            Assert.All(items, d => Assert.True(d.TryGetProperty(field, out _), field));
        var ru = items.Single(d => d.GetProperty("source").GetString()!.EndsWith("05-priznanie-abhazii-yuzhnoj-osetii-ru.txt"));
        Assert.Equal("ru", ru.GetProperty("language").GetString());
        Assert.Equal("2008-08-27T10:15", ru.GetProperty("dct").GetString());
        Assert.Equal("stated", ru.GetProperty("dctProvenance").GetString());

        var id = ru.GetProperty("id").GetString()!;
        var show = CliRunner.Run("show", id[..8], "--db", Db);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("2008-08-27T10:15", show.Stdout);
        Assert.Contains("✂", show.Stdout);

        var search = CliRunner.Run("search", "Kodori", "--db", Db, "--json");
        Assert.Equal(0, search.ExitCode);
        using var hits = JsonDocument.Parse(search.Stdout);
        Assert.NotEmpty(hits.RootElement.EnumerateArray());
        Assert.All(hits.RootElement.EnumerateArray(), h => Assert.Contains("[Kodori]", h.GetProperty("snippet").GetString()));
    }

    [Fact]
    public void MistakesGiveOneLineAndTheRightExitCode()
    {
        var unknownVerb = CliRunner.Run("frobnicate");
        Assert.Equal(2, unknownVerb.ExitCode);
        var missingDoc = CliRunner.Run("show", "ffffffff", "--db", Db);
        Assert.Equal(1, missingDoc.ExitCode);
        Assert.Equal("defacto: no document with id 'ffffffff'", missingDoc.Stderr.Trim());
        var badFolder = CliRunner.Run("docs", "--db", Path.Combine(_folder, "missing", "x.db"));
        Assert.Equal(1, badFolder.ExitCode);
        Assert.Single(badFolder.Stderr.Trim().Split('\n'));
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}
