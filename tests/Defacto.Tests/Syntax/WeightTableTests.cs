using Defacto.Syntax;

namespace Defacto.Tests.Syntax;

public class WeightTableTests
{
    [Fact]
    public void TableHoldsTheItemsItWasGiven()
    {
        var items = Enumerable.Range(0, 100_000).Select(i => i * 0.5f - 7f).ToArray();
        var table = new WeightTable<float>(items);
        Assert.Equal(items.Length, table.Length);
        for (int i = 0; i < items.Length; i += 997) Assert.Equal(items[i], table[i]);
        Assert.Equal(items[^1], table[items.Length - 1]);
        Assert.Throws<IndexOutOfRangeException>(() => table[items.Length]);
    }

    [Fact]
    public void EmptyTableHasNoItems()
    {
        var table = new WeightTable<int>([]);
        Assert.Equal(0, table.Length);
        Assert.Throws<IndexOutOfRangeException>(() => table[0]);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(12345, 7)]
    [InlineData(RowRef.MaxOffset - 1, 63)]
    [InlineData(RowRef.MaxOffset - 1, -1)]
    public void RowReferenceKeepsOffsetAndCount(int offset, int count)
    {
        var at = new RowRef(offset, count);
        Assert.Equal(offset, at.Offset);
        Assert.Equal(count, at.Count);
    }
}
