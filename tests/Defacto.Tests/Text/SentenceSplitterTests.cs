using Defacto.Model;
using Defacto.Text;

namespace Defacto.Tests.Text;

public class SentenceSplitterTests
{
    private static SentenceBoundaryModel ShippedModel() =>
        SentenceModelLocator.LoadShared() ?? throw new InvalidOperationException($"models/{SentenceModelLocator.FileName} not found");

    private static List<string> Split(string text, SentenceBoundaryModel? model)
    {
        var document = new Document("test", text);
        new SentenceSplitter(new Tokenizer(), model).Split(document);
        return document.Sentences.Select(s => s.GetText(document)).ToList();
    }

    [Fact]
    public void NewsSentencesSplitOnlyAtTheirFinalMarks()
    {
        const string text = "On Monday, at 6:40 am (5:40 am Kyiv time), shelling hit the depot near the border. "
            + "“We will answer any attack with force,” Colonel Petrenko told the state news agency on Tuesday. "
            + "Mr. Abadi said the talks in St. Petersburg would resume after the U.S. envoy arrived.";
        var withModel = Split(text, ShippedModel());
        Assert.Equal(Split(text, null), withModel);
        Assert.Equal(3, withModel.Count);
        Assert.StartsWith("“We will answer", withModel[1]);
    }

    [Fact]
    public void A_live_report_keeps_its_dateline_and_hour_with_its_story()
    {
        const string text = "Moscow, 12:40 — Russia expelled two Estonian diplomats, the foreign ministry said. Tallinn called the move unjustified.";
        var sentences = Split(text, ShippedModel());
        Assert.Equal(2, sentences.Count);
        Assert.StartsWith("Moscow, 12:40 — Russia expelled", sentences[0]);
    }

    [Fact]
    public void WebTextWithoutFinalMarksGetsSplitByTheModel()
    {
        const string text = "Mark Tellez 03/14/2001 10:22 AM Please send me the revised schedule before Friday. Best regards, Tom";
        var rules = Split(text, null);
        var model = Split(text, ShippedModel());
        Assert.Equal(2, rules.Count);
        Assert.True(model.Count > rules.Count, string.Join(" | ", model));
        Assert.Contains("Please send me the revised schedule before Friday.", model);
        Assert.Equal("Mark Tellez", model[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    [InlineData("\u0001\u0002\u200B\uFEFF\u0007")]
    public void EmptyOrControlOnlyTextHasNoSentences(string text) => Assert.Empty(Split(text, ShippedModel()));

    [Fact]
    public void ControlCharactersNeverEndUpInTokens()
    {
        var document = new Document("test", "The convoy\u0007 left\u0000 at dawn\u001b the shelling stopped");
        new SentenceSplitter(new Tokenizer(), ShippedModel()).Split(document);
        Assert.NotEmpty(document.Sentences);
        Assert.All(document.Tokens, t => Assert.DoesNotContain(t.Text, c => char.IsControl(c)));
    }

    [Fact]
    public void HugeUnpunctuatedLineKeepsEveryToken()
    {
        var text = string.Join(' ', Enumerable.Repeat("the talks went on and on Monday", 20_000));
        var document = new Document("test", text);
        new SentenceSplitter(new Tokenizer(), ShippedModel()).Split(document);
        Assert.Equal(new Tokenizer().Tokenize(text).Count, document.Tokens.Count);
        Assert.Equal(document.Tokens.Count, document.Sentences.Sum(s => s.TokenCount));
    }
}
