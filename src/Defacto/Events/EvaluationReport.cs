namespace Defacto.Events;

/// <summary>Precision, recall and F1 from matched, system and gold counts (0 when a denominator is 0).</summary>
public sealed record PrecisionRecall(int Matched, int System, int Gold)
{
    /// <summary>Matched / system.</summary>
    public double Precision => System == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / System;
    /// <summary>Matched / gold.</summary>
    public double Recall => Gold == 0 ? (System == 0 ? 1 : 0) : (double)Matched / Gold;
    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two counts.</summary>
    public static PrecisionRecall operator +(PrecisionRecall a, PrecisionRecall b) => new(a.Matched + b.Matched, a.System + b.System, a.Gold + b.Gold);

    /// <summary>Nothing counted yet.</summary>
    public static PrecisionRecall Zero { get; } = new(0, 0, 0);
}

/// <summary>How one record came out: exact, missed (nothing found), spurious (events where none expected), partial or wrong.</summary>
public sealed record RecordOutcome(string Id, string? Category, bool Exact, string Outcome, IReadOnlyList<string> Gold, IReadOnlyList<string> System);

/// <summary>Figures for one record category.</summary>
public sealed record CategoryScore(string Category, int Records, int Exact, PrecisionRecall EventType, PrecisionRecall Triple)
{
    /// <summary>Share of the category's records coded exactly.</summary>
    public double Accuracy => Records == 0 ? 0 : (double)Exact / Records;
}

/// <summary>One cell of the event-type confusion table ("NONE" stands for a missed or an invented event).</summary>
public sealed record ConfusionCell(string Gold, string System, int Count);

/// <summary>Everything an event evaluation measured.</summary>
public sealed record EvaluationReport(
    EventTypeScheme Scheme,
    int Records,
    int ExactRecords,
    PrecisionRecall EventType,
    PrecisionRecall Triple,
    PrecisionRecall ActorCode,
    int SectorPairs,
    int SectorAgreements,
    IReadOnlyList<ConfusionCell> Confusion,
    IReadOnlyList<CategoryScore> PerCategory,
    IReadOnlyList<RecordOutcome> PerRecord)
{
    /// <summary>Share of records whose events were all found and nothing else.</summary>
    public double ExactRecordAccuracy => Records == 0 ? 0 : (double)ExactRecords / Records;

    /// <summary>Among triples matched by polity, the share whose source and target sectors also agree; null when none matched.</summary>
    public double? SectorAgreement => SectorPairs == 0 ? null : (double)SectorAgreements / SectorPairs;
}
