using Defacto.Tests.Cli;

namespace Defacto.Tests.Events;

public sealed class EventCliTests
{
    [Fact]
    public void EvalEventsWithoutACoderSaysSoInOneLine()
    {
        var r = CliRunner.Run("eval", "events", "--gold", SharedData.Path("data/petrarch/tests/PETR.UnitTest.records.ud.xml"), "--json");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("defacto: event coder not available yet", r.Stderr.Trim());
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
