using Defacto.Events;

namespace Defacto.Tests.Events;

/// <summary>The event coder on PETRARCH's unit-test records with the dictionaries they name: floors on the records coded exactly.</summary>
public sealed class PetrarchRecordCodingTests
{
    [Theory]
    [InlineData(true, 0.90)]   // from the UD parse each record carries
    [InlineData(false, 0.805)]  // from the text, parsed by Defacto's own parser
    public void CodesEnoughRecordsExactly(bool useGivenParse, double floor)
    {
        var gold = GoldReader.Read(SharedData.Path("data/petrarch/tests/PETR.UnitTest.records.ud.xml"));
        var report = new EventEvaluator(gold.Scheme).Evaluate(gold, new GoldRecordCoder { UseGivenParse = useGivenParse });
        Assert.Equal(284, report.Records);
        Assert.True(report.ExactRecordAccuracy >= floor, $"exact records {report.ExactRecords}/{report.Records} ({report.ExactRecordAccuracy:P1}) under {floor:P0}");
    }

    [Fact]
    public void OntologyPairsCodesWithTheirNegation()
    {
        var negations = CodingOntology.ReadNegations(SharedData.Path("data/petrarch/dictionaries/" + CodingOntology.FileName));
        // 110 is written "0xFFFF+0x0080" (not 050), 170 "0x0087+0xFFFF" (not 057); 120 "-0xFFFF" is no negation.
        Assert.Equal("050", negations["110"]);
        Assert.Equal("110", negations["050"]);
        Assert.Equal("057", negations["170"]);
        Assert.False(negations.ContainsKey("120"));
    }
}
