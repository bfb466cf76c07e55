"""The token bounds of a project's texts, kept beside them (``texts.tokens``, schema v6) so that an export
tokenizes each text once, not once per export (docs/contracts.md, "Tokens").

:class:`ProjectTokens` is the project's :class:`~annotator.core.tokenize.TokenCache`: texts are found by their
content hash, and bounds packed for another tokenizer version read as missing (they are packed again and
replace the old ones).  Keeping bounds is not an edit: no event, nothing for undo, and a project that cannot
be written (busy, a role without the right, a read-only file) simply keeps none.  A project file opened
read-only (as ``annotator export`` opens it) is written beside that connection, through one of its own, when
the writer's lock can be had: not while another process has the project open for writing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from typing import Protocol

from annotator.core.ids import content_hash
from annotator.store.base import StoreError
from annotator.store.lock import ProjectLock
from annotator.store.queries import Db

_PUT = "UPDATE texts SET tokens = ? WHERE pk = (SELECT pk FROM documents WHERE content_hash = ?)"


class _Store(Protocol):
    readonly: bool
    _db: Db

    def _tx(self) -> AbstractContextManager[Db]: ...


class ProjectTokens:
    """A project's token-bounds cache (``get_many``/``put_many`` of :class:`~annotator.core.tokenize.TokenCache`)."""

    def __init__(self, store: _Store, beside: str | None = None):
        """``beside``: the path of a project file ``store`` has open read-only, to keep bounds in."""
        self._store, self._beside = store, beside

    def get_many(self, texts: Sequence[str]) -> list[bytes | None]:
        hashes = [content_hash(text) for text in texts]
        found: dict[str, bytes] = {}
        for chunk in _chunks(sorted(set(hashes)), 500):
            marks = ", ".join("?" * len(chunk))
            for digest, blob in self._store._db.execute(
                    "SELECT d.content_hash, t.tokens FROM documents d JOIN texts t ON t.pk = d.pk "
                    f"WHERE d.content_hash IN ({marks}) AND t.tokens IS NOT NULL", chunk):
                found[digest] = bytes(blob)
        return [found.get(digest) for digest in hashes]

    def put_many(self, items: Sequence[tuple[str, bytes]]) -> None:
        rows = [(blob, content_hash(text)) for text, blob in items]
        if not rows:
            return
        try:  # a cache: what cannot be written now is computed again next time
            if not self._store.readonly:
                with self._store._tx() as db:
                    db.executemany(_PUT, rows)
            elif self._beside is not None:
                self._put_beside(self._beside, rows)
        except StoreError:
            self._beside = None

    @staticmethod
    def _put_beside(path: str, rows: list[tuple[bytes, str]]) -> None:
        lock = ProjectLock(path)  # ProjectInUse while another process writes the project
        try:
            db = sqlite3.connect(path, isolation_level=None, timeout=5.0)
            try:
                db.execute("BEGIN IMMEDIATE")
                db.executemany(_PUT, rows)
                db.execute("COMMIT")
            finally:
                db.close()
        except sqlite3.Error as exc:
            raise StoreError(str(exc)) from None
        finally:
            lock.release()


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
