using Defacto.Events;
using Xunit.Abstractions;

namespace Defacto.Tests.Events;

public sealed class PetrarchActorCoderTests(ITestOutputHelper output)
{
    private static readonly Lazy<GoldSet> Gold = new(() => GoldReader.Read(SharedData.Path("data/petrarch/tests/PETR.UnitTest.records.ud.xml")));

    [Fact]
    public void FindsTheActorCodesThePetrarchUnitTestsExpect()
    {
        var misses = new List<string>();
        var rows = PetrarchActorEvaluator.Evaluate(Gold.Value, misses);
        foreach (var row in rows) output.WriteLine(row.ToString());
        foreach (var miss in misses) output.WriteLine(miss);
        var all = rows.Single(r => r.Category == "ALL");
        Assert.Equal(284, all.Records);
        // Measured 97.3 % of 257 records and 98.8 % of 577 codes; the misses are codes no dictionary entry gives
        // ("+++" for an entry commented out, one quoted new actor that is no proper name) and two parse-dependent "---GOV".
        Assert.True(all.RecordRecall >= 0.96, $"record recall {all.RecordRecall:P1}");
        Assert.True(all.MicroRecall >= 0.98, $"code recall {all.MicroRecall:P1}");
        Assert.True(all.ExtraCodes <= 190, $"{all.ExtraCodes} extra codes");
    }

    [Theory]
    [InlineData("DATE_09", "MRGORC ORCHOB")]
    [InlineData("DATE_12", "HOBMIL MORMIL")]
    [InlineData("AGENTS_23", "GMWGOVWGO GONGMOOPP")]
    [InlineData("COMPOUND_09", "ARNGOV ARNLEG ERI GONGOV GONLEG")]
    [InlineData("COMPOUND_27", "DNKMUSGOV DNKMUSMED DOL GON")]
    [InlineData("AGENT_03", "GON NGOARNGOV")]
    [InlineData("PATTERN_09", "ARNGOV ITHTV")]
    public void CodesDatedAgentAndCoordinatedActors(string id, string codes)
    {
        var record = Gold.Value.Records.First(r => r.Id == id);
        var doc = PetrarchRecordDocument.Build(record, Gold.Value);
        Assert.Equal(codes, string.Join(' ', doc.Mentions.Where(m => m.IsResolved).Select(m => m.Code).Distinct().Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void PhrasesInNoDictionaryBecomeUnresolvedMentionsWithPetrarchsNewActorText()
    {
        var doc = PetrarchRecordDocument.Build(Gold.Value.Records.First(r => r.Id == "ACTOR_01"), Gold.Value);
        var codes = doc.Mentions.Where(m => !m.IsResolved).Select(Defacto.Actors.PetrarchActorCoder.NewActorCode).ToList();
        Assert.Contains("\"GRYFFINDOR HEAD MINERVA MCGONAGALL\"", codes);
        Assert.Contains("\"THE MINISTRY OF MAGIC\"", codes);
        Assert.DoesNotContain("\"MAGIC\"", codes);
    }

    [Fact]
    public void DiscardPhrasesRuleOutTheSentence()
    {
        var discarded = Gold.Value.Records.Where(r => r.Id.StartsWith("DISCARD_", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, discarded.Count);
        Assert.All(discarded, r =>
        {
            var coding = PetrarchRecordDocument.Code(r, Gold.Value);
            Assert.True(coding.Discarded, r.Id);
            Assert.Empty(coding.Document.Mentions);
        });
        Assert.False(PetrarchRecordDocument.Code(Gold.Value.Records[0], Gold.Value).Discarded);
    }

    [Fact]
    public void RecordParsesUseUdV2Relations()
    {
        var doc = PetrarchRecordDocument.Build(Gold.Value.Records[0], Gold.Value);
        Assert.Equal("Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy .", doc.Text);
        var rels = doc.Tokens.Select(t => t.DepRel).ToList();
        Assert.DoesNotContain("dobj", rels);
        Assert.Equal("obj", doc.Tokens[7].DepRel);
        Assert.Equal("obl", doc.Tokens[9].DepRel);
        Assert.Equal("obl:tmod", doc.Tokens[12].DepRel);
        Assert.Equal("obj", doc.Tokens[17].DepRel);
        Assert.Equal(("advmod", true), PetrarchRecordDocument.ToUdV2("neg", "VERB"));
        Assert.Equal(("nmod", false), PetrarchRecordDocument.ToUdV2("nmod", "NOUN"));
        Assert.Equal(["ARN", "GON"], doc.Mentions.Where(m => m.IsResolved).Select(m => m.Code!));
    }

    [Theory]
    [InlineData("USAGOV", "GOV", false, "USAGOV")]
    [InlineData("HGWGOVMED", "GOVMED", false, "HGWGOVMED")]
    [InlineData("GMWGOV", "WGO", false, "GMWGOVWGO")]
    [InlineData("ARN", "NGO", true, "NGOARN")]
    public void AgentsJoinTheActorCodeOnce(string actor, string agent, bool prefix, string expected) =>
        Assert.Equal(expected, Defacto.Actors.PetrarchActorCoder.Combine(actor, [(agent, prefix)]));
}
