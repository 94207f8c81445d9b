namespace Defacto.Actors.Dictionaries;

/// <summary>Reads CAMEO discard lists: one phrase a line, '+' marking story-level discards.</summary>
public static class DiscardReader
{
    public static List<DiscardPhrase> Read(string path, List<KbIssue> issues)
    {
        var file = Path.GetFileName(path);
        var list = new List<DiscardPhrase>();
        foreach (var (line, text) in DictionaryText.Lines(path))
        {
            var trimmed = text.Trim();
            bool story = trimmed.StartsWith('+');
            var phrase = DictionaryText.Phrase(story ? trimmed[1..] : trimmed);
            if (phrase.Length == 0 || phrase.Contains('[')) { issues.Add(new KbIssue(file, line, $"not a discard phrase: '{trimmed}'")); continue; }
            list.Add(new DiscardPhrase(phrase, story));
        }
        return list;
    }
}
