"""Training-data formats: exporters by name, and the importers' record shapes.

:func:`export` is the one entry point (CLI and the GUI's export dialog): it
streams documents into one format, one document at a time, writes every file
atomically and returns an :class:`ExportSummary`.  docs/formats.md describes
each format, the tool that reads it and its offsets.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from functools import partial

from annotator.core.model import Document
from annotator.io.formats import native
from annotator.io.formats.base import SPLITS, UNITS, ExportError, Exporter, ExportOptions, ExportSummary, drive
from annotator.io.formats.boilerplate import BoilerplateExporter
from annotator.io.formats.conll import ConllExporter
from annotator.io.formats.doccano import DoccanoExporter, DoccanoRelationsExporter
from annotator.io.formats.hf import HfExporter
from annotator.io.formats.labelstudio import LabelStudioExporter
from annotator.io.formats.quotes import QuotesExporter
from annotator.io.formats.spacy import SpacyExporter

_CLASSES: tuple[type[Exporter], ...] = (
    native.NativeExporter, SpacyExporter, DoccanoExporter, DoccanoRelationsExporter, HfExporter, ConllExporter,
    LabelStudioExporter, QuotesExporter, BoilerplateExporter,
)

# Format name → one-line description (for the export dialog's list).
FORMATS: dict[str, str] = {cls.name: cls.description for cls in _CLASSES}

# Format name → the usual extension of its output file.
SUFFIXES: dict[str, str] = {cls.name: cls.suffix for cls in _CLASSES}

# Format name → ``write(docs, output, options, progress) -> ExportSummary``.
EXPORTERS: dict[str, Callable[..., ExportSummary]] = {cls.name: partial(drive, cls) for cls in _CLASSES}

__all__ = ["EXPORTERS", "FORMATS", "SPLITS", "SUFFIXES", "UNITS", "ExportError", "ExportOptions", "ExportSummary",
           "export"]


def export(fmt: str, docs: Iterable[Document], output: str | os.PathLike[str], options: ExportOptions = ExportOptions(),
           progress: Callable[[int], None] | None = None) -> ExportSummary:
    """Write ``docs`` to ``output`` in format ``fmt``; the one entry point for
    the CLI and the GUI's export dialog.  ``progress`` gets the number of
    documents written so far.  With ``options.split``, ``output`` names the
    parts: ``corpus.jsonl`` → ``corpus-train.jsonl``, ``corpus-dev.jsonl``,
    ``corpus-test.jsonl`` (``summary.files`` lists what was written).
    Raises :class:`ExportError` (a ``ValueError``) for bad options or a
    missing optional library, before any file is touched."""
    try:
        write = EXPORTERS[fmt]
    except KeyError:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORTERS)}") from None
    return write(docs, output, options, progress)
