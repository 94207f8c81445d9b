namespace Defacto.Model;

/// <summary>A raw-text line the cleaner dropped, kept for inspection with the reason it was dropped.</summary>
public sealed record RemovedLine(int RawStart, int RawEnd, string Text, string Reason);
