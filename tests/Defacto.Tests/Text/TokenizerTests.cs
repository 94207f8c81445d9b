using Defacto.Text;

namespace Defacto.Tests.Text;

public class TokenizerTests
{
    [Fact]
    public void SplitsCliticsHyphensAndFinalPunctuation()
    {
        var tokens = new Tokenizer().Tokenize("Russia's Nagorno-Karabakh envoy didn't say, Mr. Lavrov noted.");
        Assert.Equal(["Russia", "'s", "Nagorno", "-", "Karabakh", "envoy", "did", "n't", "say", ",", "Mr.", "Lavrov", "noted", "."],
            tokens.Select(t => t.Text));
    }

    [Fact]
    public void KeepsNumbersAndOffsets()
    {
        const string text = "More than 100,000 fled (3.5%).";
        var tokens = new Tokenizer().Tokenize(text);
        Assert.Equal(["More", "than", "100,000", "fled", "(", "3.5%", ")", "."], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(t.Text, text[t.Start..t.End]));
    }
}
