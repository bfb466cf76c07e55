"""The project file's schema and its migrations.

``PRAGMA user_version`` holds the schema version.  A migration is a list of
SQL statements that takes version N-1 to N; all run in one transaction, so a
project is either migrated completely or left as it was.
"""

from __future__ import annotations

SCHEMA_VERSION = 2

# MIGRATIONS[n] takes a project from version n-1 to n (0 is an empty file).
MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE project (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""",
        """CREATE TABLE documents (
            pk INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            source TEXT,
            lang TEXT,
            status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'done', 'skipped')),
            n_chars INTEGER NOT NULL,
            meta BLOB NOT NULL,
            updated REAL
        )""",
        "CREATE INDEX documents_status ON documents(status, pk)",
        """CREATE TABLE texts (
            pk INTEGER PRIMARY KEY REFERENCES documents(pk) ON DELETE CASCADE,
            text TEXT NOT NULL,
            blocks BLOB
        )""",
        """CREATE TABLE spans (
            pk INTEGER PRIMARY KEY,
            doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
            id TEXT NOT NULL,
            layer TEXT NOT NULL,
            label TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL CHECK ("end" > start AND start >= 0),
            source TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('suggested', 'accepted')),
            score REAL,
            attrs BLOB,
            UNIQUE (doc, id)
        )""",
        "CREATE INDEX spans_doc ON spans(doc, start)",
        "CREATE INDEX spans_label ON spans(label, doc)",
        """CREATE TABLE relations (
            pk INTEGER PRIMARY KEY,
            doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
            id TEXT NOT NULL,
            label TEXT NOT NULL,
            head INTEGER NOT NULL REFERENCES spans(pk) ON DELETE CASCADE,
            child INTEGER NOT NULL REFERENCES spans(pk) ON DELETE CASCADE,
            source TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('suggested', 'accepted')),
            UNIQUE (doc, id)
        )""",
        "CREATE INDEX relations_doc ON relations(doc)",
        "CREATE INDEX relations_head ON relations(head)",
        "CREATE INDEX relations_child ON relations(child)",
    ],
    # v2: checking a new span against its layer reads two index entries, not every span before it; the
    # progress line and unfiltered counts read a counter per status instead of every document.
    2: [
        "CREATE INDEX spans_layer ON spans(doc, layer, start)",
        "CREATE TABLE doc_counts (status TEXT PRIMARY KEY, n INTEGER NOT NULL)",
        "INSERT INTO doc_counts(status, n) SELECT s, (SELECT count(*) FROM documents WHERE status = s) "
        "FROM (SELECT 'todo' AS s UNION ALL SELECT 'done' UNION ALL SELECT 'skipped')",
        """CREATE TRIGGER doc_counts_insert AFTER INSERT ON documents BEGIN
            UPDATE doc_counts SET n = n + 1 WHERE status = NEW.status;
        END""",
        """CREATE TRIGGER doc_counts_delete AFTER DELETE ON documents BEGIN
            UPDATE doc_counts SET n = n - 1 WHERE status = OLD.status;
        END""",
        """CREATE TRIGGER doc_counts_update AFTER UPDATE OF status ON documents
            WHEN NEW.status != OLD.status BEGIN
            UPDATE doc_counts SET n = n - 1 WHERE status = OLD.status;
            UPDATE doc_counts SET n = n + 1 WHERE status = NEW.status;
        END""",
    ],
}
