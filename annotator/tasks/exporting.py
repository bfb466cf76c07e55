"""Exporting a project as training data."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from annotator.core.model import DocStatus
from annotator.store import ALL, CURATED, ProjectStore, StoreError
from annotator.tasks.base import Cancel, Progress, check, never, no_progress

if TYPE_CHECKING:
    from annotator.io.formats import ExportOptions, ExportSummary

# The exporters are imported when an export runs: the window's start-up never pays for them.


def export(store: ProjectStore, fmt: str, output: str | os.PathLike[str], options: ExportOptions, *,
           status: DocStatus | None = DocStatus.DONE, sets: str | None = None, progress: Progress = no_progress,
           cancel: Cancel = never) -> ExportSummary:
    """Write the documents of ``status`` (None: all) in format ``fmt`` to ``output``; every file is written
    atomically, so a cancelled export leaves the old file in place.  The summary counts documents, labels
    and whose annotation sets were written, and carries the warnings.

    ``sets`` chooses the annotation sets: an annotator's name, ``all`` (a record per annotator's set),
    ``curated``, or None: each document's curated set where there is one, else the set of the only person
    who worked on it; a document several people annotated and nobody curated is left out, with a warning."""
    from annotator.io.formats import export as write

    if sets not in (None, ALL, CURATED) and sets not in store.annotators():
        raise StoreError(f"{store.path} has no annotator {sets!r}; it has {', '.join(store.annotators())}")

    total = store.count_sets(sets, status)

    def written(n: int) -> None:
        check(cancel)
        progress(n, total)

    contested: list[str] = []
    summary = write(fmt, store.iter_sets(sets, status, contested), output, options, written)
    if contested:
        shown = ", ".join(contested[:5]) + (", …" if len(contested) > 5 else "")
        summary.warnings.append(f"{len(contested):,} documents have several annotators' sets and no curated set "
                                f"and were left out ({shown}); curate them, or export with --annotator NAME or all")
    return summary
