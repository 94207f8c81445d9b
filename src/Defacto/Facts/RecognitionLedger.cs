using Defacto.Actors;

namespace Defacto.Facts;

/// <summary>One recognizer of an entity on the queried date, with since/until and the source note.</summary>
public sealed record LedgerEntry(string Name, string Code, RecognizerKind Kind, string? Since, string? Until, string Source);

/// <summary>The ledger's answer: the entity, the date asked about, whether the entity existed then, and its recognizers.</summary>
public sealed record LedgerAnswer(string Entity, string Code, DateOnly AsOf, bool EntityExisted, string? EntityNote,
    IReadOnlyList<LedgerEntry> RecognizedBy, IReadOnlyList<LedgerEntry> Withdrawn);

/// <summary>Answers "who recognizes ENTITY on DATE" from the knowledge base's recognition rows.</summary>
public sealed class RecognitionLedger(KnowledgeBase kb)
{
    /// <summary>Recognizers valid on <paramref name="asOf"/> (UN members first, then non-UN, then sub-national) and those withdrawn before it.</summary>
    public LedgerAnswer Query(Polity entity, DateOnly asOf)
    {
        var rows = kb.Recognitions.Where(r => string.Equals(r.Entity, entity.Code, StringComparison.OrdinalIgnoreCase)).ToList();
        var current = rows.Where(r => r.Validity.Contains(asOf) && RecognizerExisted(r, asOf))
            .OrderBy(r => r.Kind).ThenBy(r => r.Validity.FirstDay).ThenBy(r => r.RecognizerName, StringComparer.Ordinal)
            .Select(ToEntry).ToList();
        var withdrawn = rows.Where(r => r.Validity.EndDay <= asOf)
            .OrderBy(r => r.Validity.EndDay).Select(ToEntry).ToList();
        bool existed = entity.Existence.Contains(asOf);
        return new LedgerAnswer(entity.Name, entity.Code, asOf, existed, existed ? null : entity.Note, current, withdrawn);
    }

    private bool RecognizerExisted(Recognition r, DateOnly asOf)
    {
        var polity = kb.FindPolity(r.Recognizer.Split('-')[0]);
        return polity is null || polity.Existence.Contains(asOf);
    }

    private static LedgerEntry ToEntry(Recognition r) =>
        new(r.RecognizerName, r.Recognizer, r.Kind, r.Validity.From?.ToString(), r.Validity.Until?.ToString(), r.Note);
}
