using Defacto.Model;
using Defacto.Time;

namespace Defacto.Tests.Time;

/// <summary>Normalization rules of the tagger: tense, relative units, ranges, durations, sets, fuzzy references, bad input.</summary>
public class TemporalTaggerTests
{
    private static List<TimeValue> Tag(string text, string? dct = "2024-02-14", bool? dayFirst = null) =>
        new TemporalTagger { DayFirstHint = dayFirst }.Tag(text, TimexGold.ParseDct(dct));

    private static TimeValue One(string text, string expression, string? dct = "2024-02-14") =>
        Tag(text, dct).Single(t => t.Text == expression);

    [Theory]
    [InlineData("Officials said the talks took place on Wednesday.", "Wednesday", "2024-02-14")]
    [InlineData("The talks will take place on Wednesday.", "Wednesday", "2024-02-21")]
    [InlineData("Fighting broke out again on Friday.", "Friday", "2024-02-09")]
    [InlineData("The envoy will arrive on Friday.", "Friday", "2024-02-16")]
    [InlineData("Troops withdrew last Monday.", "last Monday", "2024-02-12")]
    [InlineData("Voting ends next Sunday.", "next Sunday", "2024-02-18")]
    public void Weekdays_follow_tense(string sentence, string expression, string value) =>
        Assert.Equal(value, One(sentence, expression).Value);

    [Theory]
    [InlineData("Last September the army attacked.", "Last September", "2023-09")]
    [InlineData("Next January the mission ends.", "Next January", "2025-01")]
    [InlineData("The offensive began in September.", "September", "2023-09")]
    [InlineData("Elections will be held in September.", "September", "2024-09")]
    [InlineData("The offensive of September 19 was brief.", "September 19", "2023-09-19")]
    public void Months_without_a_year_are_placed_by_tense_and_modifier(string sentence, string expression, string value) =>
        Assert.Equal(value, One(sentence, expression).Value);

    [Theory]
    [InlineData("Last week the border was quiet.", "Last week", "2024-W06")]
    [InlineData("Earlier this week, talks stalled.", "Earlier this week", "2024-W07")]
    [InlineData("The vote is expected next year.", "next year", "2025")]
    [InlineData("The report came out last month.", "last month", "2024-01")]
    [InlineData("Yesterday, troops advanced.", "Yesterday", "2024-02-13")]
    [InlineData("Two weeks ago the shelling stopped.", "Two weeks ago", "2024-01-31")]
    public void Relative_expressions_resolve_against_the_dct(string sentence, string expression, string value) =>
        Assert.Equal(value, One(sentence, expression).Value);

    [Fact]
    public void Year_boundary_weeks_use_iso_week_years()
    {
        Assert.Equal("2024-W52", One("Last week the ceasefire held.", "Last week", "2025-01-02").Value);
        Assert.Equal("2025-W01", One("This week the ceasefire held.", "This week", "2025-01-02").Value);
        Assert.Equal("2024-12", One("Last month the talks failed.", "Last month", "2025-01-02").Value);
    }

    [Fact]
    public void Ranges_durations_sets_and_fuzzy_references()
    {
        Assert.Equal("1992/1994", One("The war lasted from 1992 to 1994.", "1992 to 1994").Value);
        Assert.Equal("2023-09-19/2023-09-20", One("The September 19-20 assault ended the war.", "September 19-20").Value);
        var almost = One("The siege lasted almost five years.", "almost five years");
        Assert.Equal(("P5Y", TimeType.Duration, "LESS_THAN"), (almost.Value, almost.Type, almost.Mod));
        var set = One("Monitors meet every Monday.", "every Monday");
        Assert.Equal(("XXXX-WXX-1", TimeType.Set), (set.Value, set.Type));
        Assert.Equal("199X", One("It began in the early 1990s.", "the early 1990s").Value);
        Assert.Equal("START", One("It began in the early 1990s.", "the early 1990s").Mod);
        Assert.Equal("PXCE", One("A centuries-old church was hit.", "centuries-old").Value);
        Assert.Equal("FUTURE_REF", One("Peace may come in the future.", "the future").Value);
        Assert.Equal("PAST_REF", One("Such talks failed in the past.", "the past").Value);
        Assert.Equal("2030", One("The plan runs until 2030.", "2030").Value);
        Assert.Equal("PT48H", One("They must leave within 48 hours.", "48 hours").Value);
    }

    [Fact]
    public void Impossible_dates_are_unresolved_with_a_reason()
    {
        var t = One("On February 30, 2021, the town fell.", "February 30, 2021");
        Assert.Null(t.Value);
        Assert.Equal(TimePrecision.Unresolved, t.Precision);
        Assert.Contains("impossible", t.Note);
        Assert.Null(One("The decree of 31.04.2020 was void.", "31.04.2020").Value);
        Assert.Null(One("It happened on February 29, 2023.", "February 29, 2023").Value);
        Assert.Equal("2024-02-29", One("It happened on February 29, 2024.", "February 29, 2024").Value);
    }

    [Fact]
    public void Ambiguous_numeric_dates_use_the_document_or_a_hint_else_stay_ambiguous()
    {
        var alone = One("The decree of 03/04/2021 was void.", "03/04/2021");
        Assert.Null(alone.Value);
        Assert.Contains("ambiguous", alone.Note);
        var withOther = Tag("Published 28/09/2020. The decree of 03/04/2021 was void.").Single(t => t.Text == "03/04/2021");
        Assert.Equal("2021-04-03", withOther.Value);
        var hinted = Tag("The decree of 03/04/2021 was void.", dayFirst: false).Single();
        Assert.Equal("2021-03-04", hinted.Value);
    }

    [Fact]
    public void Two_digit_years_are_expanded_against_the_dct_and_noted()
    {
        var t = One("The riots of 14/07/98 shook the city.", "14/07/98");
        Assert.Equal("1998-07-14", t.Value);
        Assert.Contains("two-digit", t.Note);
        Assert.Equal("2021-07-14", One("Filed on 14/07/21.", "14/07/21").Value);
        var noDct = One("The riots of 14/07/98 shook the city.", "14/07/98", dct: null);
        Assert.Null(noDct.Value);
        Assert.Contains("two-digit", noDct.Note);
    }

    [Fact]
    public void Far_past_and_far_future_years_are_values()
    {
        Assert.Equal("1453", One("The city fell in 1453.", "1453").Value);
        Assert.Equal("2150", One("The lease runs until 2150.", "2150").Value);
        Assert.Equal("1453-05-29", One("Constantinople fell on May 29, 1453.", "May 29, 1453").Value);
    }

    [Fact]
    public void Unknown_or_range_dct_leaves_relative_expressions_unresolved()
    {
        var unknown = One("Talks resumed last month.", "last month", dct: null);
        Assert.Null(unknown.Value);
        Assert.Contains("unknown", unknown.Note);
        var range = new TemporalTagger().Tag("Talks resumed last month.", DocumentDate.Between(new DateOnly(2024, 1, 1), new DateOnly(2024, 9, 30), DateProvenance.Inferred, null)).Single();
        Assert.Null(range.Value);
        Assert.Contains("not precise", range.Note);
        Assert.Equal("XXXX-09-05", One("The decree of September 5 was annulled.", "September 5", dct: null).Value);
        Assert.Equal("1997-05-12", One("The treaty was signed on 12 May 1997.", "12 May 1997", dct: null).Value);
    }

    [Fact]
    public void Count_nouns_and_numbers_are_not_years_or_times()
    {
        Assert.Empty(Tag("More than 2000 troops and 1500 civilians were moved; 100,000 refugees fled."));
        Assert.Empty(Tag("The vote was 3-1 and turnout 55.5 percent."));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\t")]
    [InlineData("99/99/9999 00:99 February 31st, 0000 the 00s 12 pm pm 13 pm 25:61 ’00 Q5 2020")]
    [InlineData("on on on Monday Monday Mondays every every 1 2 3 years ago ago later in in in 5 5 days")]
    public void Garbage_input_never_throws(string text)
    {
        var values = Tag(text);
        Assert.All(values, v => Assert.True(v.Span.End <= text.Length && v.Span.Start < v.Span.End));
    }

    [Fact]
    public void Syntax_tags_when_present_decide_the_tense()
    {
        var document = new Document("test", "The new customs rules take effect on Wednesday .");
        Pipeline.CreateTextOnly().Process(document);
        document.Dct = TimexGold.ParseDct("2019-12-31");
        string[] xpos = ["DT", "JJ", "NN", "NNS", "VBP", "NN", "IN", "NNP", "."];
        Assert.Equal(xpos.Length, document.Tokens.Count);
        for (var i = 0; i < xpos.Length; i++) document.Tokens[i].Xpos = xpos[i];
        Assert.Equal("2020-01-01", new TemporalTagger().Tag(document).Single().Value);
        foreach (var t in document.Tokens) t.Xpos = null;
        Assert.Equal("2019-12-25", new TemporalTagger().Tag(document).Single().Value);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2024-02-29")]
    public void Extreme_dcts_give_values_or_reasons_never_exceptions(string dct)
    {
        const string text = "Last year, next year, in 99999999999 days, two centuries ago, next spring, the previous decade, "
            + "last week, tomorrow, on Monday, last December, the next century and 5 days later the talks ended.";
        var values = Tag(text, dct);
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.True(v.Value is not null || v.Note is not null, $"'{v.Text}' has neither value nor reason"));
    }

    [Fact]
    public void Every_seed_tags_under_any_kind_of_dct()
    {
        DocumentDate[] dcts =
        [
            DocumentDate.Unknown,
            DocumentDate.Between(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31), DateProvenance.Inferred, null),
            DocumentDate.Exact(new DateTime(2020, 5, 1), DatePrecision.Month, DateProvenance.Stated, null),
            TimexGold.ParseDct("2020-09-28T13:42"),
        ];
        foreach (var file in Directory.GetFiles(SharedData.Path("seeds"), "*.txt"))
        {
            var text = File.ReadAllText(file);
            foreach (var dct in dcts)
            {
                var values = new TemporalTagger().Tag(text, dct);
                Assert.All(values, v => Assert.Equal(text[v.Span.Start..v.Span.End], v.Text));
                if (dct.IsPrecise) continue;
                // Relative values against an imprecise DCT only where every day of its range gives the same value.
                Assert.DoesNotContain(values, v => v.Anchor is not null && v.Anchor.StartsWith("dct", StringComparison.Ordinal) && v.Anchor != "dct range" && v.Value is not null);
                Assert.All(values.Where(v => v.Anchor == "dct range"), v => Assert.Contains("only known as", v.Note));
            }
        }
    }

    [Fact]
    public void Default_pipeline_runs_the_time_stage_after_the_text_stages()
    {
        var names = Pipeline.CreateDefault().Stages.Select(s => s.Name).ToList();
        Assert.Contains("time", names);
        Assert.True(names.IndexOf("time") > names.IndexOf("sentences"));
        var document = Pipeline.CreateDefault().Process(new Document("t", "Talks ended on 12 May 1997 after six weeks."));
        Assert.Equal(["1997-05-12", "P6W"], document.TimeExpressions.Select(t => t.Value));
    }

    [Fact]
    public void Stated_weekday_settles_the_year_of_a_yearless_date()
    {
        Assert.Equal("2023-08-29", One("The meeting was on Tuesday Aug 29.", "Tuesday Aug 29").Value);
        Assert.Equal("2023-09-01", One("The meeting is on Friday, September 1.", "Friday, September 1").Value);
    }

    [Fact]
    public void Anaphora_use_the_last_date_of_the_right_grain()
    {
        var values = Tag("They met in July of 1977. Four months later, they married. The same day, it rained.");
        Assert.Equal("1977-11", values.Single(v => v.Text == "Four months later").Value);
        Assert.Equal("previous date", values.Single(v => v.Text == "Four months later").Anchor);
        var seed = Tag("The accord was signed on 15 February. In 2008 there was a war. The same day the envoy left.", "2019-02-19");
        Assert.Equal("2019-02-15", seed.Single(v => v.Text == "The same day").Value);
    }

    [Fact]
    public void Clock_times_with_seconds_and_dates_before_a_colon()
    {
        Assert.Equal("2000-08-16T15:14:14", One("Sent on 08/16/2000 03:14:14 PM by the office.", "08/16/2000 03:14:14 PM").Value);
        Assert.Equal("2005-01-25", One("He wrote on January 25, 2005: the deal is off.", "January 25, 2005").Value);
        Assert.Empty(Tag("There are more than 1100 pictures and about 2000 protesters."));
    }

    [Fact]
    public void Vague_and_anaphoric_day_references()
    {
        Assert.Equal("PAST_REF", One("He could have been killed years ago.", "years ago").Value);
        var values = Tag("The talks opened on 3 March 2022. Later that day the envoy left, and the next morning the guns fell silent.");
        Assert.Equal("2022-03-03", values.Single(v => v.Text == "Later that day").Value);
        Assert.Equal("2022-03-04", values.Single(v => v.Text == "the next morning").Value);
        Assert.Equal("2022", Tag("The war began in 2022. Later that year, talks failed.").Single(v => v.Text == "Later that year").Value);
    }

    [Fact]
    public void Dct_known_to_the_month_resolves_what_the_whole_month_agrees_on()
    {
        var month = DocumentDate.Exact(new DateTime(2019, 2, 1), DatePrecision.Month, DateProvenance.Stated, "Feb 2019");
        var values = new TemporalTagger().Tag("Last year the war ended. Yesterday the talks resumed. Last September was calm.", month);
        Assert.Equal("2018", values.Single(v => v.Text == "Last year").Value);
        Assert.Equal("dct range", values.Single(v => v.Text == "Last year").Anchor);
        Assert.Equal("2018-09", values.Single(v => v.Text == "Last September").Value);
        var yesterday = values.Single(v => v.Text == "Yesterday");
        Assert.Null(yesterday.Value);
        Assert.Contains("between 2019-01-31 and 2019-02-27", yesterday.Note);
    }

    [Fact]
    public void Bare_clock_time_takes_the_day_named_earlier_in_its_sentence()
    {
        var values = Tag("The talks began at 10 a.m. on Monday and ended at 5 p.m. Negotiators met again at 9 a.m.");
        Assert.Equal("2024-02-12T10:00", values.Single(v => v.Text == "10 a.m. on Monday").Value);
        Assert.Equal("2024-02-12T17:00", values.Single(v => v.Text == "5 p.m.").Value);
        Assert.Equal("2024-02-14T09:00", values.Single(v => v.Text == "9 a.m.").Value);
    }
}
