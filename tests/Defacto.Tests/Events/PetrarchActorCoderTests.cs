using Defacto.Events;
using Xunit.Abstractions;

namespace Defacto.Tests.Events;

public sealed class PetrarchActorCoderTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldSet> Gold = new(() => GoldReader.Read(SharedData.Path("data/petrarch/tests/PETR.UnitTest.records.ud.xml")));

    [Fact]
    public void FindsTheActorCodesThePetrarchUnitTestsExpect()
    {
        var misses = new List<string>();
        var rows = PetrarchActorEvaluator.Evaluate(Gold.Value, misses);
        foreach (var row in rows) output.WriteLine(row.ToString());
        foreach (var miss in misses) output.WriteLine(miss);
        var all = rows.Single(r => r.Category == "ALL");
        Assert.Equal(284, all.Records);
        Assert.True(all.RecordRecall >= 0.0, $"record recall {all.RecordRecall:P1}");
    }
}
