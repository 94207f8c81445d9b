using System.Text.RegularExpressions;

namespace Defacto.Time;

/// <summary>What a rule may consult while building a mention: the text, the tense there, the DCT year, the slashed-date order.</summary>
internal sealed class RuleContext(string text, Func<int, int, Tense> tenseAt, int? dctYear, bool? dayFirst)
{
    public string Text { get; } = text;
    public int? DctYear { get; } = dctYear;
    public bool? DayFirst { get; } = dayFirst;
    public Tense TenseAt(int start, int end) => tenseAt(start, end);

    /// <summary>The word just before an offset, lower-cased ("" at the start of a line).</summary>
    public string WordBefore(int offset)
    {
        var i = offset - 1;
        while (i >= 0 && Text[i] is ' ' or '\t' or '\u00A0' or '(') i--;
        var end = i + 1;
        while (i >= 0 && (char.IsLetter(Text[i]) || Text[i] is '\'' or '’' or '-')) i--;
        return Text[(i + 1)..end].ToLowerInvariant();
    }

    /// <summary>The word just after an offset, lower-cased.</summary>
    public string WordAfter(int offset)
    {
        var i = offset;
        while (i < Text.Length && Text[i] is ' ' or '\t' or '\u00A0') i++;
        var start = i;
        while (i < Text.Length && char.IsLetter(Text[i])) i++;
        return Text[start..i].ToLowerInvariant();
    }
}

/// <summary>A pattern for one family of temporal expressions and how a match becomes a mention.</summary>
internal sealed record TemporalRule(string Name, Regex Pattern, Func<Match, RuleContext, TimeMention?> Build)
{
    /// <summary>Word kinds of which the sentence must hold at least one for the rule to be tried.</summary>
    public Trigger Needs { get; init; } = Trigger.None;
}
