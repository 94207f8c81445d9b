using System.Text;

namespace Defacto.Ingest;

/// <summary>Turns bytes into text: refuses binary files, honours byte-order marks, reads strict UTF-8, and recognizes Windows-1251/1252.</summary>
public static class ContentDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static ContentDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The decoded text, or null with the reason it cannot be read as text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? reason, out string? note)
    {
        note = null;
        reason = null;
        if (bytes.Length == 0) { reason = "empty file"; return null; }
        if (SniffBinary(bytes) is { } kind) { reason = $"binary content ({kind}), not text"; return null; }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            int at = e.Index;
            var cp1251 = Encoding.GetEncoding(1251).GetString(bytes);
            if (LooksLikeRussian(cp1251)) { note = "decoded as windows-1251"; return cp1251; }
            var cp1252 = Encoding.GetEncoding(1252).GetString(bytes);
            if (MostlyAscii(bytes)) { note = "decoded as windows-1252"; return cp1252; }
            reason = $"invalid UTF-8 at byte {at} and not recognizable as Windows-1251 or Windows-1252 text";
            return null;
        }
    }

    /// <summary>Names well-known binary formats by their magic bytes, or reports NUL bytes; null for text.</summary>
    public static string? SniffBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])) return "PNG image";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "JPEG image";
        if (bytes.StartsWith("GIF8"u8)) return "GIF image";
        if (bytes.StartsWith("%PDF"u8)) return "PDF document";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04])) return "ZIP archive";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])) return "gzip archive";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46])) return "ELF executable";
        bool utf16 = bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF);
        if (!utf16 && bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0)) return "contains NUL bytes";
        return null;
    }

    private static bool LooksLikeRussian(string text)
    {
        int cyrillic = 0, letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c is >= '\u0410' and <= '\u044F' or 'ё' or 'Ё') cyrillic++;
        }
        return letters > 0 && cyrillic * 10 >= letters * 6;
    }

    private static bool MostlyAscii(ReadOnlySpan<byte> bytes)
    {
        int high = 0;
        foreach (var b in bytes) if (b >= 0x80) high++;
        return high * 50 <= bytes.Length;
    }
}
