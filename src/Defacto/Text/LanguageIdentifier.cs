using Defacto.Model;
using Lingua;

namespace Defacto.Text;

/// <summary>Sets the document language: by script where the script decides it, else with Lingua on the opening of the clean text.</summary>
public sealed class LanguageIdentifier : IDocumentStage
{
    // The languages of the region and of the outlets that report on it, one detector per script: a closed set
    // keeps Lingua fast, and the script already rules out every language written in another one.
    private static readonly Language[] LatinLanguages =
    [
        Language.English, Language.Azerbaijani, Language.Turkish, Language.French, Language.German, Language.Spanish,
        Language.Italian, Language.Portuguese, Language.Romanian,
    ];

    // Trigram models only: they load in about a second where the full set takes five, and tell texts of 120 characters
    // or more apart as well. Shorter texts they call non-English go on to the full models (loaded only then).
    private static readonly Lazy<LanguageDetector> LatinDetector = new(() => LanguageDetectorBuilder.FromLanguages(LatinLanguages).WithLowAccuracyMode().Build());

    private static readonly Lazy<LanguageDetector> LatinShortTextDetector = new(() => LanguageDetectorBuilder.FromLanguages(LatinLanguages).Build());

    private const int ShortText = 120;

    private static readonly Lazy<LanguageDetector> CyrillicDetector = new(() => LanguageDetectorBuilder.FromLanguages(
        Language.Russian, Language.Ukrainian, Language.Bulgarian).Build());

    private static readonly Lazy<LanguageDetector> ArabicDetector = new(() => LanguageDetectorBuilder.FromLanguages(
        Language.Arabic, Language.Persian).Build());

    // 300 characters tell the languages apart as well as 600 did on the samples, at under half the cost.
    // Words so frequent in English and so rare elsewhere that a text dense with them needs no model.
    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "that", "is", "was", "were", "for", "with", "said", "by", "from", "has", "have", "it",
        "its", "be", "are", "his", "their", "which", "would", "will", "been", "this", "after", "who",
    };

    private static readonly char[] WordTrim = ['"', '\'', ',', '.', '“', '”', '(', ')'];

    /// <summary>Lingua costs about a millisecond a text; most news is English, and this count settles those cheaply.</summary>
    private static bool LooksEnglish(string sample)
    {
        int words = 0, function = 0;
        foreach (var word in sample.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            if (EnglishFunctionWords.Contains(word.Trim(WordTrim))) function++;
        }
        return words >= 15 && function * 5 >= words;
    }

    private const int SampleLength = 300;

    // The words of a text that do not start with a capital, when there are enough to judge by (three words, twelve letters).
    private static string? CommonWords(string sample)
    {
        var words = sample.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => char.IsLetter(w[0]) && !char.IsUpper(w[0])).ToList();
        return words.Count >= 3 && words.Sum(w => w.Length) >= 12 ? string.Join(' ', words) : null;
    }

    public string Name => "language";

    public void Process(Document document) => document.Language = Identify(document.Text);

    /// <summary>ISO 639-1 code of the text's language, or null when there is too little text to tell.</summary>
    public static string? Identify(string text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var (script, letters) = LineFeatures.DominantScript(sample);
        if (letters < 20) return null;
        switch (script)
        {
            case Script.Armenian: return "hy";
            case Script.Georgian: return "ka";
            case Script.Greek: return "el";
            case Script.Hebrew: return "he";
            case Script.Han: return "zh";
        }
        if (script == Script.Latin && LooksEnglish(sample)) return "en";
        var detector = script switch
        {
            Script.Latin => LatinDetector.Value,
            Script.Cyrillic => CyrillicDetector.Value,
            Script.Arabic => ArabicDetector.Value,
            _ => null,
        };
        if (detector is null) return null;
        var language = detector.DetectLanguageOf(sample);
        if (script == Script.Latin && language != Language.English && sample.Length < ShortText)
            language = LatinShortTextDetector.Value.DetectLanguageOf(sample);
        // "Bolivian police arrested Jeanine Áñez ...", "Kosovo sign deal on trade": the names of Latin America and the Balkans
        // read as Spanish or Italian; the text's own words, without them, tell its language.
        if (script == Script.Latin && language != Language.English && CommonWords(sample) is { } common
            && (common.Length < ShortText ? LatinShortTextDetector.Value : detector).DetectLanguageOf(common) == Language.English)
            language = Language.English;
        return language == Language.Unknown ? null : LanguageInfo.IsoCode6391(language).ToString().ToLowerInvariant();
    }
}
