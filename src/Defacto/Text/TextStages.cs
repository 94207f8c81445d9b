namespace Defacto.Text;

/// <summary>The Text stage's components in order.</summary>
public static class TextStages
{
    public static IReadOnlyList<IDocumentStage> Create(TimeProvider? clock = null) =>
    [
        new ArticleCleaner(),
        new DctResolver(new DctInferrer(DateCues.Default), clock ?? TimeProvider.System),
        new LanguageIdentifier(),
        new SentenceStage(SentenceSplitter.CreateDefault()),
    ];
}
