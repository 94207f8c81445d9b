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
}
