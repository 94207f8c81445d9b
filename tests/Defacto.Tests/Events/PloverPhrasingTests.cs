using Defacto.Model;

namespace Defacto.Tests.Events;

/// <summary>
/// Wire-news phrasings of each PLOVER type, written for this test (in neither gold file), coded through the default pipeline:
/// the project's verb patterns must give each sentence the type a reader would give it, and nothing where it holds no event.
/// </summary>
public sealed class PloverPhrasingTests
{
    private static readonly Lazy<Pipeline> Shared = new(() => Pipeline.CreateDefault());

    private static List<Event> Code(string text)
    {
        var document = new Document("phrasing", text)
        {
            MetadataDate = DocumentDate.Exact(new DateTime(2024, 6, 3), DatePrecision.Day, DateProvenance.Metadata, "test"),
        };
        return Shared.Value.Process(document).Events;
    }

    [Theory]
    [InlineData("Japan pledged two billion dollars for the reconstruction of Ukraine.", "AGREE")]
    [InlineData("Egypt offered to host talks between Israel and Hamas.", "AGREE")]
    [InlineData("Iranian and Saudi envoys sat down for talks in Beijing.", "CONSULT")]
    [InlineData("The Turkish president telephoned his Russian counterpart on Monday.", "CONSULT")]
    [InlineData("The Hungarian parliament approved Finland's accession to NATO.", "SUPPORT")]
    [InlineData("Brazil sided with Argentina in its dispute with Britain over the Falklands.", "SUPPORT")]
    [InlineData("Turkey dropped its objections to Sweden's membership of NATO.", "CONCEDE")]
    [InlineData("Kenyan unions called off their nationwide strike after talks with the government.", "CONCEDE")]
    [InlineData("The French government withdrew the controversial security bill after weeks of protests.", "CONCEDE")]
    [InlineData("Russian and Chinese warships conducted joint naval exercises in the Sea of Japan.", "COOPERATE")]
    [InlineData("China purchased wheat from Ukraine.", "COOPERATE")]
    [InlineData("The World Bank approved a loan of one billion dollars to Pakistan.", "AID")]
    [InlineData("Qatar deposited two billion dollars in Egypt's central bank.", "AID")]
    [InlineData("French troops left Mali after nine years.", "RETREAT")]
    [InlineData("The Peruvian prime minister resigned amid protests.", "RETREAT")]
    [InlineData("An inquiry into the shooting was opened by Norwegian police.", "INVESTIGATE")]
    [InlineData("Iraq ordered American troops to leave the country.", "DEMAND")]
    [InlineData("A Kenyan court found the government liable for the deaths of protesters.", "DISAPPROVE")]
    [InlineData("The Philippines protested to China over the water cannon attack.", "DISAPPROVE")]
    [InlineData("The Swiss parliament voted down the plan to join the European Union.", "REJECT")]
    [InlineData("Ukraine ruled out talks with Russia.", "REJECT")]
    [InlineData("Iran vowed to strike Israel in response.", "THREATEN")]
    [InlineData("French rail workers staged a strike against the pension reform.", "PROTEST")]
    [InlineData("Hundreds of Georgian students rallied outside the parliament in Tbilisi in support of European integration.", "PROTEST")]
    [InlineData("Kenyan doctors walked out over unpaid salaries.", "PROTEST")]
    [InlineData("The Brazilian firm paid bribes to Peruvian officials.", "CRIME")]
    [InlineData("Chinese trawlers fished illegally in Argentine waters.", "CRIME")]
    [InlineData("Niger terminated its military cooperation agreement with the United States.", "SANCTION")]
    [InlineData("Putin ordered the call-up of three hundred thousand reservists.", "MOBILIZE")]
    [InlineData("Iran test-fired a ballistic missile.", "MOBILIZE")]
    [InlineData("The Nigerian government suspended Twitter's operations in the country.", "COERCE")]
    [InlineData("Turkish police fired tear gas at demonstrators in Istanbul.", "COERCE")]
    [InlineData("Iran executed the protester on Monday.", "ASSAULT")]
    [InlineData("The United States eased sanctions on Belarusian potash exports.", "CONCEDE")]
    [InlineData("The Serbian government postponed the ban on Kosovo imports under pressure from Brussels.", "CONCEDE")]
    [InlineData("Serbia shelved its plans to open talks with Kosovo.", "SANCTION")]
    [InlineData("Niger ended its security coordination with France.", "SANCTION")]
    [InlineData("Moldova received doses of vaccine from Romania.", "AID")]
    [InlineData("Chad gave the rebels forty-eight hours to lay down their arms.", "THREATEN")]
    [InlineData("India reinforced its border posts with extra troops.", "MOBILIZE")]
    [InlineData("Thieves organised the theft of paintings from a museum in Amsterdam.", "CRIME")]
    [InlineData("Supporters of the former president stormed the Congress in Lima.", "PROTEST")]
    [InlineData("Russian and Turkish officers began joint work at the monitoring centre.", "COOPERATE")]
    [InlineData("Nigerian dockers went on strike against the port authority.", "PROTEST")]
    [InlineData("The Polish foreign minister lashed out at Hungary over its veto on aid to Ukraine.", "DISAPPROVE")]
    [InlineData("Israeli troops completed their pullout from the town of Jenin.", "RETREAT")]
    [InlineData("Spain sent rescuers and search dogs to Morocco after the earthquake.", "AID")]
    [InlineData("A Turkish cargo plane landed in Gaza with medicine and tents.", "AID")]
    [InlineData("The Nigerian president ordered troops to the northern state of Zamfara.", "MOBILIZE")]
    [InlineData("Washington raised tariffs on Chinese steel.", "SANCTION")]
    [InlineData("The Dutch government ended its funding for the Palestinian refugee agency.", "SANCTION")]
    [InlineData("The African Union granted Morocco observer status.", "SUPPORT")]
    [InlineData("Kenyan police searched the residence of the former minister.", "INVESTIGATE")]
    [InlineData("Kenyan protesters forced their way into the parliament in Nairobi.", "PROTEST")]
    [InlineData("Thousands of Georgians rallied outside the parliament in Tbilisi on Sunday.", "PROTEST")]
    [InlineData("Crowds of Armenians poured into Republic Square in Yerevan for a rally against the government.", "PROTEST")]
    [InlineData("Georgian robbers escaped with millions of lari from the bank.", "CRIME")]
    [InlineData("The Latvian bank processed suspicious transactions for Russian clients.", "CRIME")]
    [InlineData("The Turkish president likened the Israeli prime minister to Hitler.", "DISAPPROVE")]
    [InlineData("The Polish premier compared Putin to Stalin.", "DISAPPROVE")]
    [InlineData("The Armenian foreign minister called the Russian decision a stab in the back.", "DISAPPROVE")]
    [InlineData("The Georgian president called the vote a betrayal of the nation.", "DISAPPROVE")]
    [InlineData("Azerbaijan will take military measures if Armenia deploys troops on the border, the Azerbaijani defence minister warned.", "THREATEN")]
    [InlineData("The International Monetary Fund released a tranche of two billion dollars to Ukraine.", "AID")]
    [InlineData("The IMF approved a standby arrangement for Egypt.", "AID")]
    [InlineData("Turkish army planes flew food, medicine and tents into Aleppo.", "AID")]
    [InlineData("Serbia suspended its offensive against the rebels.", "CONCEDE")]
    [InlineData("Azerbaijan halted its offensive in Karabakh.", "CONCEDE")]
    [InlineData("Beijing struck Lithuania off its list of approved exporters.", "SANCTION")]
    [InlineData("Columns of Azerbaijani armour rolled into Lachin.", "MOBILIZE")]
    [InlineData("Georgian police stormed the offices of the opposition television channel.", "COERCE")]
    [InlineData("The Kenyan anti-corruption commission searched the offices of the governor.", "INVESTIGATE")]
    [InlineData("Azerbaijani and Armenian engineers erected a boundary marker near the village.", "COOPERATE")]
    [InlineData("The Cypriot president crossed the buffer zone to Nicosia's north on Monday for talks with the Turkish Cypriot leader.", "CONSULT")]
    [InlineData("The Organisation of Islamic Cooperation voted to readmit Egypt to the bloc.", "SUPPORT")]
    [InlineData("Serbia said it would scale back its military operations around the border.", "CONCEDE")]
    [InlineData("Kenya extradited the former Ugandan minister to Britain.", "COOPERATE")]
    [InlineData("Indian air force planes landed in Colombo carrying tents, blankets and generators.", "AID")]
    [InlineData("The Netherlands handed over air defence systems to Ukraine.", "AID")]
    [InlineData("Germany handed twenty armoured vehicles to Ukraine.", "AID")]
    [InlineData("Indian navy helicopters plucked stranded villagers from rooftops after the floods.", "AID")]
    [InlineData("Kenyan soldiers rescued hundreds of people trapped by the floods.", "AID")]
    [InlineData("FARC rebels gave Colombian authorities the locations of their arms caches.", "RETREAT")]
    [InlineData("FARC rebels handed over their arms caches to United Nations monitors.", "RETREAT")]
    [InlineData("The United Nations inspectors reached the chemical plant in Syria on Monday.", "INVESTIGATE")]
    [InlineData("The European Parliament branded Serbia an autocracy.", "DISAPPROVE")]
    [InlineData("Opposition deputies set off tear gas inside the Serbian parliament in protest at the budget.", "PROTEST")]
    [InlineData("Supporters of the Peruvian president broke through police lines and ransacked the parliament.", "PROTEST")]
    [InlineData("The Brazilian firm paid Islamic State militants millions of dollars to keep its mine running.", "CRIME")]
    [InlineData("The Latvian bank failed to report thousands of suspicious transfers.", "CRIME")]
    [InlineData("Washington added dozens of Chinese firms to a trade blacklist.", "SANCTION")]
    [InlineData("The Lithuanian government extended compulsory military service to twelve months.", "MOBILIZE")]
    [InlineData("Hundreds of Rwandan soldiers crossed into Congo on Monday.", "MOBILIZE")]
    [InlineData("The Ecuadorian president put the army in charge of public security in the port city.", "MOBILIZE")]
    [InlineData("Indian police raided the newspaper's bureau and ordered it shut.", "COERCE")]
    [InlineData("Suicide bombers struck two mosques in Kabul.", "ASSAULT")]
    [InlineData("Iran rained missiles on Israeli cities.", "ASSAULT")]
    [InlineData("French prosecutors opened an investigation into the collapse of a bridge at the port.", "INVESTIGATE")]
    [InlineData("Officers of the Georgian security service searched a monastery outside Tbilisi.", "INVESTIGATE")]
    [InlineData("Italian prosecutors raided the offices of the ruling party on Tuesday.", "INVESTIGATE")]
    [InlineData("The former Armenian prime minister was questioned by anti-corruption police on Monday.", "INVESTIGATE")]
    [InlineData("Russian shells slammed into a school in Kharkiv on Monday.", "ASSAULT")]
    [InlineData("Turkish military planes carried tents and relief supplies to the flooded provinces.", "AID")]
    [InlineData("Robbers broke into the national museum in Lyon overnight.", "CRIME")]
    [InlineData("Hundreds of American troops arrived in Poland on Friday.", "MOBILIZE")]
    [InlineData("Russian warships set sail from Sevastopol carrying troops.", "MOBILIZE")]
    [InlineData("Japanese and American aircraft flew a joint patrol over the East China Sea.", "COOPERATE")]
    [InlineData("The Dutch foreign minister voiced regret at the Serbian parliament's vote on Monday.", "DISAPPROVE")]
    [InlineData("Baku voiced its strong disapproval of the French decision on Thursday.", "DISAPPROVE")]
    [InlineData("The last British troops flew out of Basra airport on Tuesday.", "RETREAT")]
    [InlineData("The first Turkish peacekeepers flew into Azerbaijan on Monday.", "MOBILIZE")]
    [InlineData("Latvia halted the rail transit of fertiliser to Belarus on Saturday.", "SANCTION")]
    [InlineData("Two new crossing points were opened on Monday by Greek Cypriot and Turkish Cypriot officials.", "COOPERATE")]
    [InlineData("Russian and Belarusian troops launched the Union Shield strategic exercises on Friday.", "COOPERATE")]
    [InlineData("Armenian and Azerbaijani negotiators resumed border talks in Brussels on Tuesday.", "CONSULT")]
    [InlineData("The Georgian prime minister said Tbilisi was ready to resume direct talks with Moscow.", "AGREE")]
    [InlineData("A Ukrainian deputy defence minister took bribes from an arms dealer, anti-corruption investigators alleged on Tuesday.", "CRIME")]
    public void The_phrasing_codes_as_its_PLOVER_type(string sentence, string plover)
    {
        // The sentence holds one deed: no event of another PLOVER type besides it.
        CodedText.AssertCodesAs(Code(sentence), plover);
    }

    [Theory]
    [InlineData("Georgia received two million tourists last year.")]
    [InlineData("The Armenian president sent the law back to parliament instead of signing it.")]
    [InlineData("The Georgian president signed a decree on the reform of the school curriculum.")]
    [InlineData("The Indian central bank cut interest rates.")]
    [InlineData("The Armenian prime minister left the summit early to attend a funeral.")]
    [InlineData("The Polish team beat Germany in the final.")]
    [InlineData("Hungary postponed talks with Ukraine.")]
    [InlineData("The Hungarian minister gave a speech lasting two hours.")]
    [InlineData("Engineers completed the new bridge over the Danube in March.")]
    [InlineData("The bakery raised its prices for bread.")]
    [InlineData("The Canadian court granted a warrant for the arrest of the suspect.")]
    [InlineData("The Iranian president compared the two plans in a speech on Monday.")]
    [InlineData("The Kenyan foreign minister called the agreement a historic step.")]
    [InlineData("The Armenian engineers set up a new factory near Gyumri.")]
    [InlineData("The Polish minister added that the talks would continue.")]
    [InlineData("The Lithuanian team crossed the finish line first.")]
    public void A_sentence_without_a_deed_codes_no_PLOVER_event(string sentence)
    {
        Assert.DoesNotContain(Code(sentence), e => e.Plover is not null && !e.Negated);
    }

    [Fact]
    public void Arms_received_from_a_giver_are_the_givers_aid_to_the_receiver()
    {
        var aid = Assert.Single(Code("Georgia received armoured vehicles from the United States."), e => e.Plover == "AID" && !e.Negated);
        Assert.Equal("USA", aid.Source.Single().Code?[..3]);
        Assert.Equal("GEO", aid.Target.Single().Code?[..3]);
    }
}
