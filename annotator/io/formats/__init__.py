"""Training-data formats: exporters by name.

An exporter takes a stream of documents and writes one output atomically;
:func:`exporter` returns the writer for a format name.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import orjson

from annotator.core.labels import LAYERS
from annotator.core.model import Document
from annotator.io.atomic import atomic_write
from annotator.io.formats import native


@dataclass(frozen=True)
class ExportOptions:
    """What goes into an export.  ``labels`` None means every label of the
    chosen layers; ``split`` gives train/dev/test fractions (documents are
    assigned by a seeded shuffle); ``unit`` is ``document`` or ``sentence``
    for the token-classification formats."""

    layers: tuple[str, ...] = LAYERS
    labels: tuple[str, ...] | None = None
    include_suggestions: bool = False
    split: tuple[float, float, float] | None = None
    seed: int = 0
    unit: str = "document"


@dataclass
class ExportSummary:
    documents: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def count(self, doc: Document) -> None:
        self.documents += 1
        for span in doc.spans:
            self.labels[span.label] = self.labels.get(span.label, 0) + 1


def export_native(docs: Iterable[Document], output: str | os.PathLike, options: ExportOptions = ExportOptions(),
                  progress: Callable[[int], None] | None = None) -> ExportSummary:
    summary = ExportSummary()
    with atomic_write(output, "wb") as fh:
        for doc in docs:
            fh.write(orjson.dumps(native.to_record(doc)) + b"\n")
            summary.count(doc)
            if progress:
                progress(summary.documents)
    return summary


EXPORTERS: dict[str, Callable[..., ExportSummary]] = {"native": export_native}


def export(fmt: str, docs: Iterable[Document], output: str | os.PathLike, options: ExportOptions = ExportOptions(),
           progress: Callable[[int], None] | None = None) -> ExportSummary:
    """Write ``docs`` to ``output`` in format ``fmt``; the one entry point for
    the CLI and the GUI's export dialog.  ``progress`` gets the number of
    documents written so far."""
    try:
        write = EXPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORTERS)}") from None
    return write(docs, output, options, progress)
