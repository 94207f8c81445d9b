using System.Globalization;
using System.Runtime.CompilerServices;
using Defacto.Actors;
using Defacto.Actors.Dictionaries;
using Defacto.Model;
using Defacto.Syntax;

namespace Defacto.Events;

/// <summary>A PETRARCH record turned into a one-sentence document with its actor mentions, and whether a discard phrase ruled it out.</summary>
public sealed record PetrarchRecordCoding(Document Document, bool Discarded);

/// <summary>
/// Builds a Defacto <see cref="Document"/> from a PETRARCH unit-test record: tokens and UD relations from the record's
/// CoNLL-U parse (UD v1 names mapped to the v2 names our parser writes), and actor mentions coded with the
/// dictionaries the gold file's &lt;Environment&gt; names, at the record's date.
/// </summary>
public static class PetrarchRecordDocument
{
    private static readonly ConditionalWeakTable<GoldSet, PetrarchActorCoder> Coders = new();

    /// <summary>The record's document with Tokens, Sentences and Mentions filled (no mentions when a discard phrase matched).</summary>
    public static Document Build(GoldRecord record, GoldSet gold) => Code(record, gold).Document;

    /// <summary>Like <see cref="Build"/>, also telling whether the sentence holds a discard phrase (PETRARCH then codes no events).</summary>
    public static PetrarchRecordCoding Code(GoldRecord record, GoldSet gold)
    {
        var doc = Parse(record);
        var date = RecordDate(record);
        var coder = CoderFor(gold);
        if (date is { } day) doc.Dct = DocumentDate.Exact(day.ToDateTime(TimeOnly.MinValue), DatePrecision.Day, DateProvenance.Metadata, record.Date);
        var sentence = doc.Sentences[0];
        if (coder.IsDiscarded(doc, sentence)) return new PetrarchRecordCoding(doc, true);
        int group = 0;
        coder.CodeSentence(doc, sentence, date ?? DateOnly.FromDateTime(DateTime.UtcNow), ref group);
        return new PetrarchRecordCoding(doc, false);
    }

    /// <summary>The actor coder for a gold set's Actorfile, Agentfile and Discardfile, loaded once per set.</summary>
    public static PetrarchActorCoder CoderFor(GoldSet gold) => Coders.GetValue(gold, g =>
    {
        var paths = new List<string>();
        foreach (var role in (string[])["Actorfile", "Agentfile", "Discardfile"])
        {
            if (!g.Dictionaries.TryGetValue(role, out var path)) continue;
            paths.Add(path ?? throw new GoldFormatException($"{g.File}: the {role} named in <Environment> was not found"));
        }
        // Lines the readers reject are skipped, as PETRARCH skips them; they stay listed in the set's Issues.
        return new PetrarchActorCoder(DictionarySet.Load(paths));
    });

    /// <summary>The document of a record's CoNLL-U parse, without mentions; throws <see cref="GoldFormatException"/> when the record has none.</summary>
    public static Document Parse(GoldRecord record)
    {
        if (record.Parse is not { IsConllu: true } parse)
            throw new GoldFormatException($"{record.Origin ?? record.Id}: record {record.Id} has no CoNLL-U parse");
        ConlluSentence sentence;
        try { sentence = ConlluReader.ReadString(string.Join('\n', parse.ConlluLines) + "\n", record.Origin ?? record.Id).Single(); }
        catch (ConlluFormatException e) { throw new GoldFormatException($"{record.Origin ?? record.Id}: bad CoNLL-U parse: {e.Message}", e); }
        var text = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        foreach (var w in sentence.Words)
        {
            int start = text.Length;
            text.Append(w.Form);
            var token = new Token(w.Form, start, text.Length)
            {
                Upos = Field(w.Upos), Xpos = Field(w.Xpos), Lemma = Field(w.Lemma), Feats = Field(w.Feats), Head = w.Head, NoSpaceAfter = w.NoSpaceAfter,
            };
            tokens.Add(token);
            if (!w.NoSpaceAfter) text.Append(' ');
        }
        var headUpos = sentence.Words.Select(w => w.Upos).ToArray();
        for (int i = 0; i < tokens.Count; i++)
        {
            var w = sentence.Words[i];
            var (rel, negation) = ToUdV2(w.DepRel, w.Head > 0 && w.Head <= headUpos.Length ? headUpos[w.Head - 1] : null);
            tokens[i].DepRel = rel;
            if (negation) tokens[i].Feats = tokens[i].Feats is null ? "Polarity=Neg" : tokens[i].Feats + "|Polarity=Neg";
        }
        var doc = new Document(record.Id, text.ToString().TrimEnd()) { Id = record.Id };
        doc.AddSentence(0, doc.Text.Length, tokens);
        return doc;
    }

    /// <summary>UD v1 relation → v2 name, given the head's UPOS; true when the v1 relation was "neg" (kept as Polarity=Neg).</summary>
    public static (string Rel, bool Negation) ToUdV2(string rel, string? headUpos)
    {
        bool nominalHead = headUpos is "NOUN" or "PROPN" or "PRON" or "NUM" or "SYM" or "X";
        return rel switch
        {
            "dobj" => ("obj", false),
            "nsubjpass" => ("nsubj:pass", false),
            "auxpass" => ("aux:pass", false),
            "csubjpass" => ("csubj:pass", false),
            "neg" => ("advmod", true),
            "mwe" => ("fixed", false),
            "name" => ("flat", false),
            "foreign" => ("flat:foreign", false),
            "remnant" => ("orphan", false),
            "nmod" or "nmod:tmod" or "nmod:npmod" or "nmod:agent" when !nominalHead => ("obl" + rel[4..], false),
            _ => (rel, false),
        };
    }

    private static DateOnly? RecordDate(GoldRecord record) =>
        record.Date is { } d && DateOnly.TryParseExact(d.Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static string? Field(string value) => value == "_" ? null : value;
}
