using System.Text.Json;
using Defacto.Cli;

namespace Defacto.Tests.Time;

/// <summary>The `time` and `eval time` verbs: JSON shape, exit codes, clear errors.</summary>
[Collection("Console")]
public class TimeCommandsTests
{
    private static (int Code, string Out) Run(params string[] args)
    {
        var (code, output, _) = Defacto.Tests.Cli.InProcessCli.Run(args);
        return (code, output);
    }

    [Fact]
    public void Time_json_lists_expressions_with_offsets_and_values()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "Russia said on Wednesday that last September's offensive lasted two days.");
            var (code, output) = Run("time", file, "--dct", "2024-02-14", "--json");
            Assert.Equal(0, code);
            var items = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
            Assert.Equal(["Wednesday", "last September", "two days"], items.Select(i => i.GetProperty("text").GetString()));
            Assert.Equal(["2024-02-14", "2023-09", "P2D"], items.Select(i => i.GetProperty("value").GetString()));
            Assert.Equal(["DATE", "DATE", "DURATION"], items.Select(i => i.GetProperty("type").GetString()));
            Assert.Equal("day", items[0].GetProperty("precision").GetString());
            var start = items[0].GetProperty("start").GetInt32();
            Assert.Equal("Wednesday", File.ReadAllText(file)[start..items[0].GetProperty("end").GetInt32()]);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void Missing_file_and_bad_dct_are_user_errors()
    {
        Assert.Equal(CliApp.UserError, Run("time", "/no/such/file.txt").Code);
        var file = Path.GetTempFileName();
        try { Assert.Equal(CliApp.UserError, Run("time", file, "--dct", "19 Feb").Code); }
        finally { File.Delete(file); }
        Assert.Equal(CliApp.UserError, Run("eval", "time", "--gold", "/no/such/gold.jsonl").Code);
    }

    [Fact]
    public void Eval_time_json_reports_scores()
    {
        var gold = Path.Combine(SharedData.RepoRoot, "eval", "time", "timex-gold.jsonl");
        var (code, output) = Run("eval", "time", "--gold", gold, "--json");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.True(root.GetProperty("gold").GetInt32() >= 150);
        Assert.InRange(root.GetProperty("valueAccuracy").GetDouble(), 0.95, 1.0);
        Assert.InRange(root.GetProperty("strict").GetProperty("f1").GetDouble(), 0.0, 1.0);
    }
}
