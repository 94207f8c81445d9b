using Defacto.Text;

namespace Defacto.Tests.Syntax;

/// <summary>The tokenizer follows UD English EWT conventions where the Syntax stage measured them.</summary>
public class TokenizerEwtTests
{
    [Theory]
    [InlineData("Send an e-mail now", new[] { "Send", "an", "e-mail", "now" })]
    [InlineData("Call 713-853-3989 today", new[] { "Call", "713-853-3989", "today" })]
    [InlineData("It cost $5,000 on 08/16/2000", new[] { "It", "cost", "$", "5,000", "on", "08/16/2000" })]
    [InlineData("Really!! Great :)", new[] { "Really", "!!", "Great", ":)" })]
    [InlineData("Write to <envoy@example.org>.", new[] { "Write", "to", "<", "envoy@example.org", ">", "." })]
    [InlineData("See example.com.", new[] { "See", "example.com", "." })]
    [InlineData("wait...what", new[] { "wait", "...", "what" })]
    [InlineData("peace/war b/c", new[] { "peace", "/", "war", "b/c" })]
    [InlineData("We cannot and dont", new[] { "We", "can", "not", "and", "do", "nt" })]
    public void SplitsLikeTheTreebank(string text, string[] expected)
    {
        var tokens = new Tokenizer().Tokenize(text);
        Assert.Equal(expected, tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(t.Text, text[t.Start..t.End]));
    }
}
