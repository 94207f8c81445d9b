using System.Text;
using System.Text.Json;
using Defacto.Model;
using Defacto.Store;
using Defacto.Tests.Ingest;
using Parquet;
using Parquet.Schema;
using Parquet.Serialization;
using static Defacto.Tests.Events.EventSamples;

namespace Defacto.Tests.Cli;

[Collection("Console")]
public sealed class EventExportCliTests : IDisposable
{
    private readonly IngestTestKit _kit = new();

    public EventExportCliTests()
    {
        // Two reports of one clash (one quoting an awkward actor name), and an undated agreement.
        var awkward = new EventActor("the \"Karabakh\" army,\nunits", "ARMMIL");
        _kit.Store.SaveEvents("docA", [Make("a1", "docA", "2020-09-27", source: awkward, sentence: 1)]);
        _kit.Store.SaveEvents("docB", [
            Make("b1", "docB", "2020-09-28", cameo: "193", source: Actor("ARMMIL"), sentence: 2),
            Make("b2", "docB", null, cameo: "0311", plover: "AGREE", source: Actor("RUSGOV", "Moscow", "Q159"), target: Actor("GEO")) with { Goldstein = null, QuadClass = null, Confidence = null },
        ]);
    }

    public void Dispose() => _kit.Dispose();

    private string Db => _kit.DbPath;

    [Fact]
    public void EventsPrintsATableAndJsonLines()
    {
        // Spectre.Console keeps the first console writer it sees, so the table is read from a child process.
        var table = CliRunner.Run("events", "--db", Db);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("2 events", table.Stdout);
        Assert.Contains("ARMMIL", table.Stdout);
        Assert.Contains("1 of 2 events shown", CliRunner.Run("events", "--db", Db, "--limit", "1").Stdout);

        var json = InProcessCli.Run("events", "--db", Db, "--json", "--cameo", "19");
        Assert.Equal(0, json.Code);
        var line = Assert.Single(json.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var parsed = JsonDocument.Parse(line);
        Assert.Equal("a1", parsed.RootElement.GetProperty("id").GetString());
        Assert.Equal(2, parsed.RootElement.GetProperty("mentions").GetArrayLength());
        Assert.Equal("docB", parsed.RootElement.GetProperty("mentions")[1].GetProperty("docId").GetString());
        // The line without "mentions" is the event in its DESIGN.md form.
        Assert.Equal("a1", EventJson.FromJsonLine(line).Id);
    }

    [Fact]
    public void JsonlExportReadsBackAsEvents()
    {
        var path = Path.Combine(_kit.Folder, "events.jsonl");
        var r = InProcessCli.Run("export", "events", "--db", Db, "--format", "jsonl", "--out", path);
        Assert.Equal(0, r.Code);
        var events = File.ReadAllLines(path).Select(EventJson.FromJsonLine).ToList();
        Assert.Equal(["a1", "b2"], events.Select(e => e.Id));
        Assert.Equal("the \"Karabakh\" army,\nunits", events[0].Source[0].Text);
        Assert.False(File.Exists(path + ".partial"));
    }

    [Fact]
    public void CsvExportIsQuotedAndFlat()
    {
        var path = Path.Combine(_kit.Folder, "events.csv");
        Assert.Equal(0, InProcessCli.Run("export", "events", "--db", Db, "--format", "CSV", "--out", path).Code);
        var records = ReadCsv(File.ReadAllText(path));
        Assert.Equal(EventRow.Columns, records[0]);
        Assert.Equal(3, records.Count);
        var clash = Row(records, 1);
        Assert.Equal("the \"Karabakh\" army,\nunits", clash["sourceText"]);
        Assert.Equal("ARMMIL", clash["sourceCode"]);
        Assert.Equal("19", clash["cameoRoot"]);
        Assert.Equal("2", clash["mentions"]);
        Assert.Equal("-10", clash["goldstein"]);
        Assert.Equal("false", clash["negated"]);
        var agreement = Row(records, 2);
        Assert.Equal("", agreement["date"]);
        Assert.Equal("Q159", agreement["sourceKbId"]);
        Assert.Equal("", agreement["goldstein"]);
    }

    [Fact]
    public async Task ParquetExportHasTypedColumns()
    {
        var path = Path.Combine(_kit.Folder, "events.parquet");
        Assert.Equal(0, InProcessCli.Run("export", "events", "--db", Db, "--format", "parquet", "--out", path, "--from", "2020").Code);
        await using (var stream = File.OpenRead(path))
        {
            await using var reader = await ParquetReader.CreateAsync(stream);
            var fields = reader.Schema.GetDataFields();
            Assert.Equal(EventRow.Columns, fields.Select(f => f.Name));
            Assert.Equal(typeof(int), fields.Single(f => f.Name == "mentions").ClrType);
            Assert.False(fields.Single(f => f.Name == "mentions").IsNullable);
            Assert.Equal(typeof(double), fields.Single(f => f.Name == "goldstein").ClrType);
            Assert.True(fields.Single(f => f.Name == "goldstein").IsNullable);
            Assert.Equal(typeof(bool), fields.Single(f => f.Name == "negated").ClrType);
        }
        // --from leaves out the undated agreement.
        var rows = (await ParquetSerializer.DeserializeAsync<EventRow>(path)).Data;
        var row = Assert.Single(rows);
        Assert.Equal(("a1", "2020-09-27", 2, -10.0, 1), (row.Id, row.Date, row.Mentions, row.Goldstein, row.Sentence));
        Assert.Equal("the \"Karabakh\" army,\nunits", row.SourceText);

        Assert.Equal(0, InProcessCli.Run("export", "events", "--db", Db, "--format", "parquet", "--out", path, "--plover", "agree").Code);
        var agreement = Assert.Single((await ParquetSerializer.DeserializeAsync<EventRow>(path)).Data);
        Assert.Equal(("b2", null, null, null), (agreement.Id, agreement.Date, agreement.Goldstein, agreement.QuadClass));
    }

    [Fact]
    public void BadRequestsGetOneLineErrors()
    {
        var unknown = InProcessCli.Run("export", "events", "--db", Db, "--format", "xlsx", "--out", Path.Combine(_kit.Folder, "x.xlsx"));
        Assert.Equal(1, unknown.Code);
        Assert.Equal("defacto: unknown export format 'xlsx': use jsonl, csv or parquet", unknown.Err.Trim());

        var badPath = Path.Combine(_kit.Folder, "no-such-folder", "events.csv");
        var unwritable = InProcessCli.Run("export", "events", "--db", Db, "--format", "csv", "--out", badPath);
        Assert.Equal(1, unwritable.Code);
        Assert.StartsWith($"defacto: {badPath}: cannot write", unwritable.Err);

        var missingDb = Path.Combine(_kit.Folder, "missing.db");
        var missing = InProcessCli.Run("events", "--db", missingDb);
        Assert.Equal(1, missing.Code);
        Assert.Contains("missing.db: no such database", missing.Err);
        Assert.False(File.Exists(missingDb));

        var badDate = InProcessCli.Run("events", "--db", Db, "--from", "last week");
        Assert.Equal(1, badDate.Code);
        Assert.Contains("--from 'last week' is not a date", badDate.Err);
        Assert.Equal(1, InProcessCli.Run("events", "--db", Db, "--cameo", "attack").Code);
        Assert.Equal(1, InProcessCli.Run("events", "--db", Db, "--limit", "0").Code);
        Assert.Equal(2, InProcessCli.Run("export", "events", "--db", Db, "--out", "x.csv").Code);
    }

    private static Dictionary<string, string> Row(List<string[]> records, int index) =>
        EventRow.Columns.Zip(records[index]).ToDictionary(p => p.First, p => p.Second);

    // A strict RFC 4180 reader: records end with CRLF, quoted fields may hold commas, doubled quotes and line breaks.
    private static List<string[]> ReadCsv(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; }
                    else if (text[i] == '"') { i++; break; }
                    else field.Append(text[i++]);
                }
            }
            else if (text[i] == ',') { fields.Add(field.ToString()); field.Clear(); i++; }
            else if (text[i] == '\r' && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add(fields.ToArray());
                fields.Clear();
                i += 2;
            }
            else
            {
                Assert.NotEqual('\n', text[i]);
                field.Append(text[i++]);
            }
        }
        Assert.Empty(fields);
        return records;
    }
}
