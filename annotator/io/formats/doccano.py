"""doccano JSONL, both sequence-labelling forms.

``{"id", "text", …meta, "label": [[start, end, "LABEL"], ...]}`` (format
``doccano``, a sequence-labelling project) and ``{"id", "text", …meta,
"entities": [{"id", "label", "start_offset", "end_offset"}], "relations":
[{"id", "from_id", "to_id", "type"}]}`` (format ``doccano-relations``, a
project with relation labelling).  On import, other top-level keys are the
document's metadata, as doccano itself imports and exports them.  The export
puts the metadata in one ``meta`` object, present in every record: doccano
reads a batch of records into a table, fills a key that some records lack
with NaN, and then refuses every record of a mixed corpus (HTML pages have a
``title``, text files do not) as invalid JSON.

Offsets are UTF-16 code units: doccano's annotation view counts positions in
the browser's JavaScript string (``text.length``), so a character outside the
Basic Multilingual Plane (most emoji) counts two.  For text without such
characters this is the same as code points.  (doccano's optional "grapheme
mode" counts grapheme clusters instead; leave it off.)  ``--offsets
codepoints`` writes Python ``str`` offsets instead, for other consumers.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from annotator.core.labels import LabelScheme
from annotator.core.model import SOURCE_IMPORT, Document, Relation, Span, sort_spans
from annotator.core.offsets import Utf16Map
from annotator.io.formats.base import OFFSETS, JsonLines
from annotator.io.formats.common import RecordError

_CODE_POINTS = Utf16Map("")  # no astral characters: its to_utf16 is the identity
_NOT_META = {"id", "text", "label", "entities", "relations", "meta", "Comments"}  # "Comments": doccano's own


_PRODIGY = ("answer", "_input_hash", "_task_hash")  # a Prodigy record's "label" is a category of the whole text


def is_doccano(record: dict[str, Any]) -> bool:
    """A doccano record, also one whose ``entities`` or ``label`` has the wrong shape (:func:`from_record`
    says what is wrong with it rather than the native importer dropping the field without a word)."""
    if "entities" in record:
        return True
    label = record.get("label")
    return isinstance(label, list) or (isinstance(label, str) and not any(k in record for k in _PRODIGY))


def meta_of(record: dict[str, Any]) -> dict[str, Any]:
    """The document's metadata: every key that is not text or annotation
    (doccano flattens metadata into the record), plus a ``meta`` object."""
    meta = dict(record["meta"]) if isinstance(record.get("meta"), dict) else {}
    meta.update((k, v) for k, v in record.items() if k not in _NOT_META)
    return meta


def _span(text: str, u16: Utf16Map, start: Any, end: Any, label: Any, scheme: LabelScheme, where: str,
          span_id: str = "") -> Span:
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise RecordError(f"{where} has non-integer offsets ({start!r}, {end!r})")
    if not isinstance(label, str):
        raise RecordError(f"{where} has no label")
    if not 0 <= start < end <= u16.length16:
        raise RecordError(f"{where} [{start}, {end}) lies outside the text (length {u16.length16} in UTF-16 units) "
                          "or is empty")
    start, end = u16.to_cp(start), u16.to_cp(end)
    if start >= end:
        raise RecordError(f"{where} lies inside one character")
    return Span(id=span_id, start=start, end=end, label=label, layer=scheme.layer_of(label), source=SOURCE_IMPORT)


def from_record(record: dict[str, Any], scheme: LabelScheme) -> Document:
    text = record["text"]
    u16 = Utf16Map(text)
    spans: list[Span] = []
    relations: list[Relation] = []
    if "entities" in record:
        if not isinstance(record["entities"], list):
            raise RecordError("entities is not a list of {start_offset, end_offset, label} objects")
        by_id: dict[Any, Span] = {}
        for i, ent in enumerate(record["entities"]):
            if not isinstance(ent, dict):
                raise RecordError(f"entity {i} is not an object")
            raw_id = ent.get("id", i)
            span = _span(text, u16, ent.get("start_offset"), ent.get("end_offset"), ent.get("label"), scheme,
                         f"entity {raw_id}", span_id=f"d{raw_id}")
            if raw_id in by_id:
                raise RecordError(f"entity id {raw_id!r} is used twice")
            by_id[raw_id] = span
            spans.append(span)
        for i, rel in enumerate(record.get("relations") or []):
            if not isinstance(rel, dict):
                raise RecordError(f"relation {i} is not an object")
            head, child = by_id.get(rel.get("from_id")), by_id.get(rel.get("to_id"))
            if head is None or child is None:
                raise RecordError(f"relation {rel.get('id', i)} points at an entity that is not in the record")
            relations.append(Relation(label=str(rel.get("type") or "RELATION"), head=head.id, child=child.id,
                                      source=SOURCE_IMPORT))
    else:
        label = record["label"]
        if not isinstance(label, list):
            raise RecordError(f"label is a {type(label).__name__}, not a list of [start, end, label]")
        if record.get("relations"):
            raise RecordError("relations need the entities form of doccano (entities with ids), not label")
        for i, item in enumerate(label):
            if not isinstance(item, list) or len(item) != 3:
                what = ("; a category of the whole text (doccano text classification) is not imported"
                        if isinstance(item, str) else "")
                raise RecordError(f"label {i} is not [start, end, label]{what}")
            spans.append(_span(text, u16, item[0], item[1], item[2], scheme, f"label {i}"))
    return Document(text=text, spans=spans, relations=relations)


class DoccanoExporter(JsonLines):
    """``doccano``: the ``label`` form (sequence labelling, no relations)."""

    name = "doccano"
    description = "doccano sequence labelling JSONL ([start, end, label])"
    offsets = OFFSETS

    def __init__(self, *args: Any):
        super().__init__(*args)
        self.relations_left_out = 0
        self.overlapping_docs = 0
        self.utf16 = self.options.offsets in (None, "utf16")
        self.astral_docs = 0  # documents where UTF-16 units and code points differ

    def head(self, doc: Document) -> tuple[dict[str, Any], Utf16Map]:
        """The record's text and metadata, and the offset map (an identity with ``--offsets codepoints``)."""
        record: dict[str, Any] = {"id": doc.id, "text": doc.text, "meta": doc.meta}
        spans = sort_spans(doc.spans)
        if any(a.end > b.start for a, b in zip(spans, spans[1:])):
            self.overlapping_docs += 1
        for span in spans:
            self.summary.add(span.label)
        u16 = Utf16Map(doc.text) if self.utf16 else _CODE_POINTS
        if u16.length16 != u16.length:
            self.astral_docs += 1
        return record, u16

    def records(self, doc: Document) -> Iterator[dict[str, Any]]:
        record, u16 = self.head(doc)
        record["label"] = [[u16.to_utf16(s.start), u16.to_utf16(s.end), s.label] for s in sort_spans(doc.spans)]
        self.relations_left_out += len(doc.relations)
        yield record

    def finish(self) -> None:
        if self.utf16:
            self.summary.notes.append(
                f"offsets are UTF-16 code units, as doccano counts them; {self.astral_docs:,} document(s) have "
                "characters outside the BMP (most emoji), where Python's text[start:end] is shifted: "
                "use --offsets codepoints for other consumers")
        else:
            self.summary.notes.append("offsets are code points (Python's text[start:end]); doccano counts UTF-16 "
                                      "code units and would shift spans after an emoji")
        if self.overlapping_docs:
            self.summary.warn(f"{self.overlapping_docs:,} document(s) have overlapping spans (different layers); "
                              "turn on \"Allow overlapping spans\" in the doccano project, or export one layer")
        if self.relations_left_out:
            self.summary.warn(f"{self.relations_left_out:,} relations are left out: doccano's label form has none; "
                              "use the doccano-relations format to keep them")


class DoccanoRelationsExporter(DoccanoExporter):
    """``doccano-relations``: the ``entities``/``relations`` form."""

    name = "doccano-relations"
    keeps_relations = True
    description = "doccano JSONL with entities and relations"

    def records(self, doc: Document) -> Iterator[dict[str, Any]]:
        record, u16 = self.head(doc)
        spans = sort_spans(doc.spans)
        number = {s.id: i for i, s in enumerate(spans)}
        record["entities"] = [{"id": i, "label": s.label, "start_offset": u16.to_utf16(s.start),
                               "end_offset": u16.to_utf16(s.end)} for i, s in enumerate(spans)]
        rels = sorted(doc.relations, key=lambda r: (number[r.head], number[r.child], r.label))
        record["relations"] = [{"id": i, "from_id": number[r.head], "to_id": number[r.child], "type": r.label}
                               for i, r in enumerate(rels)]
        yield record
