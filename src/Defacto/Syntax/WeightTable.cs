using System.Runtime.InteropServices;

namespace Defacto.Syntax;

/// <summary>
/// A loaded model's table, read at random by every feature, kept outside the managed heap in memory that Linux may back with
/// 2 MiB pages: with 4 KiB pages nearly every lookup in the tens of megabytes of weights also misses the address cache (TLB).
/// Elsewhere, or when the kernel declines, it is ordinary memory and the lookups read the same values.
/// </summary>
internal sealed unsafe class WeightTable<T> where T : unmanaged
{
    private readonly T* _items;
    private readonly nuint _bytes;

    /// <summary>Copies <paramref name="items"/> into the table.</summary>
    public WeightTable(ReadOnlySpan<T> items)
    {
        Length = items.Length;
        nuint bytes = Math.Max((nuint)1, (nuint)items.Length * (nuint)sizeof(T));
        nuint rounded = (bytes + HugePages.Size - 1) / HugePages.Size * HugePages.Size;
        _items = (T*)NativeMemory.AlignedAlloc(rounded, HugePages.Size);
        GC.AddMemoryPressure((long)rounded);
        _bytes = rounded;
        // Advice first, so the pages are faulted in large as the copy below touches them.
        HugePages.Advise(_items, rounded);
        items.CopyTo(new Span<T>(_items, items.Length));
    }

    public int Length { get; }

    /// <summary>The first item; valid for the table's lifetime (the model's).</summary>
    public T* Items => _items;

    /// <summary>One item, bounds-checked (for reading a table out, not for scoring).</summary>
    public T this[int index] => (uint)index < (uint)Length ? _items[index] : throw new IndexOutOfRangeException();

    ~WeightTable()
    {
        NativeMemory.AlignedFree(_items);
        GC.RemoveMemoryPressure((long)_bytes);
    }
}

/// <summary>Asks Linux to back a range of memory with 2 MiB pages (transparent huge pages), where it can.</summary>
internal static unsafe class HugePages
{
    /// <summary>Bytes in one huge page, the alignment a range needs for the advice to count.</summary>
    public const nuint Size = 2 << 20;

    private const int AdviseHugePage = 14; // MADV_HUGEPAGE

    /// <summary>Advice only: the memory works the same when the kernel ignores it or there is no libc to ask.</summary>
    public static void Advise(void* address, nuint length)
    {
        if (!OperatingSystem.IsLinux()) return;
        try { _ = madvise(address, length, AdviseHugePage); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Ordinary pages it is.
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int madvise(void* address, nuint length, int advice);
}
