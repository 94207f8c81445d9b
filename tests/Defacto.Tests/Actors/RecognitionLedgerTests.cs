using Defacto.Facts;

namespace Defacto.Tests.Actors;

public class RecognitionLedgerTests
{
    private static LedgerAnswer Ask(string code, DateOnly date)
    {
        var kb = ActorTestData.Kb;
        return new RecognitionLedger(kb).Query(kb.FindPolity(code)!, date);
    }

    [Fact]
    public void SouthOssetiaIn2025IsRecognizedByFiveUnMembersAndAbkhazia()
    {
        var answer = Ask("SOS", new DateOnly(2025, 1, 15));
        var un = answer.RecognizedBy.Where(r => r.Kind == Defacto.Actors.RecognizerKind.UnMember).Select(r => r.Code).ToList();
        Assert.Equal(new[] { "NIC", "NRU", "RUS", "SYR", "VEN" }, un.Order());
        var nonUn = answer.RecognizedBy.Where(r => r.Kind == Defacto.Actors.RecognizerKind.NonUn).Select(r => r.Code).ToList();
        Assert.Contains("ABK", nonUn);
        Assert.DoesNotContain("NKR", nonUn);
        Assert.Contains(answer.Withdrawn, w => w.Code == "TUV" && w.Until == "2014-03-31");
        Assert.All(answer.RecognizedBy, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
    }

    [Fact]
    public void TuvaluRecognizedSouthOssetiaIn2013ButNotAfterItsWithdrawal()
    {
        Assert.Contains(Ask("SOS", new DateOnly(2013, 1, 1)).RecognizedBy, r => r.Code == "TUV");
        Assert.DoesNotContain(Ask("SOS", new DateOnly(2015, 1, 1)).RecognizedBy, r => r.Code == "TUV");
        Assert.DoesNotContain(Ask("SOS", new DateOnly(2008, 8, 1)).RecognizedBy, r => r.Kind == Defacto.Actors.RecognizerKind.UnMember);
    }

    [Fact]
    public void VanuatuRecognizedAbkhaziaOnlyBetween2011And2013()
    {
        Assert.Contains(Ask("ABK", new DateOnly(2012, 6, 1)).RecognizedBy, r => r.Code == "VUT");
        Assert.DoesNotContain(Ask("ABK", new DateOnly(2014, 6, 1)).RecognizedBy, r => r.Code == "VUT");
        Assert.DoesNotContain(Ask("SOS", new DateOnly(2012, 6, 1)).RecognizedBy, r => r.Code == "VUT");
    }

    [Fact]
    public void NagornoKarabakhSubnationalRecognitionsEndWithTheRepublic()
    {
        var before = Ask("NKR", new DateOnly(2019, 2, 19));
        Assert.True(before.EntityExisted);
        Assert.Contains(before.RecognizedBy, r => r.Code == "USA-CA" && r.Kind == Defacto.Actors.RecognizerKind.Subnational);
        Assert.Equal(8, before.RecognizedBy.Count(r => r.Code.StartsWith("USA-", StringComparison.Ordinal)));
        var after = Ask("NKR", new DateOnly(2024, 6, 1));
        Assert.False(after.EntityExisted);
        Assert.Empty(after.RecognizedBy);
    }
}
