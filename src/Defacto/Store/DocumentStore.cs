using System.Globalization;
using System.Text.Json;
using Dapper;
using Defacto.Model;
using Microsoft.Data.Sqlite;

namespace Defacto.Store;

/// <summary>Row of the document list: what `defacto docs` shows.</summary>
public sealed record DocumentSummary(string Id, string Source, string? Title, string? Outlet, string? Language,
    string? Dct, string DctPrecision, string DctProvenance, string? NearDuplicateOf, long Sentences);

/// <summary>A stored document with its clean text, sentences and removed lines.</summary>
public sealed record StoredDocument(DocumentSummary Summary, string RawText, string CleanText, string? DctEvidence,
    IReadOnlyList<StoredSentence> Sentences, IReadOnlyList<RemovedLine> RemovedLines, OffsetMap Offsets,
    IReadOnlyList<StoredTime> TimeExpressions);

/// <summary>A stored temporal expression: its span in the clean text and its normalized value.</summary>
public sealed record StoredTime(int Start, int End, string Text, string Type, string? Value, string Precision, string? Note);

/// <summary>A stored sentence with its offsets into the clean text.</summary>
public sealed record StoredSentence(int Index, int Start, int End, string Text);

/// <summary>A full-text search hit: the sentence, a highlighted snippet and its document.</summary>
public sealed record SearchHit(string DocumentId, string? Title, string? Dct, long SentenceIndex, string Text, string Snippet);

/// <summary>The embedded SQLite store: documents, removed lines, sentences with FTS5; one transaction per document.</summary>
public sealed partial class DocumentStore : IDisposable
{
    private readonly SqliteConnection _connection;

    private DocumentStore(SqliteConnection connection) => _connection = connection;

    public string Path { get; private init; } = "";

    /// <summary>Opens (creating and migrating as needed) the database at <paramref name="path"/>.</summary>
    public static DocumentStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var dir = System.IO.Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir))
            throw new StoreException($"{path}: folder {dir} does not exist");
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        try
        {
            connection.Open();
            connection.Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;");
            Migrate(connection);
            SyncSearchIndex(connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreException($"{path}: not a usable Defacto database ({e.SqliteErrorCode}: {e.Message.Split('\n')[0]})");
        }
        return new DocumentStore(connection) { Path = full };
    }

    private static void Migrate(SqliteConnection connection)
    {
        long version = connection.ExecuteScalar<long>("PRAGMA user_version");
        if (version > Migrations.Steps.Length)
            throw new StoreException($"database schema version {version} is newer than this program knows ({Migrations.Steps.Length})");
        for (long v = version; v < Migrations.Steps.Length; v++)
        {
            using var tx = connection.BeginTransaction();
            connection.Execute(Migrations.Steps[v], transaction: tx);
            connection.Execute($"PRAGMA user_version = {v + 1}", transaction: tx);
            tx.Commit();
        }
    }

    /// <summary>Adds sentences stored since the last call to the full-text index, in one transaction; returns how many.</summary>
    public int SyncSearchIndex() => SyncSearchIndex(_connection);

    private static int SyncSearchIndex(SqliteConnection connection)
    {
        using var tx = connection.BeginTransaction();
        long upto = connection.ExecuteScalar<long>("SELECT indexed_upto FROM search_index_state", transaction: tx);
        int added = connection.Execute("INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE id > @upto ORDER BY id", new { upto }, tx);
        if (added > 0) connection.Execute("UPDATE search_index_state SET indexed_upto = (SELECT max(id) FROM sentences)", transaction: tx);
        tx.Commit();
        return added;
    }

    public int SchemaVersion => (int)_connection.ExecuteScalar<long>("PRAGMA user_version");

    public bool Contains(string id) => _connection.ExecuteScalar<long>("SELECT count(*) FROM documents WHERE id = @id", new { id }) > 0;

    public int DocumentCount => (int)_connection.ExecuteScalar<long>("SELECT count(*) FROM documents");

    /// <summary>Every stored document's MinHash signature, oldest first, for near-duplicate lookup.</summary>
    public IEnumerable<(string Id, uint[] Signature)> Signatures() =>
        _connection.Query<(string, byte[])>("SELECT id, minhash FROM documents ORDER BY rowid").Select(r => (r.Item1, Ingest.Fingerprint.FromBytes(r.Item2)));

    /// <summary>Stores a document, its removed lines, sentences, times and events in one transaction; a document already stored is left as it is.</summary>
    public bool Save(Document document, uint[] signature)
    {
        using var tx = _connection.BeginTransaction();
        var dct = document.Dct;
        int inserted = _connection.Execute("""
            INSERT OR IGNORE INTO documents (id, source, outlet, title, byline, language, dct, dct_precision, dct_provenance,
                dct_earliest, dct_latest, dct_evidence, raw_text, clean_text, offset_map, minhash, near_duplicate_of, ingested_at)
            VALUES (@Id, @Source, @Outlet, @Title, @Byline, @Language, @Dct, @Precision, @Provenance,
                @Earliest, @Latest, @Evidence, @RawText, @Text, @Map, @Signature, @Near, @At)
            """, new
        {
            document.Id, document.Source, document.Outlet, document.Title, document.Byline, document.Language,
            Dct = dct.ToIso(), Precision = dct.Precision.ToString().ToLowerInvariant(), Provenance = dct.Provenance.ToString().ToLowerInvariant(),
            Earliest = dct.Earliest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Latest = dct.Latest?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            dct.Evidence, document.RawText, document.Text,
            Map = JsonSerializer.Serialize(document.Offsets.Pieces.Select(p => new[] { p.CleanStart, p.RawStart, p.Length })),
            Signature = Ingest.Fingerprint.ToBytes(signature), Near = document.NearDuplicateOf,
            At = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        }, tx);
        if (inserted == 0)
        {
            tx.Rollback();
            return false;
        }
        _connection.Execute("INSERT INTO removed_lines (document_id, raw_start, raw_end, text, reason) VALUES (@Id, @RawStart, @RawEnd, @Text, @Reason)",
            document.RemovedLines.Select(r => new { document.Id, r.RawStart, r.RawEnd, r.Text, r.Reason }), tx);
        _connection.Execute("INSERT INTO sentences (document_id, idx, start, end, text) VALUES (@Id, @Index, @Start, @End, @Text)",
            document.Sentences.Select(s => new { document.Id, s.Index, s.Start, s.End, Text = s.GetText(document) }), tx);
        _connection.Execute("INSERT INTO time_expressions (document_id, start, end, text, type, value, precision, note) VALUES (@Id, @Start, @End, @Text, @Type, @Value, @Precision, @Note)",
            document.TimeExpressions.Select(t => new
            {
                document.Id, t.Span.Start, t.Span.End, t.Text, Type = t.Type.ToString().ToUpperInvariant(), t.Value,
                Precision = t.Precision.ToString().ToLowerInvariant(), t.Note,
            }), tx);
        WriteEvents(document.Id, document.Events, tx);
        tx.Commit();
        return true;
    }

    private const string SummaryColumns = """
        d.id AS Id, d.source AS Source, d.title AS Title, d.outlet AS Outlet, d.language AS Language, d.dct AS Dct,
        d.dct_precision AS DctPrecision, d.dct_provenance AS DctProvenance, d.near_duplicate_of AS NearDuplicateOf,
        (SELECT count(*) FROM sentences s WHERE s.document_id = d.id) AS Sentences
        """;

    public IReadOnlyList<DocumentSummary> ListDocuments() =>
        _connection.Query<DocumentSummary>($"SELECT {SummaryColumns} FROM documents d ORDER BY d.dct_earliest IS NULL, d.dct_earliest, d.source").ToList();

    /// <summary>A document by id or unique id prefix (at least 4 characters); null when none matches.</summary>
    public StoredDocument? Get(string idOrPrefix)
    {
        if (idOrPrefix.Length < 4) throw new StoreException($"document id '{idOrPrefix}' is too short: give at least 4 characters");
        var ids = _connection.Query<string>("SELECT id FROM documents WHERE id LIKE @p || '%' LIMIT 2", new { p = idOrPrefix }).ToList();
        if (ids.Count == 0) return null;
        if (ids.Count > 1) throw new StoreException($"document id prefix '{idOrPrefix}' matches more than one document");
        var id = ids[0];
        var summary = _connection.QuerySingle<DocumentSummary>($"SELECT {SummaryColumns} FROM documents d WHERE d.id = @id", new { id });
        var row = _connection.QuerySingle<(string Raw, string Clean, string? Evidence, string Map)>(
            "SELECT raw_text, clean_text, dct_evidence, offset_map FROM documents WHERE id = @id", new { id });
        var sentences = _connection.Query<(long, long, long, string)>(
            "SELECT idx, start, end, text FROM sentences WHERE document_id = @id ORDER BY idx", new { id })
            .Select(r => new StoredSentence((int)r.Item1, (int)r.Item2, (int)r.Item3, r.Item4)).ToList();
        var removed = _connection.Query<(long, long, string, string)>(
            "SELECT raw_start, raw_end, text, reason FROM removed_lines WHERE document_id = @id ORDER BY raw_start", new { id })
            .Select(r => new RemovedLine((int)r.Item1, (int)r.Item2, r.Item3, r.Item4)).ToList();
        var map = new OffsetMap();
        foreach (var piece in JsonSerializer.Deserialize<int[][]>(row.Map) ?? []) map.Add(piece[0], piece[1], piece[2]);
        var times = _connection.Query<(long, long, string, string, string?, string, string?)>(
            "SELECT start, end, text, type, value, precision, note FROM time_expressions WHERE document_id = @id ORDER BY start", new { id })
            .Select(t => new StoredTime((int)t.Item1, (int)t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, t.Item7)).ToList();
        return new StoredDocument(summary, row.Raw, row.Clean, row.Evidence, sentences, removed, map, times);
    }

    /// <summary>Full-text search over sentences (FTS5 query syntax); hits ranked by BM25 with [matches] marked.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        SyncSearchIndex();
        try
        {
            return _connection.Query<SearchHit>("""
                SELECT s.document_id AS DocumentId, d.title AS Title, d.dct AS Dct, s.idx AS SentenceIndex, s.text AS Text,
                       highlight(sentences_fts, 0, '[', ']') AS Snippet
                FROM sentences_fts JOIN sentences s ON s.id = sentences_fts.rowid JOIN documents d ON d.id = s.document_id
                WHERE sentences_fts MATCH @query ORDER BY bm25(sentences_fts) LIMIT @limit
                """, new { query = ToFtsQuery(query), limit }).ToList();
        }
        catch (SqliteException e)
        {
            throw new StoreException($"search query '{query}' is not valid: {e.Message.Split('\n')[0]}");
        }
    }

    // Plain words are searched as quoted terms (so "Nagorno-Karabakh" works); an explicit FTS5 query is passed through.
    private static string ToFtsQuery(string query)
    {
        if (query.Contains('"') || query.Contains(" AND ") || query.Contains(" OR ") || query.Contains(" NOT ") || query.Contains('*')) return query;
        var terms = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', terms.Select(t => "\"" + t + "\""));
    }

    /// <summary>Result of SQLite's integrity check ("ok" when the file is sound).</summary>
    public string IntegrityCheck() => _connection.ExecuteScalar<string>("PRAGMA integrity_check") ?? "";

    public void Dispose()
    {
        _insertEvent?.Dispose();
        _findSeeds?.Dispose();
        _connection.Dispose();
    }
}

/// <summary>A database that cannot be opened or a query that cannot run, with a one-line reason.</summary>
public sealed class StoreException(string message) : Exception(message);
