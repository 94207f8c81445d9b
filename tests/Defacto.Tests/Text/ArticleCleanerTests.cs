using Defacto.Model;
using Defacto.Text;

namespace Defacto.Tests.Text;

/// <summary>The cleaner on pages written for the test: each kind of boilerplate goes, with its reason, and the body stays whole.</summary>
public class ArticleCleanerTests
{
    private static Document Clean(string raw)
    {
        var doc = new Document("test", raw);
        new ArticleCleaner().Process(doc);
        return doc;
    }

    private const string Page = """
        Skip to main content
        Home | World | Caucasus | Opinion | Video
        DAILY FRONTIER
        Monitors report calm along the boundary line
        12 March 2019, 09:40
        Photo: Frontier staff
        A monitor checks a map near the boundary, March 11, 2019.
        A monitor checks a map near the boundary, March 11, 2019.
        European monitors said on Monday that the situation along the administrative boundary line had been calm for a week.
        The mission's spokesperson told reporters that patrols had visited eleven villages on both sides of the line.
        Most read
        1. Parliament passes budget after long night
        2. Storm closes mountain pass to trucks
        3. Football club signs new coach
        Поделиться
        Local residents said they still feared detentions by border guards, but had noticed fewer patrols in recent days.
        Subscribe to our newsletter
        Copyright © 2019 Daily Frontier
        """;

    [Fact]
    public void RemovesEachKindOfBoilerplateWithItsReason()
    {
        var doc = Clean(Page);
        Assert.Equal("Monitors report calm along the boundary line", doc.Title);
        Assert.Equal("DAILY FRONTIER", doc.Outlet);
        Assert.Equal("2019-03-12T09:40", doc.StatedDate?.ToIso());
        string ReasonOf(string text) => doc.RemovedLines.Single(r => r.Text.StartsWith(text)).Reason;
        Assert.Equal("navigation", ReasonOf("Skip to main content"));
        Assert.Equal("menu", ReasonOf("Home | World"));
        Assert.Equal("photo credit", ReasonOf("Photo: Frontier staff"));
        Assert.Equal("headline list item", ReasonOf("2. Storm closes"));
        Assert.Equal("foreign-script line", ReasonOf("Поделиться"));
        Assert.Equal("navigation", ReasonOf("Subscribe to our newsletter"));
        Assert.Equal("copyright", ReasonOf("Copyright ©"));
        Assert.Equal(2, doc.RemovedLines.Count(r => r.Text.StartsWith("A monitor checks a map")));
        Assert.Equal(3, doc.Text.Split('\n').Length);
        Assert.StartsWith("European monitors said on Monday", doc.Text);
        Assert.EndsWith("fewer patrols in recent days.", doc.Text);
    }

    [Fact]
    public void OffsetMapPointsBackIntoTheRawText()
    {
        var doc = Clean(Page);
        foreach (var line in doc.Text.Split('\n'))
        {
            int clean = doc.Text.IndexOf(line, StringComparison.Ordinal);
            Assert.Equal(line, doc.RawText.Substring(doc.Offsets.ToRaw(clean), line.Length));
        }
    }

    [Fact]
    public void ArticleWithoutHeaderKeepsEveryParagraph()
    {
        const string raw = "Talks on the return of displaced people resumed in Geneva on Tuesday, diplomats said.\n\nThe sides agreed to meet again in June.\n";
        var doc = Clean(raw);
        Assert.Equal("Talks on the return of displaced people resumed in Geneva on Tuesday, diplomats said.\nThe sides agreed to meet again in June.", doc.Text);
        Assert.Empty(doc.RemovedLines);
    }

    [Fact]
    public void A_headline_alone_is_its_own_body()
    {
        var doc = Clean("Panama Cuts Ties With Taipei in Favour of Beijing\n");
        Assert.Equal("Panama Cuts Ties With Taipei in Favour of Beijing", doc.Text);
        Assert.Empty(doc.RemovedLines);
        // Beside a body, the same line is the title.
        var article = Clean("Panama Cuts Ties With Taipei in Favour of Beijing\n\nPanama switched its recognition from Taipei to Beijing on Tuesday, the foreign ministry said.\n");
        Assert.Equal("Panama Cuts Ties With Taipei in Favour of Beijing", article.Title);
        Assert.DoesNotContain("Cuts Ties", article.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("XS\nSM\nMD")]
    [InlineData("\u0000\u0001\u0002")]
    public void DegenerateInputGivesEmptyTextWithoutThrowing(string raw)
    {
        var doc = Clean(raw);
        Assert.Equal("", doc.Text.Trim());
    }
}

public class LanguageIdentifierTests
{
    [Theory]
    [InlineData("Delegations from Georgia and Russia met in Geneva on Tuesday for another round of the talks on security, the co-chairs said in a statement.", "en")]
    [InlineData("Les délégations de la Géorgie et de la Russie se sont réunies mardi à Genève pour un nouveau cycle de discussions sur la sécurité dans le Caucase du Sud.", "fr")]
    [InlineData("Die Delegationen Georgiens und Russlands trafen sich am Dienstag in Genf zu einer weiteren Runde der Gespräche über die Sicherheit im Südkaukasus.", "de")]
    [InlineData("Делегации Грузии и России провели во вторник в Женеве очередной раунд дискуссий по безопасности в Закавказье.", "ru")]
    [InlineData("Gürcüstan və Rusiya nümayəndə heyətləri çərşənbə axşamı Cenevrədə Cənubi Qafqazda təhlükəsizlik üzrə danışıqların növbəti raundunu keçiriblər.", "az")]
    // Under 120 characters the trigram models are not trusted with a non-English answer: the full models decide.
    [InlineData("Russia recognized Abkhazia on 26 August 2008.", "en")]
    [InlineData("El Gobierno de España aprobó el martes un nuevo paquete de ayudas.", "es")]
    [InlineData("Il governo italiano ha approvato ieri il nuovo decreto.", "it")]
    [InlineData("Վրաստանի և Ռուսաստանի պատվիրակությունները երեքշաբթի հանդիպեցին Ժնևում։", "hy")]
    // Spanish and Italian names do not make an English sentence Spanish or Italian: its own words decide.
    [InlineData("Ecuadorian police detained Guillermo Lasso's former aide Alejandro Noboa Ortega in Guayaquil.", "en")]
    [InlineData("Kosovo sign deal on trade", "en")]
    [InlineData("El presidente firmó el decreto el lunes en la capital.", "es")]
    [InlineData("Il governo ha firmato l'accordo con la Serbia.", "it")]
    public void IdentifiesTheLanguage(string text, string expected) =>
        Assert.Equal(expected, Defacto.Text.LanguageIdentifier.Identify(text));

    [Fact]
    public void TooLittleTextIsUnknown() => Assert.Null(Defacto.Text.LanguageIdentifier.Identify("OK"));
}
