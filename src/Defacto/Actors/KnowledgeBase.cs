namespace Defacto.Actors;

/// <summary>The loaded knowledge tables with lookups by code and id, office and recognition queries, and load issues.</summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, Polity> _polities = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Organization> _organizations = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Person> _people = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RoleDefinition> _roles = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Office>> _officesByPerson = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Role, string Polity), List<Office>> _officesByRole = new();
    private readonly List<Recognition> _recognitions = new();

    /// <summary>Folder the tables were read from ("" when built in memory).</summary>
    public string Directory { get; init; } = "";

    public IReadOnlyCollection<Polity> Polities => _polities.Values;
    public IReadOnlyCollection<Organization> Organizations => _organizations.Values;
    public IReadOnlyCollection<Person> People => _people.Values;
    public IReadOnlyCollection<RoleDefinition> Roles => _roles.Values;
    public List<AgentTerm> Agents { get; } = new();

    /// <summary>Cities, provinces and territories with the polity they belong to.</summary>
    public List<Place> Places { get; } = new();
    public IReadOnlyList<Recognition> Recognitions => _recognitions;
    public IEnumerable<Office> Offices => _officesByPerson.Values.SelectMany(o => o);

    /// <summary>Malformed rows and other problems met while loading (file, line, reason).</summary>
    public List<KbIssue> Issues { get; } = new();

    /// <summary>Role keys in the order of roles.tsv, used to rank concurrent offices (president before minister).</summary>
    public List<string> RoleOrder { get; } = new();

    public void Add(Polity polity) => _polities[polity.Code] = polity;
    public void Add(Organization organization) => _organizations[organization.Code] = organization;
    public void Add(Person person) => _people[person.Id] = person;

    public void Add(RoleDefinition role)
    {
        if (!_roles.ContainsKey(role.Key)) RoleOrder.Add(role.Key);
        _roles[role.Key] = role;
    }

    public void Add(Office office)
    {
        if (!_officesByPerson.TryGetValue(office.PersonId, out var list)) _officesByPerson[office.PersonId] = list = new();
        list.Add(office);
        var key = (office.Role.ToLowerInvariant(), office.Polity.ToUpperInvariant());
        if (!_officesByRole.TryGetValue(key, out var byRole)) _officesByRole[key] = byRole = new();
        byRole.Add(office);
    }

    public void Add(Recognition recognition) => _recognitions.Add(recognition);

    public Polity? FindPolity(string code) => _polities.GetValueOrDefault(code);
    public Organization? FindOrganization(string code) => _organizations.GetValueOrDefault(code);
    public Person? FindPerson(string id) => _people.GetValueOrDefault(id);
    public RoleDefinition? FindRole(string key) => _roles.GetValueOrDefault(key);

    /// <summary>Name of a polity or organization code, or the code itself.</summary>
    public string NameOf(string code) =>
        FindPolity(code)?.Name ?? FindOrganization(code)?.Name ?? code;

    /// <summary>True for a known polity or organization code.</summary>
    public bool IsKnownCode(string code) => _polities.ContainsKey(code) || _organizations.ContainsKey(code);

    public IReadOnlyList<Office> OfficesOf(string personId) =>
        _officesByPerson.TryGetValue(personId, out var list) ? list : [];

    public IReadOnlyList<Office> OfficesFor(string role, string polity) =>
        _officesByRole.TryGetValue((role.ToLowerInvariant(), polity.ToUpperInvariant()), out var list) ? list : [];

    /// <summary>Who held ROLE for POLITY during [first, last]: the holder covering most of the range, ties to the later term.</summary>
    public Office? Holder(string role, string polity, DateOnly first, DateOnly last) =>
        OfficesFor(role, polity)
            .Select(o => (Office: o, Days: o.Validity.OverlapDays(first, last)))
            .Where(x => x.Days > 0)
            .OrderByDescending(x => x.Days).ThenByDescending(x => x.Office.Validity.FirstDay)
            .Select(x => x.Office)
            .FirstOrDefault();

    /// <summary>The person's office during [first, last] (the highest-ranked role among those covering most of the range).</summary>
    public Office? OfficeAt(string personId, DateOnly first, DateOnly last) =>
        OfficesOf(personId)
            .Select(o => (Office: o, Days: o.Validity.OverlapDays(first, last)))
            .Where(x => x.Days > 0)
            .OrderByDescending(x => x.Days).ThenBy(x => RoleRank(x.Office.Role))
            .Select(x => x.Office)
            .FirstOrDefault();

    /// <summary>The person's most recent office that ended before <paramref name="day"/>, for "former minister" roles.</summary>
    public Office? LastOfficeBefore(string personId, DateOnly day) =>
        OfficesOf(personId).Where(o => o.Validity.EndDay <= day).OrderByDescending(o => o.Validity.EndDay).ThenBy(o => RoleRank(o.Role)).FirstOrDefault();

    public int RoleRank(string role)
    {
        int i = RoleOrder.FindIndex(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
        return i < 0 ? int.MaxValue : i;
    }

    /// <summary>Human label for an office: "president of South Ossetia".</summary>
    public string Describe(Office office)
    {
        var label = FindRole(office.Role)?.Label ?? office.Role;
        return $"{label} of {NameOf(office.Polity)}";
    }
}
