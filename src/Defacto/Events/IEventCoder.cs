using Defacto.Model;

namespace Defacto.Events;

/// <summary>Codes the events of one gold record (its text, and its parse when given); what `defacto eval events` scores.</summary>
public interface IEventCoder
{
    /// <summary>Name shown in evaluation reports.</summary>
    string Name { get; }

    /// <summary>Prepares the coder for a gold set (e.g. loads the dictionaries its Environment names); called once before <see cref="Code"/>.</summary>
    void Prepare(GoldSet gold);

    /// <summary>The events found in the record's sentence.</summary>
    IReadOnlyList<Event> Code(GoldRecord record);
}

/// <summary>Where `defacto eval events` finds its coder; the coding stage registers a factory here when it exists.</summary>
public static class EventCoderRegistry
{
    /// <summary>Creates the coder to evaluate, or null while no coder is registered.</summary>
    public static Func<IEventCoder>? Factory { get; set; }
}
