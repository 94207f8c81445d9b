using Defacto.Model;

namespace Defacto.Events;

/// <summary>Scores coded events against gold records: exact records, event type, (source, type, target) triples by polity, actor codes, sectors, confusion, per category and per record.</summary>
public sealed class EventEvaluator(EventTypeScheme scheme)
{
    /// <summary>Label used in the confusion table for "no event".</summary>
    public const string None = "NONE";

    private readonly record struct Instance(string SourceCode, string Type, string TargetCode)
    {
        public string SourcePolity => Polity(SourceCode);
        public string TargetPolity => Polity(TargetCode);
        public (string, string, string) PolityKey => (SourcePolity, Type, TargetPolity);
        public string SourceSector => SourceCode.Length <= 3 ? "" : SourceCode[3..];
        public string TargetSector => TargetCode.Length <= 3 ? "" : TargetCode[3..];
        public override string ToString() => $"{Show(SourceCode)} {Type} {Show(TargetCode)}";
        private static string Show(string code) => code.Length == 0 ? "-" : code;
    }

    /// <summary>Evaluates system events against gold, record by record (the two lists are paired by position).</summary>
    public EvaluationReport Evaluate(IReadOnlyList<GoldRecord> gold, IReadOnlyList<IReadOnlyList<Event>> system)
    {
        if (gold.Count != system.Count) throw new ArgumentException($"{gold.Count} gold records but {system.Count} system results");
        var typeTotal = PrecisionRecall.Zero;
        var tripleTotal = PrecisionRecall.Zero;
        var actorTotal = PrecisionRecall.Zero;
        int exact = 0, sectorPairs = 0, sectorAgree = 0;
        var confusion = new Dictionary<(string, string), int>();
        var categories = new Dictionary<string, (int Records, int Exact, PrecisionRecall Type, PrecisionRecall Triple)>(StringComparer.Ordinal);
        var outcomes = new List<RecordOutcome>(gold.Count);

        for (int i = 0; i < gold.Count; i++)
        {
            var g = gold[i];
            var goldEvents = g.Events;
            // A negated event ("did not attend") or a denied one ("denied that its missiles hit") is not said to have happened, nor,
            // for PLOVER gold, is a hypothetical one ("should Beijing try to blockade Taiwan"): they are not scored as events.
            var sysEvents = system[i].Where(e => !e.Negated && e.Modality != "denied" && !(scheme == EventTypeScheme.Plover && e.Modality == "hypothetical")).ToList();
            var goldInstances = goldEvents.SelectMany(Expand).ToList();
            var sysInstances = sysEvents.SelectMany(Expand).ToList();

            var type = Compare(goldEvents.Select(e => e.Type), sysEvents.Select(TypeOf));
            var triple = Compare(goldInstances.Select(x => x.PolityKey), sysInstances.Select(x => x.PolityKey));
            var actors = Compare(
                goldEvents.SelectMany(e => e.Source.Select(a => "S:" + a.FullCode).Concat(e.Target.Select(a => "T:" + a.FullCode))),
                sysEvents.SelectMany(e => e.Source.Select(a => "S:" + (a.Code ?? "")).Concat(e.Target.Select(a => "T:" + (a.Code ?? "")))));
            typeTotal += type;
            tripleTotal += triple;
            actorTotal += actors;

            var (pairs, agree) = SectorAgreement(goldInstances, sysInstances);
            sectorPairs += pairs;
            sectorAgree += agree;
            AddConfusion(confusion, goldInstances, sysInstances);

            bool isExact = IsExact(g, goldInstances, sysInstances);
            if (isExact) exact++;
            var category = g.Category ?? "";
            var c = categories.GetValueOrDefault(category);
            categories[category] = (c.Records + 1, c.Exact + (isExact ? 1 : 0), (c.Type ?? PrecisionRecall.Zero) + type, (c.Triple ?? PrecisionRecall.Zero) + triple);
            outcomes.Add(new RecordOutcome(g.Id, g.Category, isExact, Outcome(isExact, goldInstances.Count, sysInstances.Count, triple.Matched),
                goldInstances.Select(x => x.ToString()).ToList(), sysInstances.Select(x => x.ToString()).ToList()));
        }

        return new EvaluationReport(scheme, gold.Count, exact, typeTotal, tripleTotal, actorTotal, sectorPairs, sectorAgree,
            confusion.Select(kv => new ConfusionCell(kv.Key.Item1, kv.Key.Item2, kv.Value)).OrderBy(c => c.Gold, StringComparer.Ordinal).ThenBy(c => c.System, StringComparer.Ordinal).ToList(),
            categories.Select(kv => new CategoryScore(kv.Key, kv.Value.Records, kv.Value.Exact, kv.Value.Type, kv.Value.Triple)).OrderBy(c => c.Category, StringComparer.Ordinal).ToList(),
            outcomes);
    }

    /// <summary>Runs a coder over every gold record and evaluates what it returned.</summary>
    public EvaluationReport Evaluate(GoldSet gold, IEventCoder coder)
    {
        coder.Prepare(gold);
        return Evaluate(gold.Records, gold.Records.Select(r => coder.Code(r)).ToList());
    }

    private string TypeOf(Event e) => (scheme == EventTypeScheme.Cameo ? e.Cameo : e.Plover) ?? "";

    private static string Polity(string code) => code.Length <= 3 ? code : code[..3];

    private static IEnumerable<Instance> Expand(GoldEvent e) =>
        Cross(e.Source.Select(a => a.FullCode).ToList(), e.Type, e.Target.Select(a => a.FullCode).ToList());

    private IEnumerable<Instance> Expand(Event e) =>
        Cross(e.Source.Select(a => a.Code ?? "").ToList(), TypeOf(e), e.Target.Select(a => a.Code ?? "").ToList());

    // "Aliyev, Putin and Pashinyan signed" is three source–target pairs of one event.
    private static IEnumerable<Instance> Cross(List<string> sources, string type, List<string> targets)
    {
        if (sources.Count == 0) sources = [""];
        if (targets.Count == 0) targets = [""];
        foreach (var s in sources)
            foreach (var t in targets)
                yield return new Instance(s, type, t);
    }

    private static PrecisionRecall Compare<T>(IEnumerable<T> gold, IEnumerable<T> system) where T : notnull
    {
        var counts = new Dictionary<T, int>();
        int goldCount = 0, sysCount = 0, matched = 0;
        foreach (var g in gold) { counts[g] = counts.GetValueOrDefault(g) + 1; goldCount++; }
        foreach (var s in system)
        {
            sysCount++;
            if (counts.TryGetValue(s, out var n) && n > 0) { counts[s] = n - 1; matched++; }
        }
        return new PrecisionRecall(matched, sysCount, goldCount);
    }

    private bool IsExact(GoldRecord g, List<Instance> gold, List<Instance> system)
    {
        if (g.ExpectedError is not null || gold.Count == 0) return system.Count == 0;
        // PETRARCH gold gives full codes (agents included) and expects them; PLOVER gold compares polities.
        if (scheme == EventTypeScheme.Cameo)
        {
            var pr = Compare(gold, system);
            return pr.Matched == gold.Count && pr.Matched == system.Count;
        }
        var p = Compare(gold.Select(x => x.PolityKey), system.Select(x => x.PolityKey));
        return p.Matched == gold.Count && p.Matched == system.Count;
    }

    private static (int Pairs, int Agree) SectorAgreement(List<Instance> gold, List<Instance> system)
    {
        var pool = system.ToList();
        int pairs = 0, agree = 0;
        foreach (var g in gold)
        {
            int j = pool.FindIndex(s => s.PolityKey == g.PolityKey);
            if (j < 0) continue;
            var s = pool[j];
            pool.RemoveAt(j);
            pairs++;
            if (s.SourceSector == g.SourceSector && s.TargetSector == g.TargetSector) agree++;
        }
        return (pairs, agree);
    }

    private static void AddConfusion(Dictionary<(string, string), int> table, List<Instance> gold, List<Instance> system)
    {
        var g = gold.ToList();
        var s = system.ToList();
        void Add(string a, string b) => table[(a, b)] = table.GetValueOrDefault((a, b)) + 1;
        // First same triple, then same actors with another type, then whatever is left over.
        for (int i = g.Count - 1; i >= 0; i--)
        {
            int j = s.FindIndex(x => x.PolityKey == g[i].PolityKey);
            if (j < 0) continue;
            Add(g[i].Type, s[j].Type);
            g.RemoveAt(i);
            s.RemoveAt(j);
        }
        for (int i = g.Count - 1; i >= 0; i--)
        {
            int j = s.FindIndex(x => x.SourcePolity == g[i].SourcePolity && x.TargetPolity == g[i].TargetPolity);
            if (j < 0) continue;
            Add(g[i].Type, s[j].Type);
            g.RemoveAt(i);
            s.RemoveAt(j);
        }
        foreach (var x in g) Add(x.Type, None);
        foreach (var x in s) Add(None, x.Type);
    }

    private static string Outcome(bool exact, int gold, int system, int matched) =>
        exact ? "exact" : system == 0 ? "missed" : gold == 0 ? "spurious" : matched > 0 ? "partial" : "wrong";
}
