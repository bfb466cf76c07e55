"""The read side of the SQLite store: listings, filters, documents, counts.

Nothing here writes.  Counts per status come from a table that triggers keep
up to date (schema v2), so the progress line and unfiltered counts cost the
same at 100 documents as at 100,000.
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

import orjson

from annotator.core.model import BlockHint, Document, DocStatus, Relation, Span, SpanStatus, trusted_span
from annotator.store.base import DocFilter, DocSummary, StoreError

SPAN_COLS = 'pk, id, layer, label, start, "end", source, status, score, attrs'
BATCH = 500


def span_of(row: Sequence[Any]) -> Span:
    _pk, sid, layer, label, start, end, source, status, score, attrs = row
    return trusted_span(sid, start, end, label, layer, source, status, score, orjson.loads(attrs) if attrs else {})


class ProjectQueries:
    """Mixed into :class:`~annotator.store.sqlite.SqliteProject`; needs ``self._db``."""

    _db: sqlite3.Connection

    # -- listing --------------------------------------------------------------------------------
    @staticmethod
    def _where(flt: DocFilter) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if flt.status:
            clauses.append("d.status = ?")
            params.append(str(flt.status))
        if flt.label:
            clauses.append("d.pk IN (SELECT doc FROM spans WHERE label = ?)")
            params.append(flt.label)
        if flt.search:
            pattern = "%" + flt.search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            clauses.append("(d.title LIKE ? ESCAPE '\\' OR d.id = ? OR EXISTS "
                           "(SELECT 1 FROM texts t WHERE t.pk = d.pk AND t.text LIKE ? ESCAPE '\\'))")
            params += [pattern, flt.search, pattern]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    _SUMMARY = (
        "SELECT d.pk, d.id, d.title, d.status, d.n_chars, d.source, "
        "(SELECT count(*) FROM spans s WHERE s.doc = d.pk), "
        "(SELECT count(*) FROM spans s WHERE s.doc = d.pk AND s.status = 'suggested') FROM documents d"
    )

    @staticmethod
    def _summary_of(row: Sequence[Any]) -> DocSummary:
        pk, did, title, status, n_chars, source, n_spans, n_sugg = row
        return DocSummary(pk, did, title, DocStatus(status), n_chars, source, n_spans, n_sugg)

    def count(self, flt: DocFilter = DocFilter()) -> int:
        if not flt.label and not flt.search:
            counts = self.progress()
            return counts[str(flt.status)] if flt.status else counts["total"]
        where, params = self._where(flt)
        return int(self._db.execute(f"SELECT count(*) FROM documents d{where}", params).fetchone()[0])

    def list_documents(self, flt: DocFilter = DocFilter(), offset: int = 0, limit: int = 100) -> list[DocSummary]:
        where, params = self._where(flt)
        rows = self._db.execute(f"{self._SUMMARY}{where} ORDER BY d.pk LIMIT ? OFFSET ?", [*params, limit, offset])
        return [self._summary_of(r) for r in rows]

    def summary(self, pk: int) -> DocSummary:
        row = self._db.execute(f"{self._SUMMARY} WHERE d.pk = ?", (pk,)).fetchone()
        if row is None:
            raise StoreError(f"document {pk} is not in the project")
        return self._summary_of(row)

    def neighbour(self, pk: int, step: int, flt: DocFilter = DocFilter()) -> int | None:
        where, params = self._where(flt)
        cmp, order = (">", "ASC") if step > 0 else ("<", "DESC")
        glue = " AND " if where else " WHERE "
        row = self._db.execute(
            f"SELECT d.pk FROM documents d{where}{glue}d.pk {cmp} ? ORDER BY d.pk {order} LIMIT 1", [*params, pk]
        ).fetchone()
        return row[0] if row else None

    def next_unfinished(self, after: int | None = None) -> int | None:
        row = self._db.execute(
            "SELECT pk FROM documents WHERE status = 'todo' AND pk > ? ORDER BY pk LIMIT 1", (after or 0,)
        ).fetchone() or self._db.execute(
            "SELECT pk FROM documents WHERE status = 'todo' ORDER BY pk LIMIT 1").fetchone()
        return row[0] if row else None

    def pk_of(self, doc_id: str) -> int | None:
        row = self._db.execute("SELECT pk FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def position(self, pk: int, flt: DocFilter = DocFilter()) -> int:
        """Row index of a document in the filtered listing."""
        where, params = self._where(flt)
        if not where:  # pks 1..N without a gap (documents are never deleted): no need to count N/2 rows
            total = self.progress()["total"]
            ends = "SELECT (SELECT min(pk) FROM documents), (SELECT max(pk) FROM documents)"  # two index lookups
            if self._db.execute(ends).fetchone() in ((1, total), (None, None)):
                return max(0, min(pk - 1, total))
        glue = " AND " if where else " WHERE "
        query = f"SELECT count(*) FROM documents d{where}{glue}d.pk < ?"
        return int(self._db.execute(query, [*params, pk]).fetchone()[0])

    # -- reading documents ----------------------------------------------------------------------
    def _spans(self, pk: int) -> list[Span]:
        return self.spans_between(pk, 0, 1 << 62)

    def spans_between(self, pk: int, start: int, end: int) -> list[Span]:
        rows = self._db.execute(f"SELECT {SPAN_COLS} FROM spans WHERE doc = ? AND start >= ? AND start < ? "
                                'ORDER BY start, "end"', (pk, start, end))
        collecting = gc.isenabled()
        gc.disable()  # tens of thousands of new objects would trigger full collections for nothing
        try:
            return [span_of(r) for r in rows]
        finally:
            if collecting:
                gc.enable()

    def _relations(self, pk: int) -> list[Relation]:
        rows = self._db.execute(
            "SELECT r.id, r.label, h.id, c.id, r.source, r.status FROM relations r "
            "JOIN spans h ON h.pk = r.head JOIN spans c ON c.pk = r.child WHERE r.doc = ? ORDER BY r.pk", (pk,))
        return [Relation.model_construct(id=i, label=lab, head=h, child=c, source=src, status=SpanStatus(st))
                for i, lab, h, c, src, st in rows]

    def _document(self, row: Sequence[Any], spans: list[Span], relations: list[Relation]) -> Document:
        _pk, did, status, meta, text, blocks = row
        return Document.model_construct(
            id=did, text=text, meta=orjson.loads(meta), spans=spans, relations=relations, status=DocStatus(status),
            blocks=[BlockHint(**b) for b in orjson.loads(blocks)] if blocks else [],
        )

    _DOC = "SELECT d.pk, d.id, d.status, d.meta, t.text, t.blocks FROM documents d JOIN texts t ON t.pk = d.pk"

    def get_document(self, pk: int, spans: bool = True) -> Document:
        row = self._db.execute(f"{self._DOC} WHERE d.pk = ?", (pk,)).fetchone()
        if row is None:
            raise StoreError(f"document {pk} is not in the project")
        return self._document(row, self._spans(pk) if spans else [], self._relations(pk))

    def iter_documents(self, status: DocStatus | None = None) -> Iterator[Document]:
        """Stream documents in project order, a batch at a time (memory stays flat)."""
        last = 0
        cond = "AND d.status = ?" if status else ""
        while True:
            params = [last, str(status)] if status else [last]
            rows = self._db.execute(f"{self._DOC} WHERE d.pk > ? {cond} ORDER BY d.pk LIMIT {BATCH}",
                                    params).fetchall()
            if not rows:
                return
            for row in rows:
                yield self._document(row, self._spans(row[0]), self._relations(row[0]))
            last = rows[-1][0]

    def progress(self) -> dict[str, int]:
        counts = {s.value: 0 for s in DocStatus}
        for status, n in self._db.execute("SELECT status, n FROM doc_counts"):
            counts[status] = n
        counts["total"] = sum(counts[s.value] for s in DocStatus)
        return counts

    def stats(self) -> dict[str, Any]:
        spans: dict[str, dict[str, dict[str, int]]] = {}
        for layer, label, source, status, n in self._db.execute(
            "SELECT layer, label, source, status, count(*) FROM spans GROUP BY layer, label, source, status "
            "ORDER BY layer, label, source, status"
        ):
            entry = spans.setdefault(layer, {}).setdefault(label, {})
            entry[f"{source} ({status})"] = n
        relations = dict(self._db.execute("SELECT label, count(*) FROM relations GROUP BY label ORDER BY label"))
        return {"documents": self.progress(), "spans": spans, "relations": relations}
