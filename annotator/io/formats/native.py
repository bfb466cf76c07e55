"""The native JSONL record (docs/contracts.md, "The native record"): a Prodigy-compatible superset.

:func:`to_record` writes one; :func:`from_record` reads native and plain
Prodigy records (spans without ``layer``/``source``/``status`` get them from
the label scheme, ``import`` and ``accepted``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from annotator.core.ids import input_hash, task_hash
from annotator.core.labels import LabelScheme
from annotator.core.model import (
    SOURCE_IMPORT,
    Document,
    DocStatus,
    Relation,
    Span,
    SpanStatus,
    sort_spans,
)
from annotator.core.tokenize import Token, TokenIndex, tokenize
from annotator.io.formats.base import JsonLines, on_tokens
from annotator.io.formats.common import RecordError, check_text_field, require_int

ANSWER_OF_STATUS = {DocStatus.DONE: "accept", DocStatus.SKIPPED: "ignore"}
STATUS_OF_ANSWER = {"accept": DocStatus.DONE, "ignore": DocStatus.SKIPPED, "reject": DocStatus.SKIPPED}
_SPAN_KEYS = {"id", "start", "end", "label", "layer", "source", "status", "score", "text", "token_start", "token_end"}
_ATTR_ORDER = ("speaker", "direct")


def _span_tokens(index: TokenIndex, span: Span) -> tuple[int, int] | None:
    return index.char_span_to_tokens(span.start, span.end) or index.covering_tokens(span.start, span.end)


def span_dict(span: Span, index: TokenIndex) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": span.id, "start": span.start, "end": span.end, "label": span.label, "layer": span.layer,
        "source": span.source, "status": str(span.status),
    }
    if span.score is not None:
        out["score"] = span.score
    toks = _span_tokens(index, span)
    if toks is not None:
        out["token_start"], out["token_end"] = toks
    for key in _ATTR_ORDER:
        if key in span.attrs:
            out[key] = span.attrs[key]
    for key, value in span.attrs.items():
        if key not in out:
            out[key] = value
    return out


def _short(d: dict[str, Any]) -> dict[str, Any]:
    return {k: d[k] for k in ("start", "end", "label", "token_start", "token_end") if k in d}


def to_record(doc: Document, tokens: Sequence[Token] | None = None) -> dict[str, Any]:
    """The native record of a document (keys in the order docs/contracts.md gives)."""
    tokens = tokenize(doc.text) if tokens is None else tokens
    spans: list[dict[str, Any]] = []
    if doc.spans:  # a corpus of plain texts needs no span lookups
        index = TokenIndex(tokens)
        spans = [span_dict(s, index) for s in sort_spans(doc.spans)]
    by_id = {s["id"]: s for s in spans}
    relations = []
    for rel in doc.relations:
        head, child = by_id.get(rel.head), by_id.get(rel.child)
        if head is None or child is None:
            continue
        relations.append({
            "id": rel.id, "label": rel.label,
            "head": head.get("token_end"), "child": child.get("token_end"),
            "head_id": rel.head, "child_id": rel.child,
            "head_span": _short(head), "child_span": _short(child),
            "source": rel.source, "status": str(rel.status),
        })
    in_hash = input_hash(doc.text)
    record: dict[str, Any] = {
        "id": doc.id, "text": doc.text, "meta": doc.meta,
        "tokens": [{"text": t[0], "start": t[1], "end": t[2], "id": t[3], "ws": t[4]} for t in tokens],
        "spans": spans, "relations": relations,
    }
    answer = ANSWER_OF_STATUS.get(doc.status)
    if answer:
        record["answer"] = answer
    record["_input_hash"] = in_hash
    record["_task_hash"] = task_hash(in_hash, spans)
    if doc.annotator:  # whose annotation set this is, as Prodigy names the annotator of a multi-user session
        record["_annotator_id"] = doc.annotator
        record["_session_id"] = doc.annotator
    return record


def _span_from(raw: Any, text: str, scheme: LabelScheme, where: str) -> Span:
    if not isinstance(raw, dict):
        raise RecordError(f"{where} is not an object")
    start, end = require_int(raw, "start", where), require_int(raw, "end", where)
    label = raw.get("label")
    if not isinstance(label, str) or not label:
        raise RecordError(f"{where} has no label")
    if not 0 <= start < end <= len(text):
        raise RecordError(f"{where} [{start}, {end}) lies outside the text (length {len(text)}) or is empty")
    check_text_field(raw.get("text"), text, start, end, where)
    layer = raw.get("layer") or scheme.layer_of(label)
    attrs = {k: v for k, v in raw.items() if k not in _SPAN_KEYS}
    score = raw.get("score")
    return Span(
        id=str(raw.get("id") or ""), start=start, end=end, label=label, layer=layer,
        source=raw.get("source") or SOURCE_IMPORT,
        status=raw.get("status") or SpanStatus.ACCEPTED,
        score=float(score) if isinstance(score, (int, float)) and not isinstance(score, bool) else None,
        attrs=attrs,
    )


def _find_span(spans: list[Span], desc: Any) -> Span | None:
    if not isinstance(desc, dict):
        return None
    for span in spans:
        if span.start == desc.get("start") and span.end == desc.get("end") and (
            "label" not in desc or span.label == desc["label"]
        ):
            return span
    return None


def from_record(record: dict[str, Any], scheme: LabelScheme) -> Document:
    text = record["text"]
    spans = [_span_from(raw, text, scheme, f"span {i}") for i, raw in enumerate(record.get("spans") or [])]
    by_id = {s.id: s for s in spans}
    relations = []
    for i, raw in enumerate(record.get("relations") or []):
        if not isinstance(raw, dict):
            raise RecordError(f"relation {i} is not an object")
        head = by_id.get(str(raw.get("head_id"))) or _find_span(spans, raw.get("head_span"))
        child = by_id.get(str(raw.get("child_id"))) or _find_span(spans, raw.get("child_span"))
        if head is None or child is None:
            raise RecordError(f"relation {i} ({raw.get('label')}) points at a span that is not in the record")
        relations.append(Relation(
            id=str(raw.get("id") or ""), label=str(raw.get("label") or "RELATION"), head=head.id, child=child.id,
            source=raw.get("source") or SOURCE_IMPORT, status=raw.get("status") or SpanStatus.ACCEPTED,
        ))
    status = STATUS_OF_ANSWER.get(str(record.get("answer")), DocStatus.TODO)
    return Document(text=text, spans=spans, relations=relations, status=status)


class NativeExporter(JsonLines):
    """``native``: native records (docs/contracts.md), one document per line."""

    name = "native"
    keeps_relations = True
    description = "native JSONL (Prodigy-compatible)"

    def records(self, doc: Document) -> Iterator[dict[str, Any]]:
        tokens = tokenize(doc.text)
        if doc.spans:
            index = TokenIndex(tokens)
            for span in doc.spans:
                self.summary.add(span.label)
                if on_tokens(index, span) is None:
                    self.summary.off_tokens(doc, span, "its token_start/token_end cover the tokens it touches")
        yield to_record(doc, tokens)
