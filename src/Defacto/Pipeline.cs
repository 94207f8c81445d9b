using Defacto.Model;

namespace Defacto;

/// <summary>One step of the pipeline: reads what earlier stages wrote on a document and adds its own layer.</summary>
public interface IDocumentStage
{
    string Name { get; }

    void Process(Document document);
}

/// <summary>The ordered stages a document passes through after ingest; the same object serves CLI, server and benchmarks.</summary>
public sealed class Pipeline
{
    public Pipeline(IEnumerable<IDocumentStage> stages) => Stages = stages.ToArray();

    public IReadOnlyList<IDocumentStage> Stages { get; }

    public Document Process(Document document)
    {
        foreach (var stage in Stages) stage.Process(document);
        return document;
    }

    /// <summary>Runs the stages in order while <paramref name="proceed"/>, asked after each stage, says to go on; returns false when it stopped the document early.</summary>
    public bool Process(Document document, Func<IDocumentStage, Document, bool> proceed)
    {
        foreach (var stage in Stages)
        {
            stage.Process(document);
            if (!proceed(stage, document)) return false;
        }
        return true;
    }

    /// <summary>The Text stage alone: cleaning, metadata, date, language, sentences and tokens.</summary>
    public static Pipeline CreateTextOnly() => new(Text.TextStages.Create());

    /// <summary>The default pipeline: every stage that is built, in order; <paramref name="extraVerbFiles"/> (e.g. the public CAMEO.2.0.txt) add to the project's verb patterns.</summary>
    public static Pipeline CreateDefault(params string[] extraVerbFiles)
    {
        var stages = new List<IDocumentStage>(Text.TextStages.Create());
        // Stages register here in pipeline order; Facts comes next.
        var coder = extraVerbFiles.Length == 0 ? Events.EventCoder.Shared : Events.EventCoder.CreateDefault(extraVerbFiles);
        stages.Add(new Syntax.SyntaxStage(newsVerbs: coder.NewsVerbs));
        stages.Add(new Time.TimeStage());
        stages.Add(new Actors.ActorStage());
        stages.Add(new Events.EventStage(coder));
        return new Pipeline(stages);
    }
}
