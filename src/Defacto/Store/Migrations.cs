namespace Defacto.Store;

/// <summary>The database schema as an ordered list of steps; PRAGMA user_version records how many have been applied.</summary>
internal static class Migrations
{
    public static readonly string[] Steps =
    [
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            outlet TEXT,
            title TEXT,
            byline TEXT,
            language TEXT,
            dct TEXT,
            dct_precision TEXT NOT NULL,
            dct_provenance TEXT NOT NULL,
            dct_earliest TEXT,
            dct_latest TEXT,
            dct_evidence TEXT,
            raw_text TEXT NOT NULL,
            clean_text TEXT NOT NULL,
            offset_map TEXT NOT NULL,
            minhash BLOB NOT NULL,
            near_duplicate_of TEXT REFERENCES documents(id),
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_dct ON documents(dct_earliest);
        CREATE TABLE removed_lines (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            raw_start INTEGER NOT NULL,
            raw_end INTEGER NOT NULL,
            text TEXT NOT NULL,
            reason TEXT NOT NULL
        );
        CREATE INDEX removed_lines_doc ON removed_lines(document_id);
        CREATE TABLE sentences (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            UNIQUE(document_id, idx)
        );
        CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
            INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
        END;
        CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
            INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;
        """,
        // Indexing each document's sentences in its own transaction cost more than storing the document itself;
        // the full-text index now catches up in batches (see DocumentStore.SyncSearchIndex).
        """
        DROP TRIGGER sentences_ai;
        CREATE TABLE search_index_state (indexed_upto INTEGER NOT NULL);
        INSERT INTO search_index_state VALUES ((SELECT coalesce(max(id), 0) FROM sentences));
        """,
        """
        CREATE TABLE time_expressions (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            value TEXT,
            precision TEXT NOT NULL,
            note TEXT
        );
        CREATE INDEX time_expressions_doc ON time_expressions(document_id);
        """,
        // Events: each row is one mention (one coded sentence); rows telling the same happening share cluster_id, the
        // row id of the cluster's seed. Actor lists are JSON; the first source and target are copied into indexed columns.
        // No foreign key to documents: events may be stored for a document id before (or without) its text.
        """
        CREATE TABLE events (
            row_id INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL,
            doc_id TEXT NOT NULL,
            sentence INTEGER,
            evidence_start INTEGER,
            evidence_end INTEGER,
            date TEXT,
            date_precision TEXT,
            date_first TEXT,
            date_last TEXT,
            source_json TEXT NOT NULL,
            target_json TEXT NOT NULL,
            source_text TEXT,
            source_code TEXT,
            source_polity TEXT,
            source_kb_id TEXT,
            target_text TEXT,
            target_code TEXT,
            target_polity TEXT,
            target_kb_id TEXT,
            cameo TEXT NOT NULL,
            cameo_root TEXT NOT NULL,
            plover TEXT,
            mode TEXT,
            context TEXT,
            goldstein REAL,
            quad_class INTEGER,
            negated INTEGER NOT NULL,
            modality TEXT NOT NULL,
            attributed_to TEXT,
            location TEXT,
            confidence REAL,
            actor_key TEXT NOT NULL,
            cluster_id INTEGER NOT NULL
        );
        CREATE INDEX events_dedup ON events(cameo_root, actor_key, date_first);
        CREATE INDEX events_doc ON events(doc_id);
        CREATE INDEX events_cluster ON events(cluster_id);
        CREATE INDEX events_root_date ON events(cameo_root, date_first, date_last, cluster_id);
        CREATE INDEX events_cameo ON events(cameo);
        CREATE INDEX events_plover ON events(plover);
        CREATE INDEX events_date ON events(date_first, date_last);
        CREATE INDEX events_source_code ON events(source_code);
        CREATE INDEX events_source_polity ON events(source_polity);
        CREATE INDEX events_target_code ON events(target_code);
        CREATE INDEX events_target_polity ON events(target_polity);
        """,
    ];
}
