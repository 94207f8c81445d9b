using Defacto.Actors;
using Defacto.Model;

namespace Defacto.Tests.Actors;

/// <summary>Shared fixtures for actor tests: the repository's knowledge base, seed documents with their dates, mention lookup.</summary>
internal static class ActorTestData
{
    public static KnowledgeBase Kb => KnowledgeBaseLocator.Load(Path.Combine(SharedData.RepoRoot, "knowledge"));

    /// <summary>Runs the Text stage on a seed, sets its date, then resolves actors.</summary>
    public static Document Seed(string prefix, DateOnly date)
    {
        var dir = SharedData.Path("seeds");
        var path = Directory.GetFiles(dir, prefix + "_*.txt").Single();
        return Resolve(new Document(path, File.ReadAllText(path)), date);
    }

    public static Document Text(string text, DateOnly date) => Resolve(new Document("test", text), date);

    private static Document Resolve(Document doc, DateOnly date)
    {
        Pipeline.CreateTextOnly().Process(doc);
        doc.Dct = DocumentDate.Exact(date.ToDateTime(TimeOnly.MinValue), DatePrecision.Day, DateProvenance.Metadata, "test");
        new ActorStage(Kb).Process(doc);
        return doc;
    }

    /// <summary>The one mention covering <paramref name="text"/>; fails when there is none or more than one.</summary>
    public static Mention SingleMention(Document doc, string text) => MentionsOf(doc, text).Single();

    /// <summary>Every mention covering an occurrence of <paramref name="text"/> (the smallest covering mention for each occurrence).</summary>
    public static List<Mention> MentionsOf(Document doc, string text)
    {
        var found = new List<Mention>();
        int at = 0;
        while ((at = doc.Text.IndexOf(text, at, StringComparison.Ordinal)) >= 0)
        {
            int after = at + text.Length;
            if ((at > 0 && IsWordChar(doc.Text[at - 1])) || (after < doc.Text.Length && IsWordChar(doc.Text[after])))
            {
                at++;
                continue;
            }
            var span = new Span(at, at + text.Length);
            var m = doc.Mentions.Where(x => x.Span.Overlaps(span)).OrderBy(x => x.Span.Length).FirstOrDefault();
            Assert.True(m is not null, $"no mention covers '{text}' at {at} in {doc.Source}");
            found.Add(m!);
            at += text.Length;
        }
        Assert.True(found.Count > 0, $"'{text}' does not occur in {doc.Source}");
        return found;
    }

    /// <summary>Occurrences inside a longer word or hyphenated compound ("Russia" in "Russian-occupied") do not count.</summary>
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '-';

    public static void AssertPerson(Document doc, string text, string kbId, string roleKey, string polity)
    {
        foreach (var m in MentionsOf(doc, text))
        {
            Assert.Equal(kbId, m.KbId);
            Assert.Equal(roleKey, m.RoleKey);
            Assert.Equal(polity, m.Polity);
            Assert.StartsWith(polity, m.Code);
        }
    }

    public static void AssertPolity(Document doc, string text, string polity)
    {
        foreach (var m in MentionsOf(doc, text))
        {
            Assert.NotNull(m.Code);
            Assert.True(m.Code!.StartsWith(polity, StringComparison.Ordinal), $"'{text}' resolved to {m.Code}, expected polity {polity}");
        }
    }
}
