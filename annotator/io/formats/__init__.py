"""Training-data formats: exporters by name, and the importers' record shapes.

:func:`export` is the one entry point (CLI and the GUI's export dialog): it
streams documents into one format, one document at a time, writes every file
atomically and returns an :class:`ExportSummary`.  docs/formats.md describes
each format, the tool that reads it and its offsets.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import Any
from functools import partial

from annotator.core.model import Document
from annotator.io.formats.base import SPLITS, UNITS, ExportError, ExportOptions, ExportSummary, drive
from annotator.io.formats.registry import Format, Importer, importers, installed

# The registry's tables, filled from the built-in formats and the installed plug-ins when first asked for
# (a plug-in's own module may import annotator.io.formats while it loads) and by refresh().
# Format name → one-line description (for the export dialog's list).
FORMATS: dict[str, str]
# Format name → the usual extension of its output file.
SUFFIXES: dict[str, str]
# Format name → ``write(docs, output, options, progress) -> ExportSummary``.
EXPORTERS: dict[str, Callable[..., ExportSummary]]
# The importers, in the order a JSON record is offered to them (annotator.io.readers).
IMPORTERS: list[Importer]
# Every format, built-in and plug-in: what writes it and what reads it back.
INSTALLED: list[Format]
_TABLES = ("FORMATS", "SUFFIXES", "EXPORTERS", "IMPORTERS", "INSTALLED")

__all__ = ["EXPORTERS", "FORMATS", "IMPORTERS", "INSTALLED", "SPLITS", "SUFFIXES", "UNITS", "ExportError",
           "ExportOptions", "ExportSummary", "Format", "Importer", "check", "export", "refresh"]


def refresh() -> None:
    """Read the installed formats again: after installing a plug-in without restarting, and in tests.
    The tables are updated in place, so a module that imported one sees the change."""
    formats = installed()
    exporters = [f.exporter for f in formats if f.exporter is not None]
    tables: dict[str, Any] = {
        "FORMATS": {cls.name: cls.description for cls in exporters},
        "SUFFIXES": {cls.name: cls.suffix for cls in exporters},
        "EXPORTERS": {cls.name: partial(drive, cls) for cls in exporters},
        "IMPORTERS": importers(formats),
        "INSTALLED": formats,
    }
    names = globals()
    for name, value in tables.items():
        if name not in names:
            names[name] = value
        elif isinstance(value, dict):
            names[name].clear()
            names[name].update(value)
        else:
            names[name][:] = value


def _table(name: str) -> Any:
    if name not in globals():
        refresh()
    return globals()[name]


def __getattr__(name: str) -> Any:
    if name in _TABLES:
        return _table(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def export(fmt: str, docs: Iterable[Document], output: str | os.PathLike[str], options: ExportOptions = ExportOptions(),
           progress: Callable[[int], None] | None = None) -> ExportSummary:
    """Write ``docs`` to ``output`` in format ``fmt``; the one entry point for
    the CLI and the GUI's export dialog.  ``progress`` gets the number of
    documents written so far.  With ``options.split``, ``output`` names the
    parts: ``corpus.jsonl`` → ``corpus-train.jsonl``, ``corpus-dev.jsonl``,
    ``corpus-test.jsonl`` (``summary.files`` lists what was written).
    Raises :class:`ExportError` (a ``ValueError``) for bad options or a
    missing optional library, before any file is touched."""
    exporters: dict[str, Callable[..., ExportSummary]] = _table("EXPORTERS")
    try:
        write = exporters[fmt]
    except KeyError:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(exporters)}") from None
    return write(docs, output, options, progress)


def check(fmt: str, options: ExportOptions) -> None:
    """Raise :class:`ExportError` for options that ``export`` in ``fmt`` would refuse (an unknown format or
    label, an option the format would ignore), without writing anything."""
    formats = {f.name: f.exporter for f in _table("INSTALLED") if f.exporter is not None}
    if fmt not in formats:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(formats)}")
    options.check()
    formats[fmt].check(options)
