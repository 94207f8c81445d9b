namespace Defacto.Actors;

/// <summary>Finds conflicts in a loaded knowledge base: two holders of a single-holder role at once, overlapping recognition rows, offices outside a polity's existence.</summary>
public static class KnowledgeBaseChecker
{
    public static List<KbIssue> FindConflicts(KnowledgeBase kb)
    {
        var conflicts = new List<KbIssue>();
        foreach (var group in kb.Offices.GroupBy(o => (Role: o.Role.ToLowerInvariant(), o.Polity)))
        {
            var role = kb.FindRole(group.Key.Role);
            var list = group.OrderBy(o => o.Validity.FirstDay).ToList();
            for (int i = 0; i < list.Count; i++)
            for (int j = i + 1; j < list.Count; j++)
            {
                var a = list[i];
                var b = list[j];
                if (b.Validity.FirstDay >= a.Validity.EndDay) continue;
                bool samePerson = a.PersonId == b.PersonId;
                if (!samePerson && role is { Single: false }) continue;
                var overlapStart = b.Validity.FirstDay;
                conflicts.Add(new KbIssue(b.File, b.Line, samePerson
                    ? $"{b.PersonId} holds {group.Key.Role} of {group.Key.Polity} twice from {overlapStart:yyyy-MM-dd} (also line {a.Line})"
                    : $"two holders of {group.Key.Role} of {group.Key.Polity} from {overlapStart:yyyy-MM-dd}: {a.PersonId} (line {a.Line}) and {b.PersonId}"));
            }
        }
        foreach (var group in kb.Recognitions.GroupBy(r => (r.Entity, r.Recognizer)))
        {
            var list = group.OrderBy(r => r.Validity.FirstDay).ToList();
            for (int i = 1; i < list.Count; i++)
                if (list[i].Validity.FirstDay < list[i - 1].Validity.EndDay)
                    conflicts.Add(new KbIssue(list[i].File, list[i].Line, $"recognition of {group.Key.Entity} by {group.Key.Recognizer} overlaps line {list[i - 1].Line}"));
        }
        foreach (var r in kb.Recognitions)
        {
            var entity = kb.FindPolity(r.Entity);
            if (entity is null) continue;
            if (entity.Kind is PolityKind.Member)
                conflicts.Add(new KbIssue(r.File, r.Line, $"{r.Entity} is a UN member; recognitions are kept for contested entities"));
            if (r.Validity.From is { } from && entity.Existence.From is { } born && from.LastDay < born.Start)
                conflicts.Add(new KbIssue(r.File, r.Line, $"recognition of {r.Entity} from {from} predates the entity ({born})"));
        }
        foreach (var o in kb.Offices)
        {
            var polity = kb.FindPolity(o.Polity);
            if (polity?.Existence.Until is { } end && o.Validity.FirstDay >= end.Start)
                conflicts.Add(new KbIssue(o.File, o.Line, $"office of {o.PersonId} starts after {o.Polity} ceased to exist"));
        }
        return conflicts;
    }
}
