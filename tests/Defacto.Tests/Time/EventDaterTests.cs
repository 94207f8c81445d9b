using Defacto.Model;
using Defacto.Time;

namespace Defacto.Tests.Time;

/// <summary>Dating clauses: the expression attached to the predicate, else the DCT with precision "reported".</summary>
public class EventDaterTests
{
    private static Document Prepare(string text, string dct)
    {
        var document = new Document("test", text);
        Pipeline.CreateTextOnly().Process(document);
        document.Dct = TimexGold.ParseDct(dct);
        new TimeStage().Process(document);
        return document;
    }

    private static int TokenOf(Document document, string word, int occurrence = 0) =>
        document.Tokens.Where(t => t.Text == word).Skip(occurrence).First().Index;

    [Fact]
    public void Fronted_expression_dates_the_main_clause_without_a_parse()
    {
        var d = Prepare("On the night of November 10, Aliyev, Putin and Pashinyan signed a joint statement.", "2021-01-18");
        var date = EventDater.DateOf(d, TokenOf(d, "signed"));
        Assert.Equal("2020-11-10", date.Value);
        Assert.Equal(TimePrecision.Day, date.Precision);
    }

    [Fact]
    public void Expression_in_another_clause_does_not_date_the_verb()
    {
        var d = Prepare("Russia said on Wednesday that it is discussing the return of refugees.", "2024-02-14");
        Assert.Equal("2024-02-14", EventDater.DateOf(d, TokenOf(d, "said")).Value);
        var discussing = EventDater.DateOf(d, TokenOf(d, "discussing"));
        Assert.Equal(TimePrecision.Reported, discussing.Precision);
        Assert.Equal("2024-02-14", discussing.Value);
    }

    [Fact]
    public void Verb_without_expression_gets_the_dct_as_reported_or_unresolved_when_unknown()
    {
        var d = Prepare("The army shelled the village.", "2020-09-28T13:42");
        var date = EventDater.DateOf(d, TokenOf(d, "shelled"));
        Assert.Equal(("2020-09-28", TimePrecision.Reported), (date.Value, date.Precision));
        var unknown = Prepare("The army shelled the village.", "");
        Assert.Equal(TimePrecision.Unresolved, EventDater.DateOf(unknown, TokenOf(unknown, "shelled")).Precision);
    }

    [Fact]
    public void Parse_decides_attachment_when_present()
    {
        // "Troops entered the town on Friday and left ." with a hand-written UD parse: "Friday" is an obl of "left".
        var d = Prepare("Troops entered the town and left on Friday .", "2024-02-14");
        var tokens = d.Sentences[0].Tokens(d);
        (int Head, string Rel, string Upos)[] parse =
        [
            (2, "nsubj", "NOUN"), (0, "root", "VERB"), (4, "det", "DET"), (2, "obj", "NOUN"), (6, "cc", "CCONJ"),
            (2, "conj", "VERB"), (8, "case", "ADP"), (6, "obl:tmod", "PROPN"), (2, "punct", "PUNCT"),
        ];
        Assert.Equal(parse.Length, tokens.Length);
        for (var i = 0; i < tokens.Length; i++) (tokens[i].Head, tokens[i].DepRel, tokens[i].Upos) = parse[i];
        Assert.Equal("2024-02-09", EventDater.DateOf(d, TokenOf(d, "left")).Value);
        Assert.Equal(TimePrecision.Reported, EventDater.DateOf(d, TokenOf(d, "entered")).Precision);
    }

    [Fact]
    public void Token_outside_the_document_is_a_clear_error()
    {
        var d = Prepare("Talks ended.", "2024-02-14");
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => EventDater.DateOf(d, 99));
        Assert.Contains("outside", e.Message);
    }

    [Fact]
    public void Seed003_predicates_get_their_own_dates()
    {
        var file = Directory.GetFiles(SharedData.Path("seeds"), "003_*.txt").Single();
        var d = Prepare(File.ReadAllText(file), "2024-02-14");
        Assert.Equal("2024-02-13", EventDater.DateOf(d, TokenOf(d, "charged")).Value);
        Assert.Equal("2024-02-14", EventDater.DateOf(d, TokenOf(d, "met")).Value);
        Assert.Equal("2024-02-13", EventDater.DateOf(d, TokenOf(d, "fighting")).Value);
        Assert.Equal("2024-01", EventDater.DateOf(d, TokenOf(d, "set")).Value);
        var denounced = EventDater.DateOf(d, TokenOf(d, "denounced"));
        Assert.Equal((TimePrecision.Reported, "2024-02-14"), (denounced.Precision, denounced.Value));
    }

    [Fact]
    public void Parse_keeps_a_noun_modifier_on_its_noun()
    {
        // "Armenia denounced the 2023 assault ." : "2023" is a compound of "assault", not a date of "denounced".
        var d = Prepare("Armenia denounced the 2023 assault .", "2024-02-14");
        var tokens = d.Sentences[0].Tokens(d);
        (int Head, string Rel, string Upos)[] parse = [(2, "nsubj", "PROPN"), (0, "root", "VERB"), (5, "det", "DET"), (5, "compound", "NUM"), (2, "obj", "NOUN"), (2, "punct", "PUNCT")];
        Assert.Equal(parse.Length, tokens.Length);
        for (var i = 0; i < tokens.Length; i++) (tokens[i].Head, tokens[i].DepRel, tokens[i].Upos) = parse[i];
        Assert.Equal(TimePrecision.Reported, EventDater.DateOf(d, TokenOf(d, "denounced")).Precision);
        Assert.Equal("2023", EventDater.DateOf(d, TokenOf(d, "assault")).Value);
    }
}
