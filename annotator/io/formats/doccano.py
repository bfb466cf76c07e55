"""doccano JSONL, both sequence-labelling forms.

``{"text", "label": [[start, end, "LABEL"], ...]}`` and
``{"text", "entities": [{"id", "label", "start_offset", "end_offset"}],
"relations": [{"id", "from_id", "to_id", "type"}]}``.  Offsets are code points.
"""

from __future__ import annotations

from typing import Any

from annotator.core.labels import LabelScheme
from annotator.core.model import SOURCE_IMPORT, Document, Relation, Span
from annotator.io.formats.common import RecordError


def is_doccano(record: dict[str, Any]) -> bool:
    if "entities" in record and isinstance(record["entities"], list):
        return True
    label = record.get("label")
    return isinstance(label, list) and bool(label) and all(isinstance(x, list) for x in label)


def _span(text: str, start: Any, end: Any, label: Any, scheme: LabelScheme, where: str, span_id: str = "") -> Span:
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise RecordError(f"{where} has non-integer offsets ({start!r}, {end!r})")
    if not isinstance(label, str):
        raise RecordError(f"{where} has no label")
    if not 0 <= start < end <= len(text):
        raise RecordError(f"{where} [{start}, {end}) lies outside the text (length {len(text)}) or is empty")
    return Span(id=span_id, start=start, end=end, label=label, layer=scheme.layer_of(label), source=SOURCE_IMPORT)


def from_record(record: dict[str, Any], scheme: LabelScheme) -> Document:
    text = record["text"]
    spans: list[Span] = []
    relations: list[Relation] = []
    if isinstance(record.get("entities"), list):
        by_id: dict[Any, Span] = {}
        for i, ent in enumerate(record["entities"]):
            if not isinstance(ent, dict):
                raise RecordError(f"entity {i} is not an object")
            raw_id = ent.get("id", i)
            span = _span(text, ent.get("start_offset"), ent.get("end_offset"), ent.get("label"), scheme,
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
        for i, item in enumerate(record.get("label") or []):
            if len(item) != 3:
                raise RecordError(f"label {i} is not [start, end, label]")
            spans.append(_span(text, item[0], item[1], item[2], scheme, f"label {i}"))
    return Document(text=text, spans=spans, relations=relations)
