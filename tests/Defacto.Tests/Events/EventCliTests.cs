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
        // Floors a little under the figures measured on the project's own PLOVER gold (BENCHMARKS.md), so regressions fail.
        Assert.True(json.RootElement.GetProperty("eventTypeF1").GetDouble() >= 0.85, "event type F1 fell below 0.85");
        Assert.True(json.RootElement.GetProperty("tripleF1").GetDouble() >= 0.70, "triple F1 fell below 0.70");
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
