namespace Defacto.Text;

/// <summary>Character classes shared by the cleaner and the tokenizer.</summary>
internal static class TextChars
{
    /// <summary>Whitespace, zero-width and control characters: none of them is ever part of a token.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF' || char.IsControl(c);
}
