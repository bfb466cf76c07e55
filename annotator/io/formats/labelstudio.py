"""Label Studio tasks: ``{"data": {"text": …}, "annotations": [...], "predictions": [...]}``.

Label Studio's front end counts offsets in UTF-16 code units (JavaScript
strings).  A region's ``value.text`` tells which count was used, so offsets
are read as code points when they match and converted from UTF-16 otherwise.
"""

from __future__ import annotations

from typing import Any

from annotator.core.labels import LabelScheme
from annotator.core.model import SOURCE_IMPORT, Document, Relation, Span, SpanStatus
from annotator.core.offsets import Utf16Map
from annotator.io.formats.common import RecordError


def is_labelstudio(record: dict[str, Any]) -> bool:
    return isinstance(record.get("data"), dict) and isinstance(record["data"].get("text"), str)


def _regions(result: list[Any], text: str, u16: Utf16Map, scheme: LabelScheme, status: SpanStatus,
             score: float | None, where: str) -> tuple[list[Span], list[Relation]]:
    spans: list[Span] = []
    by_id: dict[str, Span] = {}
    links: list[dict[str, Any]] = []
    for i, item in enumerate(result):
        if not isinstance(item, dict):
            raise RecordError(f"{where} result {i} is not an object")
        if item.get("type") == "relation":
            links.append(item)
            continue
        value = item.get("value")
        if not isinstance(value, dict) or "start" not in value or not value.get("labels"):
            continue  # not a text region (e.g. a choice or a text area): nothing to import
        start, end = value.get("start"), value.get("end")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
            raise RecordError(f"{where} region {item.get('id', i)} has non-integer offsets")
        shown = value.get("text")
        if shown is not None and text[start:end] != shown:
            start, end = u16.to_cp(start), u16.to_cp(end)
            if text[start:end] != shown:
                raise RecordError(f"{where} region {item.get('id', i)}: its text {shown!r} is not at its offsets")
        if not 0 <= start < end <= len(text):
            raise RecordError(f"{where} region {item.get('id', i)} lies outside the text")
        label = value["labels"][0]
        span = Span(id=str(item.get("id") or ""), start=start, end=end, label=label, layer=scheme.layer_of(label),
                    source=SOURCE_IMPORT, status=status, score=item.get("score", score))
        spans.append(span)
        if item.get("id") is not None:
            by_id[str(item["id"])] = span
    relations = []
    for link in links:
        head, child = by_id.get(str(link.get("from_id"))), by_id.get(str(link.get("to_id")))
        if head is None or child is None:
            raise RecordError(f"{where} relation points at a region that is not in the task")
        if link.get("direction") == "left":
            head, child = child, head
        label = (link.get("labels") or ["RELATION"])[0]
        relations.append(Relation(label=label, head=head.id, child=child.id, source=SOURCE_IMPORT, status=status))
    return spans, relations


def from_record(record: dict[str, Any], scheme: LabelScheme) -> Document:
    text = record["data"]["text"]
    u16 = Utf16Map(text)
    spans: list[Span] = []
    relations: list[Relation] = []
    annotations = [a for a in record.get("annotations") or [] if isinstance(a, dict) and not a.get("was_cancelled")]
    if annotations:  # the first completed annotation; Label Studio keeps one per annotator
        spans, relations = _regions(annotations[0].get("result") or [], text, u16, scheme, SpanStatus.ACCEPTED,
                                    None, "annotation")
    taken = {(s.start, s.end, s.layer) for s in spans}
    for pred in record.get("predictions") or []:
        if not isinstance(pred, dict):
            continue
        p_spans, p_rels = _regions(pred.get("result") or [], text, u16, scheme, SpanStatus.SUGGESTED,
                                   pred.get("score"), "prediction")
        ok = [s for s in p_spans if (s.start, s.end, s.layer) not in taken and
              not any(o.layer == s.layer and o.overlaps(s) for o in spans)]
        spans += ok
        ok_ids = {s.id for s in ok}
        relations += [r for r in p_rels if r.head in ok_ids and r.child in ok_ids]
    return Document(text=text, spans=spans, relations=relations)
