using Defacto.Model;

namespace Defacto.Time;

/// <summary>One gold expression the tagger missed or valued differently.</summary>
public sealed record TimexError(string Id, string GoldText, string? GoldValue, string? SystemText, string? SystemValue, string Kind);

/// <summary>Scores of the tagger on a gold set: span F1 (strict and relaxed) and value/type accuracy over gold expressions.</summary>
public sealed record TimexScore(int Gold, int System, int Strict, int Relaxed, int ValueCorrect, int TypeCorrect, IReadOnlyList<TimexError> Errors)
{
    public double StrictPrecision => Ratio(Strict, System);
    public double StrictRecall => Ratio(Strict, Gold);
    public double StrictF1 => F1(StrictPrecision, StrictRecall);
    public double RelaxedPrecision => Ratio(Relaxed, System);
    public double RelaxedRecall => Ratio(Relaxed, Gold);
    public double RelaxedF1 => F1(RelaxedPrecision, RelaxedRecall);

    /// <summary>Share of gold expressions whose overlapping system expression has exactly the gold value.</summary>
    public double ValueAccuracy => Ratio(ValueCorrect, Gold);

    public double TypeAccuracy => Ratio(TypeCorrect, Gold);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>Runs the tagger over gold sentences and compares spans, types and values.</summary>
public static class TimexScorer
{
    public static TimexScore Score(IEnumerable<GoldSentence> gold, TemporalTagger tagger)
    {
        int goldCount = 0, systemCount = 0, strict = 0, relaxed = 0, valueOk = 0, typeOk = 0;
        var errors = new List<TimexError>();
        foreach (var record in gold)
        {
            var system = tagger.Tag(record.Text, TimexGold.ParseDct(record.Dct, record.Id));
            systemCount += system.Count;
            var used = new bool[system.Count];
            var from = 0;
            foreach (var g in record.Timex)
            {
                goldCount++;
                var at = record.Text.IndexOf(g.Text, from, StringComparison.Ordinal);
                if (at < 0) { errors.Add(new(record.Id, g.Text, g.Value, null, null, "gold text not in sentence")); continue; }
                from = at + g.Text.Length;
                var span = new Span(at, at + g.Text.Length);
                var match = -1;
                for (var i = 0; i < system.Count; i++)
                {
                    if (used[i] || !system[i].Span.Overlaps(span)) continue;
                    if (match < 0 || system[i].Span == span) match = i;
                }
                if (match < 0) { errors.Add(new(record.Id, g.Text, g.Value, null, null, "missed")); continue; }
                used[match] = true;
                var s = system[match];
                relaxed++;
                if (s.Span == span) strict++;
                if (string.Equals(TypeName(s.Type), g.Type, StringComparison.OrdinalIgnoreCase)) typeOk++;
                if (s.Value == g.Value) valueOk++;
                else errors.Add(new(record.Id, g.Text, g.Value, s.Text, s.Value, "wrong value"));
                if (s.Value == g.Value && s.Span != span) errors.Add(new(record.Id, g.Text, g.Value, s.Text, s.Value, "span differs"));
            }
            for (var i = 0; i < system.Count; i++)
                if (!used[i]) errors.Add(new(record.Id, "", null, system[i].Text, system[i].Value, "spurious"));
        }
        return new TimexScore(goldCount, systemCount, strict, relaxed, valueOk, typeOk, errors);
    }

    /// <summary>TIMEX3 type name: DATE, TIME, DURATION, SET.</summary>
    public static string TypeName(TimeType type) => type.ToString().ToUpperInvariant();
}
