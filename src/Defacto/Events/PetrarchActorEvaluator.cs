namespace Defacto.Events;

/// <summary>Actor-side figures for one category of PETRARCH records (or all of them).</summary>
public sealed record ActorRecallRow(string Category, int Records, int RecordsWithActors, int RecordsAllFound, int ExpectedCodes, int FoundCodes, int ExtraCodes)
{
    /// <summary>Share of records with expected actors where every expected code was among the mentions.</summary>
    public double RecordRecall => RecordsWithActors == 0 ? 1 : (double)RecordsAllFound / RecordsWithActors;

    /// <summary>Share of expected (record, code) pairs found among the mentions.</summary>
    public double MicroRecall => ExpectedCodes == 0 ? 1 : (double)FoundCodes / ExpectedCodes;

    public override string ToString() =>
        $"{Category,-10} records {Records,3}  with actors {RecordsWithActors,3}  all found {RecordsAllFound,3} ({RecordRecall:P1})  codes {FoundCodes}/{ExpectedCodes} ({MicroRecall:P1})  extra {ExtraCodes}";
}

/// <summary>Compares the actor codes of <see cref="PetrarchRecordDocument"/> mentions with the source and target codes each record expects.</summary>
public static class PetrarchActorEvaluator
{
    /// <summary>Per-category rows, then an "ALL" row; a record's expected codes are its events' source and target codes other than "---" and empty.</summary>
    public static List<ActorRecallRow> Evaluate(GoldSet gold, List<string>? misses = null)
    {
        var rows = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var record in gold.Records.Where(r => r.Parse is { IsConllu: true }))
        {
            var expected = ExpectedCodes(record);
            var coding = PetrarchRecordDocument.Code(record, gold);
            var found = coding.Document.Mentions.Select(m => m.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);
            int extra = found.Count(c => !expected.Contains(c));
            // Unresolved mentions can still match PETRARCH's quoted new-actor codes; they are not counted as extras.
            found.UnionWith(coding.Document.Mentions.Where(m => !m.IsResolved).Select(Actors.PetrarchActorCoder.NewActorCode));
            int hit = expected.Count(found.Contains);
            if (hit < expected.Count && misses is not null)
                misses.Add($"{record.Id}: missing {string.Join(' ', expected.Where(c => !found.Contains(c)))}; found {string.Join(' ', found)}");
            foreach (var key in (string[])[record.Category ?? "?", "ALL"])
            {
                if (!rows.TryGetValue(key, out var r)) rows[key] = r = new int[6];
                r[0]++;
                if (expected.Count > 0) r[1]++;
                if (expected.Count > 0 && hit == expected.Count) r[2]++;
                r[3] += expected.Count;
                r[4] += hit;
                r[5] += extra;
            }
        }
        return rows.OrderBy(kv => kv.Key == "ALL").ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new ActorRecallRow(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3], kv.Value[4], kv.Value[5])).ToList();
    }

    /// <summary>The distinct actor codes a record's events name.</summary>
    public static HashSet<string> ExpectedCodes(GoldRecord record) =>
        record.Events.SelectMany(e => e.Source.Concat(e.Target)).Select(a => a.FullCode.Trim())
            .Where(c => c.Length > 0 && c != "---").ToHashSet(StringComparer.Ordinal);
}
