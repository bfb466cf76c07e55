"""The project store on one SQLite file (WAL, foreign keys, migrations).

Every public method that changes something runs in its own transaction and
has committed when it returns; an :class:`~annotator.core.events.Event` is
emitted after the commit.  Texts live in their own table and are read only
when a document is opened or exported.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from typing import Any
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path

import orjson

from annotator.core.events import (
    DocumentsAdded,
    Emitter,
    RelationAdded,
    RelationRemoved,
    SchemeChanged,
    SettingChanged,
    SpanAdded,
    SpanChanged,
    SpanRemoved,
    SpansStatusChanged,
    StatusChanged,
    SuggestionsReplaced,
)
from annotator.core.ids import content_hash
from annotator.core.labels import LabelScheme
from annotator.core.merge import merge_suggestions
from annotator.core.model import Document, DocStatus, Relation, Span, SpanStatus
from annotator.core.validate import InvalidAnnotation, check_span
from annotator.store.base import (
    AddResult,
    ProjectStore,
    RemovedSpan,
    NeedsUpgrade,
    StoreError,
)
from annotator.store.lock import ProjectLock
from annotator.store.queries import SPAN_COLS, ProjectQueries, span_of
from annotator.store.schema import MIGRATIONS, SCHEMA_VERSION

_IMPORT_BATCH = 2000


def _json(value: object) -> bytes | None:
    return orjson.dumps(value) if value else None


class SqliteProject(ProjectQueries, ProjectStore):
    def __init__(self, path: str | os.PathLike[str], *, readonly: bool = False, create: bool = True):
        self.path = os.fspath(path)
        self.readonly = readonly
        self.events = Emitter()
        exists = Path(self.path).exists()
        if not exists and (readonly or not create):
            raise StoreError(f"{self.path}: no such project")
        try:
            if readonly:
                uri = Path(self.path).resolve().as_uri() + "?mode=ro"
                self._db = sqlite3.connect(uri, uri=True, isolation_level=None)
            else:
                if not exists:
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self._lock = ProjectLock(self.path)
                self._db = sqlite3.connect(self.path, isolation_level=None, timeout=5.0)
            self._configure()
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self.close()
            raise StoreError(f"{self.path}: not a usable project file ({exc})") from None
        except BaseException:
            self.close()
            raise

    # -- set-up ---------------------------------------------------------------------------------
    def _configure(self) -> None:
        db = self._db
        db.execute("PRAGMA foreign_keys = ON")
        if not self.readonly:
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StoreError(f"{self.path}: cannot use write-ahead logging here (journal mode {mode})")
            db.execute("PRAGMA synchronous = FULL")
        db.execute("PRAGMA cache_size = -32000")

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was made by a newer annotator (schema {version}); please update the app")
        if version == SCHEMA_VERSION:
            return
        if self.readonly:
            raise NeedsUpgrade(f"{self.path} needs a schema upgrade; open it once without read-only")
        with self._tx():
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for statement in MIGRATIONS[target]:
                    self._db.execute(statement)
            if version == 0:
                self._db.execute("INSERT INTO project(key, value) VALUES ('scheme', ?)",
                                 (LabelScheme.default().to_json().decode(),))
                self._db.execute("INSERT INTO project(key, value) VALUES ('created', ?)", (str(time.time()),))
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        if self.readonly:
            raise StoreError(f"{self.path} is open read-only")
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def close(self) -> None:
        db: sqlite3.Connection | None = self.__dict__.pop("_db", None)
        if db is not None:
            db.close()
        lock: ProjectLock | None = self.__dict__.pop("_lock", None)
        if lock is not None:
            lock.release()

    # -- settings -------------------------------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self._db.execute("SELECT value FROM project WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self._tx() as db:
            db.execute("INSERT INTO project(key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))
        self.events.emit(SettingChanged(key=key))

    @cached_property
    def scheme(self) -> LabelScheme:
        raw = self.get_setting("scheme")
        return LabelScheme.model_validate_json(raw) if raw else LabelScheme.default()

    def set_scheme(self, scheme: LabelScheme) -> None:
        self.set_setting("scheme", scheme.to_json().decode())
        self.__dict__["scheme"] = scheme
        self.events.emit(SchemeChanged())

    # -- adding documents -----------------------------------------------------------------------
    def add_documents(self, docs: Iterable[Document]) -> AddResult:
        """Add documents in batched transactions; texts the project already
        has are skipped (de-duplication by content hash)."""
        result = AddResult()
        batch: list[Document] = []
        # A bulk import need not survive a power cut batch by batch (re-running it adds only what is
        # missing), so its commits skip the fsync; the last one and every later edit are fully durable.
        # Checkpoints (copying the log into the file, with an fsync) wait until the import is done.
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.execute("PRAGMA wal_autocheckpoint = 0")
        try:
            for doc in docs:
                batch.append(doc)
                if len(batch) >= _IMPORT_BATCH:
                    self._add_batch(batch, result)
                    batch = []
        finally:
            self._db.execute("PRAGMA synchronous = FULL")
            self._db.execute("PRAGMA wal_autocheckpoint = 1000")
        if batch:
            self._add_batch(batch, result)
        if result.added:
            self.events.emit(DocumentsAdded(pks=tuple(result.added)))
        return result

    def _existing(self, column: str, values: list[str]) -> set[str]:
        """Which of ``values`` the documents table already has in ``column``."""
        found: set[str] = set()
        for i in range(0, len(values), 500):
            chunk = values[i:i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self._db.execute(f"SELECT {column} FROM documents WHERE {column} IN ({marks})",
                                                         chunk))
        return found

    def _unique_id(self, doc_id: str, also_taken: set[str]) -> str:
        n = 2
        while f"{doc_id}-{n}" in also_taken or self._existing("id", [f"{doc_id}-{n}"]):
            n += 1
        return f"{doc_id}-{n}"

    def _add_batch(self, batch: list[Document], result: AddResult) -> None:
        """One transaction: texts already in the project (or twice in the batch) are skipped, ids another
        text holds get a ``-2`` suffix, and the rest go in with two ``executemany`` calls."""
        now = time.time()
        with self._tx() as db:
            digests = [content_hash(doc.text) for doc in batch]
            known = self._existing("content_hash", digests)
            fresh: list[tuple[Document, str]] = []
            for doc, digest in zip(batch, digests):
                if digest in known:
                    result.duplicates += 1
                    continue
                known.add(digest)
                fresh.append((doc, digest))
            if not fresh:
                return
            taken = self._existing("id", [doc.id for doc, _ in fresh])
            # This transaction holds the write lock, so the next keys are ours to assign.
            first = db.execute("SELECT coalesce(max(pk), 0) + 1 FROM documents").fetchone()[0]
            doc_rows: list[tuple[Any, ...]] = []
            text_rows: list[tuple[Any, ...]] = []
            ids: set[str] = set()
            for pk, (doc, digest) in enumerate(fresh, first):
                doc_id = self._unique_id(doc.id, ids) if doc.id in taken or doc.id in ids else doc.id
                ids.add(doc_id)
                doc_rows.append((pk, doc_id, digest, doc.title, doc.meta.get("source"), doc.meta.get("lang"),
                                 str(doc.status), len(doc.text), orjson.dumps(doc.meta), now))
                blocks = orjson.dumps([b.model_dump() for b in doc.blocks]) if doc.blocks else None
                text_rows.append((pk, doc.text, blocks))
            db.executemany("INSERT INTO documents(pk, id, content_hash, title, source, lang, status, n_chars, meta, "
                           "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", doc_rows)
            db.executemany("INSERT INTO texts(pk, text, blocks) VALUES (?, ?, ?)", text_rows)
            for (doc, _), row in zip(fresh, doc_rows):
                if doc.spans:
                    self._insert_relations(row[0], doc.relations, self._insert_spans(row[0], doc.spans))
            result.added += [row[0] for row in doc_rows]

    def _insert_spans(self, pk: int, spans: Iterable[Span]) -> dict[str, int]:
        out: dict[str, int] = {}
        for s in spans:
            cur = self._db.execute(
                "INSERT INTO spans(doc, id, layer, label, start, \"end\", source, status, score, attrs) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (pk, s.id, s.layer, s.label, s.start, s.end, s.source, str(s.status), s.score, _json(s.attrs)),
            )
            assert cur.lastrowid is not None  # an INSERT into a rowid table always sets it
            out[s.id] = cur.lastrowid
        return out

    def _insert_relations(self, pk: int, relations: Iterable[Relation], span_pks: dict[str, int]) -> list[Relation]:
        inserted = []
        for r in relations:
            head, child = span_pks.get(r.head), span_pks.get(r.child)
            if head is None or child is None:
                continue
            self._db.execute(
                "INSERT INTO relations(doc, id, label, head, child, source, status) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (pk, r.id, r.label, head, child, r.source, str(r.status)),
            )
            inserted.append(r)
        return inserted

    # -- edits ----------------------------------------------------------------------------------
    def _touch(self, pk: int) -> None:
        if self._db.execute("UPDATE documents SET updated = ? WHERE pk = ?", (time.time(), pk)).rowcount != 1:
            raise StoreError(f"document {pk} is not in the project")

    def _span_row(self, pk: int, span_id: str) -> tuple[Any, ...]:
        query = f"SELECT {SPAN_COLS} FROM spans WHERE doc = ? AND id = ?"
        row: tuple[Any, ...] | None = self._db.execute(query, (pk, span_id)).fetchone()
        if row is None:
            raise StoreError(f"span {span_id} is not in document {pk}")
        return row

    def _check(self, pk: int, span: Span) -> None:
        n_chars = self._db.execute("SELECT n_chars FROM documents WHERE pk = ?", (pk,)).fetchone()
        if n_chars is None:
            raise StoreError(f"document {pk} is not in the project")
        # Spans of one layer never overlap, so only the last one starting before this span and those
        # starting inside it can overlap it: two short index range reads, whatever the document's size.
        before = self._db.execute(
            f"SELECT {SPAN_COLS} FROM spans WHERE doc = ? AND layer = ? AND start < ? AND id != ? "
            "ORDER BY start DESC LIMIT 1", (pk, span.layer, span.start, span.id)).fetchall()
        inside = self._db.execute(
            f"SELECT {SPAN_COLS} FROM spans WHERE doc = ? AND layer = ? AND start >= ? AND start < ? AND id != ?",
            (pk, span.layer, span.start, span.end, span.id)).fetchall()
        try:
            check_span(n_chars[0], span, (span_of(r) for r in before + inside), self.scheme)
        except InvalidAnnotation as exc:
            raise StoreError(str(exc)) from None

    def _free_id(self, pk: int, span_id: str) -> str:
        candidate, n = span_id, 1
        while self._db.execute("SELECT 1 FROM spans WHERE doc = ? AND id = ?", (pk, candidate)).fetchone():
            n += 1
            candidate = f"{span_id}-{n}"
        return candidate

    def add_span(self, pk: int, span: Span) -> Span:
        with self._tx():
            self._check(pk, span)
            span = span.model_copy(update={"id": self._free_id(pk, span.id)})
            self._insert_spans(pk, [span])
            self._touch(pk)
        self.events.emit(SpanAdded(doc=pk, span=span))
        return span

    def update_span(self, pk: int, span_id: str, **changes: Any) -> Span:
        """Change a span's label, edges, status, score or attrs; returns the old span."""
        allowed = {"label", "layer", "start", "end", "status", "score", "attrs", "source"}
        if not set(changes) <= allowed:
            raise ValueError(f"cannot change {sorted(set(changes) - allowed)}")
        with self._tx() as db:
            old = span_of(self._span_row(pk, span_id))
            if "label" in changes and "layer" not in changes:
                changes["layer"] = self.scheme.layer_of(changes["label"])
            new = old.model_copy(update=changes)
            self._check(pk, new)
            db.execute(
                'UPDATE spans SET layer = ?, label = ?, start = ?, "end" = ?, status = ?, score = ?, attrs = ?, '
                "source = ? "
                "WHERE doc = ? AND id = ?",
                (new.layer, new.label, new.start, new.end, str(new.status), new.score, _json(new.attrs), new.source,
                 pk, span_id),
            )
            self._touch(pk)
        self.events.emit(SpanChanged(doc=pk, span=new, old=old))
        return old

    def remove_span(self, pk: int, span_id: str) -> RemovedSpan:
        with self._tx() as db:
            row = self._span_row(pk, span_id)
            relations = [r for r in self._relations(pk) if span_id in (r.head, r.child)]
            db.execute("DELETE FROM spans WHERE pk = ?", (row[0],))
            self._touch(pk)
        removed = RemovedSpan(span_of(row), relations)
        self.events.emit(SpanRemoved(doc=pk, span=removed.span, relations=tuple(relations)))
        return removed

    def restore_span(self, pk: int, removed: RemovedSpan) -> None:
        with self._tx():
            self._check(pk, removed.span)
            self._insert_spans(pk, [removed.span])
            ids = {r: p for r, p in self._db.execute("SELECT id, pk FROM spans WHERE doc = ?", (pk,))}
            self._insert_relations(pk, removed.relations, ids)
            self._touch(pk)
        self.events.emit(SpanAdded(doc=pk, span=removed.span, relations=tuple(removed.relations)))

    def add_relation(self, pk: int, relation: Relation) -> Relation:
        with self._tx() as db:
            ids = {}
            for end in (relation.head, relation.child):
                ids[end] = self._span_row(pk, end)[0]
            if db.execute("SELECT 1 FROM relations WHERE doc = ? AND id = ?", (pk, relation.id)).fetchone():
                raise StoreError(f"relation {relation.id} already exists")
            self._insert_relations(pk, [relation], ids)
            self._touch(pk)
        self.events.emit(RelationAdded(doc=pk, relation=relation))
        return relation

    def remove_relation(self, pk: int, relation_id: str) -> Relation:
        with self._tx() as db:
            rel = next((r for r in self._relations(pk) if r.id == relation_id), None)
            if rel is None:
                raise StoreError(f"relation {relation_id} is not in document {pk}")
            db.execute("DELETE FROM relations WHERE doc = ? AND id = ?", (pk, relation_id))
            self._touch(pk)
        self.events.emit(RelationRemoved(doc=pk, relation=rel))
        return rel

    def set_status(self, pk: int, status: DocStatus) -> DocStatus:
        """Set a document's status; returns the old one."""
        with self._tx() as db:
            row = db.execute("SELECT status FROM documents WHERE pk = ?", (pk,)).fetchone()
            if row is None:
                raise StoreError(f"document {pk} is not in the project")
            db.execute("UPDATE documents SET status = ?, updated = ? WHERE pk = ?", (str(status), time.time(), pk))
        self.events.emit(StatusChanged(doc=pk, status=DocStatus(status), old=DocStatus(row[0])))
        return DocStatus(row[0])

    def set_span_status(self, pk: int, span_ids: Iterable[str], status: str) -> None:
        span_ids = list(span_ids)
        with self._tx() as db:
            db.executemany("UPDATE spans SET status = ? WHERE doc = ? AND id = ?",
                           [(str(status), pk, sid) for sid in span_ids])
            db.executemany("UPDATE relations SET status = ? WHERE doc = ? AND head IN "
                           "(SELECT pk FROM spans WHERE doc = ? AND id = ?)",
                           [(str(status), pk, pk, sid) for sid in span_ids])
            self._touch(pk)
        self.events.emit(SpansStatusChanged(doc=pk, ids=tuple(span_ids), status=SpanStatus(status)))

    def accept_suggestions(self, pk: int, span_ids: Iterable[str] | None = None) -> list[str]:
        """Accept suggestions (all of the document's, or the given ones); returns the ids changed."""
        if span_ids is None:
            span_ids = [r[0] for r in self._db.execute(
                "SELECT id FROM spans WHERE doc = ? AND status = 'suggested'", (pk,))]
        span_ids = list(span_ids)
        if span_ids:
            self.set_span_status(pk, span_ids, SpanStatus.ACCEPTED)
        return span_ids

    def accept_document(self, pk: int) -> tuple[DocStatus, list[str]]:
        """Mark done and accept every suggestion shown, in one transaction.
        Returns the old status and the ids accepted (for undo)."""
        with self._tx() as db:
            row = db.execute("SELECT status FROM documents WHERE pk = ?", (pk,)).fetchone()
            if row is None:
                raise StoreError(f"document {pk} is not in the project")
            ids = [r[0] for r in db.execute("SELECT id FROM spans WHERE doc = ? AND status = 'suggested'", (pk,))]
            db.execute("UPDATE spans SET status = 'accepted' WHERE doc = ? AND status = 'suggested'", (pk,))
            db.execute("UPDATE relations SET status = 'accepted' WHERE doc = ? AND status = 'suggested'", (pk,))
            db.execute("UPDATE documents SET status = 'done', updated = ? WHERE pk = ?", (time.time(), pk))
        self.events.emit(SpansStatusChanged(doc=pk, ids=tuple(ids), status=SpanStatus.ACCEPTED))
        self.events.emit(StatusChanged(doc=pk, status=DocStatus.DONE, old=DocStatus(row[0])))
        return DocStatus(row[0]), ids

    def replace_suggestions(self, pk: int, sources: Iterable[str], spans: list[Span], relations: list[Relation],
                            meta: dict[str, Any] | None = None) -> list[Span]:
        """Swap the previous suggestions of ``sources`` for new ones.

        Spans a person made or accepted are never touched; a new suggestion
        that overlaps one of them in its layer is dropped, and relations to a
        dropped span move to the kept span at the same place, if any."""
        sources = list(sources)
        with self._tx() as db:
            if not db.execute("SELECT 1 FROM documents WHERE pk = ?", (pk,)).fetchone():
                raise StoreError(f"document {pk} is not in the project")
            for table in ("relations", "spans"):
                db.executemany(f"DELETE FROM {table} WHERE doc = ? AND source = ? AND status = 'suggested'",
                               [(pk, src) for src in sources])
            kept_rel = {r[0] for r in db.execute("SELECT id FROM relations WHERE doc = ?", (pk,))}
            inserted, new_rels = merge_suggestions(self._spans(pk), kept_rel, spans, relations)
            self._insert_spans(pk, inserted)
            ids = {r: p for r, p in db.execute("SELECT id, pk FROM spans WHERE doc = ?", (pk,))}
            self._insert_relations(pk, new_rels, ids)
            if meta:
                old = orjson.loads(db.execute("SELECT meta FROM documents WHERE pk = ?", (pk,)).fetchone()[0])
                old.update(meta)
                title = Document.model_construct(text="", meta=old).title
                db.execute("UPDATE documents SET meta = ?, lang = ?, title = coalesce(nullif(?, ''), title) "
                           "WHERE pk = ?",
                           (orjson.dumps(old), old.get("lang"), title, pk))
            self._touch(pk)
        self.events.emit(SuggestionsReplaced(doc=pk, spans=tuple(inserted)))
        return inserted
