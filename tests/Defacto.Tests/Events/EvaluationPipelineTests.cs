using System.Text.Json;
using Defacto.Cli;
using Defacto.Cli.Commands;
using Defacto.Events;
using Defacto.Model;

namespace Defacto.Tests.Events;

/// <summary>Runs the evaluator over the real PETRARCH records with test doubles (an oracle and a silent coder) to check the wiring and the --json shape.</summary>
public sealed class EvaluationPipelineTests
{
    /// <summary>Test double that returns the gold events themselves; only for checking the scorer.</summary>
    private sealed class OracleCoder : IEventCoder
    {
        public string Name => "oracle";
        public int Prepared { get; private set; }
        public void Prepare(GoldSet gold) => Prepared++;
        public IReadOnlyList<Event> Code(GoldRecord record) => record.Events.Select(e => new Event
        {
            Cameo = e.Type,
            Source = e.Source.Select(a => new EventActor(a.Text ?? a.Code, a.FullCode)).ToList(),
            Target = e.Target.Select(a => new EventActor(a.Text ?? a.Code, a.FullCode)).ToList(),
        }).ToList();
    }

    /// <summary>Test double that finds nothing.</summary>
    private sealed class SilentCoder : IEventCoder
    {
        public string Name => "silent";
        public void Prepare(GoldSet gold) { }
        public IReadOnlyList<Event> Code(GoldRecord record) => [];
    }

    [Fact]
    public void OracleScoresPerfectlyAndSilenceScoresOnlyEmptyRecords()
    {
        var gold = GoldReader.Read(SharedData.Path("data/petrarch/tests/PETR.UnitTest.records.ud.xml"));
        var oracle = new OracleCoder();
        var perfect = new EventEvaluator(gold.Scheme).Evaluate(gold, oracle);
        Assert.Equal(1, oracle.Prepared);
        Assert.Equal(284, perfect.Records);
        Assert.Equal(1.0, perfect.ExactRecordAccuracy);
        Assert.Equal(1.0, perfect.EventType.F1);
        Assert.Equal(1.0, perfect.Triple.F1);
        Assert.All(perfect.Confusion, c => Assert.Equal(c.Gold, c.System));

        var silent = new EventEvaluator(gold.Scheme).Evaluate(gold, new SilentCoder());
        int empty = gold.Records.Count(r => r.Events.Count == 0);
        Assert.Equal(empty, silent.ExactRecords);
        Assert.Equal(0, silent.EventType.Recall);
        Assert.All(silent.Confusion, c => Assert.Equal(EventEvaluator.None, c.System));

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(EventCommands.ToJson(silent), JsonOutput.Options));
        var root = json.RootElement;
        foreach (var field in new[] { "records", "exactRecordAccuracy", "eventTypePrecision", "eventTypeRecall", "eventTypeF1", "triplePrecision", "tripleRecall", "tripleF1" })
            Assert.Equal(JsonValueKind.Number, root.GetProperty(field).ValueKind);
        Assert.Equal(284, root.GetProperty("records").GetInt32());
        Assert.Equal(284, root.GetProperty("perRecord").GetArrayLength());
        Assert.Contains(root.GetProperty("perCategory").EnumerateArray(), c => c.GetProperty("category").GetString() == "SYNSET");

        var text = new StringWriter();
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Out = new Spectre.Console.AnsiConsoleOutput(text), Ansi = Spectre.Console.AnsiSupport.No, ColorSystem = Spectre.Console.ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 200;
        EventCommands.Print(console, gold, silent);
        var printed = text.ToString();
        Assert.Contains("DEMO_00", printed);
        Assert.Contains("missed", printed);
        Assert.Contains("per category", printed);
        Assert.Contains("(source, type, target)", printed);
        Assert.Contains($"records 284, exact {empty}", printed);
    }
}
