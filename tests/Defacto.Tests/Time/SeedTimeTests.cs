using Defacto.Model;
using Defacto.Time;

namespace Defacto.Tests.Time;

/// <summary>Every temporal expression of seeds 000, 002, 003 and 004, tagged on the raw file text against the DCTs of the foundation issue.</summary>
public class SeedTimeTests
{
    private static List<TimeValue> TagSeed(string prefix, string dct)
    {
        var dir = SharedData.Path("seeds");
        var file = Directory.GetFiles(dir, prefix + "_*.txt").Single();
        return new TemporalTagger().Tag(File.ReadAllText(file), TimexGold.ParseDct(dct));
    }

    private static void AssertAll(List<TimeValue> actual, params (string Text, string Value)[] expected)
    {
        var got = actual.Select(t => (t.Text, t.Value ?? "null")).ToArray();
        Assert.Equal(expected, got);
    }

    [Fact]
    public void Seed000_every_expression()
    {
        AssertAll(TagSeed("000", "2019-02-19"),
            ("Feb 19 2019", "2019-02-19"),
            ("19 February", "2019-02-19"),
            ("the early 1990s", "199X"),
            ("2008", "2008"),
            ("the same day", "2019-02-19"));
    }

    [Fact]
    public void Seed002_every_expression()
    {
        AssertAll(TagSeed("002", "2020-09-28T13:42"),
            ("28/09/2020 - 13:42", "2020-09-28T13:42"),
            ("Sunday", "2020-09-27"),
            ("the morning of September 27", "2020-09-27"),
            ("September 27, at 7:15 am (6:15 am Moscow time)", "2020-09-27T07:15"),
            ("at present", "PRESENT_REF"));
    }

    [Fact]
    public void Seed003_every_expression()
    {
        AssertAll(TagSeed("003", "2024-02-14"),
            ("September 26, 2023", "2023-09-26"),
            ("September 26, 2023", "2023-09-26"),
            ("Wednesday", "2024-02-14"),
            ("last September", "2023-09"),
            ("2020", "2020"),
            ("September 19-20", "2023-09-19/2023-09-20"),
            ("Earlier this week", "2024-W07"),
            ("October 2, 2023", "2023-10-02"),
            ("October 2, 2023", "2023-10-02"),
            ("Last month", "2024-01"),
            ("earlier this month", "2024-02"),
            ("Wednesday", "2024-02-14"),
            ("Tuesday", "2024-02-13"),
            ("Tuesday", "2024-02-13"));
    }

    [Fact]
    public void Seed004_every_expression()
    {
        AssertAll(TagSeed("004", "2021-01-18T16:26"),
            ("16:26, 18 January 2021", "2021-01-18T16:26"),
            ("September 27", "2020-09-27"),
            ("six weeks", "P6W"),
            ("the night of November 10", "2020-11-10"),
            ("January 11", "2021-01-11"),
            ("currently", "PRESENT_REF"));
    }

    [Fact]
    public void Seed002_clock_time_keeps_its_zone_and_restatement()
    {
        var t = TagSeed("002", "2020-09-28T13:42").Single(x => x.Type == TimeType.Time && x.Text.StartsWith("September 27", StringComparison.Ordinal));
        Assert.Equal("2020-09-27T07:15", t.Value);
        Assert.Equal(TimePrecision.Instant, t.Precision);
        Assert.Contains("UTC+04:00", t.Zone);
        Assert.Contains("Moscow time", t.Note);
    }

    [Fact]
    public void Seed003_types_and_precisions()
    {
        var values = TagSeed("003", "2024-02-14");
        Assert.Equal(TimePrecision.Month, values.Single(t => t.Text == "last September").Precision);
        Assert.Equal(TimePrecision.Week, values.Single(t => t.Text == "Earlier this week").Precision);
        Assert.All(values, t => Assert.Equal(TimeType.Date, t.Type));
    }

    [Fact]
    public void Seed004_duration_is_typed_duration()
    {
        var t = TagSeed("004", "2021-01-18T16:26").Single(x => x.Text == "six weeks");
        Assert.Equal(TimeType.Duration, t.Type);
    }

    [Fact]
    public void Seeds_without_a_dct_leave_relative_expressions_unresolved()
    {
        var values = TagSeed("003", "");
        var wednesday = values.First(t => t.Text == "Wednesday");
        Assert.Null(wednesday.Value);
        Assert.Equal(TimePrecision.Unresolved, wednesday.Precision);
        Assert.Contains("unknown", wednesday.Note);
        Assert.Equal("2023-09-26", values.First().Value);
    }
}
