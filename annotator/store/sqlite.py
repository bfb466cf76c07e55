"""The project store on one SQLite file (WAL, foreign keys, migrations).

Every public method that changes something runs in its own transaction and
has committed when it returns; an :class:`~annotator.core.events.Event` is
emitted after the commit.  Texts live in their own table and are read only
when a document is opened or exported.

A project is opened *as* an annotator: reads show, and edits change, that
annotator's annotation set of each document (see :mod:`annotator.store.queries`);
the first edit of a document makes the set from the shared suggestions.

The SQL here is what both dialects run: :class:`~annotator.store.postgres.PostgresProject` is this class
on a PostgreSQL connection, overriding only the connection, the transaction, the migration bookkeeping and
the hooks marked "dialect" below.
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
    DocumentsRemoved,
    Emitter,
    ModelChanged,
    RelationAdded,
    RelationRemoved,
    SchemeChanged,
    SetReplaced,
    SettingChanged,
    SpanAdded,
    SpanChanged,
    SpanRemoved,
    SpansStatusChanged,
    StatusChanged,
    SuggestionsReplaced,
)
from annotator.core.labels import LabelScheme
from annotator.core.merge import merge_suggestions
from annotator.core.model import (
    DETECTOR_PREFIX,
    Document,
    DocStatus,
    Relation,
    Span,
    SpanStatus,
)
from annotator.core.validate import InvalidAnnotation, check_span
from annotator.io.atomic import protect, unprotect
from annotator.store.base import (
    DEFAULT_ANNOTATOR,
    ProjectStore,
    RemovedSpan,
    NeedsUpgrade,
    SCHEMA_VERSION,
    SetCopy,
    StoreError,
    StoredModel,
    check_annotator_name,
)
from annotator.store.adding import DocumentWriter, _json
from annotator.store.lock import ProjectLock
from annotator.store.queries import SPAN_COLS, Db, span_of
from annotator.store.sets import rejection_key
from annotator.store.tokens import ProjectTokens

# SQLite's primary result codes for "the file cannot take this write now" (busy, locked, out of memory,
# read-only, I/O error, corrupt, disk full, cannot open): the person is told, the edit is not kept.
_CANNOT_WRITE = {5, 6, 7, 8, 10, 11, 13, 14}
PAGE_SIZE = 16384  # bytes per page of a new project file (ADR 0006)


class SqliteProject(DocumentWriter, ProjectStore):

    def __init__(self, path: str | os.PathLike[str], *, annotator: str | None = None, readonly: bool = False,
                 create: bool = True):
        self.path = os.fspath(path)
        self.readonly = readonly
        self.annotator = check_annotator_name(annotator or DEFAULT_ANNOTATOR)
        self.set_name = self.annotator
        self.events = Emitter()
        exists = Path(self.path).exists()
        if not exists and (readonly or not create):
            raise StoreError(f"{self.path}: no such project")
        try:
            if readonly:
                self._db = self._connect_readonly()
            else:
                if not exists:
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                self._lock = ProjectLock(self.path)
                self._db = sqlite3.connect(self.path, isolation_level=None, timeout=5.0)
            self._configure()
            self._migrate()
            self._me = self._view = self._annotator_pk(self.annotator)
            # No export may be written over the project while it is open, by any name (io.atomic).
            self._protected = protect(self.path, self.path + "-wal", self.path + "-shm")
        except sqlite3.DatabaseError as exc:
            self.close()
            raise StoreError(f"{self.path}: not a usable project file ({exc})") from None
        except BaseException:
            self.close()
            raise

    # -- set-up ---------------------------------------------------------------------------------
    def _connect_readonly(self) -> sqlite3.Connection:
        """A read-only connection.  SQLite reads a write-ahead-log project through its ``-shm`` file, which it
        cannot create in a folder this user may not write: there, with no ``-wal`` beside the file (so no
        writer has anything uncommitted), the file is read as immutable."""
        uri = Path(self.path).resolve().as_uri()
        db = sqlite3.connect(uri + "?mode=ro", uri=True, isolation_level=None)
        try:
            db.execute("PRAGMA user_version").fetchone()
            return db
        except sqlite3.OperationalError:
            db.close()
            folder = os.path.dirname(os.path.abspath(self.path))
            if os.access(folder, os.W_OK) or os.path.exists(self.path + "-wal"):
                raise
        return sqlite3.connect(uri + "?mode=ro&immutable=1", uri=True, isolation_level=None)

    def _configure(self) -> None:
        db = self._db
        db.execute("PRAGMA foreign_keys = ON")
        if not self.readonly:
            # A new file's pages (ADR 0006): texts of a few kB fill them, where 4 kB pages held one article each
            # and left a quarter empty.  A file that has pages keeps its own size.
            db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
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
        from annotator.store.schema import MIGRATIONS, render  # only to migrate: a current project needs neither

        with self._tx():
            for target in range(version + 1, SCHEMA_VERSION + 1):
                for step in MIGRATIONS[target]:
                    for statement in render(step, "sqlite"):
                        self._db.execute(statement)
            if version == 0:
                self._new_project_settings()
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _new_project_settings(self) -> None:
        self._db.execute("INSERT INTO project(key, value) VALUES ('scheme', ?)",
                         (LabelScheme.default().to_json().decode(),))
        self._db.execute("INSERT INTO project(key, value) VALUES ('created', ?)", (str(time.time()),))

    @contextmanager
    def _tx(self) -> Iterator[Db]:
        if self.readonly:
            raise StoreError(f"{self.path} is open read-only")
        if self._bulk:  # inside bulk_load's one transaction
            yield self._db
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:  # busy past the timeout: another writer holds the project
            raise StoreError(f"not saved: the project is busy ({exc}); try again in a moment") from None
        try:
            yield self._db
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback()
            if getattr(exc, "sqlite_errorcode", 0) & 0xFF not in _CANNOT_WRITE:
                raise
            raise StoreError(f"not saved: {self.path} cannot be written ({exc})") from None
        except BaseException:
            self._rollback()
            raise

    def token_cache(self) -> ProjectTokens:
        return ProjectTokens(self, self.path if self.readonly else None)

    def _rollback(self) -> None:
        assert isinstance(self._db, sqlite3.Connection)
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    def _annotator_pk(self, name: str) -> int:
        """The annotator's key, added to the project on a writable open; -1 (no set anywhere) read-only."""
        row: tuple[int] | None = self._db.execute("SELECT pk FROM annotators WHERE name = ?", (name,)).fetchone()
        if row:
            return row[0]
        if self.readonly:
            return -1
        with self._tx() as db:  # (another connection may add the same name at the same time)
            db.execute("INSERT INTO annotators(name, created) VALUES (?, ?) ON CONFLICT(name) DO NOTHING",
                       (name, time.time()))
            return int(db.execute("SELECT pk FROM annotators WHERE name = ?", (name,)).fetchone()[0])

    def use_set(self, name: str) -> None:
        """Read and write the annotation set of ``name`` from now on (a curator uses :data:`CURATED`);
        spans written still record this store's annotator as their author."""
        name = check_annotator_name(name, reserved_ok=True)
        self._view, self.set_name = self._annotator_pk(name), name

    def close(self) -> None:
        protected: list[tuple[int, int]] = self.__dict__.pop("_protected", [])
        unprotect(protected)
        db: Db | None = self.__dict__.pop("_db", None)
        if db is not None:
            db.close()
        lock: ProjectLock | None = self.__dict__.pop("_lock", None)
        if lock is not None:
            lock.release()

    # -- settings -------------------------------------------------------------------------------
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

    # -- edits ----------------------------------------------------------------------------------
    def _set(self, pk: int) -> int:
        """Inside a transaction: the owner of the view's set on document ``pk``, made from the shared
        suggestions when the view has no set there yet."""
        if self._view < 0:
            raise StoreError(f"{self.path} is open read-only")
        if self._db.execute("SELECT 1 FROM sets WHERE doc = ? AND annotator = ?", (pk, self._view)).fetchone():
            return self._view
        if not self._db.execute("SELECT 1 FROM documents WHERE pk = ?", (pk,)).fetchone():
            raise StoreError(f"document {pk} is not in the project")
        self._db.execute("INSERT INTO sets(doc, annotator, status, updated) VALUES (?, ?, 'todo', ?)",
                         (pk, self._view, time.time()))
        shared = self._owned_spans(pk, 0)
        self._insert_relations(pk, self._view, self._relations(pk, 0), self._insert_spans(pk, self._view, shared, 0))
        return self._view

    def _touch(self, pk: int, owner: int) -> None:
        """The set changed now (``_set`` made sure the document exists)."""
        self._db.execute("UPDATE sets SET updated = ? WHERE doc = ? AND annotator = ?", (time.time(), pk, owner))

    def _check(self, pk: int, owner: int, span: Span) -> None:
        n_chars = self._db.execute("SELECT n_chars FROM documents WHERE pk = ?", (pk,)).fetchone()
        if n_chars is None:
            raise StoreError(f"document {pk} is not in the project")
        # Spans of one layer never overlap, so only the last one starting before this span and those
        # starting inside it can overlap it: two short index range reads, whatever the document's size.
        # (one statement: one round trip to a server)
        near = self._db.execute(
            f"SELECT * FROM (SELECT {SPAN_COLS} FROM spans WHERE doc = ? AND owner = ? AND layer = ? AND start < ? "
            "AND id != ? ORDER BY start DESC LIMIT 1) AS before UNION ALL "
            f"SELECT {SPAN_COLS} FROM spans WHERE doc = ? AND owner = ? AND layer = ? AND start >= ? AND start < ? "
            "AND id != ?", (pk, owner, span.layer, span.start, span.id,
                            pk, owner, span.layer, span.start, span.end, span.id)).fetchall()
        try:
            check_span(n_chars[0], span, (span_of(r) for r in near), self.scheme)
        except InvalidAnnotation as exc:
            raise StoreError(str(exc)) from None

    def _free_id(self, pk: int, owner: int, span_id: str) -> str:
        candidate, n = span_id, 1
        while self._db.execute("SELECT 1 FROM spans WHERE doc = ? AND owner = ? AND id = ?",
                               (pk, owner, candidate)).fetchone():
            n += 1
            candidate = f"{span_id}-{n}"
        return candidate

    def add_span(self, pk: int, span: Span) -> Span:
        with self._tx():
            owner = self._set(pk)
            self._check(pk, owner, span)
            span = span.model_copy(update={"id": self._free_id(pk, owner, span.id)})
            self._insert_spans(pk, owner, [span], self._me)
            self._touch(pk, owner)
        self.events.emit(SpanAdded(doc=pk, span=span))
        return span

    def update_span(self, pk: int, span_id: str, **changes: Any) -> Span:
        """Change a span's label, edges, status, score or attrs; returns the old span."""
        allowed = {"label", "layer", "start", "end", "status", "score", "attrs", "source"}
        if not set(changes) <= allowed:
            raise ValueError(f"cannot change {sorted(set(changes) - allowed)}")
        with self._tx() as db:
            owner = self._set(pk)
            old = span_of(self._span_row(pk, owner, span_id))
            if "label" in changes and "layer" not in changes:
                changes["layer"] = self.scheme.layer_of(changes["label"])
            new = old.model_copy(update=changes)
            self._check(pk, owner, new)
            db.execute(
                'UPDATE spans SET layer = ?, label = ?, start = ?, "end" = ?, status = ?, score = ?, attrs = ?, '
                "source = ?, author = ?, updated = ? WHERE doc = ? AND owner = ? AND id = ?",
                (new.layer, new.label, new.start, new.end, str(new.status), new.score, _json(new.attrs), new.source,
                 self._me, time.time(), pk, owner, span_id),
            )
            self._touch(pk, owner)
        self.events.emit(SpanChanged(doc=pk, span=new, old=old))
        return old

    def remove_span(self, pk: int, span_id: str) -> RemovedSpan:
        with self._tx() as db:
            owner = self._set(pk)
            row = self._span_row(pk, owner, span_id)
            relations = [r for r in self._relations(pk, owner) if span_id in (r.head, r.child)]
            db.execute("DELETE FROM spans WHERE pk = ?", (row[0],))
            self._count_rejection(pk, span_of(row), 1)
            self._touch(pk, owner)
        removed = RemovedSpan(span_of(row), relations)
        self.events.emit(SpanRemoved(doc=pk, span=removed.span, relations=tuple(relations)))
        return removed

    def restore_span(self, pk: int, removed: RemovedSpan) -> None:
        with self._tx():
            owner = self._set(pk)
            self._check(pk, owner, removed.span)
            self._insert_spans(pk, owner, [removed.span], self._me)
            self._insert_relations(pk, owner, removed.relations, self._span_pks(pk, owner))
            self._count_rejection(pk, removed.span, -1)
            self._touch(pk, owner)
        self.events.emit(SpanAdded(doc=pk, span=removed.span, relations=tuple(removed.relations)))

    def _count_rejection(self, pk: int, span: Span, step: int) -> None:
        """Inside a transaction: removing a detector's suggestion rejects it (``step`` 1), putting it back
        (undo) takes the rejection back (-1); the project lexicon reads the counts (``corrections``)."""
        if not (span.is_suggestion and span.source.startswith(DETECTOR_PREFIX)):
            return
        row = self._db.execute("SELECT substr(text, ?, ?) FROM texts WHERE pk = ?",
                               (span.start + 1, span.end - span.start, pk)).fetchone()
        if row is None:
            return
        key = rejection_key(span.layer, span.label, row[0])
        self._db.execute("INSERT INTO project(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                         "value = CAST(project.value AS INTEGER) + ?", (key, str(max(step, 0)), step))

    def add_relation(self, pk: int, relation: Relation) -> Relation:
        with self._tx() as db:
            owner = self._set(pk)
            ids = {}
            for end in (relation.head, relation.child):
                ids[end] = self._span_row(pk, owner, end)[0]
            if db.execute("SELECT 1 FROM relations WHERE doc = ? AND owner = ? AND id = ?",
                          (pk, owner, relation.id)).fetchone():
                raise StoreError(f"relation {relation.id} already exists")
            self._insert_relations(pk, owner, [relation], ids)
            self._touch(pk, owner)
        self.events.emit(RelationAdded(doc=pk, relation=relation))
        return relation

    def remove_relation(self, pk: int, relation_id: str) -> Relation:
        with self._tx() as db:
            owner = self._set(pk)
            rel = next((r for r in self._relations(pk, owner) if r.id == relation_id), None)
            if rel is None:
                raise StoreError(f"relation {relation_id} is not in document {pk}")
            db.execute("DELETE FROM relations WHERE doc = ? AND owner = ? AND id = ?", (pk, owner, relation_id))
            self._touch(pk, owner)
        self.events.emit(RelationRemoved(doc=pk, relation=rel))
        return rel

    def _set_status(self, pk: int, owner: int, status: DocStatus) -> DocStatus:
        old = self._db.execute("SELECT status FROM sets WHERE doc = ? AND annotator = ?", (pk, owner)).fetchone()[0]
        self._db.execute("UPDATE sets SET status = ?, updated = ? WHERE doc = ? AND annotator = ?",
                         (str(status), time.time(), pk, owner))
        return DocStatus(old)

    def set_status(self, pk: int, status: DocStatus) -> DocStatus:
        """Set the document's status in the view's set; returns the old one."""
        with self._tx():
            old = self._set_status(pk, self._set(pk), status)
        self.events.emit(StatusChanged(doc=pk, status=DocStatus(status), old=old))
        return old

    def set_span_status(self, pk: int, span_ids: Iterable[str], status: str) -> None:
        span_ids = list(span_ids)
        with self._tx() as db:
            owner = self._set(pk)
            db.executemany("UPDATE spans SET status = ?, author = ?, updated = ? "
                           "WHERE doc = ? AND owner = ? AND id = ?",
                           [(str(status), self._me, time.time(), pk, owner, sid) for sid in span_ids])
            db.executemany("UPDATE relations SET status = ? WHERE doc = ? AND owner = ? AND head IN "
                           "(SELECT pk FROM spans WHERE doc = ? AND owner = ? AND id = ?)",
                           [(str(status), pk, owner, pk, owner, sid) for sid in span_ids])
            self._touch(pk, owner)
        self.events.emit(SpansStatusChanged(doc=pk, ids=tuple(span_ids), status=SpanStatus(status)))

    def remove_documents(self, pks: Iterable[int]) -> int:
        pks = list(dict.fromkeys(pks))
        if self._view < 0:
            raise StoreError(f"{self.path} is open read-only")
        with self._tx() as db:
            gone = tuple(pk for pk in pks if db.execute("DELETE FROM documents WHERE pk = ?", (pk,)).rowcount)
        if gone:
            self.events.emit(DocumentsRemoved(pks=gone))
        return len(gone)

    def rename_label(self, old: str, new: str) -> int:
        scheme = self.scheme
        if not scheme.has_label(old):
            raise StoreError(f"the project has no label {old!r}")
        if scheme.has_label(new):
            raise StoreError(f"the project already has a label {new!r}")
        data = scheme.model_dump()
        for layer in data["layers"]:
            for label in layer["labels"]:
                if label["name"] == old:
                    label["name"] = new
        for rel in data["relations"]:
            rel["head"] = [new if x == old else x for x in rel["head"]]
            rel["child"] = [new if x == old else x for x in rel["child"]]
        renamed = LabelScheme.model_validate(data)
        with self._tx() as db:
            n: int = db.execute("UPDATE spans SET label = ? WHERE label = ?", (new, old)).rowcount
            db.execute("INSERT INTO project(key, value) VALUES ('scheme', ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (renamed.to_json().decode(),))
        self.__dict__["scheme"] = renamed
        self.events.emit(SchemeChanged())
        return n

    def accept_suggestions(self, pk: int, span_ids: Iterable[str] | None = None) -> list[str]:
        """Accept suggestions (all of the document's, or the given ones); returns the ids changed."""
        if span_ids is None:
            span_ids = [s.id for s in self._owned_spans(pk, self._owner(pk)) if s.status == SpanStatus.SUGGESTED]
        span_ids = list(span_ids)
        if span_ids:
            self.set_span_status(pk, span_ids, SpanStatus.ACCEPTED)
        return span_ids

    def accept_document(self, pk: int) -> tuple[DocStatus, list[str]]:
        """Mark done and accept every suggestion shown, in one transaction.
        Returns the old status and the ids accepted (for undo)."""
        with self._tx() as db:
            owner = self._set(pk)
            ids = [r[0] for r in db.execute("SELECT id FROM spans WHERE doc = ? AND owner = ? AND status = 'suggested'",
                                            (pk, owner))]
            db.execute("UPDATE spans SET status = 'accepted', author = ?, updated = ? "
                       "WHERE doc = ? AND owner = ? AND status = 'suggested'", (self._me, time.time(), pk, owner))
            db.execute("UPDATE relations SET status = 'accepted' WHERE doc = ? AND owner = ? AND status = 'suggested'",
                       (pk, owner))
            old = self._set_status(pk, owner, DocStatus.DONE)
            self._touch(pk, owner)
        self.events.emit(SpansStatusChanged(doc=pk, ids=tuple(ids), status=SpanStatus.ACCEPTED))
        self.events.emit(StatusChanged(doc=pk, status=DocStatus.DONE, old=old))
        return old, ids

    # -- models ---------------------------------------------------------------------------------
    def add_model(self, layer: str, data: bytes, info: dict[str, Any], make_current: bool = True) -> StoredModel:
        created = time.time()
        with self._tx() as db:
            version = int(db.execute("INSERT INTO models(layer, created, info, data) VALUES (?, ?, ?, ?) "
                                     "RETURNING version", (layer, created, orjson.dumps(info).decode(), data)
                                     ).fetchone()[0])
            if make_current:
                db.execute("INSERT INTO project(key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (f"model.{layer}", str(version)))
        if make_current:
            self.events.emit(ModelChanged(layer=layer, version=version))
        return StoredModel(version, layer, created, info, make_current)

    def set_current_model(self, layer: str, version: int | None) -> None:
        if version is not None and not self._db.execute(
                "SELECT 1 FROM models WHERE version = ? AND layer = ?", (version, layer)).fetchone():
            raise StoreError(f"the project has no {layer} model version {version}")
        with self._tx() as db:
            db.execute("INSERT INTO project(key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       (f"model.{layer}", "" if version is None else str(version)))
        self.events.emit(ModelChanged(layer=layer, version=version))

    def replace_suggestions(self, pk: int, sources: Iterable[str], spans: list[Span], relations: list[Relation],
                            meta: dict[str, Any] | None = None, tokens: bytes | None = None) -> list[Span]:
        """Swap the previous suggestions of ``sources`` for new ones, in the shared suggestions and in every
        annotator's set of the document.  ``tokens``: the packed token bounds of its text, which the detection
        made (``core.tokenize.pack_bounds``), kept where the project has none of this tokenizer version (not an
        edit: no event of its own; docs/contracts.md, "Tokens").

        Spans a person made or accepted are never touched; a new suggestion
        that overlaps one of them in its layer is dropped, and relations to a
        dropped span move to the kept span at the same place, if any.
        Returns the suggestions the view now shows."""
        sources = list(sources)
        shown: list[Span] = []
        with self._tx() as db:
            if not db.execute("SELECT 1 FROM documents WHERE pk = ?", (pk,)).fetchone():
                raise StoreError(f"document {pk} is not in the project")
            owners = [0, *(r[0] for r in db.execute("SELECT annotator FROM sets WHERE doc = ?", (pk,)))]
            view = self._owner(pk)
            for owner in owners:
                for table in ("relations", "spans"):
                    db.executemany(f"DELETE FROM {table} WHERE doc = ? AND owner = ? AND source = ? "
                                   "AND status = 'suggested'", [(pk, owner, src) for src in sources])
                kept_rel = {r[0] for r in db.execute("SELECT id FROM relations WHERE doc = ? AND owner = ?",
                                                     (pk, owner))}
                inserted, new_rels = merge_suggestions(self._owned_spans(pk, owner), kept_rel, spans, relations)
                self._insert_spans(pk, owner, inserted, 0)
                self._insert_relations(pk, owner, new_rels, self._span_pks(pk, owner))
                if owner == view:
                    shown = inserted
            old = orjson.loads(db.execute("SELECT meta FROM documents WHERE pk = ?", (pk,)).fetchone()[0])
            old.update(meta or {})
            title = Document.model_construct(text="", meta=old).title or self._title_span(pk)
            db.execute("UPDATE documents SET meta = ?, lang = ?, title = coalesce(nullif(?, ''), title) "
                       "WHERE pk = ?",
                       (orjson.dumps(old), old.get("lang"), title, pk))
            db.execute("UPDATE documents SET updated = ? WHERE pk = ?", (time.time(), pk))  # the shared suggestions
            if tokens is not None:  # the header says which tokenizer version packed the bounds
                db.execute("UPDATE texts SET tokens = ? WHERE pk = ? AND (tokens IS NULL "
                           "OR substr(tokens, 1, 6) <> substr(?, 1, 6))", (tokens, pk, tokens))
        self.events.emit(SuggestionsReplaced(doc=pk, spans=tuple(shown)))
        return shown

    def _named(self, name: str, reserved_ok: bool = False) -> int:
        """Inside a transaction: the key of the annotator ``name``, added if the project does not know them."""
        name = check_annotator_name(name, reserved_ok=reserved_ok)
        self._db.execute("INSERT INTO annotators(name, created) VALUES (?, ?) ON CONFLICT(name) DO NOTHING",
                         (name, time.time()))
        return int(self._db.execute("SELECT pk FROM annotators WHERE name = ?", (name,)).fetchone()[0])

    def put_set(self, pk: int, copy: SetCopy) -> None:
        with self._tx() as db:
            if not db.execute("SELECT 1 FROM documents WHERE pk = ?", (pk,)).fetchone():
                raise StoreError(f"document {pk} is not in the project")
            owner = self._named(copy.name, reserved_ok=True)
            keys = {name: self._named(name, reserved_ok=True)
                    for name in {who for who, _ in copy.authors.values() if who is not None}}
            who = {sid: (keys[name] if name is not None else 0, when) for sid, (name, when) in copy.authors.items()}
            db.execute("DELETE FROM relations WHERE doc = ? AND owner = ?", (pk, owner))
            db.execute("DELETE FROM spans WHERE doc = ? AND owner = ?", (pk, owner))
            db.execute("INSERT INTO sets(doc, annotator, status, updated) VALUES (?, ?, ?, ?) ON CONFLICT(doc, "
                       "annotator) DO UPDATE SET status = excluded.status, updated = excluded.updated",
                       (pk, owner, str(copy.status), copy.updated))
            self._insert_relations(pk, owner, copy.relations, self._insert_spans(pk, owner, copy.spans, owner, who))
        self.events.emit(SetReplaced(doc=pk, name=copy.name))

    def set_queues(self, queues: dict[str, list[int]]) -> None:
        """Replace the queues of the annotators named (adding those the project does not know yet)."""
        with self._tx() as db:
            for name, pks in queues.items():
                owner = self._named(name)
                db.execute("DELETE FROM queues WHERE annotator = ?", (owner,))
                db.executemany("INSERT INTO queues(annotator, position, doc) VALUES (?, ?, ?)",
                               [(owner, i, pk) for i, pk in enumerate(pks)])
