using Defacto.Model;
using Defacto.Text;

namespace Defacto.Tests.Text;

public class DateTextParserTests
{
    [Theory]
    [InlineData("Feb 19 2019", "2019-02-19")]
    [InlineData("Mon, 28/09/2020 - 13:42", "2020-09-28T13:42")]
    [InlineData("16:26, 18 January 2021 22", "2021-01-18T16:26")]
    [InlineData("2023-09-21T10:05:00+04:00", "2023-09-21T10:05+04:00")]
    [InlineData("2020-09-27", "2020-09-27")]
    [InlineData("Tue, 05 Mar 2019 10:30:00 +0100", "2019-03-05T10:30+01:00")]
    [InlineData("Sun, 27 Sep 2020 08:00:00 GMT", "2020-09-27T08:00Z")]
    [InlineData("September 27, 2020", "2020-09-27")]
    [InlineData("Sept. 27, 2020 at 7:15 pm", "2020-09-27T19:15")]
    [InlineData("27.09.2020", "2020-09-27")]
    [InlineData("01.10.2023 | 19:30", "2023-10-01T19:30")]
    [InlineData("27 сентября 2020 г.", "2020-09-27")]
    [InlineData("Updated: 9 November 2020, 22:10", "2020-11-09T22:10")]
    public void ReadsNewsDateForms(string text, string iso)
    {
        Assert.True(DateTextParser.TryParse(text, DateProvenance.Stated, out var date), text);
        Assert.Equal(iso, date.ToIso());
    }

    [Theory]
    [InlineData("February 30, 2020")]
    [InlineData("31.04.2021")]
    [InlineData("the 2020 war")]
    [InlineData("")]
    public void RefusesImpossibleOrPartialDates(string text) =>
        Assert.False(DateTextParser.TryParse(text, DateProvenance.Stated, out _), text);

    [Fact]
    public void AmbiguousDayMonthOrderIsNoted()
    {
        Assert.True(DateTextParser.TryParse("03/04/2021", DateProvenance.Stated, out var date));
        Assert.Equal("2021-04-03", date.ToIso());
        Assert.Contains("ambiguous", date.Evidence);
    }
}

public class DctInferrerTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private readonly DctInferrer _inferrer = new(DateCues.Empty);

    [Fact]
    public void NothingToStandOnStaysUnknown()
    {
        var date = _inferrer.Infer("Officials met on Tuesday and agreed to meet again next month.", Today);
        Assert.Equal(DatePrecision.Unknown, date.Precision);
    }

    [Fact]
    public void LatestMentionedDateIsTheLowerBound()
    {
        var date = _inferrer.Infer("The war began on September 27, 2020, and a ceasefire was signed on November 10, 2020. Talks continue by 2030.", Today);
        Assert.Equal(DatePrecision.Range, date.Precision);
        Assert.Equal(DateProvenance.Inferred, date.Provenance);
        Assert.Equal(new DateOnly(2020, 11, 10), date.Earliest);
        Assert.Equal(Today, date.Latest);
    }

    [Fact]
    public void LastMonthNameWithADatedEventGivesTheFollowingYear()
    {
        var date = _inferrer.Infer("Refugees crossed on September 26, 2023. Many were displaced by last September's offensive.", Today);
        Assert.Equal(new DateOnly(2024, 1, 1), date.Earliest);
        Assert.Equal(new DateOnly(2024, 12, 31), date.Latest);
    }

    [Fact]
    public void SingleCopyrightYearBoundsTheYear()
    {
        var date = _inferrer.Infer("Troops moved south.\n© 2008 Black Sea Monitor. All rights reserved.", Today);
        Assert.Equal("2008-01-01/2008-12-31", date.ToIso());
    }

    [Fact]
    public void CueFromKnowledgeFileBoundsTheDate()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "# test cues\nPresident\\W+Kavelashvili\t2024-12-29\t-\tinauguration\nbad line without tabs\n(unclosed\t-\t-\tbroken\n");
        var cues = DateCues.Load(path);
        Assert.Single(cues.Cues);
        Assert.Equal(2, cues.Problems.Count);
        Assert.All(cues.Problems, p => Assert.StartsWith(path + ":", p));
        var date = new DctInferrer(cues).Infer("President Kavelashvili said the talks would go on.", Today);
        Assert.Equal(new DateOnly(2024, 12, 29), date.Earliest);
        File.Delete(path);
    }
}
