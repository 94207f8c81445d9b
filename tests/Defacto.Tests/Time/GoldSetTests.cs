using Defacto.Time;

namespace Defacto.Tests.Time;

/// <summary>Scores the tagger on the project's own gold set (eval/time/timex-gold.jsonl).</summary>
public class GoldSetTests
{
    private static readonly string GoldPath = Path.Combine(SharedData.RepoRoot, "eval", "time", "timex-gold.jsonl");

    [Fact]
    public void Gold_set_is_large_and_covers_every_type()
    {
        var gold = TimexGold.Load(GoldPath);
        var all = gold.SelectMany(g => g.Timex).ToList();
        Assert.True(all.Count >= 150, $"only {all.Count} gold expressions");
        foreach (var type in new[] { "DATE", "TIME", "DURATION", "SET" }) Assert.Contains(all, t => t.Type == type);
        Assert.Contains(gold, g => g.Dct is null);
    }

    [Fact]
    public void Tagger_matches_at_least_95_percent_of_gold_values()
    {
        var score = TimexScorer.Score(TimexGold.Load(GoldPath), new TemporalTagger());
        var errors = string.Join("\n", score.Errors.Where(e => e.Kind != "span differs").Select(e => $"{e.Id} {e.Kind}: '{e.GoldText}'={e.GoldValue} vs '{e.SystemText}'={e.SystemValue}"));
        Assert.True(score.ValueAccuracy >= 0.95, $"value accuracy {score.ValueAccuracy:P1}\n{errors}");
        Assert.True(score.RelaxedF1 >= 0.95, $"relaxed F1 {score.RelaxedF1:P1}\n{errors}");
    }

    [Fact]
    public void Scorer_counts_misses_and_spurious_tags()
    {
        var gold = new List<GoldSentence>
        {
            new("a", "2024-02-14", "Talks ended on Monday.", [new GoldTimex("Monday", "DATE", "2024-02-12")]),
            new("b", "2024-02-14", "Nothing here but a meeting.", [new GoldTimex("meeting", "DATE", "2024-02-14")]),
            new("c", "2024-02-14", "It rained last week.", []),
        };
        var score = TimexScorer.Score(gold, new TemporalTagger());
        Assert.Equal(2, score.Gold);
        Assert.Equal(2, score.System);
        Assert.Equal(1, score.Strict);
        Assert.Equal(1, score.ValueCorrect);
        Assert.Equal(0.5, score.ValueAccuracy);
        Assert.Contains(score.Errors, e => e.Kind == "missed" && e.GoldText == "meeting");
        Assert.Contains(score.Errors, e => e.Kind == "spurious" && e.SystemText == "last week");
    }
}
