"""Exporting a project as training data."""

from __future__ import annotations

import os
from dataclasses import replace
from typing import TYPE_CHECKING

from annotator.core.model import DocStatus
from annotator.store import ALL, CURATED, ProjectStore, StoreError
from annotator.tasks.base import Cancel, Progress, check, never, no_progress

if TYPE_CHECKING:
    from annotator.io.formats import ExportOptions, ExportSummary

# The exporters are imported when an export runs: the window's start-up never pays for them.


def _no_document(store: ProjectStore, status: DocStatus | None) -> str:
    """Why no document matched, and what to do instead."""
    if not store.count():
        return "the project has no documents (annotator import PATH --project P adds some)"
    counts = store.progress()
    have = ", ".join(f"{counts[s.value]:,} {s.value}" for s in DocStatus)
    return (f"no document has status {status} (the project has {have}); choose --status all, or mark documents "
            "done first (annotator accept, annotator status --set done)")


def export(store: ProjectStore, fmt: str, output: str | os.PathLike[str], options: ExportOptions, *,
           status: DocStatus | None = DocStatus.DONE, sets: str | None = None, progress: Progress = no_progress,
           cancel: Cancel = never, allow_empty: bool = True) -> ExportSummary:
    """Write the documents of ``status`` (None: all) in format ``fmt`` to ``output``; every file is written
    atomically, so a cancelled export leaves the old file in place.  The summary counts documents, labels
    and whose annotation sets were written, and carries the warnings.

    ``sets`` chooses the annotation sets: an annotator's name, ``all`` (a record per annotator's set),
    ``curated``, or None: each document's curated set where there is one, else the set of the only person
    who worked on it; a document several people annotated and nobody curated is left out, with a warning.

    ``summary.empty`` says why an export holds nothing to train on: no document matched (then, unless
    ``allow_empty``, nothing is written), or none of the documents has an exported span (outside
    ``native``, which also carries plain documents).  Bad options raise :class:`ExportError` first."""
    from annotator.io.formats import ExportSummary
    from annotator.io.formats import check as check_options
    from annotator.io.formats import export as write

    if sets not in (None, ALL, CURATED) and sets not in store.annotators():
        raise StoreError(f"{store.path} has no annotator {sets!r}; it has {', '.join(store.annotators())}")
    check_options(fmt, options)
    total = store.count_sets(sets, status)
    if not total and not allow_empty:
        return ExportSummary(empty=_no_document(store, status))

    def written(n: int) -> None:
        check(cancel)
        progress(n, total)

    contested: list[str] = []
    if options.tokens is None:  # tokens computed once, kept in the project for the next export
        options = replace(options, tokens=store.token_cache())
    summary = write(fmt, store.iter_sets(sets, status, contested), output, options, written)
    if contested:
        shown = ", ".join(contested[:5]) + (", …" if len(contested) > 5 else "")
        summary.warnings.append(f"{len(contested):,} documents have several annotators' sets and no curated set "
                                f"and were left out ({shown}); curate them, or export with --annotator NAME or all")
    if not summary.documents:
        summary.empty = _no_document(store, status)
    elif not summary.labels and fmt != "native":
        summary.empty = (f"none of the {summary.documents:,} documents has an accepted span of the chosen layers "
                         "and labels (suggestions are left out without --include-suggestions; annotator accept "
                         "accepts them)")
    return summary
