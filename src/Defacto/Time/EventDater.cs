using Defacto.Model;

namespace Defacto.Time;

/// <summary>Gives the date of a clause: the temporal expression attached to its predicate, else the DCT as "reported".</summary>
public static class EventDater
{
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "while", "whereas", "because", "although", "though", "but", "if", "unless", "when", "after", "before", "until",
    };

    private static readonly HashSet<string> NounModifiers = new(StringComparer.Ordinal)
    {
        "nmod", "nmod:poss", "compound", "amod", "nummod", "det",
    };

    private static readonly HashSet<string> NotNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "to", "of", "for", "and", "or", "but", "when", "after", "before", "that", "which", "with", "by", "as", "from",
        "is", "was", "were", "are", "will", "had", "has", "have", "the", "a", "an",
    };

    private static readonly HashSet<string> ClauseRelations = new(StringComparer.Ordinal)
    {
        "root", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "conj",
    };

    /// <summary>
    /// The date of the predicate at <paramref name="tokenIndex"/> (an index into <see cref="Document.Tokens"/>): the DATE or TIME
    /// expression attached to it (through the dependency parse when the Syntax stage ran, else by clause proximity), or the
    /// document date with precision <see cref="TimePrecision.Reported"/>.
    /// </summary>
    public static TimeValue DateOf(Document document, int tokenIndex)
    {
        if (tokenIndex < 0 || tokenIndex >= document.Tokens.Count)
            throw new ArgumentOutOfRangeException(nameof(tokenIndex), $"token {tokenIndex} is outside the document's {document.Tokens.Count} tokens");
        var token = document.Tokens[tokenIndex];
        var sentence = document.Sentences[token.SentenceIndex];
        var inSentence = document.TimeExpressions
            .Where(t => t.Type is TimeType.Date or TimeType.Time && t.Span.Start >= sentence.Start && t.Span.End <= sentence.End)
            .ToList();
        if (inSentence.Count > 0)
        {
            var tokens = sentence.Tokens(document);
            var parsed = IsParsed(tokens);
            var attached = parsed ? AttachedByParse(document, sentence, token, inSentence) : AttachedByClause(document, sentence, token, inSentence);
            // An expression the parse hung on no predicate at all (a misparsed sentence: a quote mark or a noun as root) is
            // placed by clause proximity instead.
            if (attached is null && parsed && Unattached(sentence.Tokens(document), inSentence) is { Count: > 0 } loose)
                attached = AttachedByClause(document, sentence, token, loose) ?? Fronted(document, sentence, loose);
            if (attached is not null) return attached;
        }
        return Reported(document, token);
    }

    private static TimeValue Reported(Document document, Token token)
    {
        var dct = document.Dct;
        if (!dct.IsKnown)
            return new TimeValue(token.Span, token.Text, TimeType.Date, null, TimePrecision.Unresolved)
            { Note = "no temporal expression attached and the document date is unknown", Anchor = "dct" };
        var value = dct.IsPrecise && dct.Value is { } v ? CalendarMath.Day(DateOnly.FromDateTime(v)) : dct.ToIso();
        return new TimeValue(token.Span, token.Text, TimeType.Date, value, TimePrecision.Reported)
        {
            Anchor = "dct",
            Note = dct.IsPrecise ? "no temporal expression attached: dated by the report" : $"no temporal expression attached; the document date is only known as {dct}",
        };
    }

    private static bool IsParsed(ReadOnlySpan<Token> tokens)
    {
        foreach (var t in tokens) if (t.Head < 0) return false;
        return tokens.Length > 0;
    }

    /// <summary>Follows heads up from each expression to the first clause head; the expression attaches to the predicate it reaches.</summary>
    private static TimeValue? AttachedByParse(Document document, Sentence sentence, Token predicate, List<TimeValue> expressions)
    {
        var tokens = sentence.Tokens(document);
        var target = predicate.Index - sentence.FirstToken;
        TimeValue? best = null;
        var bestDistance = int.MaxValue;
        foreach (var expression in expressions)
        {
            var head = ExpressionHead(tokens, expression.Span);
            if (head < 0) continue;
            // "Gave Lukashenko until October 25 to step down": a deadline is when something must be done, not when the deed was.
            if (IsDeadline(tokens, expression.Span)) continue;
            var current = tokens[head].Head - 1;
            // "the September 19-20 assault", "Tuesday's fighting": a modifier of a noun dates that noun only.
            if (current >= 0 && tokens[head].DepRel is { } relation && NounModifiers.Contains(relation) && tokens[current].Upos is "NOUN" or "PROPN")
            {
                if (current == target && Math.Abs(head - target) < bestDistance) { best = expression; bestDistance = Math.Abs(head - target); }
                continue;
            }
            for (var steps = 0; current >= 0 && steps < tokens.Length; steps++)
            {
                if (current == target)
                {
                    var distance = Math.Abs(head - target);
                    if (distance < bestDistance) { best = expression; bestDistance = distance; }
                    break;
                }
                var t = tokens[current];
                if (t.Upos is "VERB" || (t.DepRel is { } rel && ClauseRelations.Contains(rel))) break;
                current = t.Head - 1;
            }
        }
        return best;
    }

    private static bool IsDeadline(ReadOnlySpan<Token> tokens, Span span)
    {
        for (int i = 1; i < tokens.Length; i++)
            if (tokens[i].Start >= span.Start) return tokens[i - 1].Text.ToLowerInvariant() is "until" or "till";
        return false;
    }

    // "On September 27, at 7:15 am, the forces, using drones, launched ...": a date opening the sentence sets the scene for it.
    private static TimeValue? Fronted(Document document, Sentence sentence, List<TimeValue> expressions)
    {
        foreach (var expression in expressions)
        {
            bool first = true;
            foreach (var t in sentence.Tokens(document))
            {
                if (t.Start >= expression.Span.Start) break;
                if (char.IsLetterOrDigit(t.Text[0]) && !(t.Text is "On" or "on" or "At" or "at" or "In" or "in")) { first = false; break; }
            }
            if (first) return expression;
        }
        return null;
    }

    private static List<TimeValue> Unattached(ReadOnlySpan<Token> tokens, List<TimeValue> expressions)
    {
        var loose = new List<TimeValue>();
        foreach (var expression in expressions)
        {
            var head = ExpressionHead(tokens, expression.Span);
            if (head < 0) continue;
            // "Gave Lukashenko until October 25 to step down": a deadline is when something must be done, not when the deed was.
            if (IsDeadline(tokens, expression.Span)) continue;
            var current = tokens[head].Head - 1;
            bool reachesPredicate = false;
            for (var steps = 0; current >= 0 && steps < tokens.Length && !reachesPredicate; steps++)
            {
                reachesPredicate = tokens[current].Upos is "VERB" or "AUX" || (tokens[current].DepRel is { } rel && rel != "root" && ClauseRelations.Contains(rel));
                current = tokens[current].Head - 1;
            }
            if (!reachesPredicate) loose.Add(expression);
        }
        return loose;
    }

    private static int ExpressionHead(ReadOnlySpan<Token> tokens, Span span)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Start < span.Start || t.End > span.End) continue;
            var h = t.Head - 1;
            if (h < 0 || tokens[h].Start < span.Start || tokens[h].End > span.End) return i;
        }
        return -1;
    }

    /// <summary>Without a parse: the nearest expression in the predicate's clause, else in verbless comma-separated phrases next to it.</summary>
    private static TimeValue? AttachedByClause(Document document, Sentence sentence, Token predicate, List<TimeValue> expressions)
    {
        var segments = Segments(document, sentence);
        var own = segments.FindIndex(s => predicate.Start >= s.Start && predicate.Start < s.End);
        if (own < 0) return null;
        var found = Nearest(document, expressions, segments[own], predicate);
        if (found is not null) return found;
        // Walk outwards across commas only, through phrases with no verb of their own ("On January 11, Putin, Aliyev and Pashinyan held").
        for (var left = own - 1; left >= 0 && segments[left + 1].OpenedByComma && !segments[left].HasVerb; left--)
            if (Nearest(document, expressions, segments[left], predicate) is { } e) return e;
        for (var right = own + 1; right < segments.Count && segments[right].OpenedByComma && !segments[right].HasVerb; right++)
            if (Nearest(document, expressions, segments[right], predicate) is { } e) return e;
        return null;
    }

    private static TimeValue? Nearest(Document document, List<TimeValue> expressions, Segment segment, Token predicate) => expressions
        .Where(e => e.Span.Start >= segment.Start && e.Span.Start < segment.End && (!ModifiesNoun(document, e, out var noun) || noun == predicate.Index))
        .OrderBy(e => Math.Min(Math.Abs(e.Span.Start - predicate.End), Math.Abs(predicate.Start - e.Span.End)))
        .FirstOrDefault();

    /// <summary>Without a parse: "Tuesday's fighting", "the 2020 war", "the September 19-20 assault" modify the noun after them.</summary>
    private static bool ModifiesNoun(Document document, TimeValue expression, out int noun)
    {
        noun = -1;
        var next = document.Tokens.FindIndex(t => t.Start >= expression.Span.End);
        if (next < 0) return false;
        var i = next;
        if (document.Tokens[i].Text is "'s" or "’s" or "'" or "’") i++;
        else
        {
            var before = document.Text.AsSpan(0, expression.Span.Start).TrimEnd();
            var lastSpace = before.LastIndexOfAny(' ', '\n', '\t');
            var word = before[(lastSpace + 1)..];
            var determiner = word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase)
                || word.Equals("an", StringComparison.OrdinalIgnoreCase) || word.Equals("its", StringComparison.OrdinalIgnoreCase)
                || word.Equals("their", StringComparison.OrdinalIgnoreCase);
            if (!determiner) return false;
        }
        // The noun: the first word-like token within three that is not a function word.
        for (var k = i; k < Math.Min(document.Tokens.Count, i + 3); k++)
        {
            var t = document.Tokens[k];
            if (!char.IsLetter(t.Text[0]) || NotNouns.Contains(t.Text)) return k > i;
            noun = k;
            if (k + 1 >= document.Tokens.Count || !char.IsLetter(document.Tokens[k + 1].Text[0]) || NotNouns.Contains(document.Tokens[k + 1].Text)) return true;
        }
        return noun >= 0;
    }

    private sealed record Segment(int Start, int End, bool OpenedByComma, bool HasVerb);

    private static List<Segment> Segments(Document document, Sentence sentence)
    {
        var result = new List<Segment>();
        var start = sentence.Start;
        var openedByComma = false;
        var hasVerb = false;
        foreach (var t in sentence.Tokens(document))
        {
            var isComma = t.Text == ",";
            var isBreak = t.Text is ";" or ":" or "\"" or "“" or "”" or "(" or ")" or "—" || ClauseOpeners.Contains(t.Text);
            if (isComma || isBreak)
            {
                if (t.Start > start) result.Add(new Segment(start, t.Start, openedByComma, hasVerb));
                start = isComma ? t.End : t.Start;
                openedByComma = isComma;
                hasVerb = false;
                if (isBreak && !isComma) continue;
            }
            else if (LooksLikeVerb(t)) hasVerb = true;
        }
        if (sentence.End > start) result.Add(new Segment(start, sentence.End, openedByComma, hasVerb));
        return result;
    }

    private static bool LooksLikeVerb(Token t)
    {
        if (t.Upos is not null) return t.Upos is "VERB" or "AUX";
        var w = t.Text;
        if (w.Length > 3 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && char.IsLower(w[0])) return true;
        return w.ToLowerInvariant() is "said" or "says" or "say" or "told" or "is" or "are" or "was" or "were" or "will" or "would" or "has" or "have" or "had"
            or "held" or "met" or "left" or "took" or "began" or "made" or "signed" or "launched" or "can" or "could" or "did";
    }
}
