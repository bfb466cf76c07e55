"""Exporting a project as training data."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from annotator.core.model import DocStatus
from annotator.store import DocFilter, ProjectStore
from annotator.tasks.base import Cancel, Progress, check, never, no_progress

if TYPE_CHECKING:
    from annotator.io.formats import ExportOptions, ExportSummary

# The exporters are imported when an export runs: the window's start-up never pays for them.


def export(store: ProjectStore, fmt: str, output: str | os.PathLike[str], options: ExportOptions, *,
           status: DocStatus | None = DocStatus.DONE, progress: Progress = no_progress,
           cancel: Cancel = never) -> ExportSummary:
    """Write the documents of ``status`` (None: all) in format ``fmt`` to ``output``; every file is written
    atomically, so a cancelled export leaves the old file in place.  The summary counts documents and
    labels and carries the warnings."""
    from annotator.io.formats import export as write

    total = store.count(DocFilter(status=status))

    def written(n: int) -> None:
        check(cancel)
        progress(n, total)

    return write(fmt, store.iter_documents(status), output, options, written)
