using System.Text;
using System.Text.RegularExpressions;
using Defacto.Model;

namespace Defacto.Text;

/// <summary>Splits raw text into lines, reads the header (title, outlet, date line) and drops boilerplate lines by general line-level evidence.</summary>
public sealed partial class ArticleCleaner : IDocumentStage
{
    // Whole-line widget and navigation strings; matched after normalization, so case and punctuation do not matter.
    private static readonly HashSet<string> NavigationLines = new(StringComparer.Ordinal)
    {
        "leave a reply", "leave a comment", "comments", "comment", "reply", "share", "share this", "share this article", "tweet",
        "share on facebook", "share on twitter", "share on x", "print", "email", "menu", "home", "news", "search", "login", "log in",
        "sign in", "sign up", "subscribe", "subscribe to our newsletter", "trending", "trending stories", "trending now", "most read",
        "most popular", "popular", "related", "related articles", "related news", "read more", "read also", "see also", "advertisement",
        "more news", "latest news", "top stories", "follow us", "back to top", "skip to content", "skip to main content", "accept",
        "accept cookies", "cookie settings", "previous", "next", "previous article", "next article", "tags", "photo", "video", "watch",
        "listen", "close", "show more", "load more", "all news", "editor s picks", "editors picks", "you may also like",
    };

    private static readonly string[] NavigationPrefixes =
    [
        "tags:", "related:", "read also:", "read more:", "see also:", "follow us", "share on", "subscribe to", "sign up for",
        "this website uses cookies", "we use cookies", "by continuing to use",
    ];

    [GeneratedRegex(@"^\s*(photo|photos|image|picture|credit|source|фото|video)\s*(:|©|by\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CreditRegex();

    [GeneratedRegex(@"\b(news|agency|press|times|post|tribune|herald|radio|tv|television|gazette|journal|daily|weekly|telegraph|wire|media|reuters|interfax|tass|ria novosti|associated press|afp|bbc|azatutyun|civil\.ge|apa|trend|armenpress|[a-z0-9-]+\.(com|org|net|am|ge|az|ru|info))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutletRegex();

    // "TBILISI, Aug. 26 (Civil Wire) —" or "MOSCOW (Reuters) -" at the start of the first paragraph.
    [GeneratedRegex(@"^(?<place>[A-Z][A-Z .'-]{2,30}|[A-Z][a-z]+(?: [A-Z][a-z]+)?),?\s*(?<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?\s*\((?<outlet>[^)]{2,40})\)\s*[—–-]+\s*")]
    private static partial Regex DatelineRegex();

    [GeneratedRegex(@"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(updated|published|posted|at|on|views?|am|pm|gmt|utc|msk)\b|[^\p{L}]", RegexOptions.IgnoreCase)]
    private static partial Regex DateLineFillerRegex();

    public string Name => "clean";

    public void Process(Document document)
    {
        var lines = SplitLines(document.RawText);
        var bodyScript = BodyScript(lines);
        var reasons = new string?[lines.Count];
        // The body starts at the first line of running prose; a short text with no such line starts at its first sentence.
        int bodyStart = lines.FindIndex(l => l.IsProse && l.Script == bodyScript);
        if (bodyStart < 0) bodyStart = lines.FindIndex(l => l.EndsLikeSentence && l.WordCount >= 3 && l.Script == bodyScript && !IsDateLine(l.Text, out _));
        if (bodyStart < 0) bodyStart = lines.Count;

        ReadHeader(document, lines, reasons, bodyStart, bodyScript);
        ClassifyBody(document, lines, reasons, bodyScript);
        ReadDateline(document, lines, reasons);
        KeepLoneHeadline(lines, reasons);
        if (document.Title is null)
        {
            // No headline: the lead sentence stands in, so listings still have something to show.
            int lead = Enumerable.Range(0, lines.Count).FirstOrDefault(i => reasons[i] is null && !lines[i].IsBlank, -1);
            if (lead >= 0) document.Title = LeadTitle(lines[lead].Text);
        }
        Assemble(document, lines, reasons);
    }

    // A text that is one headline alone (pasted to `code --text`, a feed item without a summary) is its own body:
    // cleaning must not leave nothing to read.
    private static void KeepLoneHeadline(List<LineFeatures> lines, string?[] reasons)
    {
        int only = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank) continue;
            if (only >= 0) return;
            only = i;
        }
        if (only >= 0 && lines[only].WordCount >= 3 && reasons[only] is "title" or "headline-like line") reasons[only] = null;
    }

    private static List<LineFeatures> SplitLines(string raw)
    {
        var lines = new List<LineFeatures>();
        int start = 0;
        while (start <= raw.Length)
        {
            int nl = raw.IndexOf('\n', start);
            int end = nl < 0 ? raw.Length : nl;
            int s = start, e = end;
            while (s < e && TextChars.IsSpace(raw[s])) s++;
            while (e > s && TextChars.IsSpace(raw[e - 1])) e--;
            lines.Add(new LineFeatures(s, e, raw[s..e]));
            if (nl < 0) break;
            start = nl + 1;
        }
        return lines;
    }

    private static Script BodyScript(List<LineFeatures> lines)
    {
        var letters = new Dictionary<Script, int>();
        foreach (var l in lines.Where(l => l.WordCount >= 6))
            letters[l.Script] = letters.GetValueOrDefault(l.Script) + l.LetterCount;
        if (letters.Count == 0)
            foreach (var l in lines) letters[l.Script] = letters.GetValueOrDefault(l.Script) + l.LetterCount;
        return letters.Count == 0 ? Script.Latin : letters.MaxBy(kv => kv.Value).Key;
    }

    private void ReadHeader(Document document, List<LineFeatures> lines, string?[] reasons, int bodyStart, Script bodyScript)
    {
        for (int i = 0; i < bodyStart; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            if (Generic(line, bodyScript) is { } generic) { reasons[i] = generic; continue; }
            if (IsDateLine(line.Text, out var date))
            {
                reasons[i] = "date line";
                document.StatedDate ??= date;
                continue;
            }
            if (line.WordCount <= 8 && OutletRegex().IsMatch(line.Text) && !line.EndsLikeSentence)
            {
                reasons[i] = "outlet line";
                document.Outlet ??= OutletName(line.Text);
                continue;
            }
            if (document.Title is null && document.Outlet is null && IsMasthead(line))
            {
                reasons[i] = "outlet line";
                document.Outlet = line.Text;
                continue;
            }
            if (document.Title is null && line.IsHeadlineLike && line.WordCount >= 4)
            {
                reasons[i] = "title";
                document.Title = line.Text;
                continue;
            }
            if (document.Title is not null && LineFeatures.Normalize(document.Title) == line.Key)
            {
                reasons[i] = "repeated title";
                continue;
            }
            if (line.WordCount <= 3) { reasons[i] = "section label"; continue; }
            if (document.Title is null && line.IsHeadlineLike) { reasons[i] = "title"; document.Title = line.Text; continue; }
            reasons[i] = "header line";
        }
    }

    private static void ClassifyBody(Document document, List<LineFeatures> lines, string?[] reasons, Script bodyScript)
    {
        var seen = new Dictionary<string, int>();
        if (document.Title is not null) seen[LineFeatures.Normalize(document.Title)] = -1;
        bool inLinkList = false;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            if (reasons[i] is not null)
            {
                seen.TryAdd(line.Key, i);
                continue;
            }
            if (seen.TryGetValue(line.Key, out int first) && line.Key.Length > 0)
            {
                reasons[i] = first == -1 ? "repeated title" : "repeated line";
                // A line printed twice in a row is a photo caption: neither copy is article text.
                if (first >= 0 && PreviousNonBlank(lines, i) == first && reasons[first] is null) reasons[first] = "caption (repeated)";
                continue;
            }
            seen[line.Key] = i;
            if (Generic(line, bodyScript) is { } generic)
            {
                reasons[i] = generic;
                inLinkList = generic == "navigation";
                continue;
            }
            LineFeatures.StripNumbering(line.Text, out bool numbered);
            if (numbered && line.IsHeadlineLike && (inLinkList || NeighbourNumbered(lines, i)))
            {
                reasons[i] = "headline list item";
                inLinkList = true;
                continue;
            }
            inLinkList = false;
            if (line.WordCount <= 3 && !line.EndsLikeSentence) { reasons[i] = "short fragment"; continue; }
            // Headline-shaped lines with hardly any function words are links to other stories, not body text.
            if (!line.EndsLikeSentence && line.WordCount >= 4 && line.WordCount <= 16 && line.StopWordCount * 6 < line.WordCount
                && line.CapitalizedCount * 3 >= line.WordCount * 2 && !line.IsProse)
                reasons[i] = "headline-like line";
        }
    }

    /// <summary>Evidence that holds anywhere in the page: foreign-script UI strings, widgets, menus, credits, notes, copyright.</summary>
    private static string? Generic(LineFeatures line, Script bodyScript)
    {
        if (line.Script != bodyScript && line.Script != Script.None && line.WordCount <= 15) return "foreign-script line";
        if (line.Script == Script.None && line.WordCount <= 3 && line.Key.Length <= 12) return "symbols only";
        if (NavigationLines.Contains(line.Key)) return "navigation";
        var lower = line.Text.ToLowerInvariant();
        if (line.Text.Contains('©') || lower.Contains("all rights reserved") || lower.StartsWith("copyright ", StringComparison.Ordinal)) return "copyright";
        if (NavigationPrefixes.Any(p => lower.StartsWith(p, StringComparison.Ordinal)) && line.WordCount <= 25) return "navigation";
        if (IsMenu(line.Text)) return "menu";
        if (CreditRegex().IsMatch(line.Text) && line.WordCount <= 12) return "photo credit";
        if (line.Text.StartsWith('[') && line.Text.EndsWith(']')) return "editorial note";
        return null;
    }

    // An all-capitals name of a few words above the headline is the outlet's masthead.
    private static bool IsMasthead(LineFeatures line) =>
        line.WordCount is >= 1 and <= 4 && line.LetterCount >= 4 && !line.Text.Any(char.IsLower) && !line.Text.Any(char.IsDigit);

    private static readonly char[] MenuSeparators = ['|', '•', '·', '»', '›', '>'];

    private static bool IsMenu(string text)
    {
        // Without a separator or a double space the line is one part; skip the splitting.
        if (text.AsSpan().IndexOfAny(MenuSeparators) < 0 && !text.Contains("  ", StringComparison.Ordinal)) return false;
        var parts = text.Split(MenuSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 3) parts = text.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length >= 3 && parts.All(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3);
    }

    private static bool NeighbourNumbered(List<LineFeatures> lines, int i)
    {
        foreach (int j in new[] { i - 1, i + 1 })
        {
            if (j < 0 || j >= lines.Count) continue;
            LineFeatures.StripNumbering(lines[j].Text, out bool numbered);
            if (numbered) return true;
        }
        return false;
    }

    private static int PreviousNonBlank(List<LineFeatures> lines, int i)
    {
        for (int j = i - 1; j >= 0; j--) if (!lines[j].IsBlank) return j;
        return -1;
    }

    /// <summary>True when the line is a date and little else (weekday, time, "Updated", a view counter).</summary>
    internal static bool IsDateLine(string text, out DocumentDate date)
    {
        date = DocumentDate.Unknown;
        if (text.Length > 80 || !DateTextParser.TryParse(text, DateProvenance.Stated, out var parsed, out var match) || match is null) return false;
        var rest = text.Remove(match.Index, match.Length);
        var leftover = DateLineFillerRegex().Replace(rest, "");
        if (leftover.Length > 12) return false;
        date = parsed;
        return true;
    }

    private static void ReadDateline(Document document, List<LineFeatures> lines, string?[] reasons)
    {
        int first = Enumerable.Range(0, lines.Count).FirstOrDefault(i => reasons[i] is null && !lines[i].IsBlank, -1);
        if (first < 0) return;
        var m = DatelineRegex().Match(lines[first].Text);
        if (!m.Success) return;
        document.Outlet ??= m.Groups["outlet"].Value.Trim();
        document.DatelinePlace = m.Groups["place"].Value.Trim();
        if (m.Groups["date"].Success)
            document.DatelineDate = m.Groups["date"].Value;
    }

    private static string OutletName(string line)
    {
        var name = line.Split([',', '|', '—', '–'], 2)[0].Trim();
        return name.Length > 0 ? name : line.Trim();
    }

    private static string LeadTitle(string lead)
    {
        int end = lead.IndexOfAny(['.', '!', '?']);
        var sentence = end > 0 ? lead[..(end + 1)] : lead;
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 20 ? sentence : string.Join(' ', words.Take(20)) + " …";
    }

    private static void Assemble(Document document, List<LineFeatures> lines, string?[] reasons)
    {
        var text = new StringBuilder(document.RawText.Length);
        var map = new OffsetMap();
        document.RemovedLines.Clear();
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            if (reasons[i] is { } reason)
            {
                document.RemovedLines.Add(new RemovedLine(line.Start, line.End, line.Text, reason));
                continue;
            }
            if (text.Length > 0) text.Append('\n');
            map.Add(text.Length, line.Start, line.End - line.Start);
            text.Append(line.Text);
        }
        document.Text = text.ToString();
        document.Offsets = map;
    }
}
