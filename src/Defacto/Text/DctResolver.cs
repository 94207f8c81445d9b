using System.Globalization;
using Defacto.Model;

namespace Defacto.Text;

/// <summary>Chooses the document date: stated in the text first, then metadata, then a dateline completed by metadata, then an inferred range.</summary>
public sealed class DctResolver(DctInferrer inferrer, TimeProvider clock) : IDocumentStage
{
    public string Name => "dct";

    public void Process(Document document)
    {
        if (document.StatedDate is { IsKnown: true } stated) { document.Dct = stated; return; }
        if (document.MetadataDate is { IsKnown: true } meta) { document.Dct = meta; return; }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var inferred = inferrer.Infer(document.RawText, today);
        if (document.DatelineDate is { } dateline && inferred.IsKnown && CompleteDateline(dateline, inferred) is { } completed)
        {
            document.Dct = completed;
            return;
        }
        document.Dct = inferred;
    }

    // "Aug. 26" plus an inferred range lying within one year gives a full date; otherwise the year stays unknown.
    private static DocumentDate? CompleteDateline(string dateline, DocumentDate range)
    {
        if (range.Earliest is not { } a || range.Latest is not { } b) return null;
        var parts = dateline.Replace(".", "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || DateTextParser.MonthNumber(parts[0]) is var month && month == 0) return null;
        if (!int.TryParse(parts[1].TrimEnd(','), NumberStyles.None, CultureInfo.InvariantCulture, out int day)) return null;
        var candidates = Enumerable.Range(a.Year, b.Year - a.Year + 1)
            .Where(y => day <= DateTime.DaysInMonth(y, month))
            .Select(y => new DateOnly(y, month, day))
            .Where(d => d >= a && d <= b)
            .ToList();
        return candidates.Count == 1
            ? DocumentDate.Exact(candidates[0].ToDateTime(TimeOnly.MinValue), DatePrecision.Day, DateProvenance.Inferred,
                $"dateline \"{dateline}\" within {range.ToIso()}")
            : null;
    }
}
