using System.Collections.Concurrent;
using Defacto.Model;

namespace Defacto.Tests.Events;

/// <summary>The seeds through the whole default pipeline (project patterns and knowledge base) yield the events an analyst would code.</summary>
public sealed class SeedEventTests
{
    private static readonly ConcurrentDictionary<string, Document> Documents = new();

    // The publication dates an analyst reads from each page's metadata; seed 003's page carries none in its text.
    private static Document Seed(string prefix, string date) => Documents.GetOrAdd(prefix, p =>
    {
        var path = Directory.GetFiles(SharedData.Path("seeds"), p + "_*.txt").Single();
        var document = new Document(path, File.ReadAllText(path))
        {
            MetadataDate = DocumentDate.Exact(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DatePrecision.Day, DateProvenance.Metadata, "test"),
        };
        return Pipeline.CreateDefault().Process(document);
    });

    private static bool Involves(IReadOnlyList<EventActor> actors, string polity) => actors.Any(a => a.Polity == polity);

    private static Event Find(Document document, string what, Func<Event, bool> test)
    {
        var found = document.Events.FirstOrDefault(test);
        Assert.True(found is not null, $"{what}: not among the {document.Events.Count} events of {Path.GetFileName(document.Source)}:\n"
            + string.Join("\n", document.Events.Select(e => $"  {string.Join('+', e.Source.Select(a => a.Code))} {e.Cameo} {string.Join('+', e.Target.Select(a => a.Code))} {e.Date} | {document.Text[e.Evidence!.Start..e.Evidence.End]}")));
        return found!;
    }

    private static string Evidence(Document document, Event e) => document.Text[e.Evidence!.Start..e.Evidence.End];

    [Fact]
    public void Seed000_the_two_foreign_ministries_sign_a_cooperation_agreement()
    {
        var d = Seed("000", "2019-02-19");
        var signed = Find(d, "South Ossetia–Karabakh agreement", e => e.Cameo.StartsWith("057", StringComparison.Ordinal)
            && Involves(e.Source.Concat(e.Target).ToList(), "SOS") && Involves(e.Source.Concat(e.Target).ToList(), "NKR"));
        Assert.Equal("2019-02-19", signed.Date);
        Assert.NotNull(signed.Plover);
    }

    [Fact]
    public void Seed000_Tskhinvali_accuses_Georgia_and_no_killing_is_coded()
    {
        var d = Seed("000", "2019-02-19");
        var accusation = Find(d, "accusation of Georgia", e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && Involves(e.Source, "SOS") && Involves(e.Target, "GEO"));
        Assert.Contains("accused Georgia", Evidence(d, accusation));
        Assert.DoesNotContain(d.Events, e => e.Sentence == accusation.Sentence && e.QuadClass == 4);
    }

    [Fact]
    public void Seed002_Azerbaijan_launches_its_offensive_on_27_September_2020()
    {
        var d = Seed("002", "2020-09-28");
        var offensive = Find(d, "Azerbaijani offensive", e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && Involves(e.Source, "AZE"));
        Assert.Equal("2020-09-27", offensive.Date);
        Assert.Equal("ASSAULT", offensive.Plover);
    }

    [Fact]
    public void Seed002_Harutyunyan_declares_martial_law_and_general_mobilization()
    {
        var d = Seed("002", "2020-09-28");
        Find(d, "martial law", e => e.Cameo.StartsWith("172", StringComparison.Ordinal) && Involves(e.Source, "NKR"));
        Find(d, "mobilization", e => e.Cameo.StartsWith("15", StringComparison.Ordinal) && Involves(e.Source, "NKR") && e.Plover == "MOBILIZE");
    }

    [Fact]
    public void Seed002_South_Ossetia_appeals_to_the_international_community()
    {
        var d = Seed("002", "2020-09-28");
        var appeal = Find(d, "appeal", e => e.Cameo.StartsWith("02", StringComparison.Ordinal) && Involves(e.Source, "SOS"));
        Assert.Contains("appeals to the international community", Evidence(d, appeal));
    }

    [Fact]
    public void Seed003_Khovayev_meets_Bayramov_in_Baku_and_Bayramov_blames_Armenia()
    {
        var d = Seed("003", "2024-02-14");
        var meeting = Find(d, "Khovayev–Bayramov meeting", e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && Involves(e.Source, "RUS") && Involves(e.Target, "AZE"));
        Assert.Equal("2024-02-14", meeting.Date);
        Assert.Contains("Baku", meeting.Location ?? "");
        Find(d, "Bayramov blames Armenia", e => e.Cameo.StartsWith("11", StringComparison.Ordinal) && Involves(e.Source, "AZE") && Involves(e.Target, "ARM"));
    }

    [Fact]
    public void Seed004_the_joint_statement_of_10_November_2020_and_the_Moscow_meeting_of_11_January_2021()
    {
        var d = Seed("004", "2021-01-18");
        bool AllThree(Event e) => new[] { "AZE", "RUS", "ARM" }.All(p => Involves(e.Source.Concat(e.Target).ToList(), p));
        var statement = Find(d, "joint statement", e => e.Cameo.StartsWith("057", StringComparison.Ordinal) && AllThree(e));
        Assert.Equal("2020-11-10", statement.Date);
        var meeting = Find(d, "Moscow meeting", e => e.Cameo.StartsWith("04", StringComparison.Ordinal) && AllThree(e));
        Assert.Equal("2021-01-11", meeting.Date);
        Assert.Equal("Moscow", meeting.Location);
    }

    [Fact]
    public void Seed004_headline_Russia_sees_no_reason_to_hinder_is_negated()
    {
        // The cleaner keeps seed 004's headline as the title, not as a body sentence, so it is coded here on its own.
        var document = new Document("headline", "Russia sees no reason to hinder Armenia’s contacts with Karabakh.")
        {
            MetadataDate = DocumentDate.Exact(new DateTime(2021, 1, 18), DatePrecision.Day, DateProvenance.Metadata, "test"),
        };
        Pipeline.CreateDefault().Process(document);
        var hinder = Find(document, "no reason to hinder", e => Involves(e.Source, "RUS") && Involves(e.Target, "ARM") || Involves(e.Source, "RUS") && e.Target.Count > 0);
        Assert.True(hinder.Negated);
    }

    [Fact]
    public void Seeds_yield_no_event_without_an_actor_and_every_event_points_at_its_sentence()
    {
        foreach (var (prefix, date) in new[] { ("000", "2019-02-19"), ("001", "2025-01-15"), ("002", "2020-09-28"), ("003", "2024-02-14"), ("004", "2021-01-18") })
        {
            var d = Seed(prefix, date);
            Assert.NotEmpty(d.Events);
            foreach (var e in d.Events)
            {
                Assert.True(e.Source.Count + e.Target.Count > 0, $"{prefix}: event {e.Id} has no actor");
                var sentence = d.Sentences[e.Sentence!.Value];
                Assert.Equal((sentence.Start, sentence.End), (e.Evidence!.Start, e.Evidence.End));
                Assert.InRange(e.Confidence!.Value, 0, 1);
            }
        }
    }
}
