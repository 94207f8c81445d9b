using Defacto.Syntax;

namespace Defacto.Tests.Syntax;

public class ConlluTests
{
    // A sentence written for this test: a multiword token, an empty node and comments.
    private const string Sample =
        "# newdoc id = test-doc\n" +
        "# sent_id = test-1\n" +
        "# text = Envoys don't meet, talk.\n" +
        "1\tEnvoys\tenvoy\tNOUN\tNNS\tNumber=Plur\t4\tnsubj\t4:nsubj\t_\n" +
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n" +
        "4\tmeet\tmeet\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n" +
        "4.1\ttalk\ttalk\tVERB\tVB\t_\t_\t_\t4:conj\t_\n" +
        "5\t,\t,\tPUNCT\t,\t_\t6\tpunct\t6:punct\t_\n" +
        "6\ttalk\ttalk\tVERB\tVB\t_\t4\tconj\t4:conj\tSpaceAfter=No\n" +
        "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n" +
        "\n";

    [Fact]
    public void RoundTripKeepsCommentsMultiwordsAndEmptyNodes()
    {
        var sentences = ConlluReader.ReadString(Sample);
        var s = Assert.Single(sentences);
        Assert.Equal(7, s.Words.Count);
        Assert.Single(s.Multiwords);
        Assert.Single(s.EmptyNodes);
        Assert.Equal("Envoys don't meet, talk.", s.Text);
        Assert.Equal("Envoys don't meet, talk.", s.ReconstructText());
        Assert.Equal(Sample, ConlluWriter.ToString(sentences));
    }

    [Fact]
    public void DevFileRoundTripsLineForLine()
    {
        var path = SharedData.Path("data/ud-english-ewt/en_ewt-ud-dev.conllu");
        var sentences = ConlluReader.ReadFile(path);
        Assert.Equal(2001, sentences.Count);
        var expected = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var written = ConlluWriter.ToString(sentences).Split('\n').Where(l => l.Length > 0).ToList();
        Assert.Equal(expected, written);
    }

    [Theory]
    [InlineData("1\tA\ta\tDET\tDT\t_\t0\troot\t_\n", 1, "expected 10 tab-separated columns")]
    [InlineData("1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", 2, "out of sequence")]
    [InlineData("1\tA\ta\tDET\tDT\t_\tx\troot\t_\t_\n", 1, "bad HEAD")]
    [InlineData("# c\n1\tA\ta\tDET\tDT\t_\t7\troot\t_\t_\n", 1, "beyond the sentence")]
    [InlineData("2-1\tab\t_\t_\t_\t_\t_\t_\t_\t_\n", 1, "bad multiword token range")]
    [InlineData("1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n# late comment\n", 2, "comment line inside")]
    public void MalformedInputNamesFileLineAndReason(string text, int line, string reason)
    {
        var e = Assert.Throws<ConlluFormatException>(() => ConlluReader.ReadString(text, "bad.conllu"));
        Assert.Equal("bad.conllu", e.File);
        Assert.Equal(line, e.Line);
        Assert.Contains(reason, e.Message);
        Assert.StartsWith($"bad.conllu:{line}:", e.Message);
    }
}
