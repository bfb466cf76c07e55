"""The formats the program knows: the built-in ones and those installed packages add (entry point group
``annotator.formats``; see docs/architecture.md, "Adding a format").

A :class:`Format` has a name and an exporter, an importer, or both.  The exporter is an
:class:`~annotator.io.formats.base.Exporter` subclass; the importer is an :class:`Importer`, which recognises
one shape of JSON record (in ``.jsonl``/``.json`` files) and turns it into a document.  An entry point may
name a :class:`Format` or, for an export-only format, an ``Exporter`` subclass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from annotator.core import plugins
from annotator.core.labels import LabelScheme
from annotator.core.model import Document
from annotator.io.formats import doccano, labelstudio, native
from annotator.io.formats.base import Exporter
from annotator.io.formats.boilerplate import BoilerplateExporter
from annotator.io.formats.conll import ConllExporter
from annotator.io.formats.hf import HfExporter
from annotator.io.formats.quotes import QuotesExporter
from annotator.io.formats.spacy import SpacyExporter


def _meta(record: dict[str, Any]) -> dict[str, Any]:
    meta = record.get("meta")
    return meta if isinstance(meta, dict) else {}


def _id(record: dict[str, Any]) -> Any:
    return record.get("id")


def _has_text(record: dict[str, Any]) -> bool:
    return isinstance(record.get("text"), str)


@dataclass(frozen=True)
class Importer:
    """One shape of JSON record.  ``matches`` tells it apart from the others; ``to_document`` builds the
    document (raising ``RecordError``, ``ValidationError`` or ``UnknownLabel`` for a record it cannot use);
    ``meta`` and ``record_id`` give the document's metadata and id (None: derived from the text)."""

    name: str
    matches: Callable[[dict[str, Any]], bool]
    to_document: Callable[[dict[str, Any], LabelScheme], Document]
    meta: Callable[[dict[str, Any]], dict[str, Any]] = _meta
    record_id: Callable[[dict[str, Any]], Any] = _id


@dataclass(frozen=True)
class Format:
    """A training-data format: what writes it, what reads it back, or both."""

    exporter: type[Exporter] | None = None
    importer: Importer | None = None

    @property
    def name(self) -> str:
        if self.exporter is not None:
            return self.exporter.name
        return self.importer.name if self.importer is not None else ""


LABELSTUDIO = Importer("labelstudio", labelstudio.is_labelstudio, labelstudio.from_record, labelstudio.meta_of,
                       labelstudio.id_of)
DOCCANO = Importer("doccano", lambda r: _has_text(r) and doccano.is_doccano(r), doccano.from_record,
                   doccano.meta_of)
NATIVE = Importer("native", _has_text, native.from_record)  # also Prodigy's records: the last one asked

BUILT_IN: tuple[Format, ...] = (
    Format(native.NativeExporter, NATIVE), Format(SpacyExporter), Format(doccano.DoccanoExporter, DOCCANO),
    Format(doccano.DoccanoRelationsExporter, DOCCANO), Format(HfExporter), Format(ConllExporter),
    Format(labelstudio.LabelStudioExporter, LABELSTUDIO), Format(QuotesExporter), Format(BoilerplateExporter),
)


def installed() -> list[Format]:
    """The built-in formats, then those of the installed plug-ins (a plug-in may not reuse a name)."""
    found = list(BUILT_IN)
    names = {f.name for f in found}
    for entry, obj in plugins.load(plugins.FORMATS):
        if isinstance(obj, type) and issubclass(obj, Exporter):
            obj = Format(obj)
        if not isinstance(obj, Format) or not obj.name:
            plugins.skip(plugins.FORMATS, entry, "it is neither a Format nor an Exporter subclass with a name")
        elif obj.name in names:
            plugins.skip(plugins.FORMATS, entry, f"the format name {obj.name!r} is taken")
        else:
            found.append(obj)
            names.add(obj.name)
    return found


def importers(formats: list[Format]) -> list[Importer]:
    """The importers in the order a record is offered to them: Label Studio and doccano (recognised by
    their keys), the plug-ins', and last the native/Prodigy one, which takes any record with a text."""
    found = [LABELSTUDIO, DOCCANO]
    for f in formats:
        if f.importer is not None and f.importer is not NATIVE and f.importer not in found:
            found.append(f.importer)
    return [*found, NATIVE]
