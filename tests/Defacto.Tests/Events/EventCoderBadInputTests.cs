using Defacto.Model;

namespace Defacto.Tests.Events;

/// <summary>Text that is not a news sentence codes no event and throws nothing.</summary>
public sealed class EventCoderBadInputTests
{
    private static Document Code(string text)
    {
        var document = new Document("bad-input", text)
        {
            MetadataDate = DocumentDate.Exact(new DateTime(2024, 2, 14), DatePrecision.Day, DateProvenance.Metadata, "test"),
        };
        return Pipeline.CreateDefault().Process(document);
    }

    [Theory]
    [InlineData("Russia, Armenia, Azerbaijan, Georgia, Turkey, Iran, Kosovo, Serbia, Abkhazia, South Ossetia.")]
    [InlineData("Country | Capital | Population\nArmenia | Yerevan | 2.9\nAzerbaijan | Baku | 10.1\nGeorgia | Tbilisi | 3.7")]
    [InlineData("The Armenian and Azerbaijani delegations, the Russian mediators and the European observers.")]
    [InlineData("")]
    [InlineData("!!! ??? ... --- ***")]
    public void Verbless_text_lists_and_tables_code_nothing(string text)
    {
        var document = Code(text);
        Assert.Empty(document.Events);
    }

    [Fact]
    public void A_run_on_of_three_hundred_tokens_and_an_all_caps_headline_do_not_throw()
    {
        var runOn = string.Join(" and ", Enumerable.Repeat("Armenia and Azerbaijan and Russia and Georgia", 20)) + ".";
        var document = Code(runOn + "\n\nAZERBAIJAN ATTACKS ARMENIAN POSITIONS NEAR JERMUK\n\n" + string.Join(", ", Enumerable.Repeat("Baku", 150)) + ".");
        Assert.True(document.Tokens.Count > 300);
        foreach (var e in document.Events)
        {
            Assert.NotEmpty(e.Source.Concat(e.Target));
            Assert.False(string.IsNullOrEmpty(e.Cameo) && string.IsNullOrEmpty(e.Plover));
        }
    }
}
