using Defacto.Tests.Cli;

namespace Defacto.Tests.Events;

public sealed class EventCliTests
{
    [Fact]
    public void EvalEventsPrintsTheHeadlineFiguresAsJson()
    {
        var r = CliRunner.Run("eval", "events", "--gold", Path.Combine(SharedData.RepoRoot, "eval", "events", "plover-gold.json"), "--json");
        Assert.Equal(0, r.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(r.Stdout);
        foreach (var field in new[] { "records", "exactRecordAccuracy", "eventTypePrecision", "eventTypeRecall", "eventTypeF1", "triplePrecision", "tripleRecall", "tripleF1" })
            Assert.Equal(System.Text.Json.JsonValueKind.Number, json.RootElement.GetProperty(field).ValueKind);
        Assert.True(json.RootElement.GetProperty("records").GetInt32() >= 150);
    }

    [Fact]
    public void EvalEventsNamesABadGoldFile()
    {
        var missing = CliRunner.Run("eval", "events", "--gold", "no-such-gold.json");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no-such-gold.json: gold file not found", missing.Stderr);
        Assert.Equal(2, CliRunner.Run("eval", "events").ExitCode);
    }
}
