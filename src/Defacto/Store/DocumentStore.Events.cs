using System.Text;
using System.Text.Json;
using Dapper;
using Defacto.Events;
using Defacto.Model;
using Microsoft.Data.Sqlite;

namespace Defacto.Store;

/// <summary>Event storage: each document's events replace its earlier ones; mentions of one happening share a cluster.</summary>
public sealed partial class DocumentStore
{
    private readonly EventDeduplicator _deduplicator = new();

    /// <summary>Replaces a document's events with <paramref name="events"/> in one transaction; on failure what was stored stays as it was.</summary>
    public void SaveEvents(string docId, IReadOnlyList<Event> events)
    {
        using var tx = _connection.BeginTransaction();
        WriteEvents(docId, events, tx);
        tx.Commit();
    }

    private void WriteEvents(string docId, IReadOnlyList<Event> events, SqliteTransaction tx)
    {
        foreach (var e in events)
            // PLOVER types CAMEO has no code for (CRIME) come with an empty CAMEO code and their PLOVER type.
            if (e.Cameo.Length == 0 ? string.IsNullOrEmpty(e.Plover) : !e.Cameo.All(char.IsAsciiDigit))
                throw new StoreException($"event '{e.Id}' of document {docId} has no valid CAMEO code ('{e.Cameo}') or PLOVER type; nothing was stored");
        try
        {
            var oldRows = _connection.Query<long>("SELECT row_id FROM events WHERE doc_id = @docId", new { docId }, tx).ToList();
            if (oldRows.Count > 0)
            {
                _connection.Execute("DELETE FROM events WHERE doc_id = @docId", new { docId }, tx);
                // Clusters whose seed belonged to this document get their oldest remaining mention as the new seed.
                foreach (var chunk in oldRows.Chunk(500))
                    _connection.Execute("""
                        UPDATE events SET cluster_id = (SELECT min(e2.row_id) FROM events e2 WHERE e2.cluster_id = events.cluster_id)
                        WHERE cluster_id IN @chunk
                        """, new { chunk }, tx);
            }
            if (events.Count == 0) return;
            var owned = events.Select(e => e.DocId == docId ? e : e with { DocId = docId }).ToList();
            int[] seedOf = _deduplicator.Cluster(owned);
            var clusterOfSeed = new Dictionary<int, long>();
            // Seeds go first so their row ids exist when the other members point at them.
            foreach (int i in Enumerable.Range(0, owned.Count).OrderBy(i => seedOf[i] == i ? 0 : 1).ThenBy(i => i))
            {
                bool isSeed = seedOf[i] == i;
                long? cluster = isSeed ? FindStoredCluster(owned[i], tx) : clusterOfSeed[seedOf[i]];
                long row = InsertPrepared(EventParameters(owned[i], docId, cluster ?? 0), tx);
                if (cluster is null)
                {
                    _connection.Execute("UPDATE events SET cluster_id = row_id WHERE row_id = @row", new { row }, tx);
                    cluster = row;
                }
                if (isSeed) clusterOfSeed[i] = cluster.Value;
            }
        }
        catch (SqliteException e)
        {
            throw new StoreException($"events of document {docId} could not be stored ({e.SqliteErrorCode}: {e.Message.Split('\n')[0]}); the stored events are unchanged");
        }
    }

    // A stored cluster from another document whose seed tells the same happening; only dated events can match across documents.
    private long? FindStoredCluster(Event e, SqliteTransaction tx)
    {
        if (EventDeduplicator.DayRange(e.Date) is not { } days) return null;
        var window = EventDeduplicator.DefaultWindowDays;
        // Only seeds with the same actor polities can tell the same happening: the indexed key keeps the candidates few however
        // large the store grows.
        const string common = "e.cameo_root = @root AND e.actor_key = @key AND e.row_id = e.cluster_id AND e.doc_id != @doc AND e.negated = @negated AND e.date_last >= @lo";
        // Stored dates are days, months (at most 31 days, so they start at most 31 days before @lo) or years (starting
        // 1 January of a year they share with @lo or @hi): two short index ranges instead of a year-long scan.
        if (_findSeeds is null)
        {
            _findSeeds = _connection.CreateCommand();
            _findSeeds.CommandText = $"""
                SELECT {EventColumns} FROM events e WHERE {common} AND e.date_first BETWEEN @near AND @hi
                UNION ALL
                SELECT {EventColumns} FROM events e WHERE {common} AND e.date_first IN (@loYear, @hiYear)
                ORDER BY RowId
                """;
            foreach (var name in (string[])["@root", "@key", "@doc", "@negated", "@lo", "@hi", "@near", "@loYear", "@hiYear"])
                _findSeeds.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }
        _findSeeds.Transaction = tx;
        object[] values =
        [
            EventDeduplicator.CameoRoot(e.Cameo), EventDeduplicator.ActorKey(e), (object?)e.DocId ?? DBNull.Value, e.Negated,
            Iso(days.First.AddDays(-window)), Iso(days.Last.AddDays(window)), Iso(days.First.AddDays(-window - 31)),
            Iso(new DateOnly(days.First.AddDays(-window).Year, 1, 1)), Iso(new DateOnly(days.Last.AddDays(window).Year, 1, 1)),
        ];
        for (int i = 0; i < values.Length; i++) _findSeeds.Parameters[i].Value = values[i];
        // Prepared once and streamed: decoding stops at the oldest matching cluster.
        using var reader = _findSeeds.ExecuteReader();
        var parse = reader.GetRowParser<EventRecord>();
        while (reader.Read())
        {
            var candidate = parse(reader);
            if (_deduplicator.SameEvent(candidate.ToEvent(), e)) return candidate.RowId;
        }
        return null;
    }

    private SqliteCommand? _findSeeds;

    private const string InsertEvent = """
        INSERT INTO events (id, doc_id, sentence, evidence_start, evidence_end, date, date_precision, date_first, date_last,
            source_json, target_json, source_text, source_code, source_polity, source_kb_id, target_text, target_code, target_polity, target_kb_id,
            cameo, cameo_root, plover, mode, context, goldstein, quad_class, negated, modality, attributed_to, location, confidence, actor_key, cluster_id)
        VALUES (@Id, @DocId, @Sentence, @EvidenceStart, @EvidenceEnd, @Date, @DatePrecision, @DateFirst, @DateLast,
            @SourceJson, @TargetJson, @SourceText, @SourceCode, @SourcePolity, @SourceKbId, @TargetText, @TargetCode, @TargetPolity, @TargetKbId,
            @Cameo, @CameoRoot, @Plover, @Mode, @Context, @Goldstein, @QuadClass, @Negated, @Modality, @AttributedTo, @Location, @Confidence, @ActorKey, @ClusterId)
        RETURNING row_id
        """;

    // One prepared insert for the store's life: compiling the 33-column statement for every event cost more than running it.
    private SqliteCommand? _insertEvent;
    private System.Reflection.PropertyInfo[] _insertFields = [];

    private long InsertPrepared(object values, SqliteTransaction tx)
    {
        if (_insertEvent is null)
        {
            _insertFields = values.GetType().GetProperties();
            _insertEvent = _connection.CreateCommand();
            _insertEvent.CommandText = InsertEvent;
            foreach (var field in _insertFields) _insertEvent.Parameters.Add(new SqliteParameter("@" + field.Name, DBNull.Value));
        }
        _insertEvent.Transaction = tx;
        for (int i = 0; i < _insertFields.Length; i++) _insertEvent.Parameters[i].Value = _insertFields[i].GetValue(values) ?? DBNull.Value;
        return (long)_insertEvent.ExecuteScalar()!;
    }

    private static object EventParameters(Event e, string docId, long clusterId)
    {
        var days = EventDeduplicator.DayRange(e.Date);
        var (source, target) = (e.Source.FirstOrDefault(), e.Target.FirstOrDefault());
        return new
        {
            e.Id, DocId = docId, e.Sentence, EvidenceStart = e.Evidence?.Start, EvidenceEnd = e.Evidence?.End,
            e.Date, e.DatePrecision, DateFirst = days is { } d1 ? Iso(d1.First) : null, DateLast = days is { } d2 ? Iso(d2.Last) : null,
            SourceJson = JsonSerializer.Serialize(e.Source, EventJson.Options), TargetJson = JsonSerializer.Serialize(e.Target, EventJson.Options),
            SourceText = source?.Text, SourceCode = source?.Code, SourcePolity = source?.Polity, SourceKbId = source?.KbId,
            TargetText = target?.Text, TargetCode = target?.Code, TargetPolity = target?.Polity, TargetKbId = target?.KbId,
            e.Cameo, CameoRoot = EventDeduplicator.CameoRoot(e.Cameo), e.Plover, e.Mode, e.Context,
            e.Goldstein, e.QuadClass, e.Negated, e.Modality, ActorKey = EventDeduplicator.ActorKey(e),
            AttributedTo = e.AttributedTo is null ? null : JsonSerializer.Serialize(e.AttributedTo, EventJson.Options),
            e.Location, e.Confidence, ClusterId = clusterId,
        };
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Deduplicated events matching the filter, in date order (undated last), each with every mention's evidence.</summary>
    public IReadOnlyList<StoredEvent> QueryEvents(EventFilter filter)
    {
        var (where, parameters) = Where(filter);
        string seeds = $"""
            WITH hits AS (SELECT DISTINCT e.cluster_id FROM events e WHERE {where}),
                 seeds AS (SELECT e.row_id FROM events e JOIN hits h ON e.row_id = h.cluster_id
                           ORDER BY e.date_first IS NULL, e.date_first, e.row_id {(filter.Limit is null ? "" : "LIMIT @limit")})
            """;
        var records = _connection.Query<EventRecord>($"{seeds} SELECT {EventColumns} FROM events e JOIN seeds s ON e.row_id = s.row_id ORDER BY e.date_first IS NULL, e.date_first, e.row_id", parameters).ToList();
        var mentions = _connection.Query<(long Cluster, string Id, string DocId, long? Sentence, long? Start, long? End)>(
                $"{seeds} SELECT e.cluster_id, e.id, e.doc_id, e.sentence, e.evidence_start, e.evidence_end FROM events e JOIN seeds s ON e.cluster_id = s.row_id ORDER BY e.cluster_id, e.row_id", parameters)
            .GroupBy(m => m.Cluster)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<EventMentionRef>)g.Select(m =>
                new EventMentionRef(m.Id, m.DocId, (int?)m.Sentence, (int?)m.Start, (int?)m.End)).ToList());
        return records.Select(r => new StoredEvent(r.ToEvent(), mentions[r.RowId])).ToList();
    }

    /// <summary>How many deduplicated events match the filter (its limit is ignored).</summary>
    public int CountEvents(EventFilter filter)
    {
        var (where, parameters) = Where(filter);
        return (int)_connection.ExecuteScalar<long>($"SELECT count(DISTINCT e.cluster_id) FROM events e WHERE {where}", parameters);
    }

    /// <summary>How many event mentions (coded sentences) are stored.</summary>
    public int EventMentionCount => (int)_connection.ExecuteScalar<long>("SELECT count(*) FROM events");

    private static (string Where, DynamicParameters Parameters) Where(EventFilter f)
    {
        var conditions = new List<string> { "1 = 1" };
        var p = new DynamicParameters();
        if (f.Actor is { Length: > 0 } actor)
        {
            // Any actor on either side whose code, polity or KB id equals the text, or whose text contains it (both ignoring case).
            const string match = """
                upper(json_extract(a.value, '$.code')) = @actorUpper OR upper(substr(json_extract(a.value, '$.code'), 1, 3)) = @actorUpper
                OR json_extract(a.value, '$.kbId') = @actor OR instr(lower(json_extract(a.value, '$.text')), @actorLower) > 0
                """;
            conditions.Add($"(EXISTS (SELECT 1 FROM json_each(e.source_json) a WHERE {match}) OR EXISTS (SELECT 1 FROM json_each(e.target_json) a WHERE {match}))");
            p.Add("actor", actor);
            p.Add("actorUpper", actor.ToUpperInvariant());
            p.Add("actorLower", actor.ToLowerInvariant());
        }
        if (f.From is { } from)
        {
            conditions.Add("e.date_first >= @from");
            p.Add("from", Iso(from));
        }
        if (f.To is { } to)
        {
            conditions.Add("e.date_last <= @to");
            p.Add("to", Iso(to));
        }
        if (f.Cameo is { Length: > 0 } cameo)
        {
            // A range over the text index: ':' sorts right after '9'.
            conditions.Add("e.cameo >= @cameo AND e.cameo < @cameoEnd");
            p.Add("cameo", cameo);
            p.Add("cameoEnd", cameo + ":");
        }
        if (f.Plover is { Length: > 0 } plover)
        {
            conditions.Add("e.plover = @plover");
            p.Add("plover", plover.ToUpperInvariant());
        }
        if (f.DocId is { Length: > 0 } doc)
        {
            conditions.Add("substr(e.doc_id, 1, length(@doc)) = @doc");
            p.Add("doc", doc);
        }
        if (f.Limit is { } limit) p.Add("limit", limit);
        return (string.Join(" AND ", conditions), p);
    }

    private const string EventColumns = """
        e.row_id AS RowId, e.id AS Id, e.doc_id AS DocId, e.sentence AS Sentence, e.evidence_start AS EvidenceStart, e.evidence_end AS EvidenceEnd,
        e.date AS Date, e.date_precision AS DatePrecision, e.source_json AS SourceJson, e.target_json AS TargetJson, e.cameo AS Cameo,
        e.plover AS Plover, e.mode AS Mode, e.context AS Context, e.goldstein AS Goldstein, e.quad_class AS QuadClass, e.negated AS Negated,
        e.modality AS Modality, e.attributed_to AS AttributedTo, e.location AS Location, e.confidence AS Confidence
        """;

    /// <summary>One events row as Dapper reads it.</summary>
    private sealed class EventRecord
    {
        public long RowId { get; set; }
        public string Id { get; set; } = "";
        public string DocId { get; set; } = "";
        public long? Sentence { get; set; }
        public long? EvidenceStart { get; set; }
        public long? EvidenceEnd { get; set; }
        public string? Date { get; set; }
        public string? DatePrecision { get; set; }
        public string SourceJson { get; set; } = "[]";
        public string TargetJson { get; set; } = "[]";
        public string Cameo { get; set; } = "";
        public string? Plover { get; set; }
        public string? Mode { get; set; }
        public string? Context { get; set; }
        public double? Goldstein { get; set; }
        public long? QuadClass { get; set; }
        public bool Negated { get; set; }
        public string Modality { get; set; } = "";
        public string? AttributedTo { get; set; }
        public string? Location { get; set; }
        public double? Confidence { get; set; }

        public Event ToEvent() => new()
        {
            Id = Id, DocId = DocId, Sentence = (int?)Sentence,
            Evidence = EvidenceStart is { } s && EvidenceEnd is { } end ? new EventEvidence((int)s, (int)end) : null,
            Date = Date, DatePrecision = DatePrecision,
            Source = JsonSerializer.Deserialize<List<EventActor>>(SourceJson, EventJson.Options) ?? [],
            Target = JsonSerializer.Deserialize<List<EventActor>>(TargetJson, EventJson.Options) ?? [],
            Cameo = Cameo, Plover = Plover, Mode = Mode, Context = Context, Goldstein = Goldstein, QuadClass = (int?)QuadClass,
            Negated = Negated, Modality = Modality,
            AttributedTo = AttributedTo is null ? null : JsonSerializer.Deserialize<EventActor>(AttributedTo, EventJson.Options),
            Location = Location, Confidence = Confidence,
        };
    }
}
