"""The project file's schema and its migrations.

``PRAGMA user_version`` holds the schema version.  A migration is a list of
SQL statements that takes version N-1 to N; all run in one transaction, so a
project is either migrated completely or left as it was.
"""

from __future__ import annotations

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

# v3: a team on one corpus.  Each annotator's work on a document is their own annotation set (spans,
# relations, status); owner 0 holds the shared suggestions every set starts from.  A set is made when its
# annotator first changes the document (the shared suggestions are copied into it).  Spans record who last
# wrote them (``author``) and when (``updated``); a set records its status and when it changed.  The work of
# a single-annotator project becomes the set of the annotator named ``default``, and its suggestions are
# also copied to the shared ones, so a new annotator starts from them.
MIGRATIONS[3] = [
    """CREATE TABLE annotators (
        pk INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created REAL
    )""",
    "INSERT INTO annotators(pk, name, created) VALUES (1, 'default', (julianday('now') - 2440587.5) * 86400.0)",
    """CREATE TABLE sets (
        doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
        annotator INTEGER NOT NULL REFERENCES annotators(pk),
        status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'done', 'skipped')),
        updated REAL,
        PRIMARY KEY (doc, annotator)
    ) WITHOUT ROWID""",
    "CREATE INDEX sets_annotator ON sets(annotator, status, doc)",
    "INSERT INTO sets(doc, annotator, status, updated) SELECT pk, 1, status, updated FROM documents d "
    "WHERE status != 'todo' OR EXISTS (SELECT 1 FROM spans s WHERE s.doc = d.pk AND s.status = 'accepted')",
    """CREATE TABLE spans_v3 (
        pk INTEGER PRIMARY KEY,
        doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
        owner INTEGER NOT NULL,
        id TEXT NOT NULL,
        layer TEXT NOT NULL,
        label TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL CHECK ("end" > start AND start >= 0),
        source TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('suggested', 'accepted')),
        score REAL,
        attrs BLOB,
        author INTEGER NOT NULL DEFAULT 0,
        updated REAL,
        UNIQUE (doc, owner, id)
    )""",
    """CREATE TABLE relations_v3 (
        pk INTEGER PRIMARY KEY,
        doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
        owner INTEGER NOT NULL,
        id TEXT NOT NULL,
        label TEXT NOT NULL,
        head INTEGER NOT NULL REFERENCES spans_v3(pk) ON DELETE CASCADE,
        child INTEGER NOT NULL REFERENCES spans_v3(pk) ON DELETE CASCADE,
        source TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('suggested', 'accepted')),
        UNIQUE (doc, owner, id)
    )""",
    # the default annotator's sets keep their span keys, so their relations copy as they are
    "INSERT INTO spans_v3(pk, doc, owner, id, layer, label, start, \"end\", source, status, score, attrs, author) "
    "SELECT s.pk, s.doc, 1, s.id, s.layer, s.label, s.start, s.\"end\", s.source, s.status, s.score, s.attrs, "
    "CASE WHEN s.source LIKE 'detector:%' AND s.status = 'suggested' THEN 0 ELSE 1 END "
    "FROM spans s JOIN sets ON sets.doc = s.doc AND sets.annotator = 1",
    "INSERT INTO relations_v3(pk, doc, owner, id, label, head, child, source, status) "
    "SELECT r.pk, r.doc, 1, r.id, r.label, r.head, r.child, r.source, r.status "
    "FROM relations r JOIN sets ON sets.doc = r.doc AND sets.annotator = 1",
    "INSERT INTO spans_v3(doc, owner, id, layer, label, start, \"end\", source, status, score, attrs) "
    "SELECT doc, 0, id, layer, label, start, \"end\", source, status, score, attrs FROM spans "
    "WHERE status = 'suggested' ORDER BY pk",
    "INSERT INTO relations_v3(doc, owner, id, label, head, child, source, status) "
    "SELECT r.doc, 0, r.id, r.label, h0.pk, c0.pk, r.source, r.status FROM relations r "
    "JOIN spans h ON h.pk = r.head JOIN spans c ON c.pk = r.child "
    "JOIN spans_v3 h0 ON h0.doc = r.doc AND h0.owner = 0 AND h0.id = h.id "
    "JOIN spans_v3 c0 ON c0.doc = r.doc AND c0.owner = 0 AND c0.id = c.id ORDER BY r.pk",
    "DROP TABLE relations",
    "DROP TABLE spans",
    "ALTER TABLE spans_v3 RENAME TO spans",
    "ALTER TABLE relations_v3 RENAME TO relations",
    "CREATE INDEX spans_doc ON spans(doc, owner, start)",
    "CREATE INDEX spans_layer ON spans(doc, owner, layer, start)",
    "CREATE INDEX spans_label ON spans(label, doc)",
    "CREATE INDEX relations_doc ON relations(doc, owner)",
    "CREATE INDEX relations_head ON relations(head)",
    "CREATE INDEX relations_child ON relations(child)",
    # document status is now per set; counters per (annotator, status), annotator 0 counting all documents
    "DROP TRIGGER doc_counts_insert",
    "DROP TRIGGER doc_counts_delete",
    "DROP TRIGGER doc_counts_update",
    "DROP TABLE doc_counts",
    "DROP INDEX documents_status",
    "ALTER TABLE documents DROP COLUMN status",
    "CREATE TABLE counts (annotator INTEGER NOT NULL, status TEXT NOT NULL, n INTEGER NOT NULL, "
    "PRIMARY KEY (annotator, status)) WITHOUT ROWID",
    "INSERT INTO counts(annotator, status, n) SELECT 0, 'total', count(*) FROM documents",
    "INSERT INTO counts(annotator, status, n) SELECT annotator, status, count(*) FROM sets GROUP BY annotator, status",
    """CREATE TRIGGER counts_doc_insert AFTER INSERT ON documents BEGIN
        UPDATE counts SET n = n + 1 WHERE annotator = 0 AND status = 'total';
    END""",
    """CREATE TRIGGER counts_doc_delete AFTER DELETE ON documents BEGIN
        UPDATE counts SET n = n - 1 WHERE annotator = 0 AND status = 'total';
    END""",
    """CREATE TRIGGER counts_set_insert AFTER INSERT ON sets BEGIN
        INSERT INTO counts(annotator, status, n) VALUES (NEW.annotator, NEW.status, 1)
            ON CONFLICT(annotator, status) DO UPDATE SET n = n + 1;
    END""",
    """CREATE TRIGGER counts_set_delete AFTER DELETE ON sets BEGIN
        UPDATE counts SET n = n - 1 WHERE annotator = OLD.annotator AND status = OLD.status;
    END""",
    """CREATE TRIGGER counts_set_update AFTER UPDATE OF status ON sets WHEN NEW.status != OLD.status BEGIN
        UPDATE counts SET n = n - 1 WHERE annotator = OLD.annotator AND status = OLD.status;
        INSERT INTO counts(annotator, status, n) VALUES (NEW.annotator, NEW.status, 1)
            ON CONFLICT(annotator, status) DO UPDATE SET n = n + 1;
    END""",
]

# v4: models trained on the project's own annotations live in the project (a shared project shares them).
# ``data`` is the model file's bytes (BYTEA on PostgreSQL), ``info`` JSON text (training-set size, labels,
# time, cross-validated F1); which version each layer uses is the setting ``model.<layer>``.
MIGRATIONS[4] = [
    """CREATE TABLE models (
        version INTEGER PRIMARY KEY,
        layer TEXT NOT NULL,
        created REAL NOT NULL,
        info TEXT NOT NULL,
        data BLOB NOT NULL
    )""",
    "CREATE INDEX models_layer ON models(layer, version)",
]

# v5: each annotator's queue of assigned documents (``annotator assign``), which their next unfinished follows.
MIGRATIONS[5] = [
    """CREATE TABLE queues (
        annotator INTEGER NOT NULL REFERENCES annotators(pk),
        position INTEGER NOT NULL,
        doc INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
        PRIMARY KEY (annotator, position)
    ) WITHOUT ROWID""",
    "CREATE INDEX queues_doc ON queues(annotator, doc)",
]

SCHEMA_VERSION = max(MIGRATIONS)
