using Defacto.Model;

namespace Defacto.Tests.Text;

/// <summary>The five real scraped seeds: title, outlet, date, language, body kept whole, boilerplate removed.</summary>
public class SeedTextTests
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));

    internal static Document Clean(string seed)
    {
        var path = SharedData.Path("seeds/" + seed);
        var document = new Document(path, File.ReadAllText(path));
        new Pipeline(Defacto.Text.TextStages.Create(Clock)).Process(document);
        return document;
    }

    private static void AssertRemoved(Document doc, string line)
    {
        Assert.DoesNotContain(line, doc.Text);
        Assert.Contains(doc.RemovedLines, r => r.Text.Contains(line));
    }

    [Fact]
    public void Seed000()
    {
        var doc = Clean("000_fd0eae5b66091fac.txt");
        Assert.Equal("Karabakh offers Armenian diaspora’s help for South Ossetia", doc.Title);
        Assert.Equal("Res news agency", doc.Outlet);
        Assert.Equal("2019-02-19", doc.Dct.ToIso());
        Assert.Equal(DateProvenance.Stated, doc.Dct.Provenance);
        Assert.Equal("en", doc.Language);
        Assert.StartsWith("Azerbaijan's breakaway region of Nagorno-Karabakh has pledged", doc.Text);
        Assert.EndsWith("at a meeting with Maliyev.", doc.Text);
        AssertRemoved(doc, "Leave a Reply");
        AssertRemoved(doc, "[Armenian News note: the below is translated from Russian]");
        Assert.DoesNotContain("Feb 19 2019", doc.Text);
        Assert.DoesNotContain("Karabakh offers Armenian diaspora's help", doc.Text);
    }

    [Fact]
    public void Seed001()
    {
        var doc = Clean("001_f179f9d077452ed7.txt");
        Assert.StartsWith("Alan Gagloev, the de facto president of the Russian-occupied Tskhinvali region, stated", doc.Title);
        Assert.Equal(DateProvenance.Inferred, doc.Dct.Provenance);
        Assert.Equal(DatePrecision.Range, doc.Dct.Precision);
        Assert.True(doc.Dct.Earliest <= new DateOnly(2025, 1, 1) && doc.Dct.Latest >= new DateOnly(2025, 1, 31), doc.Dct.ToIso());
        Assert.Equal("en", doc.Language);
        Assert.StartsWith("Alan Gagloev, the de facto president", doc.Text);
        Assert.EndsWith("cannot help but cause concern for the South Ossetian community.\"", doc.Text);
        AssertRemoved(doc, "Trending stories");
        AssertRemoved(doc, "Ship Captain Suspected of Baltic Sea Cable Damage is Georgian Citizen");
        AssertRemoved(doc, "Senator Risch on Sanctioning Ivanishvili");
        Assert.Contains(doc.RemovedLines, r => r.Text == "News");
    }

    [Fact]
    public void Seed002()
    {
        var doc = Clean("002_86a84144ca22fe18.txt");
        Assert.Equal("South Ossetia is calling on the world community to stop the military conflict in Nagorno-Karabakh", doc.Title);
        Assert.Null(doc.Outlet);
        Assert.Equal("2020-09-28T13:42", doc.Dct.ToIso());
        Assert.Equal("en", doc.Language);
        Assert.StartsWith("Ministry of Foreign Affairs of the Republic of South Ossetia has expressed", doc.Text);
        Assert.EndsWith("fierce fighting is ongoing\".", doc.Text);
        AssertRemoved(doc, "Мой мир");
    }

    [Fact]
    public void Seed003()
    {
        var doc = Clean("003_6406e2ef00b6ea62.txt");
        Assert.Equal("Moscow, Baku ‘Discussing Return Of Karabakh Armenians’", doc.Title);
        Assert.Null(doc.Outlet);
        Assert.Equal(DateProvenance.Inferred, doc.Dct.Provenance);
        Assert.NotEqual(DatePrecision.Day, doc.Dct.Precision);
        Assert.True(doc.Dct.Earliest <= new DateOnly(2024, 2, 14) && doc.Dct.Latest >= new DateOnly(2024, 2, 14), doc.Dct.ToIso());
        Assert.Equal("en", doc.Language);
        Assert.StartsWith("Russia said on Wednesday that it is discussing with Azerbaijan", doc.Text);
        Assert.EndsWith("is intent on heightening tensions along the border.", doc.Text);
        AssertRemoved(doc, "Մատչելիության հղումներ");
        AssertRemoved(doc, "Ethnic Armenian flee Karabakh for Armenia sitting in a truck");
        foreach (var toggle in new[] { "XS", "SM", "MD", "LG" })
            Assert.Contains(doc.RemovedLines, r => r.Text == toggle);
    }

    [Fact]
    public void Seed004()
    {
        var doc = Clean("004_03391a8850b85d10.txt");
        Assert.Equal("Russia sees no reason to hinder Armenia’s contacts with Karabakh", doc.Title);
        Assert.Equal("2021-01-18T16:26", doc.Dct.ToIso());
        Assert.Equal("en", doc.Language);
        Assert.StartsWith("Everyone agrees that there should be a connection between the Armenians of Armenia", doc.Text);
        Assert.EndsWith("to discuss the meeting on Karabakh with Security Council members.", doc.Text);
        AssertRemoved(doc, "Photo: Sergey Lantyukhov/");
        AssertRemoved(doc, "CIS countries");
    }
}

/// <summary>A clock fixed at one instant, so inferred date ranges do not move with the day the tests run.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
