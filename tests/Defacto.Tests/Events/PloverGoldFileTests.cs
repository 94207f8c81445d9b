using Defacto.Events;

namespace Defacto.Tests.Events;

/// <summary>Checks the project's own PLOVER gold file (eval/events/plover-gold.json) is well formed and covers what it promises.</summary>
public sealed class PloverGoldFileTests
{
    private static readonly string[] PloverTypes =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND",
        "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "CRIME", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    [Fact]
    public void GoldFileCoversEveryPloverTypeWithCodedActors()
    {
        var set = GoldReader.Read(Path.Combine(SharedData.RepoRoot, "eval", "events", "plover-gold.json"));
        Assert.Empty(set.Issues);
        Assert.Equal(EventTypeScheme.Plover, set.Scheme);
        Assert.True(set.Records.Count >= 150, $"{set.Records.Count} records");
        Assert.Equal(set.Records.Count, set.Records.Select(r => r.Id).Distinct().Count());
        var types = set.Records.SelectMany(r => r.Events).GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(PloverTypes.Order(), types.Keys.Order());
        Assert.All(types.Values, n => Assert.True(n >= 8));
        Assert.True(set.Records.Count(r => r.Events.Count == 0) >= 10);
        foreach (var e in set.Records.SelectMany(r => r.Events))
        {
            Assert.NotEmpty(e.Source);
            Assert.All(e.Source.Concat(e.Target), a => Assert.Matches("^[A-Z]{3}$", a.Code));
            Assert.All(e.Source.Concat(e.Target), a => Assert.False(string.IsNullOrEmpty(a.Text)));
        }
        Assert.All(set.Records, r => Assert.Matches(@"^(2008|2009|201\d|202[0-4])-\d\d-\d\d$", r.Date));
        // The de facto and contested polities the project cares about all appear.
        var codes = set.Records.SelectMany(r => r.Events).SelectMany(e => e.Source.Concat(e.Target)).Select(a => a.Code).ToHashSet();
        Assert.Subset(codes, new HashSet<string> { "ABK", "SOS", "NKR", "PMR", "NCY", "KSV", "TWN", "PSE", "ESH", "SLD" });
    }
}
