"""The read side of the project store: listings, filters, documents, counts.

Nothing here writes.  Every read is scoped to one annotation set, the *view*
(``self._view``, an annotator's key): a document's spans, relations and status
are the view's set if it has one there, else the shared suggestions (owner 0)
and status todo.  Counts per (annotator, status) come from a table that
triggers keep up to date, so the progress line and unfiltered counts cost the
same at 100 documents as at 100,000.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Protocol

import orjson

from annotator.core.model import BlockHint, Document, DocStatus, Relation, Span, SpanStatus, trusted_span
from annotator.store.base import UNSURE, DocFilter, DocSummary, StoreError

# The owner of the spans a view shows on document ``d``: the view's set if it has one, else the shared ones.
OWNER = "coalesce((SELECT annotator FROM sets WHERE doc = d.pk AND annotator = ?), 0)"
# The view's status of document ``d``.
STATUS = "coalesce((SELECT status FROM sets WHERE doc = d.pk AND annotator = ?), 'todo')"

SPAN_COLS = 'pk, id, layer, label, start, "end", source, status, score, attrs'
BATCH = 500


class Cursor(Protocol):
    rowcount: int

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Db(Protocol):
    """What the store needs of a connection: ``sqlite3.Connection``, or the PostgreSQL store's wrapper
    (:class:`~annotator.store.postgres.PgConnection`); parameters are ``?``, rows are tuples."""

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> Any: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Any: ...

    def close(self) -> None: ...


def span_of(row: Sequence[Any]) -> Span:
    _pk, sid, layer, label, start, end, source, status, score, attrs = row
    return trusted_span(sid, start, end, label, layer, source, status, score, orjson.loads(attrs) if attrs else {})


class ProjectQueries:
    """Mixed into :class:`~annotator.store.sqlite.SqliteProject`; needs ``self._db`` and ``self._view``."""

    _db: Db
    _view: int
    set_name: str
    # the few places the SQL of the two dialects differs (PostgresProject overrides them)
    _LIKE = "LIKE"  # SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE does the same
    _DETECTED = "json_extract(meta, '$.detected')"  # meta's "detected" list, as JSON text

    def _owner(self, pk: int) -> int:
        """Whose spans document ``pk`` shows in the view: the view's set, else the shared suggestions (0)."""
        row = self._db.execute("SELECT annotator FROM sets WHERE doc = ? AND annotator = ?",
                               (pk, self._view)).fetchone()
        return row[0] if row else 0

    # -- listing --------------------------------------------------------------------------------
    def _where(self, flt: DocFilter) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if flt.status:
            clauses.append(f"{STATUS} = ?")
            params += [self._view, str(flt.status)]
        if flt.label:
            clauses.append(f"EXISTS (SELECT 1 FROM spans s WHERE s.doc = d.pk AND s.owner = {OWNER} AND s.label = ?)")
            params += [self._view, flt.label]
        if flt.search:
            pattern = "%" + flt.search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            like = self._LIKE
            clauses.append(f"(d.title {like} ? ESCAPE '\\' OR d.id = ? OR d.source {like} ? ESCAPE '\\' OR EXISTS "
                           f"(SELECT 1 FROM texts t WHERE t.pk = d.pk AND t.text {like} ? ESCAPE '\\'))")
            params += [pattern, flt.search, pattern, pattern]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    _SUMMARY = (  # one parameter: the view
        "SELECT d.pk, d.id, d.title, coalesce(v.status, 'todo'), d.n_chars, d.source, "
        "(SELECT count(*) FROM spans s WHERE s.doc = d.pk AND s.owner = coalesce(v.annotator, 0)), "
        "(SELECT count(*) FROM spans s WHERE s.doc = d.pk AND s.owner = coalesce(v.annotator, 0) "
        "AND s.status = 'suggested') FROM documents d LEFT JOIN sets v ON v.doc = d.pk AND v.annotator = ?"
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
        if flt.order == "uncertainty":
            low, unsure, key_params = self._uncertainty_keys()
            rows = self._db.execute(f"{self._SUMMARY}{where} ORDER BY {low}, {unsure}, d.pk LIMIT ? OFFSET ?",
                                    [self._view, *params, *key_params, limit, offset])
        else:
            rows = self._db.execute(f"{self._SUMMARY}{where} ORDER BY d.pk LIMIT ? OFFSET ?",
                                    [self._view, *params, limit, offset])
        return [self._summary_of(r) for r in rows]

    def _uncertainty_keys(self) -> tuple[str, str, list[Any]]:
        """The review queue's sort keys of document ``d`` as two SQL expressions, both ascending (the lowest
        score of its scored entity suggestions, 2 without one; minus how many score below UNSURE), and their
        parameters in order."""
        scored = (f"FROM spans s WHERE s.doc = d.pk AND s.owner = {OWNER} AND s.layer = 'entities' "
                  "AND s.status = 'suggested' AND s.score IS NOT NULL")
        return (f"coalesce((SELECT min(s.score) {scored}), 2.0)", f"(SELECT -count(*) {scored} AND s.score < ?)",
                [self._view, self._view, UNSURE])

    def _ranked(self, flt: DocFilter) -> tuple[str, list[Any]]:
        """A common table ``k(pk, a, b)`` of the documents ``flt`` lists with their uncertainty keys."""
        where, params = self._where(flt)
        low, unsure, key_params = self._uncertainty_keys()
        return (f"WITH k AS (SELECT d.pk AS pk, {low} AS a, {unsure} AS b FROM documents d{where}) ",
                [*key_params, *params])

    def uncertainty(self, layer: str, status: DocStatus | None = None, unsure: float = UNSURE,
                    ) -> dict[int, tuple[float, int]]:
        cond = "AND coalesce(v.status, 'todo') = ? " if status else ""
        rows = self._db.execute(
            "SELECT d.pk, min(s.score), sum(CASE WHEN s.score < ? THEN 1 ELSE 0 END) FROM documents d "
            "LEFT JOIN sets v ON v.doc = d.pk AND v.annotator = ? "
            "JOIN spans s ON s.doc = d.pk AND s.owner = coalesce(v.annotator, 0) "
            f"WHERE s.layer = ? AND s.status = 'suggested' AND s.score IS NOT NULL {cond}GROUP BY d.pk",
            [unsure, self._view, layer, *([str(status)] if status else [])])
        return {pk: (float(low), int(n)) for pk, low, n in rows}

    def summary(self, pk: int) -> DocSummary:
        row = self._db.execute(f"{self._SUMMARY} WHERE d.pk = ?", (self._view, pk)).fetchone()
        if row is None:
            raise StoreError(f"document {pk} is not in the project")
        return self._summary_of(row)

    def neighbour(self, pk: int, step: int, flt: DocFilter = DocFilter()) -> int | None:
        if flt.order == "uncertainty":
            ranked, params = self._ranked(flt)
            cmp, order = (">", "ASC") if step > 0 else ("<", "DESC")
            here = self._db.execute(f"{ranked}SELECT a, b FROM k WHERE pk = ?", [*params, pk]).fetchone()
            after = f"WHERE (a, b, pk) {cmp} (?, ?, ?) " if here else ""  # a document not listed: from the end
            row = self._db.execute(f"{ranked}SELECT pk FROM k {after}ORDER BY a {order}, b {order}, pk {order} "
                                   "LIMIT 1", [*params, *([*here, pk] if here else [])]).fetchone()
            return row[0] if row else None
        where, params = self._where(flt)
        cmp, order = (">", "ASC") if step > 0 else ("<", "DESC")
        glue = " AND " if where else " WHERE "
        row = self._db.execute(
            f"SELECT d.pk FROM documents d{where}{glue}d.pk {cmp} ? ORDER BY d.pk {order} LIMIT 1", [*params, pk]
        ).fetchone()
        return row[0] if row else None

    def next_unfinished(self, after: int | None = None) -> int | None:
        """The next document the view has not finished after ``after``, wrapping round: in the view's queue
        when it has one (``annotator assign``), else in project order."""
        if self._db.execute("SELECT 1 FROM queues WHERE annotator = ? LIMIT 1", (self._view,)).fetchone():
            return self._next_in_queue(after)
        todo = f"SELECT d.pk FROM documents d WHERE {STATUS} = 'todo' AND d.pk > ? ORDER BY d.pk LIMIT 1"
        row = (self._db.execute(todo, (self._view, after or 0)).fetchone()
               or self._db.execute(todo, (self._view, 0)).fetchone())
        return row[0] if row else None

    def undetected(self, layers: Iterable[str]) -> list[int]:
        """Documents whose detection of ``layers`` never finished (``meta.detected`` lacks one), in order: what
        a killed ``import --detect`` or a closed window left to do."""
        wanted = set(layers)
        out = []
        for pk, done in self._db.execute(f"SELECT pk, {self._DETECTED} FROM documents ORDER BY pk"):
            try:
                got = orjson.loads(done) if done else []
            except orjson.JSONDecodeError:
                got = []
            if not isinstance(got, list) or not wanted <= set(got):
                out.append(pk)
        return out

    def _next_in_queue(self, after: int | None) -> int | None:
        here = self._db.execute("SELECT min(position) FROM queues WHERE annotator = ? AND doc = ?",
                                (self._view, after or 0)).fetchone()[0]
        todo = ("SELECT q.doc FROM queues q WHERE q.annotator = ? AND q.position > ? AND coalesce((SELECT status "
                "FROM sets WHERE doc = q.doc AND annotator = q.annotator), 'todo') = 'todo' "
                "ORDER BY q.position LIMIT 1")
        row = (self._db.execute(todo, (self._view, -1 if here is None else here)).fetchone()
               or self._db.execute(todo, (self._view, -1)).fetchone())
        return int(row[0]) if row else None

    def queue(self, annotator: str) -> list[int]:
        """The documents assigned to ``annotator``, in their order (empty: nothing assigned)."""
        return [r[0] for r in self._db.execute(
            "SELECT q.doc FROM queues q JOIN annotators a ON a.pk = q.annotator WHERE a.name = ? "
            "ORDER BY q.position", (annotator,))]

    def pk_of(self, doc_id: str) -> int | None:
        row = self._db.execute("SELECT pk FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def position(self, pk: int, flt: DocFilter = DocFilter()) -> int:
        """Row index of a document in the filtered listing."""
        if flt.order == "uncertainty":
            ranked, ranked_params = self._ranked(flt)
            return int(self._db.execute(
                f"{ranked}SELECT count(*) FROM k WHERE (a, b, pk) < (SELECT a, b, pk FROM k WHERE pk = ?)",
                [*ranked_params, pk]).fetchone()[0])
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
        return self._owned_spans(pk, self._owner(pk), start, end)

    def _owned_spans(self, pk: int, owner: int, start: int = 0, end: int = 1 << 62) -> list[Span]:
        rows = self._db.execute(f"SELECT {SPAN_COLS} FROM spans WHERE doc = ? AND owner = ? AND start >= ? "
                                'AND start < ? ORDER BY start, "end"', (pk, owner, start, end))
        collecting = gc.isenabled()
        gc.disable()  # tens of thousands of new objects would trigger full collections for nothing
        try:
            return [span_of(r) for r in rows]
        finally:
            if collecting:
                gc.enable()

    def _relations(self, pk: int, owner: int | None = None) -> list[Relation]:
        rows = self._db.execute(
            "SELECT r.id, r.label, h.id, c.id, r.source, r.status FROM relations r "
            "JOIN spans h ON h.pk = r.head JOIN spans c ON c.pk = r.child WHERE r.doc = ? AND r.owner = ? "
            "ORDER BY r.pk", (pk, self._owner(pk) if owner is None else owner))
        return [Relation.model_construct(id=i, label=lab, head=h, child=c, source=src, status=SpanStatus(st))
                for i, lab, h, c, src, st in rows]

    @staticmethod
    def _document(row: Sequence[Any], spans: list[Span], relations: list[Relation],
                  annotator: str | None = None) -> Document:
        _pk, did, status, meta, text, blocks = row
        return Document.model_construct(
            id=did, text=text, meta=orjson.loads(meta), spans=spans, relations=relations, status=DocStatus(status),
            blocks=[BlockHint(**b) for b in orjson.loads(blocks)] if blocks else [], annotator=annotator,
        )

    _DOC = (f"SELECT d.pk, d.id, {STATUS}, d.meta, t.text, t.blocks FROM documents d JOIN texts t ON t.pk = d.pk")

    def get_document(self, pk: int, spans: bool = True) -> Document:
        row = self._db.execute(f"{self._DOC} WHERE d.pk = ?", (self._view, pk)).fetchone()
        if row is None:
            raise StoreError(f"document {pk} is not in the project")
        owner = self._owner(pk)
        return self._document(row, self._owned_spans(pk, owner) if spans else [], self._relations(pk, owner),
                              self.set_name if owner else None)

    def iter_documents(self, status: DocStatus | None = None) -> Iterator[Document]:
        """Stream the view's documents in project order, a batch at a time (memory stays flat)."""
        last = 0
        cond = f"AND {STATUS} = ?" if status else ""
        while True:
            params = [self._view, last, self._view, str(status)] if status else [self._view, last]
            rows = self._db.execute(f"{self._DOC} WHERE d.pk > ? {cond} ORDER BY d.pk LIMIT {BATCH}",
                                    params).fetchall()
            if not rows:
                return
            for row in rows:
                owner = self._owner(row[0])
                yield self._document(row, self._owned_spans(row[0], owner), self._relations(row[0], owner),
                                     self.set_name if owner else None)
            last = rows[-1][0]

    def progress(self) -> dict[str, int]:
        """The view's documents by status, and the total."""
        counts = {s.value: 0 for s in DocStatus}
        total = 0
        for annotator, status, n in self._db.execute(
                "SELECT annotator, status, n FROM counts WHERE annotator IN (0, ?)", (self._view,)):
            if annotator == 0:
                total = n
            elif status != DocStatus.TODO:
                counts[status] = n
        counts["todo"] = total - counts["done"] - counts["skipped"]
        counts["total"] = total
        return counts

    def stats(self) -> dict[str, Any]:
        spans: dict[str, dict[str, dict[str, int]]] = {}
        for layer, label, source, status, n in self._db.execute(
            "SELECT s.layer, s.label, s.source, s.status, count(*) FROM spans s JOIN documents d ON d.pk = s.doc "
            f"WHERE s.owner = {OWNER} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4",
            (self._view,),
        ):
            entry = spans.setdefault(layer, {}).setdefault(label, {})
            entry[f"{source} ({status})"] = n
        relations = dict(self._db.execute(
            f"SELECT r.label, count(*) FROM relations r JOIN documents d ON d.pk = r.doc WHERE r.owner = {OWNER} "
            "GROUP BY r.label ORDER BY r.label", (self._view,)))
        return {"documents": self.progress(), "spans": spans, "relations": relations}
