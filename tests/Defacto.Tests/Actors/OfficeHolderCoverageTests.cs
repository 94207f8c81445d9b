namespace Defacto.Tests.Actors;

/// <summary>Office holders from the knowledge base resolve to the polity they served at the document date, on both sides of a change of office.</summary>
public class OfficeHolderCoverageTests
{
    [Theory]
    // Heads of state and government of large states, before and after a change.
    [InlineData("Barack Obama", "2012-03-01", "barack-obama", "USAGOV")]
    [InlineData("Hu Jintao", "2010-05-01", "hu-jintao", "CHNGOV")]
    [InlineData("Li Keqiang", "2018-05-01", "li-keqiang", "CHNGOV")]
    [InlineData("Li Qiang", "2024-05-01", "li-qiang", "CHNGOV")]
    [InlineData("Gordon Brown", "2009-05-01", "gordon-brown", "GBRGOV")]
    [InlineData("Theresa May", "2018-05-01", "theresa-may", "GBRGOV")]
    [InlineData("Keir Starmer", "2025-02-01", "keir-starmer", "GBRGOV")]
    [InlineData("Nicolas Sarkozy", "2010-05-01", "nicolas-sarkozy", "FRAGOV")]
    [InlineData("Michel Barnier", "2024-10-15", "michel-barnier", "FRAGOV")]
    [InlineData("Angela Merkel", "2015-05-01", "angela-merkel", "DEUGOV")]
    [InlineData("Friedrich Merz", "2025-07-01", "friedrich-merz", "DEUGOV")]
    [InlineData("Horst Kohler", "2009-05-01", "horst-kohler", "DEUGOV")]
    [InlineData("Mario Monti", "2012-05-01", "mario-monti", "ITAGOV")]
    [InlineData("Taro Aso", "2009-03-01", "taro-aso", "JPNGOV")]
    [InlineData("Yukio Hatoyama", "2010-01-15", "yukio-hatoyama", "JPNGOV")]
    [InlineData("Pranab Mukherjee", "2014-05-01", "pranab-mukherjee", "INDGOV")]
    [InlineData("Kgalema Motlanthe", "2009-01-15", "kgalema-motlanthe", "ZAFGOV")]
    [InlineData("Mohammed bin Salman", "2023-05-01", "mohammed-bin-salman", "SAUGOV")]
    [InlineData("Binali Yildirim", "2017-05-01", "binali-yildirim", "TURGOV")]
    // European Union members.
    [InlineData("Werner Faymann", "2012-05-01", "werner-faymann", "AUTGOV")]
    [InlineData("Helle Thorning-Schmidt", "2013-05-01", "helle-thorning-schmidt", "DNKGOV")]
    [InlineData("George Papandreou", "2010-05-01", "george-papandreou", "GRCGOV")]
    [InlineData("Antonis Samaras", "2013-05-01", "antonis-samaras", "GRCGOV")]
    [InlineData("Enda Kenny", "2014-05-01", "enda-kenny", "IRLGOV")]
    [InlineData("Dalia Grybauskaite", "2015-05-01", "dalia-grybauskaite", "LTUGOV")]
    [InlineData("Robert Abela", "2022-05-01", "robert-abela", "MLTGOV")]
    [InlineData("Ewa Kopacz", "2015-05-01", "ewa-kopacz", "POLGOV")]
    [InlineData("Zuzana Caputova", "2021-05-01", "zuzana-caputova", "SVKGOV")]
    [InlineData("Peter Pellegrini", "2025-01-15", "peter-pellegrini", "SVKGOV")]
    [InlineData("Fredrik Reinfeldt", "2012-05-01", "fredrik-reinfeldt", "SWEGOV")]
    // Middle East, North Africa, Caucasus, Central Asia and Russia's neighbours.
    [InlineData("Ehud Olmert", "2008-05-01", "ehud-olmert", "ISRGOV")]
    [InlineData("Shimon Peres", "2012-05-01", "shimon-peres", "ISRGOV")]
    [InlineData("Adly Mansour", "2014-01-15", "adly-mansour", "EGYGOV")]
    [InlineData("Mostafa Madbouly", "2022-05-01", "mostafa-madbouly", "EGYGOV")]
    [InlineData("Beji Caid Essebsi", "2017-05-01", "beji-caid-essebsi", "TUNGOV")]
    [InlineData("Fayez al-Sarraj", "2018-05-01", "fayez-al-sarraj", "LBYGOV")]
    [InlineData("Islam Karimov", "2012-05-01", "islam-karimov", "UZBGOV")]
    [InlineData("Almazbek Atambayev", "2015-05-01", "almazbek-atambayev", "KGZGOV")]
    [InlineData("Oleksandr Turchynov", "2014-04-01", "oleksandr-turchynov", "UKRGOV")]
    [InlineData("Nicolae Timofti", "2014-05-01", "nicolae-timofti", "MDAGOV")]
    // Africa and Asia.
    [InlineData("Meles Zenawi", "2010-05-01", "meles-zenawi", "ETHGOV")]
    [InlineData("Hailemariam Desalegn", "2015-05-01", "hailemariam-desalegn", "ETHGOV")]
    [InlineData("Blaise Compaore", "2012-05-01", "blaise-compaore", "BFAGOV")]
    [InlineData("Roch Marc Christian Kabore", "2018-05-01", "roch-marc-christian-kabore", "BFAGOV")]
    [InlineData("Ibrahim Boubacar Keita", "2016-05-01", "ibrahim-boubacar-keita", "MLIGOV")]
    [InlineData("Hamid Karzai", "2012-05-01", "hamid-karzai", "AFGGOV")]
    [InlineData("Alvaro Uribe", "2009-05-01", "alvaro-uribe", "COLGOV")]
    // Foreign and defence ministers.
    [InlineData("Adel al-Jubeir", "2017-05-01", "adel-al-jubeir", "SAUGOV")]
    [InlineData("Taro Kono", "2018-05-01", "taro-kono", "JPNGOV")]
    [InlineData("Kang Kyung-wha", "2019-05-01", "kang-kyung-wha", "KORGOV")]
    [InlineData("Zbigniew Rau", "2022-05-01", "zbigniew-rau", "POLGOV")]
    [InlineData("Nikos Dendias", "2021-05-01", "nikos-dendias", "GRCGOV")]
    [InlineData("Nikos Dendias", "2024-05-01", "nikos-dendias", "GRCMIL")]
    [InlineData("Avigdor Lieberman", "2017-05-01", "avigdor-lieberman", "ISRMIL")]
    [InlineData("Mariusz Blaszczak", "2020-05-01", "mariusz-blaszczak", "POLMIL")]
    [InlineData("Hossein Dehghan", "2015-05-01", "hossein-dehghan", "IRNMIL")]
    [InlineData("Nirmala Sitharaman", "2018-05-01", "nirmala-sitharaman", "INDMIL")]
    // Heads of international organizations.
    [InlineData("Jaap de Hoop Scheffer", "2008-05-01", "jaap-de-hoop-scheffer", "IGOWSTNAT")]
    [InlineData("Nkosazana Dlamini-Zuma", "2014-05-01", "nkosazana-dlamini-zuma", "IGOAFRAFU")]
    [InlineData("Lamberto Zannier", "2014-05-01", "lamberto-zannier", "IGOEUROSC")]
    [InlineData("Helga Schmid", "2022-05-01", "helga-schmid", "IGOEUROSC")]
    [InlineData("Yukiya Amano", "2015-05-01", "yukiya-amano", "IGOIAEA")]
    [InlineData("Margaret Chan", "2012-05-01", "margaret-chan", "IGOUNOWHO")]
    public void OfficeHolderResolvesToTheirPolityAtTheDate(string name, string date, string kbId, string codePrefix)
    {
        var doc = ActorTestData.Text($"{name} met reporters on Monday.", DateOnly.Parse(date));
        var m = ActorTestData.SingleMention(doc, name);
        Assert.Equal(kbId, m.KbId);
        Assert.NotNull(m.Code);
        Assert.StartsWith(codePrefix, m.Code!);
    }
}
