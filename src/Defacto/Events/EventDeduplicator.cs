using Defacto.Actors;
using Defacto.Model;

namespace Defacto.Events;

/// <summary>Groups events that report the same happening (same CAMEO root, actors and negation, close dates) into clusters.</summary>
public sealed class EventDeduplicator
{
    /// <summary>Default largest gap, in days, between two dates of one happening.</summary>
    public const int DefaultWindowDays = 3;

    private readonly int _windowDays;

    public EventDeduplicator(int windowDays = DefaultWindowDays)
    {
        if (windowDays < 0) throw new ArgumentOutOfRangeException(nameof(windowDays), "the date window cannot be negative");
        _windowDays = windowDays;
    }

    /// <summary>
    /// Clusters events; returns, for each event, the index of its cluster's seed (the first member in date order).
    /// Each event is compared with cluster seeds only, not every member, so a daily series of clashes does not chain into one cluster.
    /// </summary>
    public int[] Cluster(IReadOnlyList<Event> events)
    {
        var seedOf = new int[events.Count];
        var seeds = new List<int>();
        foreach (int i in Enumerable.Range(0, events.Count).OrderBy(i => events[i], SeedOrder.Instance))
        {
            int seed = seeds.FindIndex(s => SameEvent(events[s], events[i]));
            if (seed < 0)
            {
                seeds.Add(i);
                seedOf[i] = i;
            }
            else seedOf[i] = seeds[seed];
        }
        return seedOf;
    }

    /// <summary>True when two events tell the same happening.</summary>
    public bool SameEvent(Event a, Event b)
    {
        if (CameoRoot(a.Cameo) != CameoRoot(b.Cameo) || a.Plover != b.Plover && a.Cameo.Length == 0 || a.Negated != b.Negated) return false;
        if (!SameActors(a.Source, b.Source) || !SameActors(a.Target, b.Target)) return false;
        var (da, db) = (DayRange(a.Date), DayRange(b.Date));
        // Without a date two reports can only be matched inside one article, where they share its time frame.
        if (da is null || db is null) return a.DocId is not null && a.DocId == b.DocId;
        return Gap(da.Value, db.Value) <= _windowDays;
    }

    /// <summary>The sorted polities (or texts of uncoded actors) of both sides, "SOS,NKR|GEO": events with different keys never tell the same happening.</summary>
    public static string ActorKey(Event e) =>
        string.Join(',', KeySet(e.Source, PolityKey).Order(StringComparer.Ordinal)) + "|" + string.Join(',', KeySet(e.Target, PolityKey).Order(StringComparer.Ordinal));

    /// <summary>The first two digits of a CAMEO code ("19" for "190" and "1911").</summary>
    public static string CameoRoot(string cameo) => cameo.Length <= 2 ? cameo : cameo[..2];

    /// <summary>First and last day an ISO date (yyyy, yyyy-MM, yyyy-MM-dd, optionally with a time) can mean; null when unknown or unreadable.</summary>
    public static (DateOnly First, DateOnly Last)? DayRange(string? iso)
    {
        if (iso is null) return null;
        var text = iso.Length > 10 && iso[10] == 'T' ? iso[..10] : iso;
        return PartialDate.TryParse(text, out var date) ? (date.Start, date.LastDay) : null;
    }

    // Days between two ranges; 0 when they overlap (a month-precision date agrees with any day inside it).
    private static int Gap((DateOnly First, DateOnly Last) a, (DateOnly First, DateOnly Last) b) =>
        Math.Max(0, Math.Max(a.First.DayNumber - b.Last.DayNumber, b.First.DayNumber - a.Last.DayNumber));

    // The same polities (or texts when uncoded) on each side; when every actor on both sides has a knowledge-base id, the same ids too.
    private static bool SameActors(IReadOnlyList<EventActor> a, IReadOnlyList<EventActor> b)
    {
        if (!KeySet(a, PolityKey).SetEquals(KeySet(b, PolityKey))) return false;
        if (a.Count > 0 && b.Count > 0 && a.All(x => x.KbId is not null) && b.All(x => x.KbId is not null))
            return KeySet(a, x => x.KbId!).SetEquals(KeySet(b, x => x.KbId!));
        return true;
    }

    private static string PolityKey(EventActor actor) => actor.Polity ?? "text:" + actor.Text.Trim();

    private static HashSet<string> KeySet(IReadOnlyList<EventActor> actors, Func<EventActor, string> key) =>
        new(actors.Select(key), StringComparer.OrdinalIgnoreCase);

    /// <summary>Seeds come first in date order (undated last), then by document, sentence and position, so clustering is repeatable.</summary>
    private sealed class SeedOrder : IComparer<Event>
    {
        public static readonly SeedOrder Instance = new();

        public int Compare(Event? x, Event? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return -1;
            if (y is null) return 1;
            var (dx, dy) = (DayRange(x.Date), DayRange(y.Date));
            int c = (dx is null).CompareTo(dy is null);
            if (c == 0 && dx is not null) c = dx.Value.First.CompareTo(dy!.Value.First);
            if (c == 0) c = string.CompareOrdinal(x.DocId, y.DocId);
            if (c == 0) c = (x.Sentence ?? -1).CompareTo(y.Sentence ?? -1);
            if (c == 0) c = (x.Evidence?.Start ?? -1).CompareTo(y.Evidence?.Start ?? -1);
            return c;
        }
    }
}
