"""Adding documents to the project store: batched inserts de-duplicated by content hash, the column-wise path
for plain documents, the command line's one-transaction bulk load, and the rows of imported annotations.

:class:`~annotator.store.sqlite.SqliteProject` (and through it the PostgreSQL store) mixes this in; it
needs ``self._tx()``, ``self._me`` and ``self.events`` besides the queries' ``self._db`` and ``self._view``.
The methods marked "dialect" are overridden by :class:`~annotator.store.postgres.PostgresProject`.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from itertools import repeat
from typing import TYPE_CHECKING, Any

import orjson

from annotator.core.events import DocumentsAdded, Emitter
from annotator.core.ids import utf8_content_hash
from annotator.core.model import Document, DocStatus, PlainDocuments, PlainRow, Relation, Span, SpanStatus
from annotator.store.base import AddResult
from annotator.store.queries import Db
from annotator.store.sets import SetQueries

_IMPORT_BATCH = 2000
_COUNT_TRIGGER = "counts_doc_insert"  # keeps the number of documents (schema v3)


def _json(value: object) -> bytes | None:
    return orjson.dumps(value) if value else None


class DocumentWriter(SetQueries):
    _bulk = False  # bulk_load's transaction is open: _tx adds to it
    _me: int
    events: Emitter

    if TYPE_CHECKING:
        def _tx(self) -> AbstractContextManager[Db]: ...

    def add_documents(self, docs: Iterable[Document | PlainDocuments]) -> AddResult:
        """Add documents in batched transactions; texts the project already
        has are skipped (de-duplication by content hash)."""
        result = AddResult()
        batch: list[Document] = []

        def add(docs: Iterable[Document | PlainDocuments]) -> None:
            nonlocal batch
            for doc in docs:
                if isinstance(doc, PlainDocuments):
                    if batch:
                        self._add_batch(batch, result)
                        batch = []
                    self._add_plain(doc, result)
                    continue
                batch.append(doc)
                if len(batch) >= _IMPORT_BATCH:
                    self._add_batch(batch, result)
                    batch = []

        if self._bulk:
            add(docs)
            if batch:
                self._add_batch(batch, result)
            self._db.execute("UPDATE counts SET n = n + ? WHERE annotator = 0 AND status = 'total'",
                             (len(result.added),))
        else:
            # A bulk import need not survive a power cut batch by batch (re-running it adds only what is
            # missing), so its commits skip the fsync; the last one and every later edit are fully durable.
            # Checkpoints (copying the log into the file, with an fsync) wait until the import is done.
            self._bulk_import(True)
            try:
                add(docs)
            finally:
                self._bulk_import(False)
            if batch:
                self._add_batch(batch, result)
        if result.added:
            self.events.emit(DocumentsAdded(pks=tuple(result.added)))
        return result

    def _bulk_import(self, on: bool) -> None:
        """Dialect: a bulk import's commits skip the fsync and the checkpoints (see add_documents)."""
        self._db.execute(f"PRAGMA synchronous = {'NORMAL' if on else 'FULL'}")
        self._db.execute(f"PRAGMA wal_autocheckpoint = {0 if on else 1000}")

    def _lock_documents(self) -> None:
        """Dialect: inside a transaction, keep other writers from adding documents until it ends (SQLite's
        ``BEGIN IMMEDIATE`` already holds the only write lock)."""

    @contextmanager
    def bulk_load(self) -> Iterator[None]:
        """With no other connection to the project (the command line's import), the documents added meanwhile
        go in as one transaction through SQLite's rollback journal: written once, where the write-ahead log
        holds every new page until a checkpoint copies it into the file; a killed import leaves the project
        as it was.  With another connection open (the window) nothing changes."""
        db = self._db
        db.execute("PRAGMA busy_timeout = 0")  # another connection has the project: do not wait, keep the log
        try:
            mode = db.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlite3.OperationalError:
            mode = "wal"
        finally:
            db.execute("PRAGMA busy_timeout = 5000")
        if mode.lower() == "wal":
            yield
            return
        try:
            with self._tx():
                # The documents' counter goes up once per call of add_documents, not by a trigger per document.
                trigger = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                     (_COUNT_TRIGGER,)).fetchone()[0]
                db.execute(f"DROP TRIGGER {_COUNT_TRIGGER}")
                self._bulk = True
                yield
                self._bulk = False
                db.execute(trigger)
        finally:
            self._bulk = False
            db.execute("PRAGMA journal_mode = WAL")

    def _unique_id(self, doc_id: str, also_taken: set[str]) -> str:
        n = 2
        while f"{doc_id}-{n}" in also_taken or self._existing("id", [f"{doc_id}-{n}"]):
            n += 1
        return f"{doc_id}-{n}"

    _INSERT_DOCUMENTS = ("INSERT INTO documents(pk, id, content_hash, title, source, lang, n_chars, meta, updated) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
    _INSERT_TEXTS = "INSERT INTO texts(pk, text, blocks) VALUES (?, CAST(? AS TEXT), ?)"
    _UNIQUE_VIOLATION: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)  # dialect

    @staticmethod
    def _text(data: bytes | memoryview) -> bytes | memoryview | str:
        """Dialect: a text's UTF-8 bytes as the texts table takes them (SQLite: as they are, cast to TEXT)."""
        return data

    def _add_plain(self, docs: PlainDocuments, result: AddResult) -> None:
        """Documents without annotations, column by column: when none is in the project already, nor twice
        in ``docs``, and no id is taken, they go in without a step per document in Python (the unique indexes
        tell); else one by one."""
        n = len(docs)
        if not n:
            return
        with self._tx() as db:
            if len(set(docs.digests)) == n and len(set(docs.ids)) == n:
                self._lock_documents()
                first = db.execute("SELECT coalesce(max(pk), 0) + 1 FROM documents").fetchone()[0]
                pks = range(first, first + n)
                db.execute("SAVEPOINT plain")  # a text or an id the project has fails the unique indexes
                try:
                    db.executemany(self._INSERT_DOCUMENTS, zip(pks, docs.ids, docs.digests, docs.titles,
                                                               docs.sources, docs.langs, docs.n_chars, docs.metas,
                                                               repeat(time.time())))
                    db.executemany(self._INSERT_TEXTS, zip(pks, map(self._text, docs.texts), repeat(None)))
                except self._UNIQUE_VIOLATION:
                    db.execute("ROLLBACK TO plain")
                else:
                    result.added += pks
                    return
                finally:
                    db.execute("RELEASE plain")
        for i in range(0, n, _IMPORT_BATCH):
            self._add_batch([docs.row(k) for k in range(i, min(n, i + _IMPORT_BATCH))], result)

    @staticmethod
    def _row(doc: Document | PlainRow) -> PlainRow:
        if not isinstance(doc, Document):
            return doc
        data = doc.text.encode("utf-8")
        return PlainRow(doc.id, data, len(doc.text), utf8_content_hash(data), doc.title,
                        orjson.dumps(doc.meta), doc.meta.get("source"), doc.meta.get("lang"))

    def _add_batch(self, batch: Sequence[Document | PlainRow], result: AddResult) -> None:
        """One transaction: texts already in the project (or twice in the batch) are skipped, ids another
        text holds get a ``-2`` suffix, and the rest go in with two ``executemany`` calls."""
        now = time.time()
        with self._tx() as db:
            rows = [self._row(doc) for doc in batch]
            known = self._existing("content_hash", [row.digest for row in rows])
            fresh: list[tuple[Document | PlainRow, PlainRow]] = []
            for doc, row in zip(batch, rows):
                if row.digest in known:
                    result.duplicates += 1
                    continue
                known.add(row.digest)
                fresh.append((doc, row))
            if not fresh:
                return
            taken = self._existing("id", [row.id for _, row in fresh])
            # This transaction holds the write lock, so the next keys are ours to assign.
            self._lock_documents()
            first = db.execute("SELECT coalesce(max(pk), 0) + 1 FROM documents").fetchone()[0]
            doc_rows: list[tuple[Any, ...]] = []
            text_rows: list[tuple[Any, ...]] = []
            ids: set[str] = set()
            for pk, (doc, row) in enumerate(fresh, first):
                doc_id = self._unique_id(row.id, ids) if row.id in taken or row.id in ids else row.id
                ids.add(doc_id)
                doc_rows.append((pk, doc_id, row.digest, row.title, row.source, row.lang, row.n_chars, row.meta, now))
                blocks = (orjson.dumps([b.model_dump() for b in doc.blocks])
                          if isinstance(doc, Document) and doc.blocks else None)
                text_rows.append((pk, self._text(row.text), blocks))
            db.executemany(self._INSERT_DOCUMENTS, doc_rows)
            db.executemany(self._INSERT_TEXTS, text_rows)
            for (doc, _), doc_row in zip(fresh, doc_rows):
                if isinstance(doc, Document) and (doc.spans or doc.status != DocStatus.TODO):
                    self._add_annotations(doc_row[0], doc, now)
            result.added += [doc_row[0] for doc_row in doc_rows]

    def _add_annotations(self, pk: int, doc: Document, now: float) -> None:
        """An imported document's annotations: its suggestions are shared; its accepted spans and its status
        are the work of the annotator importing it (their set, which also gets the suggestions)."""
        suggested = [s for s in doc.spans if s.status == SpanStatus.SUGGESTED]
        if suggested:
            ids = {s.id for s in suggested}
            shared = [r for r in doc.relations if r.head in ids and r.child in ids]
            self._insert_relations(pk, 0, shared, self._insert_spans(pk, 0, suggested, 0))
        if doc.status != DocStatus.TODO or len(suggested) < len(doc.spans):
            self._db.execute("INSERT INTO sets(doc, annotator, status, updated) VALUES (?, ?, ?, ?)",
                             (pk, self._view, str(doc.status), now))
            self._insert_relations(pk, self._view, doc.relations,
                                   self._insert_spans(pk, self._view, doc.spans, self._me))

    def _insert_spans(self, pk: int, owner: int, spans: Iterable[Span], author: int,
                      who: dict[str, tuple[int, float | None]] | None = None) -> dict[str, int]:
        """Insert spans written by ``author`` now, or by whom and when ``who`` says (a merged set)."""
        out: dict[str, int] = {}
        now = time.time()
        for s in spans:
            by, when = who.get(s.id, (author, now)) if who else (author, now)
            out[s.id] = self._db.execute(
                'INSERT INTO spans(doc, owner, id, layer, label, start, "end", source, status, score, attrs, author, '
                "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING pk",
                (pk, owner, s.id, s.layer, s.label, s.start, s.end, s.source, str(s.status), s.score, _json(s.attrs),
                 by, when),
            ).fetchone()[0]
        return out

    def _insert_relations(self, pk: int, owner: int, relations: Iterable[Relation],
                          span_pks: dict[str, int]) -> list[Relation]:
        inserted = []
        for r in relations:
            head, child = span_pks.get(r.head), span_pks.get(r.child)
            if head is None or child is None:
                continue
            self._db.execute(
                "INSERT INTO relations(doc, owner, id, label, head, child, source, status) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (pk, owner, r.id, r.label, head, child, r.source, str(r.status)),
            )
            inserted.append(r)
        return inserted
