"""The read side of the project store beyond one annotator's view: every annotator's annotation sets (what an
export or the agreement reads), the project's settings, and the entity models stored in the project.

Nothing here writes; :class:`~annotator.store.sqlite.SqliteProject` mixes it in over
:class:`~annotator.store.queries.ProjectQueries`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson

from annotator.core.labels import TITLE
from annotator.core.model import Document, DocStatus
from annotator.store.base import ALL, CURATED, Corrections, SetCopy, StoredModel, StoreError
from annotator.store.queries import BATCH, SPAN_COLS, ProjectQueries


_SEP = "\t"


def rejection_key(layer: str, label: str, text: str) -> str:
    """The ``project`` table's key counting the rejected suggestions of ``text`` as ``label`` in ``layer``."""
    return _SEP.join(("rejected", layer, label, text))


class SetQueries(ProjectQueries):
    """Mixed into :class:`~annotator.store.sqlite.SqliteProject`; needs ``self._db`` and ``self._view``."""

    # -- lookups the writers use -----------------------------------------------------------------
    def _existing(self, column: str, values: list[str]) -> set[str]:
        """Which of ``values`` the documents table already has in ``column``."""
        found: set[str] = set()
        for i in range(0, len(values), 500):
            chunk = values[i:i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(r[0] for r in self._db.execute(f"SELECT {column} FROM documents WHERE {column} IN ({marks})",
                                                         chunk))
        return found

    def _span_row(self, pk: int, owner: int, span_id: str) -> tuple[Any, ...]:
        query = f"SELECT {SPAN_COLS} FROM spans WHERE doc = ? AND owner = ? AND id = ?"
        row: tuple[Any, ...] | None = self._db.execute(query, (pk, owner, span_id)).fetchone()
        if row is None:
            raise StoreError(f"span {span_id} is not in document {pk}")
        return row

    def _span_pks(self, pk: int, owner: int) -> dict[str, int]:
        return dict(self._db.execute("SELECT id, pk FROM spans WHERE doc = ? AND owner = ?", (pk, owner)))

    # -- settings -------------------------------------------------------------------------------
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self._db.execute("SELECT value FROM project WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    # -- corrections (the project lexicon) ------------------------------------------------------
    def corrections(self, layer: str) -> Corrections:
        out = Corrections()
        rows = self._db.execute(
            'SELECT substr(t.text, a.start + 1, a."end" - a.start), a.label, count(*) FROM '
            '(SELECT DISTINCT doc, start, "end", label FROM spans WHERE layer = ? AND status = \'accepted\') a '
            "JOIN texts t ON t.pk = a.doc GROUP BY 1, 2", (layer,))
        out.accepted = {(text, label): n for text, label, n in rows}
        prefix = rejection_key(layer, "", "")[:-1]  # "rejected<TAB>layer<TAB>" (a collation may not sort a tab)
        for key, value in self._db.execute("SELECT key, value FROM project WHERE substr(key, 1, ?) = ?",
                                           (len(prefix), prefix)):
            _, _, label, text = key.split(_SEP, 3)
            if int(value) > 0:
                out.rejected[(text, label)] = int(value)
        return out

    def accepted_texts(self, layer: str, label: str) -> list[tuple[int, str, dict[str, Any]]]:
        rows = self._db.execute(
            'SELECT a.doc, substr(t.text, a.start + 1, a."end" - a.start), d.meta FROM '
            '(SELECT DISTINCT doc, start, "end" FROM spans WHERE layer = ? AND label = ? AND status = \'accepted\') a '
            "JOIN texts t ON t.pk = a.doc JOIN documents d ON d.pk = a.doc ORDER BY a.doc", (layer, label))
        metas: dict[int, dict[str, Any]] = {}
        return [(pk, text, metas.setdefault(pk, orjson.loads(meta))) for pk, text, meta in rows]

    # -- models ---------------------------------------------------------------------------------
    def list_models(self, layer: str | None = None) -> list[StoredModel]:
        where, params = (" WHERE layer = ?", (layer,)) if layer else ("", ())
        rows = self._db.execute(f"SELECT version, layer, created, info FROM models{where} ORDER BY version", params)
        current = {key[len("model."):]: value for key, value in
                   self._db.execute("SELECT key, value FROM project WHERE key LIKE 'model.%'")}
        return [StoredModel(v, lay, created, orjson.loads(info), current.get(lay) == str(v))
                for v, lay, created, info in rows]

    def model_data(self, version: int) -> bytes:
        row = self._db.execute("SELECT data FROM models WHERE version = ?", (version,)).fetchone()
        if row is None:
            raise StoreError(f"the project has no model version {version}")
        return bytes(row[0])

    def current_model(self, layer: str) -> StoredModel | None:
        version = self.get_setting(f"model.{layer}")
        if not version:
            return None
        row = self._db.execute("SELECT version, layer, created, info FROM models WHERE version = ? AND layer = ?",
                               (int(version), layer)).fetchone()
        return StoredModel(row[0], row[1], row[2], orjson.loads(row[3]), True) if row else None

    # -- annotators and their sets ----------------------------------------------------------------
    def annotators(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT name FROM annotators ORDER BY pk")]

    def set_names(self, pk: int) -> list[str]:
        return [r[0] for r in self._db.execute(
            "SELECT a.name FROM sets s JOIN annotators a ON a.pk = s.annotator WHERE s.doc = ? ORDER BY a.pk", (pk,))]

    def _title_span(self, pk: int) -> str:
        """The text of the document's first TITLE span, one line, or "" (the list shows it, not the first
        line of the text, which is often an agency code or a teaser of another story)."""
        row = self._db.execute(
            'SELECT substr(t.text, s.start + 1, CASE WHEN s."end" - s.start < 300 '
            'THEN s."end" - s.start ELSE 300 END) FROM spans s JOIN texts t ON t.pk = s.doc '
            "WHERE s.doc = ? AND s.label = ? ORDER BY s.start LIMIT 1", (pk, TITLE)).fetchone()
        return " ".join(row[0].split()) if row else ""

    _PLAIN_DOC = ("SELECT d.pk, d.id, 'todo', d.meta, t.text, t.blocks FROM documents d "
                  "JOIN texts t ON t.pk = d.pk")

    def _sets_of(self, pk: int) -> list[tuple[int, str | None, str]]:
        rows: list[tuple[int, str | None, str]] = self._db.execute(
            "SELECT a.pk, a.name, s.status FROM sets s JOIN annotators a ON a.pk = s.annotator "
            "WHERE s.doc = ? ORDER BY a.pk", (pk,)).fetchall()
        return rows

    def _set_document(self, row: tuple[Any, ...], owner: int, name: str | None, status: str) -> Document:
        doc = self._document(row, self._owned_spans(row[0], owner), self._relations(row[0], owner), name)
        doc.status = DocStatus(status)
        return doc

    def get_set(self, pk: int, annotator: str) -> Document | None:
        row = self._db.execute(f"{self._PLAIN_DOC} WHERE d.pk = ?", (pk,)).fetchone()
        if row is None:
            raise StoreError(f"document {pk} is not in the project")
        found = [(owner, status) for owner, name, status in self._sets_of(pk) if name == annotator]
        return self._set_document(row, found[0][0], annotator, found[0][1]) if found else None

    def shared(self, pk: int) -> Document:
        row = self._db.execute(f"{self._PLAIN_DOC} WHERE d.pk = ?", (pk,)).fetchone()
        if row is None:
            raise StoreError(f"document {pk} is not in the project")
        return self._document(row, self._owned_spans(pk, 0), self._relations(pk, 0))

    def sets_of(self, pk: int) -> list[SetCopy]:
        names: dict[int, str] = dict(self._db.execute("SELECT pk, name FROM annotators"))
        copies = []
        for owner, status, updated in self._db.execute(
                "SELECT annotator, status, updated FROM sets WHERE doc = ? ORDER BY annotator", (pk,)).fetchall():
            authors = {sid: (names.get(who), when) for sid, who, when in self._db.execute(
                "SELECT id, author, updated FROM spans WHERE doc = ? AND owner = ?", (pk, owner))}
            copies.append(SetCopy(names[owner], DocStatus(status), updated, self._owned_spans(pk, owner),
                                  self._relations(pk, owner), authors))
        return copies

    def curation_queue(self) -> list[int]:
        query = ("SELECT d.pk FROM documents d WHERE (SELECT count(*) FROM sets s JOIN annotators a ON a.pk = "
                 "s.annotator WHERE s.doc = d.pk AND a.name != ? AND s.status = 'done') >= 2 AND NOT EXISTS ("
                 "SELECT 1 FROM sets s JOIN annotators a ON a.pk = s.annotator WHERE s.doc = d.pk AND a.name = ? "
                 "AND s.status != 'todo') ORDER BY d.pk")
        return [int(r[0]) for r in self._db.execute(query, (CURATED, CURATED))]

    def content_hashes(self) -> dict[str, int]:
        return {digest: pk for pk, digest in self._db.execute("SELECT pk, content_hash FROM documents ORDER BY pk")}

    def count_sets(self, which: str | None = None, status: DocStatus | None = None) -> int:
        """How many documents :meth:`iter_sets` gives for the same arguments."""
        cond, params = ("= ?", [str(status)]) if status else ("IS NOT NULL", [])
        if which is not None:
            owners = ("(SELECT pk FROM annotators WHERE name != ?)" if which == ALL
                      else "(SELECT pk FROM annotators WHERE name = ?)")
            query = f"SELECT count(*) FROM sets WHERE annotator IN {owners} AND status {cond}"
            return int(self._db.execute(query, [CURATED if which == ALL else which, *params]).fetchone()[0])
        chosen = ("CASE WHEN EXISTS (SELECT 1 FROM sets WHERE doc = d.pk AND annotator = c.pk) "
                  "THEN (SELECT status FROM sets WHERE doc = d.pk AND annotator = c.pk) "
                  "WHEN (SELECT count(*) FROM sets WHERE doc = d.pk) = 1 "
                  "THEN (SELECT status FROM sets WHERE doc = d.pk) "
                  "WHEN NOT EXISTS (SELECT 1 FROM sets WHERE doc = d.pk) THEN 'todo' END")
        query = (f"SELECT count(*) FROM documents d LEFT JOIN (SELECT pk FROM annotators WHERE name = ?) c "
                 f"ON 1 = 1 WHERE {chosen} {cond}")
        return int(self._db.execute(query, [CURATED, *params]).fetchone()[0])

    def iter_sets(self, which: str | None = None, status: DocStatus | None = None,
                  contested: list[str] | None = None) -> Iterator[Document]:
        """The annotation sets an export writes, in project order, each Document naming its annotator.

        ``which`` is an annotator's name, ``all`` (every annotator's set but the curated ones), ``curated``,
        or None: the curated set where there is one, else the only annotator's set, else (nobody worked on
        the document) the shared suggestions with status todo.  A document several annotators worked on
        and nobody curated is left out, its id appended to ``contested``."""
        last = 0
        while True:
            rows = self._db.execute(f"{self._PLAIN_DOC} WHERE d.pk > ? ORDER BY d.pk LIMIT {BATCH}",
                                    (last,)).fetchall()
            if not rows:
                return
            for row in rows:
                sets = self._sets_of(row[0])
                if which == ALL:
                    chosen = [s for s in sets if s[1] != CURATED]
                elif which is not None:
                    chosen = [s for s in sets if s[1] == which]
                else:
                    curated = [s for s in sets if s[1] == CURATED]
                    chosen = curated or sets or [(0, None, "todo")]
                    if len(chosen) > 1:
                        if contested is not None and (status is None or any(s[2] == status for s in chosen)):
                            contested.append(row[1])
                        continue
                for owner, name, set_status in chosen:
                    if status is None or set_status == status:
                        yield self._set_document(row, owner, name, set_status)
            last = rows[-1][0]
