"""Checks a document's annotations against its text and a label scheme.

Importers call :func:`problems` before anything reaches a project; the store
calls :func:`check_span` on every edit.  Messages are meant for users.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotator.core.labels import LabelScheme, UnknownLabel
from annotator.core.model import Document, Relation, Span


class InvalidAnnotation(ValueError):
    pass


def _describe(span: Span) -> str:
    return f"span {span.label} [{span.start}, {span.end})"


def span_problem(text_len: int, span: Span, scheme: LabelScheme | None) -> str | None:
    if span.start < 0 or span.end > text_len:
        return f"{_describe(span)} lies outside the text (length {text_len})"
    if span.end <= span.start:
        return f"{_describe(span)} is empty"
    if scheme is not None:
        try:
            layer = scheme.layer_of(span.label)
        except UnknownLabel as exc:
            return str(exc)
        if layer != span.layer:
            return f"{_describe(span)} is in layer {span.layer!r} but the label belongs to {layer!r}"
    return None


def overlap_problem(spans: Iterable[Span]) -> str | None:
    """The first overlap between two spans of the same layer, if any."""
    last: dict[str, Span] = {}
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        prev = last.get(span.layer)
        if prev is not None and prev.end > span.start:
            return f"{_describe(prev)} and {_describe(span)} overlap in layer {span.layer!r}"
        if prev is None or span.end > prev.end:
            last[span.layer] = span
    return None


def relation_problem(rel: Relation, span_ids: set[str]) -> str | None:
    for end in (rel.head, rel.child):
        if end not in span_ids:
            return f"relation {rel.label} points at a span that does not exist ({end})"
    return None


def problems(doc: Document, scheme: LabelScheme | None) -> list[str]:
    found: list[str] = []
    ids: set[str] = set()
    for span in doc.spans:
        msg = span_problem(len(doc.text), span, scheme)
        if msg:
            found.append(msg)
        if span.id in ids:
            found.append(f"span id {span.id!r} is used twice")
        ids.add(span.id)
    msg = overlap_problem(doc.spans)
    if msg:
        found.append(msg)
    for rel in doc.relations:
        msg = relation_problem(rel, ids)
        if msg:
            found.append(msg)
    return found


def check_span(doc_text_len: int, span: Span, others: Iterable[Span], scheme: LabelScheme | None) -> None:
    """Raise :class:`InvalidAnnotation` if ``span`` cannot join ``others``."""
    msg = span_problem(doc_text_len, span, scheme)
    if msg:
        raise InvalidAnnotation(msg)
    for other in others:
        if other.id != span.id and other.layer == span.layer and other.overlaps(span):
            raise InvalidAnnotation(f"{_describe(span)} overlaps {_describe(other)} in layer {span.layer!r}")
