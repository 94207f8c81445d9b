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
