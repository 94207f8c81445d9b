namespace Defacto.Model;

/// <summary>One article and every layer the pipeline adds to it: clean text, date, sentences, tokens, times, mentions.</summary>
public sealed class Document
{
    public Document(string source, string rawText)
    {
        Source = source;
        RawText = rawText;
        Text = rawText;
    }

    /// <summary>Stable id: a hash of the normalized clean text, so the same article gets the same id wherever it came from.</summary>
    public string Id { get; set; } = "";

    /// <summary>The input path or URL (with a #line or #item suffix for records inside a JSONL file or feed).</summary>
    public string Source { get; }

    public string? Outlet { get; set; }
    public string? Title { get; set; }
    public string? Byline { get; set; }

    /// <summary>ISO 639-1 language code (en, ru, ...), or null when unknown.</summary>
    public string? Language { get; set; }

    /// <summary>Document creation time with precision and provenance.</summary>
    public DocumentDate Dct { get; set; } = DocumentDate.Unknown;

    /// <summary>A date written in the article's header or dateline, found by the cleaner.</summary>
    public DocumentDate? StatedDate { get; set; }

    /// <summary>Place named in a wire-style dateline ("TBILISI, Aug. 26 (Outlet) —").</summary>
    public string? DatelinePlace { get; set; }

    /// <summary>A year-less date from the dateline ("Aug. 26"), completed by the date resolver when it can be.</summary>
    public string? DatelineDate { get; set; }

    /// <summary>A date supplied by metadata (feed, HTML meta tag, JSONL field) before the Text stage looks at the text.</summary>
    public DocumentDate? MetadataDate { get; set; }

    /// <summary>The text as read, after decoding (and HTML-to-text for web pages).</summary>
    public string RawText { get; }

    /// <summary>The article text with boilerplate lines removed; all offsets in later layers point into it.</summary>
    public string Text { get; set; }

    /// <summary>Maps <see cref="Text"/> offsets back to <see cref="RawText"/>.</summary>
    public OffsetMap Offsets { get; set; } = new();

    public List<RemovedLine> RemovedLines { get; } = new();
    public List<Sentence> Sentences { get; } = new();
    public List<Token> Tokens { get; } = new();
    public List<TimeValue> TimeExpressions { get; } = new();
    public List<Mention> Mentions { get; } = new();

    /// <summary>Events the Events stage coded from the document's sentences, in text order.</summary>
    public List<Event> Events { get; } = new();

    /// <summary>Id of an earlier document this one nearly duplicates, when the ingester found one.</summary>
    public string? NearDuplicateOf { get; set; }

    /// <summary>Appends a sentence and its tokens, numbering them.</summary>
    public Sentence AddSentence(int start, int end, IReadOnlyList<Token> tokens)
    {
        var sentence = new Sentence(Sentences.Count, start, end, Tokens.Count, tokens.Count);
        foreach (var token in tokens)
        {
            token.Index = Tokens.Count;
            token.SentenceIndex = sentence.Index;
            Tokens.Add(token);
        }
        Sentences.Add(sentence);
        return sentence;
    }
}
