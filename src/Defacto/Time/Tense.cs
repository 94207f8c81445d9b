namespace Defacto.Time;

/// <summary>Grammatical time of the clause around a temporal expression, used to pick past or future readings.</summary>
public enum Tense { Unknown, Past, Present, Future }
