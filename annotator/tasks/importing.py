"""Importing files and folders into a project."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from annotator.core.model import Document, PlainDocuments, shorten
from annotator.io.errors import InputError, printable
from annotator.store import ProjectStore
from annotator.tasks.base import Cancel, Changed, Progress, check, never, no_change, no_progress

if TYPE_CHECKING:
    from annotator.io.readers.folders import Skipped
    from annotator.io.readers.options import ReadOptions

# The readers are imported when an import runs: the window's start-up never pays for them.

ENCODING_NOTE = "encoding_note"  # meta key the readers set when a file's encoding is a guess (io.text.Decoded)
SMALL_BATCH = 20  # documents per transaction while the window is open: an edit never waits behind a long one


@dataclass
class ImportResult:
    added: list[int] = field(default_factory=list)  # pks of the new documents, in reading order
    duplicates: int = 0  # documents whose text the project already had
    problems: list[str] = field(default_factory=list)  # inputs that could not be read, one line each
    notes: list[str] = field(default_factory=list)  # files read with a doubt (meta.encoding_note), one line each
    first: int | None = None  # the first document read, new or already in the project
    skipped: list[Skipped] = field(default_factory=list)  # files of the folders not read, and why


def import_paths(store: ProjectStore, paths: Sequence[str], *, options: ReadOptions | None = None,
                 batch_size: int = SMALL_BATCH, progress: Progress = no_progress, cancel: Cancel = never,
                 changed: Changed = no_change, alone: bool = False, jobs: int = 0) -> ImportResult:
    """Read ``paths`` (files and folders) and add their documents to ``store``, ``batch_size`` documents per
    transaction; texts the project already has are counted, not added again.  ``progress`` gets the number
    of documents read; ``changed`` the pks added by each batch.  ``alone``: this process has the project to
    itself (the command line), so the store may load in bulk (:meth:`ProjectStore.bulk_load`); ``jobs``
    worker processes read big JSONL files (:func:`~annotator.io.readers.read_for_store`)."""
    from annotator.io.readers import read_for_store

    result = ImportResult()
    batch: list[Document | PlainDocuments] = []
    n = size = 0  # documents read; in the batch

    def flush() -> None:
        nonlocal size
        added = store.add_documents(batch)
        result.added += added.added
        result.duplicates += added.duplicates
        if result.first is None:
            head = batch[0]
            result.first = added.added[0] if added.added else store.pk_of(
                head.id if isinstance(head, Document) else head.ids[0])
        changed(added.added)
        batch.clear()
        size = 0

    with store.bulk_load() if alone else nullcontext():
        for doc in read_for_store(list(paths), store.scheme, options, result.skipped, jobs):
            check(cancel)
            if isinstance(doc, InputError):
                result.problems.append(str(doc))
                continue
            if isinstance(doc, Document):
                note = doc.meta.get(ENCODING_NOTE)
                if isinstance(note, str):
                    result.notes.append(printable(shorten(f"{doc.meta.get('source', '?')}: {note}", 1_000)))
            count = len(doc) if isinstance(doc, PlainDocuments) else 1
            if not count:
                continue
            batch.append(doc)
            n += count
            size += count
            progress(n, 0)
            if size >= batch_size or isinstance(doc, PlainDocuments):  # a block is stored before reading on
                flush()
        if batch:
            flush()
    progress(n, n)
    return result
