namespace Defacto.Tests.Actors;

/// <summary>A sample of the world-wide places and organizations added to the knowledge base resolves to the right code in
/// sentences of our own, and names shared with people or words stay out.</summary>
public class PlaceAndOrganizationSweepTests
{
    private static readonly DateOnly Day = new(2024, 11, 20);

    [Theory]
    [InlineData("Drones struck an airfield near Kazan overnight.", "Kazan", "RUS")]
    [InlineData("Protesters gathered outside the town hall in Dresden.", "Dresden", "DEU")]
    [InlineData("Chinese warships docked at Zhanjiang after the drills.", "Zhanjiang", "CHN")]
    [InlineData("Russian troops shelled Nova Kakhovka on Tuesday.", "Nova Kakhovka", "UKR")]
    [InlineData("Ukrainian forces pushed into the Kursk region near Sudzha.", "Sudzha", "RUS")]
    [InlineData("Air raid sirens sounded across Simferopol.", "Simferopol", "UKR")]
    [InlineData("Fighting spread from El Fasher to Nyala last month.", "Nyala", "SDN")]
    [InlineData("Rebels seized the mining town of Rubaya in North Kivu.", "Rubaya", "COD")]
    [InlineData("Insurgents attacked Mocimboa da Praia at dawn.", "Mocimboa da Praia", "MOZ")]
    [InlineData("Troops were deployed to Mekelle and Adigrat.", "Adigrat", "ETH")]
    [InlineData("Jihadists killed soldiers near Djibo.", "Djibo", "BFA")]
    [InlineData("Gunmen abducted pupils in Kaduna state.", "Kaduna", "NGA")]
    [InlineData("Security forces clashed with militants in Gwadar.", "Gwadar", "PAK")]
    [InlineData("The army lost control of Myawaddy on the Thai border.", "Myawaddy", "MMR")]
    [InlineData("Soldiers patrolled the streets of Jolo in Sulu province.", "Jolo", "PHL")]
    [InlineData("Cartel gunmen blocked roads in Zacatecas.", "Zacatecas", "MEX")]
    [InlineData("Tornadoes hit several towns across Michigan.", "Michigan", "USA")]
    [InlineData("Police raided a mosque in Molenbeek.", "Molenbeek", "BEL")]
    [InlineData("Turkish Cypriot officials reopened part of Varosha.", "Varosha", "NCY")]
    [InlineData("A ferry sank off the coast of Lampedusa near Pozzallo.", "Pozzallo", "ITA")]
    public void NewPlaceResolvesToItsPolity(string sentence, string mention, string code)
    {
        var doc = ActorTestData.Text(sentence, Day);
        Assert.Equal(code, ActorTestData.SingleMention(doc, mention).Code);
    }

    [Theory]
    [InlineData("The United Auto Workers called a strike at three plants.", "United Auto Workers", "USALABUAW")]
    [InlineData("COSATU marched on parliament over power cuts.", "COSATU", "ZAFLABCST")]
    [InlineData("Kommersant reported the arrest on Monday.", "Kommersant", "RUSMEDKMS")]
    [InlineData("Authorities seized the offices of Zaman in Istanbul.", "Zaman", "TURMEDZMN")]
    [InlineData("Rheinmetall agreed to build a shell factory in Ukraine.", "Rheinmetall", "DEUBUSRHM")]
    [InlineData("Sberbank was cut off from the payment network.", "Sberbank", "RUSBUSSBR")]
    [InlineData("Georgian Dream won the parliamentary vote.", "Georgian Dream", "GEOPTYGDR")]
    [InlineData("The Sandinista National Liberation Front expelled two deputies.", "Sandinista National Liberation Front", "NICPTYFSL")]
    [InlineData("The Lord's Resistance Army raided villages near Obo.", "Lord's Resistance Army", "UGAREBLRA")]
    [InlineData("Comando Vermelho gunmen fired on police in Rio de Janeiro.", "Comando Vermelho", "BRACRMCVM")]
    [InlineData("The Syrian Observatory for Human Rights counted the dead.", "Syrian Observatory for Human Rights", "NGOHRISOH")]
    [InlineData("ECCAS suspended Gabon after the coup.", "ECCAS", "IGOCAFECC")]
    public void NewOrganizationResolvesToItsCode(string sentence, string mention, string code)
    {
        var doc = ActorTestData.Text(sentence, Day);
        Assert.Equal(code, ActorTestData.SingleMention(doc, mention).Code);
    }

    [Fact]
    public void NamesSharedWithPeopleStayThePeoples()
    {
        // Ngozi (a Burundian province) and Bondi (a Sydney beach) were left out as places because they name people in the KB.
        var doc = ActorTestData.Text("Ngozi Okonjo-Iweala met Pam Bondi in Washington.", Day);
        Assert.Equal("ngozi-okonjo-iweala", ActorTestData.SingleMention(doc, "Ngozi Okonjo-Iweala").KbId);
        Assert.Equal("pam-bondi", ActorTestData.SingleMention(doc, "Pam Bondi").KbId);
    }

    [Fact]
    public void ALowerCaseWordIsNoPlace()
    {
        // Places are proper names: "ream" (a naval base's name) or "perm" in lower case are ordinary words.
        var doc = ActorTestData.Text("Officials printed a ream of orders for the perm ceremony.", Day);
        Assert.DoesNotContain(doc.Mentions, m => m.Code is "KHM" or "RUS");
    }
}
