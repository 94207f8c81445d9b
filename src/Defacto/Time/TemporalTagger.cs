using System.Text.RegularExpressions;
using Defacto.Model;

namespace Defacto.Time;

/// <summary>Rule-based tagger for English temporal expressions, normalizing each to a TIMEX3-style value against the DCT.</summary>
public sealed partial class TemporalTagger
{
    /// <summary>Day/month order for slashed dates when the document itself does not settle it (e.g. from the outlet's locale); null: mark ambiguous.</summary>
    public bool? DayFirstHint { get; init; }

    /// <summary>Finds and normalizes the temporal expressions of a document's clean text, using its sentences when present.</summary>
    public List<TimeValue> Tag(Document document)
    {
        if (document.Sentences.Count == 0) return Tag(document.Text, document.Dct);
        var sentences = document.Sentences.Select(s => (s.Start, s.End)).ToList();
        var tagged = document.Tokens.Count > 0 && document.Tokens.All(t => t.Xpos is not null);
        return Tag(document.Text, document.Dct, sentences, tagged ? TaggedTenseFinder(document) : null);
    }

    /// <summary>Tense from the Syntax stage's tags when present, falling back to word lists where no verb is tagged nearby.</summary>
    private static Func<int, int, Tense> TaggedTenseFinder(Document document)
    {
        var words = TenseFinder(document.Text, document.Sentences.Select(s => (s.Start, s.End)).ToList());
        return (start, end) =>
        {
            foreach (var sentence in document.Sentences)
            {
                if (start < sentence.Start || start >= sentence.End) continue;
                var tense = TenseGuesser.FromTaggedSentence(document, sentence, start, end);
                return tense == Tense.Unknown ? words(start, end) : tense;
            }
            return words(start, end);
        };
    }

    /// <summary>Finds and normalizes the temporal expressions of a text against a DCT; sentences default to a simple split.</summary>
    public List<TimeValue> Tag(string text, DocumentDate dct, IReadOnlyList<(int Start, int End)>? sentences = null) => Tag(text, dct, sentences, null);

    private List<TimeValue> Tag(string text, DocumentDate dct, IReadOnlyList<(int Start, int End)>? sentences, Func<int, int, Tense>? tenses)
    {
        sentences ??= SplitSentences(text);
        var tenseAt = tenses ?? TenseFinder(text, sentences);
        var dctYear = dct.IsKnown && dct.Value is { } v ? v.Year : (int?)null;
        var context = new RuleContext(text, tenseAt, dct.IsPrecise ? dctYear : null, DayFirstOf(text) ?? DayFirstHint);
        var mentions = Merge(text, SelectLongest(Find(context, sentences)));
        var resolve = new ResolveContext(dct) { DayFirst = context.DayFirst };
        // A DCT known only as a range: resolve against both ends and keep a value only where they agree.
        var (early, late) = !dct.IsPrecise && dct.Earliest is { } e && dct.Latest is { } l
            ? (new ResolveContext(DayDct(e, dct)), new ResolveContext(DayDct(l, dct)))
            : ((ResolveContext?)null, (ResolveContext?)null);
        var values = new List<TimeValue>(mentions.Count);
        foreach (var mention in mentions)
        {
            mention.Tense = tenseAt(mention.Start, mention.End);
            var sentence = SentenceIndex(sentences, mention.Start);
            resolve.Sentence = sentence;
            if (early is not null && late is not null) early.Sentence = late.Sentence = sentence;
            var r = SafeResolve(mention, resolve);
            if (early is not null && late is not null)
            {
                var first = r.Precision == TimePrecision.Unresolved ? SafeResolve(mention, early) : r;
                var last = r.Precision == TimePrecision.Unresolved ? SafeResolve(mention, late) : r;
                Remember(early, mention, first);
                Remember(late, mention, last);
                if (r.Precision == TimePrecision.Unresolved && first.Precision != TimePrecision.Unresolved && last.Precision != TimePrecision.Unresolved && first.Value is not null)
                {
                    r = first.Value == last.Value
                        ? first with { Anchor = "dct range", Note = $"the document date is only known as {dct}; the value holds across it" }
                        : r with { Note = $"{r.Note}; between {first.Value} and {last.Value} across the document date range" };
                }
            }
            Remember(resolve, mention, r);
            values.Add(new TimeValue(new Span(mention.Start, mention.End), text[mention.Start..mention.End], mention.Type, r.Value, r.Precision)
            {
                Note = r.Note, Mod = r.Mod, Anchor = r.Anchor, Zone = r.Zone, PartOfDay = r.PartOfDay,
            });
        }
        return values;
    }

    /// <summary>Runs each rule over the sentences that hold a word it needs (most sentences need few of the rules).</summary>
    private static List<TimeMention> Find(RuleContext context, IReadOnlyList<(int Start, int End)> sentences)
    {
        var found = new List<TimeMention>();
        var text = context.Text;
        foreach (var (start, end) in sentences)
        {
            if (end <= start) continue;
            var present = TriggerWords.Scan(text, start, end);
            if (present == Trigger.None) continue;
            foreach (var rule in TemporalRules.All)
            {
                if ((rule.Needs & present) == 0) continue;
                for (var m = rule.Pattern.Match(text, start, end - start); m.Success; m = m.NextMatch())
                {
                    if (rule.Build(m, context) is { } mention && mention.End > mention.Start) found.Add(mention);
                }
            }
        }
        return found;
    }

    /// <summary>Keeps the last dates named, for anaphora: day-level ones for "the same day", any grain for "four months later".</summary>
    private static void Remember(ResolveContext context, TimeMention mention, Resolution r)
    {
        if (mention.Type is not (TimeType.Date or TimeType.Time) || r.Year is not { } year || year is < 1 or > 9999 || r.Precision == TimePrecision.Unresolved) return;
        if (r.Day is { } d) { context.LastDay = d; context.LastDaySentence = context.Sentence; }
        context.LastAnchor = r.Day ?? new DateOnly(year, r.Month ?? 1, 1);
    }

    private static int SentenceIndex(IReadOnlyList<(int Start, int End)> sentences, int offset)
    {
        for (var i = 0; i < sentences.Count; i++)
            if (offset >= sentences[i].Start && offset < sentences[i].End) return i;
        return -1;
    }

    private static DocumentDate DayDct(DateOnly day, DocumentDate of) =>
        DocumentDate.Exact(day.ToDateTime(TimeOnly.MinValue), DatePrecision.Day, of.Provenance, of.Evidence);

    /// <summary>Resolves a mention; calendar arithmetic past year 1 or 9999 becomes an unresolved value, never an exception.</summary>
    private static Resolution SafeResolve(TimeMention mention, ResolveContext context)
    {
        try { return mention.Resolve(context); }
        catch (ArgumentOutOfRangeException) { return Resolution.Unresolved(null, "date arithmetic falls outside years 1-9999"); }
    }

    /// <summary>Keeps the longest of overlapping mentions (earlier rule first on ties).</summary>
    private static List<TimeMention> SelectLongest(List<TimeMention> found)
    {
        var order = Enumerable.Range(0, found.Count)
            .OrderByDescending(i => found[i].End - found[i].Start).ThenBy(i => found[i].Start).ThenBy(i => i);
        var kept = new List<TimeMention>();
        foreach (var i in order)
        {
            var m = found[i];
            if (kept.All(k => k.End <= m.Start || m.End <= k.Start)) kept.Add(m);
        }
        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    [GeneratedRegex(@"^[ \t]*,?[ \t]*(?:at[ \t]+|[-–—][ \t]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateThenClockGap();

    [GeneratedRegex(@"^[ \t]*,?[ \t]*(?:on[ \t]+|of[ \t]+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ClockThenDateGap();

    [GeneratedRegex(@"^[ \t]*(?:[-–—]|to|until|till|through|and)[ \t]*$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeGap();

    [GeneratedRegex(@"\b(?:from|between)[ \t]+$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeOpener();

    /// <summary>Joins a date and a clock time written together, and two dates joined into a range.</summary>
    private static List<TimeMention> Merge(string text, List<TimeMention> mentions)
    {
        var result = new List<TimeMention>(mentions.Count);
        for (var i = 0; i < mentions.Count; i++)
        {
            var a = mentions[i];
            if (i + 1 < mentions.Count)
            {
                var b = mentions[i + 1];
                var gap = text[a.End..b.Start];
                TimeMention? joined = null;
                if (a.NamesDay && b is ClockMention c1 && a is not DateTimeMention && DateThenClockGap().IsMatch(gap)) joined = new DateTimeMention(a, c1);
                else if (a is ClockMention c2 && b.NamesDay && b is not DateTimeMention && ClockThenDateGap().IsMatch(gap)) joined = new DateTimeMention(b, c2);
                else if (a is CalendarMention ca && b is CalendarMention cb && ca.EndDay is null && cb.EndDay is null && RangeGap().IsMatch(gap) && CompatibleRange(ca, cb))
                {
                    var word = gap.Trim().ToLowerInvariant();
                    var opener = RangeOpener().Match(text[Math.Max(0, a.Start - 10)..a.Start]);
                    var ok = word.Length == 1 ? true : word == "and" ? opener.Success && opener.Value.StartsWith("between", StringComparison.OrdinalIgnoreCase) : opener.Success;
                    if (ok) joined = new RangeMention(ca, cb);
                }
                if (joined is not null) { result.Add(joined); i++; continue; }
            }
            result.Add(a);
        }
        return result;
    }

    private static bool CompatibleRange(CalendarMention a, CalendarMention b) =>
        a.Part is null && b.Part is null && a.Relative is null && b.Relative is null && (a.Day is null) == (b.Day is null) && (a.Month is null) == (b.Month is null);

    /// <summary>Day/month order of slashed dates decided by the document's own unambiguous ones; null when none or conflicting.</summary>
    private static bool? DayFirstOf(string text)
    {
        bool? order = null;
        foreach (Match m in TemporalRules.NumericDate.Matches(text))
        {
            var a = int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var b = int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture);
            bool? this1 = a > 12 && b <= 12 ? true : b > 12 && a <= 12 ? false : null;
            if (this1 is null) continue;
            if (order is not null && order != this1) return null;
            order = this1;
        }
        return order;
    }

    private static Func<int, int, Tense> TenseFinder(string text, IReadOnlyList<(int Start, int End)> sentences)
    {
        var cache = new Dictionary<int, List<(int, int, Tense)>>();
        return (start, end) =>
        {
            var index = -1;
            for (var i = 0; i < sentences.Count; i++)
                if (start >= sentences[i].Start && start < sentences[i].End) { index = i; break; }
            if (!cache.TryGetValue(index, out var markers))
            {
                var (s, e) = index >= 0 ? sentences[index] : (0, text.Length);
                markers = TenseGuesser.Markers(text, s, Math.Max(e, end));
                cache[index] = markers;
            }
            return TenseGuesser.Nearest(text, markers, start, end);
        };
    }

    /// <summary>A plain split at sentence-final punctuation and line breaks, for texts that have not been through the Text stage.</summary>
    public static List<(int Start, int End)> SplitSentences(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var boundary = ch == '\n' || (ch is '.' or '!' or '?' && i + 1 < text.Length && text[i + 1] == ' ' && i + 2 < text.Length && (char.IsUpper(text[i + 2]) || text[i + 2] is '"' or '“'));
            if (!boundary) continue;
            if (i + 1 > start) result.Add((start, i + 1));
            start = i + 1;
        }
        if (start < text.Length) result.Add((start, text.Length));
        return result;
    }
}
