using System.Globalization;
using Defacto.Model;

namespace Defacto.Actors;

/// <summary>One gold mention: sentence, date, the mention text and the expected code and KB id ("-" = any / unresolved).</summary>
public sealed record GoldMention(DateOnly Date, string Sentence, string Text, string Code, string KbId, int Line);

/// <summary>The outcome for one gold mention: what the system produced for it and whether that is right.</summary>
public sealed record GoldOutcome(GoldMention Gold, string? SystemText, string? SystemCode, string? SystemKbId, bool Correct);

/// <summary>Scores mention resolution against a gold TSV (date, sentence, mention, code, kb): a gold mention is right when an overlapping system mention has its code and KB id.</summary>
public sealed class MentionGoldEvaluator(MentionResolver resolver)
{
    public static List<GoldMention> Read(string path, List<KbIssue> issues)
    {
        var table = TsvTable.Read(path, ["date", "sentence", "mention", "code", "kb"], issues);
        var list = new List<GoldMention>();
        if (table is null) return list;
        foreach (var row in table.Rows)
        {
            if (!DateOnly.TryParseExact(row["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                issues.Add(row.Issue($"bad date '{row["date"]}'"));
                continue;
            }
            if (!row["sentence"].Contains(row["mention"], StringComparison.Ordinal) || row["mention"].Length == 0)
            {
                issues.Add(row.Issue($"mention '{row["mention"]}' is not in its sentence"));
                continue;
            }
            list.Add(new GoldMention(date, row["sentence"], row["mention"], row["code"], row["kb"], row.Line));
        }
        return list;
    }

    public List<GoldOutcome> Evaluate(IEnumerable<GoldMention> gold)
    {
        var outcomes = new List<GoldOutcome>();
        var text = Pipeline.CreateTextOnly();
        foreach (var group in gold.GroupBy(g => (g.Date, g.Sentence)))
        {
            var doc = text.Process(new Document("gold", group.Key.Sentence));
            doc.Dct = DocumentDate.Exact(group.Key.Date.ToDateTime(TimeOnly.MinValue), DatePrecision.Day, DateProvenance.Metadata, "gold");
            resolver.Resolve(doc, group.Key.Date, group.Key.Date);
            foreach (var g in group)
            {
                int start = doc.Text.IndexOf(g.Text, StringComparison.Ordinal);
                var span = new Span(start, start + g.Text.Length);
                var match = start < 0 ? null : doc.Mentions
                    .Where(m => m.Span.Overlaps(span))
                    .OrderByDescending(m => Overlap(m.Span, span))
                    .ThenBy(m => m.Span.Length)
                    .ThenByDescending(m => m.Code == g.Code)
                    .FirstOrDefault();
                bool correct = match is not null
                    && (g.Code == "-" ? match.Code is null : match.Code == g.Code)
                    && (g.KbId == "-" || match.KbId == g.KbId);
                outcomes.Add(new GoldOutcome(g, match?.Text, match?.Code, match?.KbId, correct));
            }
        }
        return outcomes;
    }

    private static int Overlap(Span a, Span b) => Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
}
