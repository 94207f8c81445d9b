using Defacto.Model;

namespace Defacto.Tests.Events;

/// <summary>Runs a short text through the default pipeline at a given report date and returns its events.</summary>
internal static class CodedText
{
    public static List<Event> Events(string text, DateTime reported, string id = "text")
    {
        var document = new Document(id, text)
        {
            MetadataDate = DocumentDate.Exact(reported, DatePrecision.Day, DateProvenance.Metadata, "test"),
        };
        return Pipeline.CreateDefault().Process(document).Events;
    }

    /// <summary>Asserts that the asserted events of a one-deed sentence include <paramref name="plover"/> and no other PLOVER type.</summary>
    public static void AssertCodesAs(IEnumerable<Event> coded, string plover)
    {
        var events = coded.Where(e => !e.Negated).ToList();
        Assert.True(events.Exists(e => e.Plover == plover),
            $"{plover} expected; coded: {string.Join(", ", events.Select(e => $"{e.Cameo}/{e.Plover ?? "-"}"))}");
        Assert.All(events.Where(e => e.Plover is not null), e => Assert.Equal(plover, e.Plover));
    }
}
